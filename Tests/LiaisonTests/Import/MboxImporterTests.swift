import Foundation
import Testing
@testable import Liaison

/// data/samples/ in this repository.
let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/samples")

/// The first python3 on PATH, or nil.
let python3Path: String? = {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let p = "\(dir)/python3"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}()

/// Runs `python3 -c script args…` and returns its standard output; fails the test on a non-zero exit.
func runPython(_ script: String, _ args: [String]) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: python3Path!)
    p.arguments = ["-c", script] + args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out; p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 {
        Issue.record("python3 failed: \(String(decoding: errData, as: UTF8.self))")
    }
    return data
}

private let mboxPath = samplesFolder.appendingPathComponent("mail.mbox").path
private let owner: Set<String> = ["ME@example.com"]

/// Line (1-based) of the first line of the sample that starts with `prefix`.
private func lineOf(_ prefix: String, in path: String = mboxPath) throws -> Int {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.firstIndex { $0.hasPrefix(prefix) }! + 1
}

private func utc(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int = 0) -> Date {
    Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: y, month: mo, day: d), h, mi, s)))
}

@Suite struct MboxImporterTests {
    @Test func touchesFromTheSampleMailbox() throws {
        let batch = try MboxImporter.read(path: mboxPath, ownerEmails: owner, displayName: "mail.mbox")
        #expect(batch.touches.map(\.key) == ["<m1@example.ru>", "<m2@example.com>", "<m3@example.ru>",
                                             batch.touches[3].key, "<m5@example.org>", "<m6@example.ru>"])
        #expect(batch.touches.allSatisfy { $0.channel == .email })
        let t = batch.touches
        // Message 1: Анна (two adjacent UTF-8 B words, the space between them dropped) to me, Иван
        // (KOI8-R Q) and Ольга (windows-1251 B); 12:00 +0300 = 09:00 UTC.
        #expect(t[0].from.name == "Анна Петрова" && t[0].from.emails == ["anna@example.ru"])
        #expect(t[0].to.map(\.name) == ["Me Myself", "Иван Сидоров", "Ольга Кузнецова"])
        #expect(t[0].to.map(\.emails) == [["me@example.com"], ["ivan@example.ru"], ["olga@example.org"]])
        #expect(t[0].date == utc(2026, 3, 2, 9, 0))
        // Message 2: my answer 12:30 UTC → message 1 was answered after 3.5 hours. The copy to
        // myself is no recipient; IVAN@ keeps its case; its comment joins its name, as in Python's getaddresses.
        #expect(t[0].replyHours == 3.5)
        #expect(t[1].to.map(\.emails) == [["anna@example.ru"], ["IVAN@example.ru"]])
        #expect(t[1].to[1].name == "Ivan (Sidorov)")
        // Message 3 answers message 2 through References only (last entry), 11:00 "MSK", an unknown
        // zone read as +0000 (RFC 5322 §4.3): 22.5 hours after 12:30 the day before; two-digit year 26.
        #expect(t[2].date == utc(2026, 3, 3, 11, 0))
        #expect(t[1].replyHours == 22.5)
        #expect(t[2].replyHours == nil)
        // Message 4: no Message-ID → hash key; a name folded between two Q words; a group; a
        // comment as the name; 10:00 EST = 15:00 UTC.
        #expect(t[3].key.hasPrefix("mbox-hash:") && t[3].key.count == "mbox-hash:".count + 16)
        #expect(t[3].from.name == "Пётр Иванов")
        #expect(t[3].to.map(\.emails) == [["anna@example.ru"], ["olga@example.org"], ["me@example.com"]])
        #expect(t[3].to.map(\.name) == ["", "Ольга Кузнецова", "Me Myself"])
        #expect(t[3].date == utc(2026, 3, 4, 15, 0))
        // Message 5: the parent is not in the mailbox; the Cc after a bad header line still counts.
        #expect(t[4].from.name == "Ольга Кузнецова")
        #expect(t[4].to.map(\.emails) == [["me@example.com"], ["anna@example.ru"]])
        #expect(t.allSatisfy { $0.key != "<m4-missing@example.ru>" })
        #expect(t[4].replyHours == nil && t[5].replyHours == nil && t[3].replyHours == nil)
        #expect(t[5].date == utc(2026, 3, 7, 7, 0))
        // Sources are the separator lines.
        #expect(t[1].source == SourcePlace(file: "mail.mbox", line: try lineOf("From me@example.com")))
    }

    @Test func listAndAutomaticMailSkippedWithReasons() throws {
        let batch = try MboxImporter.read(path: mboxPath, ownerEmails: owner)
        #expect(batch.skipped.map(\.reason) == ["mailing-list message (List-Id: Developers <dev.lists.example.org>)",
                                                "automatic sender no-reply@shop.example.com"])
        #expect(batch.skipped[0].source.line == (try lineOf("From list@lists.example.org")))
    }

    /// The column of a bad header line is that of the first character a field name cannot hold
    /// (here the space after "Bad").
    @Test func badHeaderLineAndTruncatedMessageAreProblems() throws {
        let batch = try MboxImporter.read(path: mboxPath, displayName: "mail.mbox")
        #expect(batch.problems.map(\.description) == [
            "mail.mbox:\(try lineOf("Bad header line")):4: not a header line (expected 'Name: value'): 'Bad header line without a colon'",
            "mail.mbox:\(try lineOf("From anna@example.ru Sun")):1: truncated message: the file ended before the end of its header",
        ])
        #expect(batch.touches.count == 6)   // the truncated message gives none
    }

    @Test func peopleOnceEachWithoutTheOwner() throws {
        let batch = try MboxImporter.read(path: mboxPath, ownerEmails: owner)
        #expect(batch.people.map(\.name) == ["Анна Петрова", "Иван Сидоров", "Ольга Кузнецова", "Пётр Иванов"])
        #expect(batch.people.map(\.emails) == [["anna@example.ru"], ["ivan@example.ru"], ["olga@example.org"], ["petr@example.ru"]])
        // Without owner addresses, "me" is a person like any other and my copy to myself still is no
        // recipient of my own message.
        let noOwner = try MboxImporter.read(path: mboxPath)
        #expect(noOwner.people.count == 5)
        #expect(noOwner.touches[1].to.count == 2)
    }

    /// A message whose header block is cut off by the next separator is reported and dropped; the
    /// next message is read.
    @Test func separatorInsideHeaderBlock() throws {
        let text = "From a@x Mon Mar  2 09:00:00 2026\nFrom: a@x\nTo: b@y\n"
            + "From b@y Mon Mar  2 10:00:00 2026\nFrom: b@y\nTo: a@x\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\nbody\n"
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-cut-\(getpid()).mbox")
        try text.write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let batch = try MboxImporter.read(path: tmp.path, displayName: "cut.mbox")
        #expect(batch.problems.map(\.description)
                == ["cut.mbox:1:1: truncated message: the next 'From ' line came before the end of its header"])
        #expect(batch.touches.map(\.from.emails) == [["b@y"]])
        #expect(batch.touches[0].key.hasPrefix("mbox-hash:"))
    }

    @Test func readingTwiceGivesTheSameKeys() throws {
        let a = try MboxImporter.read(path: mboxPath), b = try MboxImporter.read(path: mboxPath)
        #expect(a.touches == b.touches)
    }

    @Test func fnvTestVectors() {
        // Published FNV-1a 64-bit vectors (isthe.com/chongo/tech/comp/fnv): "" and "a".
        #expect(MboxImporter.fnv1a64Hex("") == "cbf29ce484222325")
        #expect(MboxImporter.fnv1a64Hex("a") == "af63dc4c8601ec8c")
    }

    @Test func missingFileThrows() {
        #expect(throws: InputMissing.self) { try MboxImporter.read(path: "/nonexistent/x.mbox") }
    }

    @Test func crlfMailboxReadsLikeLF() throws {
        let text = try String(contentsOfFile: mboxPath, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-crlf-\(getpid()).mbox")
        try text.write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let a = try MboxImporter.read(path: mboxPath, displayName: "x"), b = try MboxImporter.read(path: tmp.path, displayName: "x")
        #expect(a.touches == b.touches)
        #expect(a.problems == b.problems)
    }
}

