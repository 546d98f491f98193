import Foundation
import Testing

private func samplePath(_ name: String) -> String { packageRoot.appendingPathComponent("data/samples/\(name)").path }

private func read(_ ws: URL, _ name: String) -> String {
    (try? String(contentsOf: ws.appendingPathComponent(name), encoding: .utf8)) ?? ""
}

/// From nothing to a workspace: LinkedIn, then the address book, then the Google exports; the
/// second run of the same command changes no byte and says so.
@Test func importSamplesThenAgainChangesNothing() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let ws = tmp.appendingPathComponent("crm")
    let me = try runLiaison(["log", ws.path, "contact", "--name", "Алексей Воронов", "--kind", "me", "--email", "alexey@routely.example"])
    #expect(me.status == 0, "\(me.stderr)")
    #expect(me.stdout == "logged contact aleksei-voronov (Алексей Воронов)\n")
    let args = ["import", "auto", samplePath("Connections.csv"), samplePath("contacts.vcf"), samplePath("google-contacts.csv"),
                samplePath("google-contacts-legacy.csv"), "--into", ws.path, "--country", "RU"]
    let first = try runLiaison(args)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Connections.csv (linkedin, detected):\n  contacts: 4 added, 1 ambiguous\n  ties: 5 added\n"))
    #expect(first.stdout.contains("ambiguous contact ivan-sokolov-2: added as a new contact: same name as 'ivan-sokolov' (Акме)"))
    #expect(first.stdout.hasSuffix("wrote contacts.csv, ties.csv\n"))
    let check = try runLiaison(["check", ws.path])
    #expect(check.status == 0)
    let files = ["contacts.csv", "ties.csv"].map { read(ws, $0) }
    // The vCard's own card for Алексей Воронов matched me by e-mail (the owner's address).
    #expect(files[0].split(separator: "\n").filter { $0.contains("Алексей Воронов") }.count == 1)
    let second = try runLiaison(args)
    #expect(second.status == 0)
    #expect(second.stdout.hasSuffix("nothing to change\n"))
    #expect(!second.stdout.contains(" added"))
    #expect(["contacts.csv", "ties.csv"].map { read(ws, $0) } == files)
}

@Test func importAFolderOfExports() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let export = tmp.appendingPathComponent("export")
    try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
    for f in ["Connections.csv", "contacts.vcf"] {
        try FileManager.default.copyItem(atPath: samplePath(f), toPath: export.appendingPathComponent(f).path)
    }
    let r = try runLiaison(["import", "auto", export.path, "--into", tmp.appendingPathComponent("crm").path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Connections.csv (linkedin, detected):"))
    #expect(r.stdout.contains("contacts.vcf (vcard, detected):"))
}

@Test func importDryRunAndJSON() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let ws = tmp.appendingPathComponent("crm")
    let r = try runLiaison(["import", "vcard", samplePath("contacts.vcf"), "--into", ws.path, "--dry-run", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: ws.appendingPathComponent("contacts.csv").path))
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(json["dry_run"] as? Bool == true)
    #expect((json["written"] as? [Any])?.isEmpty == true)
    let file = (json["files"] as! [[String: Any]])[0]
    let counts = file["counts"] as! [String: [String: Int]]
    #expect(counts["contact"]?["added"] == 4)
    // Elena–Anna (friend) and Elena–Karl (partner); Anna's manager and Karl's colleague Tobias
    // are not in the file or the workspace; Karl's RELATED mailto: Elena is the pair already added.
    #expect(counts["tie"]?["added"] == 2)
    #expect(counts["tie"]?["skipped"] == 2)
    #expect(counts["tie"]?["unchanged"] == 1)
}

/// A broken card: `file:line`, exit 65, nothing written; with --skip-bad the good cards land.
@Test func importMalformedCardWritesNothingUnlessSkipBad() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let ws = tmp.appendingPathComponent("crm")
    try writeWorkspace(["contacts.csv": "id,name,notes,my own column\nanna,Анна,,x\n"], named: "crm", in: tmp)
    let before = try snapshot(ws)
    func dataFiles() throws -> [String: String] { try snapshot(ws).filter { $0.key != ".liaison.lock" } }
    let vcf = tmp.appendingPathComponent("broken.vcf")
    try Data("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Борис Тихонов\r\nEMAIL:boris@x.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nno colon here\r\nEND:VCARD\r\n".utf8).write(to: vcf)
    let r = try runLiaison(["import", "vcard", vcf.path, "--into", ws.path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("\(vcf.path):9:1: expected a property line NAME:value"))
    #expect(r.stdout.contains("nothing was written (pass --skip-bad"))
    #expect(try dataFiles() == before)
    let ok = try runLiaison(["import", "vcard", vcf.path, "--into", ws.path, "--skip-bad"])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(read(ws, "contacts.csv") == "id,name,notes,my own column,email\nanna,Анна,,x\nboris-tikhonov,Борис Тихонов,,,boris@x.example\n")
}

@Test func importRefusesUnknownKinds() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let f = tmp.appendingPathComponent("x.csv")
    try Data("id,name\n".utf8).write(to: f)
    let r = try runLiaison(["import", "auto", f.path, "--into", tmp.appendingPathComponent("w").path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("cannot tell what kind of export this is"))
}

