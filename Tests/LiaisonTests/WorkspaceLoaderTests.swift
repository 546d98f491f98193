import Foundation
import Testing
@testable import Liaison

/// A workspace folder holding `files`, removed when the test ends.
private func withWorkspace<R>(_ files: [String: String], _ body: (String) throws -> R) throws -> R {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-ws-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
    return try body(dir)
}

/// The errors of loading `files`, as `file:line:column: message` with the folder left out.
private func errors(_ files: [String: String]) throws -> [String] {
    try withWorkspace(files) { dir in
        do {
            _ = try WorkspaceLoader.load(from: dir)
            return []
        } catch let e as InputErrors {
            return e.diagnostics.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        }
    }
}

private func warnings(_ files: [String: String]) throws -> [String] {
    try withWorkspace(files) { dir in
        try WorkspaceLoader.load(from: dir).warnings.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }
}

private let contacts = """
id,name,kind,organization,title,industry,city,tags,email,phone,url,notes
me,Мария Орлова,me,Routely,CEO,software,Moscow,,,,,
anna,Анна Петрова,investor,Север Капитал,Partner,fintech,Moscow,angel; warm ;,anna@example.com,,,"notes, with comma"
boris,Boris Ivanov,client,North Freight,COO,logistics,Berlin,,,,,
vera,Vera Smith,supplier,,,,London,do-not-ask,,,,

"""

@Test func aValidWorkspaceLoadsIntoTheModel() throws {
    let files = [
        "contacts.csv": contacts,
        "interactions.csv": """
            date,from,to,channel,reply_hours,outcome,note
            2026-03-14,me,anna;boris,Meeting,,agreed,"kick-off, Berlin"
            2026-03-15T10:00+01:00,boris,me,email,2.5,,
            2026-03-16,me,vera,call,,,

            """,
        "ties.csv": "a,b,strength,kind,since,note\nanna,boris,3,friend,2020-01-01,\nanna,vera,5,,,\nboris,vera,1,,,\nme,boris,,,,\n",
        "introductions.csv": "date,introducer,from,to,status,note\n2026-04-01,anna,me,boris,converted,\n",
        "deals.csv": "date,contact,amount,currency,status,source\n2026-05-01,boris,12000.50,eur,won,anna\n2026-06-01,boris,0,EUR,,\n",
        "deliveries.csv": "supplier,due,delivered,order,note\nvera,2026-05-01,2026-05-03,PO-1,late\nvera,2026-06-01,,PO-2,\n",
        "feedback.csv": "date,contact,score,scale\n2026-05-10,boris,4,\n2026-06-10,boris,9,nps\n",
        "liaison.toml": "me = \"me\"\nas_of = 2026-07-01\n\n[[goal]]\nname = \"x\"\nkind = \"client\"\n",
    ]
    try withWorkspace(files) { dir in
        let (ws, warnings) = try WorkspaceLoader.load(from: dir)
        #expect(ws.contacts.map(\.id) == ["me", "anna", "boris", "vera"])
        #expect(ws.contacts[1].name == "Анна Петрова")
        #expect(ws.contacts[1].tags == ["angel", "warm"])
        #expect(ws.contacts[1].notes == "notes, with comma")
        #expect(ws.me == 0)
        #expect(ws.interactions.count == 3)
        #expect(ws.interactions[0].to == [1, 2])
        #expect(ws.interactions[0].channel == .meeting)
        #expect(ws.interactions[0].note == "kick-off, Berlin")
        // 2026-03-15T10:00+01:00 is 09:00 UTC on day 20527.
        let expected: Double = 20527 * 86400 + 9 * 3600
        #expect(ws.interactions[1].date.timeIntervalSince1970 == expected)
        #expect(ws.interactions[1].replyHours == 2.5)
        #expect(ws.interactions[2].replyHours == nil)
        // 1–5 scale (the file holds values above 1): 3 → 0.5, 5 → 1, 1 → 0; blank stays nil.
        #expect(ws.ties.map(\.strength) == [0.5, 1, 0, nil])
        #expect(ws.introductions[0].status == .converted)
        #expect(ws.deals.map(\.amount) == [12000.5, 0])
        #expect(ws.deals.map(\.currency) == ["EUR", "EUR"])
        #expect(ws.deals.map(\.status) == [.won, .open])
        #expect(ws.deals[0].source == 1)
        #expect(ws.deliveries[1].delivered == nil)
        #expect(ws.feedback.map(\.scale) == [.csat, .nps])
        #expect(ISODate.dayString(ws.asOf) == "2026-07-01")
        #expect(warnings.isEmpty, "\(warnings)")
    }
}