@Suite struct MailHeaderPartsTests {
    @Test func obsoleteAndModernDates() {
        // Hand-computed UTC instants.
        #expect(MailDate.parse("Mon, 2 Mar 2026 12:00:00 +0300") == utc(2026, 3, 2, 9, 0))
        #expect(MailDate.parse("2 Mar 2026 12:00 -0130") == utc(2026, 3, 2, 13, 30))
        #expect(MailDate.parse("Fri, 21 Nov 97 09:55:06 GMT") == utc(1997, 11, 21, 9, 55, 6))
        #expect(MailDate.parse("Fri, 21 Nov 097 09:55:06 PDT") == utc(1997, 11, 21, 16, 55, 6))
        #expect(MailDate.parse("Thu,\n      13\n        Feb\n          1969\n      23:32\n               -0330 (Newfoundland Time)")
                == utc(1969, 2, 14, 3, 2))
        #expect(MailDate.parse("Tue, 1 Jul 2003 10:52:37 +0200 (CEST)") == utc(2003, 7, 1, 8, 52, 37))
        #expect(MailDate.parse("Sat Jan  3 01:05:34 1996") == utc(1996, 1, 3, 1, 5, 34))   // asctime
        #expect(MailDate.parse("Mon, 31 Feb 2026 10:00:00 +0000") == nil)
        #expect(MailDate.parse("yesterday") == nil)
        #expect(MailDate.parse("Mon, 2 Mar 2026 25:00:00 +0000") == nil)
    }

    @Test func addressListForms() {
        let list = MailAddressList.parse(
            #""Petrova, Anna" <anna@x.ru>, ivan@x.ru (Ivan S.), Team: a@x, b@x;, undisclosed-recipients:;, <@relay:c@x>, "Quoted \"Q\"" <q@x>"#)
        #expect(list == [MailAddress(name: "Petrova, Anna", address: "anna@x.ru"),
                         MailAddress(name: "Ivan S.", address: "ivan@x.ru"),
                         MailAddress(name: "", address: "a@x"), MailAddress(name: "", address: "b@x"),
                         MailAddress(name: "", address: "c@x"), MailAddress(name: "Quoted \"Q\"", address: "q@x")])
    }

    @Test func encodedWords() {
        #expect(MailEncodedWords.decode("=?utf-8?q?=D0=90=D0=BD=D0=BD=D0=B0?=") == "Анна")
        #expect(MailEncodedWords.decode("=?KOI8-R?B?4c7OwQ==?= =?KOI8-R?B?8MXU0s/XwQ==?=") == "АннаПетрова")
        #expect(MailEncodedWords.decode("Re: =?cp1251?Q?=C0=ED=ED=E0?= again") == "Re: Анна again")
        #expect(MailEncodedWords.decode("=?x-unknown?Q?abc?= ok") == "=?x-unknown?Q?abc?= ok")
        #expect(MailEncodedWords.decode("=?UTF-8*ru?B?0JDQvdC90LA?=") == "Анна")   // no padding, language
    }
}