/// Mail and calendar end to end: the sample mailbox and calendar become e-mail and meeting rows of
/// interactions.csv, the owner's address is `me`, and a second import changes no byte.
@Test func importMailAndCalendarThenAgainChangesNothing() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let ws = tmp.appendingPathComponent("crm")
    try writeWorkspace(["contacts.csv": "id,name,kind,email\nme,Me Myself,me,me@example.com\n",
                        "liaison.toml": "as_of = 2026-06-30\n"], named: "crm", in: tmp)
    let args = ["import", "auto", samplePath("mail.mbox"), samplePath("calendar.ics"), "--into", ws.path, "--skip-bad"]
    let first = try runLiaison(args)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("mbox, detected") && first.stdout.contains("ics, detected"), "\(first.stdout)")
    let interactions = try #require(ParsedCSV(read(ws, "interactions.csv")))
    let channels = Set(interactions.column("channel"))
    #expect(channels == ["email", "meeting"], "\(channels)")
    // The owner's reply (message 2) is sent by me.
    #expect(interactions.column("from").contains("me"))
    #expect(try runLiaison(["check", ws.path]).status == 0)
    let before = try snapshot(ws).filter { $0.key != ".liaison.lock" }
    let second = try runLiaison(args)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(try snapshot(ws).filter { $0.key != ".liaison.lock" } == before)
}

/// `log` rows: names resolved, shown by `ties --explain` at once; unknown and ambiguous names
/// get "did you mean" and exit 65 with nothing written.
@Test func logResolvesNamesAndFeedsTies() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    try writeWorkspace([
        "contacts.csv": "id,name,kind,organization\nme,Мария Орлова,me,\nanna-petrova,Анна Петрова,client,Routely\nivan-1,Иван Соколов,,Акме\nivan-2,Иван Соколов,,Балтика\n",
        "liaison.toml": "as_of = 2026-11-20\n",
    ], named: "crm", in: tmp)
    let ws = tmp.appendingPathComponent("crm").path
    let t = try runLiaison(["log", ws, "touch", "--with", "анна петрова", "--channel", "meeting", "--date", "2026-11-18", "--note", "pricing, again"])
    #expect(t.status == 0, "\(t.stderr)")
    #expect(t.stdout == "logged meeting on 2026-11-18: me → anna-petrova\n")
    #expect(read(tmp.appendingPathComponent("crm"), "interactions.csv") == "date,from,to,channel,reply_hours,outcome,note,source_key\n2026-11-18,me,anna-petrova,meeting,,,\"pricing, again\",\n")
    let explain = try runLiaison(["ties", ws, "--explain", "me", "anna-petrova"])
    #expect(explain.status == 0, "\(explain.stderr)")
    #expect(explain.stdout.contains("2026-11-18"))
    let d = try runLiaison(["log", ws, "deal", "--contact", "Анна Петрова", "--amount", "12000", "--currency", "eur", "--status", "won", "--date", "2026-11-19"])
    #expect(d.status == 0, "\(d.stderr)")
    let i = try runLiaison(["log", ws, "intro", "--from", "me", "--to", "ivan-1", "--via", "anna-petrova", "--outcome", "requested"])
    #expect(i.status == 0, "\(i.stderr)")
    // The lock file records its last holder's PID; the data files must not change.
    func dataFiles() throws -> [String: String] { try snapshot(tmp.appendingPathComponent("crm")).filter { $0.key != ".liaison.lock" } }
    let before = try dataFiles()
    let amb = try runLiaison(["log", ws, "touch", "--with", "Иван Соколов"])
    #expect(amb.status == 65)
    #expect(amb.stderr.contains("'Иван Соколов' is ambiguous: 2 contacts match; say which by id: ivan-1 (Иван Соколов, Акме), ivan-2 (Иван Соколов, Балтика)"))
    let unknown = try runLiaison(["log", ws, "touch", "--with", "Ана Петрова"])
    #expect(unknown.status == 65)
    #expect(unknown.stderr.contains("no contact 'Ана Петрова': did you mean anna-petrova (Анна Петрова, Routely)"))
    #expect(try dataFiles() == before)
    let c = try runLiaison(["log", ws, "contact", "--name", "Анна Петрова", "--organization", "Другая"])
    #expect(c.stdout == "logged contact anna-petrova-2 (Анна Петрова)\n")
}

/// Ten `log` commands started together all land (the workspace lock serialises them).
@Test func concurrentLogsAllLand() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    try writeWorkspace(["contacts.csv": "id,name,kind\nme,Me,me\nanna,Anna,\n"], named: "crm", in: tmp)
    let ws = tmp.appendingPathComponent("crm").path
    let results = ResultBox()
    DispatchQueue.concurrentPerform(iterations: 10) { k in
        let r = try? runLiaison(["log", ws, "touch", "--with", "anna", "--date", "2026-01-\(10 + k)"])
        results.add(r?.status ?? -1)
    }
    #expect(results.all == Array(repeating: 0, count: 10))
    let lines = read(tmp.appendingPathComponent("crm"), "interactions.csv").split(separator: "\n")
    #expect(lines.count == 11)
    #expect(Set(lines.dropFirst().map { String($0.prefix(10)) }).count == 10)
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int32] = []
    func add(_ s: Int32) { lock.lock(); statuses.append(s); lock.unlock() }
    var all: [Int32] { lock.lock(); defer { lock.unlock() }; return statuses }
}
