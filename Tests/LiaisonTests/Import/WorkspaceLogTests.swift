import Foundation
import Testing
@testable import Liaison

@Test func contactNamesResolveIdsNamesAndMe() throws {
    let names = ContactNames([
        Contact(id: "alex", name: "Алексей Воронов", kind: .me),
        Contact(id: "anna-petrova", name: "Анна Петрова", organization: "Routely"),
        Contact(id: "jose", name: "José Álvarez"),
        Contact(id: "ivan-1", name: "Иван Соколов"), Contact(id: "ivan-2", name: "Иван Соколов"),
    ], me: "alex")
    #expect(try names.resolve("anna-petrova", option: "--with") == "anna-petrova")
    #expect(try names.resolve("me", option: "--from") == "alex")
    #expect(try names.resolve("  АННА петрова ", option: "--with") == "anna-petrova")
    #expect(try names.resolve("jose alvarez", option: "--with") == "jose")
    #expect(try names.resolve("Anna Petrova", option: "--with") == "anna-petrova") // the id, folded
    #expect(throws: InputErrors.self) { try names.resolve("Иван Соколов", option: "--with") }
    do {
        _ = try names.resolve("Анна Петровна", option: "--to")
        Issue.record("resolved an unknown name")
    } catch let e as InputErrors {
        // Edit distances to the folded text "анна петровна" (Levenshtein, by hand / Python): anna-petrova 1,
        // ivan-1 and ivan-2 11 (to their ids "ivan 1", "ivan 2"), alex and jose 12.
        #expect(e.diagnostics.map(\.description) == ["option --to: no contact 'Анна Петровна': did you mean anna-petrova (Анна Петрова, Routely), ivan-1 (Иван Соколов), ivan-2 (Иван Соколов)?"])
    }
}

@Test func logAppendsAValidatedRowAndKeepsTheRest() throws {
    let ws = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: ws) }
    write("id,name,kind,my notes\r\nalex,Алексей,me,\"a, b\"\r\nanna,Анна,client,x\r\n", ws, "contacts.csv")
    let date = ISODate.parse("2026-03-14")!
    let (files, summary) = try WorkspaceLog.append(.deal(contact: "Анна", amount: 1200.5, currency: "eur", status: .won,
                                                          source: "me", date: date), to: ws)
    #expect(summary == "deal with anna: 1200.5 EUR won")
    #expect(String(decoding: files["deals.csv"]!, as: UTF8.self) == "date,contact,amount,currency,status,source\n2026-03-14,anna,1200.5,EUR,won,alex\n")
    let (c, _) = try WorkspaceLog.append(.contact(name: "Борис Тихонов", kind: .supplier, email: "b@x.example", organization: ""), to: ws)
    #expect(String(decoding: c["contacts.csv"]!, as: UTF8.self) == "id,name,kind,my notes,email\r\nalex,Алексей,me,\"a, b\"\r\nanna,Анна,client,x\r\nboris-tikhonov,Борис Тихонов,supplier,,b@x.example\r\n")
    // A second `me` is refused exactly as `check` refuses it.
    #expect(throws: InputErrors.self) { try WorkspaceLog.append(.contact(name: "Me Again", kind: .me, email: "", organization: ""), to: ws) }
}