@Test func everyKindOfErrorIsReportedAtItsFieldInOneRun() throws {
    let found = try errors([
        "contacts.csv": """
            id,name,kind,city
            me,Я,me,Moscow
            anna,,investor,Moscow
            anna,Анна 2,client,
            boris,Борис,investr,
            ,Nobody,other,
            olga,Ольга,me,

            """,
        "interactions.csv": """
            date,from,to,channel,reply_hours
            2026-02-30,me,anna,call,
            2026-03-01,me,zed;anna,fax,-2
            2026-03-01,,anna,,abc

            """,
        "deals.csv": "date,contact,amount,status\n2026-01-01,anna,-5,won\n2026-01-01,anna,10,pending\n",
        "feedback.csv": "date,contact,score,scale\n2026-01-01,anna,6,\n2026-01-01,anna,11,nps\n2026-01-01,anna,3,stars\n",
        "ties.csv": "a,b,strength\nanna,anna,2\nanna,boris,7\n",
    ])
    let accepted = "expected an ISO 8601 date (2026-03-14) or date-time (2026-03-14T09:30, optional seconds and Z/±HH:MM)"
    #expect(found == [
        "contacts.csv:3:6: empty name: every contact needs a name",
        "contacts.csv:4:1: duplicate id 'anna': already used at line 3; ids must be unique",
        "contacts.csv:5:13: unknown kind 'investr': expected one of me, client, supplier, investor, partner, colleague, mentor, other (did you mean 'investor'?)",
        "contacts.csv:6:1: empty id: every contact needs a unique id (a slug such as anna-petrova)",
        "contacts.csv:7:12: a second contact of kind 'me' (the first is 'me' at line 2): at most one contact is me",
        "deals.csv:2:17: negative amount '-5': expected an amount ≥ 0 (digits, '.' for decimals, no currency sign)",
        "deals.csv:3:20: unknown status 'pending': expected one of won, lost, open",
        "feedback.csv:2:17: score out of range '6': expected a CSAT score 1–5 (or set scale=nps for 0–10)",
        "feedback.csv:3:17: score out of range '11': expected an NPS answer 0–10 (scale=nps)",
        "feedback.csv:4:19: unknown scale 'stars': expected one of csat, nps",
        "interactions.csv:2:1: bad date '2026-02-30' in date: \(accepted)",
        "interactions.csv:3:15: unknown contact id 'zed' in to: no row of contacts.csv has this id",
        "interactions.csv:3:24: unknown channel 'fax': expected one of meeting, call, video, message, email, event, other",
        "interactions.csv:3:28: negative reply_hours '-2': expected hours as a number ≥ 0, or empty when no reply came",
        "interactions.csv:4:12: empty from: expected a contact id",
        "interactions.csv:4:19: reply_hours 'abc' is not a number: expected hours as a number ≥ 0, or empty when no reply came",
        "ties.csv:2:6: a tie needs two different contacts: a and b are both 'anna'",
        "ties.csv:3:12: strength out of range '7': expected 1–5 or 0–1 (higher = stronger), or empty",
    ])
}

@Test func missingRequiredColumnsAreReportedOnTheHeaderLine() throws {
    let found = try errors([
        "contacts.csv": "id,name\nme,Я\n",
        "interactions.csv": "date,to,Date\n2026-01-01,me,x\n",
    ])
    #expect(found == [
        "interactions.csv:1:1: missing required column 'from': the header must name date, from, to (it names date, to, date)",
        "interactions.csv:1:9: duplicate column 'date' (also column 1 of the header)",
    ])
}

@Test func aContactsFileWithoutIdsDoesNotBuryTheErrorUnderUnknownReferences() throws {
    let found = try errors([
        "contacts.csv": "ident,name\nme,Я\n",
        "interactions.csv": "date,from,to\n2026-01-01,me,anna\n",
    ])
    #expect(found == ["contacts.csv:1:1: missing required column 'id': the header must name id, name (it names ident, name)"])
}

@Test func extraCellsAreAnErrorOnlyWhenTheyHoldSomething() throws {
    let found = try errors(["contacts.csv": "id,name\nme,Я,\nanna,Anna, Petrova\n"])
    #expect(found == ["contacts.csv:3:11: this row has 3 cells but the header names 2 columns: quote a value that contains a comma"])
}

@Test func tomlSyntaxAndMeProblemsAreLocated() throws {
    let syntax = try errors(["contacts.csv": "id,name\nme,Я\n", "liaison.toml": "me = \"me\"\nas_of = 2026-13-01\n"])
    #expect(syntax.count == 1)
    #expect(syntax[0].hasPrefix("liaison.toml:2:"), "\(syntax)")
    #expect(syntax[0].contains("TOML syntax error"))

    let unknown = try errors(["contacts.csv": "id,name\nme,Я\n", "liaison.toml": "# who am I\n  me = \"nobody\"\n"])
    #expect(unknown == ["liaison.toml:2:8: me = 'nobody' names no contact: no row of contacts.csv has this id"])

    let conflict = try errors(["contacts.csv": "id,name,kind\nme,Я,me\nanna,Анна,\n", "liaison.toml": "me = \"anna\"\n"])
    #expect(conflict == ["liaison.toml:1:6: me = 'anna' but contact 'me' (contacts.csv line 2) has kind 'me': at most one contact is me"])

    let badAsOf = try errors(["contacts.csv": "id,name\nme,Я\n", "liaison.toml": "as_of = \"14.03.2026\"\n"])
    #expect(badAsOf == ["liaison.toml:1:9: bad as_of: expected a TOML date (as_of = 2026-03-14), date-time, or an ISO 8601 string"])
}

