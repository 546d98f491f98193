import Foundation
import Testing
@testable import Liaison

private let place = SourcePlace(file: "t", line: 1)

@Test func editableCSVKeepsBytes() throws {
    let text = "id,name,Favourite Colour,email\r\n\"anna\",Anna ,blue,\r\n\r\nboris,\"Boris, Jr\",\"re\"\"d\",b@x\r\n"
    var t = try EditableCSV(file: "contacts.csv", bytes: Array(text.utf8), defaultHeader: [])
    #expect(t.bytes == Array(text.utf8))
    t.setCell(0, t.column("email")!, "anna@x")
    t.append(["id": "ivan", "name": "Иван", "phone": "+7 1"])
    let out = String(decoding: t.bytes, as: UTF8.self)
    // The filled row is written again (padded to the new header); the others keep their bytes.
    #expect(out == "id,name,Favourite Colour,email,phone\r\nanna,\"Anna \",blue,anna@x,\r\n\r\nboris,\"Boris, Jr\",\"re\"\"d\",b@x\r\nivan,Иван,,,+7 1\r\n")
    // No final line end: the appended row starts on a new line.
    var u = try EditableCSV(file: "i.csv", bytes: Array("a,b\nx,y".utf8), defaultHeader: [])
    u.append(["a": "1", "b": "2"])
    #expect(String(decoding: u.bytes, as: UTF8.self) == "a,b\nx,y\n1,2\n")
}

@Test func mergeIsIdempotentAndKeepsUnknownColumns() throws {
    let ws = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: ws) }
    let original = "id,name,kind,organization,Birthday Note,email\nalexey,Алексей Воронов,me,Routely,🎂 May,alexey@routely.example\nanna-petrova,Анна Петрова,client,Routely,keep me,\n"
    write(original, ws, "contacts.csv")
    func importAll() throws -> [ImportReport] {
        var d = try WorkspaceDraft(directory: ws, ownerEmails: ["a.voronov@mail.example"], region: "RU")
        var reports = [ImportReport]()
        for (kind, f) in [("linkedin", "Connections.csv"), ("vcard", "contacts.vcf"), ("google", "google-contacts.csv")] {
            let batch = try WorkspaceImport.read(ImportKind(rawValue: kind)!, path: sample(f), context: ImportContext(asOf: nil, ownerEmails: []))
            reports.append(d.merge(batch, file: f, kind: kind))
        }
        for (name, bytes) in d.changedFiles { FileManager.default.createFile(atPath: ws + "/" + name, contents: Data(bytes)) }
        _ = try WorkspaceValidation.check(directory: ws, replacing: [:])
        return reports
    }
    let first = try importAll()
    let contacts1 = contents(ws, "contacts.csv"), ties1 = contents(ws, "ties.csv")
    // Existing rows keep every value; only empty cells are filled and lists extended; the unknown
    // column survives.
    let table = try EditableCSV(file: "c", bytes: Array(contacts1.utf8), defaultHeader: [])
    #expect(Array(table.header.prefix(6)) == ["id", "name", "kind", "organization", "Birthday Note", "email"])
    func cell(_ row: Int, _ col: String) -> String { table.cell(row, table.column(col)) }
    #expect(cell(0, "Birthday Note") == "🎂 May" && cell(1, "Birthday Note") == "keep me")
    #expect(cell(0, "email") == "alexey@routely.example;a.voronov@mail.example") // --me-email address merged into me
    #expect(cell(0, "tags") == "founder" && cell(0, "phone") == "+49 151 9876543")
    #expect(cell(1, "kind") == "client" && cell(1, "title") == "CTO")
    #expect(cell(1, "email") == "anna.petrova@example.ru;anya.p@mail.example")
    #expect(cell(1, "phone") == "+7 916 123-45-67") // "8 (916) 123-45-67" from Google is the same number in RU
    #expect(cell(1, "url") == "https://www.linkedin.com/in/anna-petrova-4a1b2c")
    #expect(table.rows.filter { $0[1] == "Анна Петрова" }.count == 1)
    // LinkedIn: a tie with me since the connection date; vCard relations between the two people.
    #expect(ties1.contains("alexey,anna-petrova,,linkedin,2024-03-12,"))
    #expect(ties1.contains("elena-kovaleva,anna-petrova,,friend,,"))
    #expect(ties1.contains("karl-weber,tobias-kruger,,colleague,,"))
    #expect(ties1.contains("elena-kovaleva,karl-weber,,partner,,"))
    // Karl's RELATED mailto:elena@… finds Elena by e-mail; the pair already has a tie.
    #expect(first[1].entries.contains { $0.action == .unchanged && $0.record == .tie && $0.subject == "karl-weber – elena-kovaleva" })
    // The two Иван Соколов stay two contacts, reported as ambiguous.
    #expect(contacts1.contains("ivan-sokolov,Иван Соколов") && contacts1.contains("ivan-sokolov-2,Иван Соколов"))
    #expect(first[0].count(.ambiguous, .contact) == 1)
    // Anna's manager is nobody in the workspace: reported, no tie.
    #expect(first[1].entries.contains { $0.action == .skipped && $0.record == .tie && $0.detail.contains("Alex Morgan") })
    // The second import: nothing changes, byte for byte.
    let second = try importAll()
    #expect(contents(ws, "contacts.csv") == contacts1)
    #expect(contents(ws, "ties.csv") == ties1)
    for r in second { #expect(r.count(.added, .contact) == 0 && r.count(.merged, .contact) == 0 && r.count(.added, .tie) == 0) }
}

