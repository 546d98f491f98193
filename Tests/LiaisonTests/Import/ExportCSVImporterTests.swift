import Foundation
import Testing
@testable import Liaison

@Test func linkedInConnectionsWithPreamble() throws {
    let batch = try LinkedInImporter.read(path: sample("Connections.csv"))
    #expect(batch.problems.isEmpty)
    #expect(batch.people.map(\.name) == ["Анна Петрова", "Tobias Krüger", "Helen Clarke", "Иван Соколов", "Иван Соколов"])
    let anna = batch.people[0]
    #expect(anna.source.line == 5) // BOM, "Notes:", the quoted note, a blank line, the header
    #expect(anna.urls == ["https://www.linkedin.com/in/anna-petrova-4a1b2c"])
    #expect(anna.emails == ["anna.petrova@example.ru"])
    #expect(anna.organization == "Routely" && anna.title == "CTO")
    #expect(anna.connectedOn.map(ISODate.dayString) == "2024-03-12")
    #expect(batch.people[1].organization == "Delta Cargo GmbH, Berlin")
    #expect(batch.people[2].title == "Director, Partnerships")
}

@Test func linkedInBadDate() {
    let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,31 Feb 2024\nC,D,,,,,01 Mar 2024\n"
    let batch = LinkedInImporter.read(path: "c.csv", bytes: Array(text.utf8))
    #expect(batch.people.map(\.name) == ["C D"])
    #expect(batch.problems.map(\.description) == ["c.csv:2:9: bad date '31 Feb 2024' in Connected On: expected a day like 12 Mar 2024"])
}

@Test func linkedInDateForms() {
    #expect(LinkedInImporter.parseDate("12 Mar 2024").map(ISODate.dayString) == "2024-03-12")
    #expect(LinkedInImporter.parseDate("1 September 2021").map(ISODate.dayString) == "2021-09-01")
    #expect(LinkedInImporter.parseDate("2024-03-12").map(ISODate.dayString) == "2024-03-12")
    #expect(LinkedInImporter.parseDate("12/03/2024") == nil)
}

@Test func googleCurrentHeaderSet() throws {
    let batch = try GoogleContactsImporter.read(path: sample("google-contacts.csv"))
    #expect(batch.problems.isEmpty)
    #expect(batch.people.map(\.name) == ["Анна Петрова", "Elena Kovaleva", "Пётр Щукин"])
    #expect(batch.skipped.map(\.source.line) == [4])
    let anna = batch.people[0], elena = batch.people[1]
    #expect(anna.emails == ["anna.petrova@example.ru", "anya.p@mail.example"])
    #expect(anna.phones == ["8 (916) 123-45-67"])
    #expect(anna.tags == ["Founders", "starred"]) // "* myContacts" dropped, "* starred" kept as "starred"
    #expect(anna.notes == "Met at Logistics Summit; birthday: 1988-04-02")
    #expect(anna.urls == ["https://www.linkedin.com/in/anna-petrova-4a1b2c"])
    #expect(elena.emails == ["elena@telematica.example", "e.kovaleva@mail.example"]) // " ::: " in one cell
    #expect(elena.phones == ["+49 30 1234567", "+49 151 2345678"])
    #expect(elena.tags == ["Telematics"]) // "Imported on 5/14" dropped
}

@Test func googleLegacyHeaderSet() throws {
    let batch = try GoogleContactsImporter.read(path: sample("google-contacts-legacy.csv"))
    #expect(batch.problems.isEmpty)
    #expect(batch.people.map(\.name) == ["Борис Тихонов", "Rachel Green"])
    #expect(batch.people[0].organization == "Тихонов и партнёры")
    #expect(batch.people[0].title == "Director")
    #expect(batch.people[1].tags == ["Investors", "do-not-ask"])
    #expect(batch.people[1].emails == ["rachel@greenfund.example", "rachel.g@mail.example"])
}

@Test func importKindDetection() throws {
    func kind(_ f: String) throws -> ImportKind? { ImportKind.detect(try readFileBytes(sample(f))) }
    #expect(try kind("Connections.csv") == .linkedin)
    #expect(try kind("google-contacts.csv") == .google)
    #expect(try kind("google-contacts-legacy.csv") == .google)
    #expect(try kind("contacts.vcf") == .vcard)
    #expect(ImportKind.detect(Array("From alice@example.com Thu Mar 14 09:30:00 2026\nFrom: a\n".utf8)) == .mbox)
    #expect(ImportKind.detect(Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".utf8)) == .ics)
    #expect(ImportKind.detect(Array("id,name\nanna,Anna\n".utf8)) == nil)
}