@Test func tomlNamesMeAndGivesAsOf() throws {
    try withWorkspace(["contacts.csv": "id,name\nx,X\nme,Я\n",
                       "liaison.toml": "me = \"me\"\nas_of = 2026-03-14T12:00:00+02:00\n"]) { dir in
        let ws = try WorkspaceLoader.load(from: dir).workspace
        #expect(ws.me == 1)
        let expected: Double = 20526 * 86400 + 10 * 3600
        #expect(ws.asOf.timeIntervalSince1970 == expected)
    }
}

@Test func tomlWithAByteOrderMarkAndCRLFLoads() throws {
    try withWorkspace(["contacts.csv": "id,name\r\nme,Я\r\n", "liaison.toml": "\u{FEFF}me = \"me\"\r\nas_of = 2026-01-02\r\n"]) { dir in
        let ws = try WorkspaceLoader.load(from: dir).workspace
        #expect(ws.me == 0)
        #expect(ISODate.dayString(ws.asOf) == "2026-01-02")
    }
}

@Test func tieStrengthOnTheZeroToOneScaleKeepsOne() throws {
    try withWorkspace(["contacts.csv": "id,name\na,A\nb,B\nc,C\n",
                       "ties.csv": "a,b,strength\na,b,1\nb,c,0.25\n"]) { dir in
        let ws = try WorkspaceLoader.load(from: dir).workspace
        #expect(ws.ties.map(\.strength) == [1, 0.25])
    }
}

@Test func warningsNameUntouchedContactsUnknownColumnsAndSelfTouches() throws {
    let found = try warnings([
        "contacts.csv": "id,name,kind,favourite_colour\nme,Я,me,blue\nanna,Анна,,\nboris,Борис,,\n",
        "interactions.csv": "date,from,to\n2026-01-01,me,anna;me\n",
    ])
    #expect(found == [
        "contacts.csv:1:14: warning: unknown column 'favourite_colour' is kept and ignored (known: id, name, kind, organization, title, industry, city, tags, email, phone, url, notes, source_uid)",
        "contacts.csv:4:1: warning: 1 contact is never touched in interactions.csv: boris",
        "interactions.csv:2:1: warning: 1 interaction list the sender among the recipients (first here): the sender was dropped from 'to'",
    ])
    let noMe = try warnings(["contacts.csv": "id,name\na,A\n"])
    #expect(noMe == ["contacts.csv: warning: no contact is 'me' (kind me, or me = \"id\" in liaison.toml): ego-centred commands will need --ego"])
}

@Test func aMissingFolderOrContactsFileIsInputMissing() throws {
    #expect(throws: InputMissing.self) { try WorkspaceLoader.load(from: "/nonexistent/liaison-ws") }
    try withWorkspace(["interactions.csv": "date,from,to\n"]) { dir in
        do { _ = try WorkspaceLoader.load(from: dir); Issue.record("expected InputMissing") } catch let e as InputMissing {
            #expect(e.path.hasSuffix("/contacts.csv"))
        }
    }
}


@Test func aFloodOfErrorsIsCappedPerFileWithACount() throws {
    let bad = (0 ..< 1005).map { _ in "2026-01-01,me,nobody\n" }.joined()
    let found = try errors(["contacts.csv": "id,name\nme,Я\n", "interactions.csv": "date,from,to\n" + bad])
    #expect(found.count == 1001)
    #expect(found[999] == "interactions.csv:1001:15: unknown contact id 'nobody' in to: no row of contacts.csv has this id")
    #expect(found[1000] == "interactions.csv: … and 5 more errors in this file (only the first 1000 are shown)")
}

@Test func hostileValuesAreQuotedInertAndShort() throws {
    let found = try errors(["contacts.csv": "id,name,kind\nme,Я,\"\u{1B}[31mred\u{202E}\"\n",
                            "interactions.csv": "date,from,to\n2026-01-01,me,\(String(repeating: "x", count: 300))\n"])
    #expect(found[0] == "contacts.csv:2:6: unknown kind '\u{FFFD}[31mred\u{FFFD}': expected one of me, client, supplier, investor, partner, colleague, mentor, other")
    #expect(found[1].contains("'\(String(repeating: "x", count: 79))…'"))
}