/// Every header the importer reads, compared with Python's standard `email` package on the same
/// mailbox. Python stops reading a header block at a line that is not a header (and calls the
/// rest the body), where the importer reports the line and reads on; so Python reads a copy
/// without that one line.
@Test(.enabled(if: python3Path != nil, "needs python3 for the email-package oracle"))
func mboxHeadersAgreeWithPythonEmailPackage() throws {
    let script = #"""
import sys, json, mailbox, email.parser, email.policy, email.utils, email.header, datetime
def dec(s):
    return " ".join(str(email.header.make_header(email.header.decode_header(s))).split())
out = []
mb = mailbox.mbox(sys.argv[1])
for key in mb.keys():
    msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(mb.get_bytes(key))
    def addrs(name):
        return [[dec(n), a] for n, a in email.utils.getaddresses([str(v) for v in msg.get_all(name, [])]) if a]
    try:
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d.tzinfo is None: d = d.replace(tzinfo=datetime.timezone.utc)
        ts = d.timestamp()
    except Exception:
        ts = None
    out.append({"from": addrs("From"), "to": addrs("To"), "cc": addrs("Cc"), "date": ts,
                "id": " ".join(str(msg["Message-ID"] or "").split()),
                "subject": dec(str(msg["Subject"] or ""))})
print(json.dumps(out))
"""#
    let text = try String(contentsOfFile: mboxPath, encoding: .utf8)
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-oracle-\(getpid()).mbox")
    try text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("Bad header line") }.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: copy) }
    let python = try JSONSerialization.jsonObject(with: runPython(script, [copy.path])) as! [[String: Any]]

    var mine = [MailMessageHeaders]()
    var problems = [Diagnostic]()
    try MboxScanner.scan(path: mboxPath, display: "x", problems: &problems) { mine.append($0) }
    #expect(python.count == mine.count + 1)   // Python also reads the truncated last message
    func pairs(_ s: String?) -> [[String]] { MailAddressList.parse(s ?? "").map { [$0.name, $0.address] } }
    var compared = 0
    for (m, p) in zip(mine, python) {
        #expect(pairs(m[.from]) == p["from"] as! [[String]])
        #expect(pairs(m[.to]) == p["to"] as! [[String]])
        #expect(pairs(m[.cc]) == p["cc"] as! [[String]])
        #expect(MailDate.parse(m[.date] ?? "")?.timeIntervalSince1970 == p["date"] as? Double)
        #expect((m[.messageID] ?? "") == p["id"] as! String)
        #expect(MailEncodedWords.decode(m[.subject] ?? "").collapsingSpaces == p["subject"] as! String)
        compared += 1
    }
    #expect(compared == 8)
}