@Test func touchesDeduplicatedBySourceKeyAndOwnerMapsToMe() throws {
    let ws = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: ws) }
    write("id,name,kind,email\nme,Me,me,me@work.example\nanna,Anna Petrova,,anna@x.example\n", ws, "contacts.csv")
    write("date,from,to,channel,my column\n2026-01-01,me,anna,call,hello\n", ws, "interactions.csv")
    let me = ImportedPerson(name: "Me Myself", emails: ["ME@home.example"], source: place)
    let anna = ImportedPerson(name: "Anna P.", emails: ["Anna@X.example"], source: place)
    let bob = ImportedPerson(name: "Боб Смирнов", emails: ["bob@y.example"], source: place)
    let date = ISODate.parse("2026-03-14T09:30:00Z")!
    let batch = ImportBatch(touches: [
        ImportedTouch(date: date, from: me, to: [anna, bob, me], channel: .email, replyHours: 2.5, key: "<m1@x>", source: place),
        ImportedTouch(date: date, from: anna, to: [me], channel: .email, key: "<m2@x>", source: place),
        ImportedTouch(date: date, from: anna, to: [me], channel: .email, key: "<m2@x>", source: place),
        ImportedTouch(date: date, from: me, to: [me], channel: .meeting, key: "ev@20260314T093000Z", source: place),
    ])
    func run() throws -> ImportReport {
        var d = try WorkspaceDraft(directory: ws, ownerEmails: ["me@home.example"])
        let r = d.merge(batch, file: "mail.mbox", kind: "mbox")
        for (name, bytes) in d.changedFiles { FileManager.default.createFile(atPath: ws + "/" + name, contents: Data(bytes)) }
        return r
    }
    let r1 = try run()
    #expect(contents(ws, "interactions.csv") == """
    date,from,to,channel,my column,reply_hours,source_key
    2026-01-01,me,anna,call,hello
    2026-03-14T09:30:00Z,me,anna;bob-smirnov,email,,2.5,<m1@x>
    2026-03-14T09:30:00Z,anna,me,email,,,<m2@x>

    """)
    #expect(r1.count(.added, .interaction) == 2)
    #expect(r1.count(.unchanged, .interaction) == 1)
    #expect(r1.count(.skipped, .interaction) == 1) // a meeting with only oneself
    #expect(r1.count(.added, .contact) == 1)
    #expect(contents(ws, "contacts.csv").contains("bob-smirnov,Боб Смирнов,,bob@y.example"))
    let before = contents(ws, "interactions.csv") + contents(ws, "contacts.csv")
    let r2 = try run()
    #expect(contents(ws, "interactions.csv") + contents(ws, "contacts.csv") == before)
    #expect(r2.count(.added, .interaction) == 0 && r2.count(.added, .contact) == 0)
    _ = try WorkspaceValidation.check(directory: ws, replacing: [:])
}

@Test func conflictsKeepTheUsersValue() throws {
    let ws = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: ws) }
    write("id,name,organization,title,email\nanna,Anna Petrova,Acme,,anna@x.example\n", ws, "contacts.csv")
    var d = try WorkspaceDraft(directory: ws)
    let p = ImportedPerson(name: "Anna Petrova", emails: ["anna@x.example"], organization: "Globex", title: "CTO", source: place)
    let r = d.merge(ImportBatch(people: [p]), file: "f", kind: "vcard")
    #expect(r.count(.merged, .contact) == 1)
    #expect(r.count(.conflict, .contact) == 1)
    #expect(String(decoding: d.changedFiles["contacts.csv"]!, as: UTF8.self) == "id,name,organization,title,email\nanna,Anna Petrova,Acme,CTO,anna@x.example\n")
}

@Test func invalidResultIsRefused() throws {
    let ws = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: ws) }
    write("id,name\nanna,Anna\n", ws, "contacts.csv")
    #expect(throws: InputErrors.self) {
        try WorkspaceValidation.check(directory: ws, replacing: ["contacts.csv": Array("id,name\nanna,Anna\nanna,Again\n".utf8)])
    }
    do {
        try WorkspaceValidation.check(directory: ws, replacing: ["ties.csv": Array("a,b\nanna,zed\n".utf8)])
    } catch let e as InputErrors {
        #expect(e.diagnostics.first?.file == ws + "/ties.csv")
    }
    #expect(contents(ws, "contacts.csv") == "id,name\nanna,Anna\n")
}
