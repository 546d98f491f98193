import Foundation
import Testing

/// Writes `files` into `directory/name`.
func writeWorkspace(_ files: [String: String], named name: String, in directory: URL) throws {
    let ws = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: ws, withIntermediateDirectories: true)
    for (file, text) in files { try Data(text.utf8).write(to: ws.appendingPathComponent(file)) }
}

/// Every file under `directory` with its size and modification date.
func snapshot(_ directory: URL) throws -> [String: String] {
    var out = [String: String]()
    let e = FileManager.default.enumerator(atPath: directory.path)!
    for case let path as String in e {
        let a = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(path).path)
        out[path] = "\(a[.size] ?? 0) \(a[.modificationDate] ?? "")"
    }
    return out
}

/// The issue's end-to-end test: ten deliberately broken rows across four files.
@Test func checkReportsAllTenBrokenRowsAndWritesNothing() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    try writeWorkspace([
        "contacts.csv": """
            id,name,kind,organization,city
            me,Мария Орлова,me,Routely,Moscow
            anna,Анна Петрова,investr,Север Капитал,Moscow
            boris,,client,North Freight,Berlin
            anna,Anna Duplicate,client,,London
            vera,Vera Smith,supplier,,London

            """,
        "interactions.csv": """
            date,from,to,channel,reply_hours,outcome,note
            2026-03-14,me,anna,meeting,,,
            2026-13-01,me,boris,call,,,
            2026-03-15,me,zed,email,3,,
            2026-03-16,me,vera,fax,,,
            2026-03-17,vera,me,email,-1,,

            """,
        "deals.csv": "date,contact,amount,currency,status,source\n2026-04-01,boris,-100,EUR,won,anna\n2026-04-02,boris,5000,EUR,pending,\n",
        "feedback.csv": "date,contact,score,scale\r\n2026-05-01,boris,7,\r\n",
    ], named: "ws", in: tmp)
    let before = try snapshot(tmp)
    let r = try runLiaison(["check", "ws"], in: tmp)
    #expect(r.status == 65)
    #expect(r.stdout == "")
    let date = "expected an ISO 8601 date (2026-03-14) or date-time (2026-03-14T09:30, optional seconds and Z/±HH:MM)"
    // Columns counted by hand: e.g. "anna,Анна Петрова," is 18 characters, so kind starts at 19.
    #expect(r.stderr.split(separator: "\n").map(String.init) == [
        "ws/contacts.csv:3:19: unknown kind 'investr': expected one of me, client, supplier, investor, partner, colleague, mentor, other (did you mean 'investor'?)",
        "ws/contacts.csv:4:7: empty name: every contact needs a name",
        "ws/contacts.csv:5:1: duplicate id 'anna': already used at line 3; ids must be unique",
        "ws/deals.csv:2:18: negative amount '-100': expected an amount ≥ 0 (digits, '.' for decimals, no currency sign)",
        "ws/deals.csv:3:27: unknown status 'pending': expected one of won, lost, open",
        "ws/feedback.csv:2:18: score out of range '7': expected a CSAT score 1–5 (or set scale=nps for 0–10)",
        "ws/interactions.csv:3:1: bad date '2026-13-01' in date: \(date)",
        "ws/interactions.csv:4:15: unknown contact id 'zed' in to: no row of contacts.csv has this id",
        "ws/interactions.csv:5:20: unknown channel 'fax': expected one of meeting, call, video, message, email, event, other",
        "ws/interactions.csv:6:26: negative reply_hours '-1': expected hours as a number ≥ 0, or empty when no reply came",
        "error: 10 errors; nothing was written",
    ])
    #expect(try snapshot(tmp) == before)
}

@Test func checkPrintsCountsDatesAndWarningsForAValidWorkspace() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    try writeWorkspace([
        "contacts.csv": "id,name,kind\nme,Мария,me\nanna,Анна,investor\nboris,Boris,client\n",
        "interactions.csv": "date,from,to\n2025-01-02,me,anna\n2026-03-04T10:00,anna,me\n",
        "liaison.toml": "as_of = 2026-06-01\n",
    ], named: "ws", in: tmp)
    let r = try runLiaison(["check", "ws"], in: tmp)
    #expect(r.status == 0)
    // Trailing spaces (right-aligned empty cells) are not part of what is checked.
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.reversed().drop { $0 == " " }.reversed())
    }
    #expect(lines == [
        "ws: valid workspace",
        "file               status  rows",
        "─────────────────  ──────  ────",
        "contacts.csv       ok         3",
        "interactions.csv   ok         2",
        "ties.csv           absent",
        "introductions.csv  absent",
        "deals.csv          absent",
        "deliveries.csv     absent",
        "feedback.csv       absent",
        "liaison.toml       ok",
        "interactions from 2025-01-02 to 2026-03-04",
        "me: Мария (me)",
        "as_of: 2026-06-01",
        "1 warning",
        "",
    ])
    #expect(r.stderr == "ws/contacts.csv:4:1: warning: 1 contact is never touched in interactions.csv: boris\n")
}

@Test func checkExits66WhenTheFolderOrContactsAreMissing() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let none = try runLiaison(["check", "nowhere"], in: tmp)
    #expect(none.status == 66)
    #expect(none.stderr == "error: nowhere: no such workspace folder\n")
    try writeWorkspace(["ties.csv": "a,b\n"], named: "ws", in: tmp)
    let noContacts = try runLiaison(["check", "ws"], in: tmp)
    #expect(noContacts.status == 66)
    #expect(noContacts.stderr.contains("ws/contacts.csv: no such file"))
}
