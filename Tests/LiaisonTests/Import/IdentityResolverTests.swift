import Foundation
import Testing
@testable import Liaison

@Test func identityKeyNormalForms() {
    #expect(IdentityKeys.email(" Anna.Petrova@Example.RU ") == "anna.petrova@example.ru")
    #expect(IdentityKeys.email("mailto:<Bob@X.org>") == "bob@x.org")
    #expect(IdentityKeys.email("not an address") == nil)
    // E.164 with a known country: trunk prefixes removed, country code put in front.
    #expect(IdentityKeys.phone("8 (916) 123-45-67", region: "RU") == "+79161234567")
    #expect(IdentityKeys.phone("+7 916 123 45 67", region: nil) == "+79161234567")
    #expect(IdentityKeys.phone("0049 30 1234567", region: nil) == "+49301234567")
    #expect(IdentityKeys.phone("030 1234567", region: "DE") == "+49301234567")
    #expect(IdentityKeys.phone("(905) 555-1234", region: "US") == "+19055551234")
    #expect(IdentityKeys.phone("1-905-555-1234 x12", region: "US") == "+19055551234")
    #expect(IdentityKeys.phone("79161234567", region: "RU") == "+79161234567")
    // Without a country: digits only.
    #expect(IdentityKeys.phone("8 (916) 123-45-67", region: nil) == "89161234567")
    #expect(IdentityKeys.phone("12-34", region: nil) == nil)
    #expect(IdentityKeys.url("https://www.LinkedIn.com/in/Anna-Petrova/") == "linkedin.com/in/anna-petrova")
    #expect(IdentityKeys.url("http\\://www.ibm.com") == "ibm.com")
    #expect(IdentityKeys.folded("  Пётр  Иванов-Петров ") == "петр иванов петров")
    #expect(IdentityKeys.folded("José ÁLVAREZ") == "jose alvarez")
    #expect(IdentityKeys.folded("Ёлкин") == IdentityKeys.folded("елкин"))
}

@Test func slugsTransliterateCyrillic() {
    #expect(ContactSlug.make("Анна Петрова") == "anna-petrova")
    #expect(ContactSlug.make("Пётр Щукин") == "petr-shchukin")
    #expect(ContactSlug.make("Юлия Соловьёва") == "iuliia-soloveva")
    #expect(ContactSlug.make("Хабиб Цой") == "khabib-tsoi")
    #expect(ContactSlug.make("Tobias Krüger") == "tobias-kruger")
    #expect(ContactSlug.make("Straße & Søn") == "strasse-son")
    #expect(ContactSlug.make("  ***  ") == "contact")
    #expect(ContactSlug.make("Ελένη") == "contact")
    let taken: Set = ["anna-petrova", "anna-petrova-2"]
    #expect(ContactSlug.unique("anna-petrova", taken: taken.contains) == "anna-petrova-3")
    #expect(ContactSlug.unique("boris", taken: taken.contains) == "boris")
}

@Test func resolverRulesInOrder() {
    var r = IdentityResolver(ownerEmails: ["me@home.example"], region: "RU")
    r.index(row: 0, id: "me", isMe: true, name: "Алексей Воронов", organization: "", emails: ["alexey@routely.example"],
            phones: [], urls: [], uids: [])
    r.index(row: 1, id: "anna-petrova", isMe: false, name: "Анна Петрова", organization: "Routely",
            emails: ["anna@routely.example"], phones: ["+7 916 123-45-67"], urls: ["linkedin.com/in/anna"], uids: [])
    r.index(row: 2, id: "ivan-sokolov", isMe: false, name: "Иван Соколов", organization: "Акме", emails: [], phones: [], urls: [], uids: [])
    r.index(row: 3, id: "ivan-sokolov-2", isMe: false, name: "Иван Соколов", organization: "Балтика", emails: [], phones: [], urls: [], uids: ["card-7"])
    func p(name: String = "", emails: [String] = [], phones: [String] = [], urls: [String] = [], org: String = "", uid: String? = nil) -> ImportedPerson {
        ImportedPerson(name: name, emails: emails, phones: phones, urls: urls, organization: org, uid: uid, source: SourcePlace(file: "t", line: 1))
    }
    // The owner: --me-email and the me contact's own e-mail.
    #expect(r.resolve(p(emails: ["ME@home.example"])) == .existing(row: 0, rule: .owner))
    #expect(r.resolve(p(name: "Someone", emails: ["Alexey@Routely.example"])) == .existing(row: 0, rule: .owner))
    #expect(r.resolve(p(uid: "card-7")) == .existing(row: 3, rule: .uid))
    #expect(r.resolve(p(name: "A. P.", emails: [" ANNA@routely.example"])) == .existing(row: 1, rule: .email))
    #expect(r.resolve(p(name: "A. P.", phones: ["8 916 123 45 67"])) == .existing(row: 1, rule: .phone))
    #expect(r.resolve(p(urls: ["https://www.linkedin.com/in/anna/"])) == .existing(row: 1, rule: .url))
    #expect(r.resolve(p(name: "анна  петрова", org: "ROUTELY")) == .existing(row: 1, rule: .nameOrganization))
    #expect(r.resolve(p(name: "Иван Соколов", org: "Акме")) == .existing(row: 2, rule: .nameOrganization))
    // A namesake is never merged: another organisation, no organisation, or contradicting e-mails.
    guard case .ambiguous(let rows, _) = r.resolve(p(name: "Иван Соколов")) else { Issue.record("not ambiguous"); return }
    #expect(rows == [2, 3])
    guard case .ambiguous = r.resolve(p(name: "Анна Петрова", emails: ["other@mail.example"], org: "Routely")) else {
        Issue.record("contradicting e-mails merged"); return
    }
    #expect(r.resolve(p(name: "Nobody Known")) == .none)
    var noMe = IdentityResolver(ownerEmails: ["me@home.example"], region: nil)
    noMe.index(row: 0, id: "x", isMe: false, name: "X", organization: "", emails: [], phones: [], urls: [], uids: [])
    #expect(noMe.resolve(p(emails: ["me@home.example"])) == .ownerWithoutMe)
}
