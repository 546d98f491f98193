import Testing
@testable import Liaison

@Test func filterFieldsAreAndedAndListsOred() {
    let c = Contact(id: "b", name: "Борис Иванов", kind: .investor, organization: "Nord Capital", title: "Partner",
                    industry: "FinTech", city: "Zürich", tags: ["seed", "warm"], notes: "Invests in payments")
    #expect(ContactFilter(kinds: [.investor], industries: ["fintech"]).matches(c))
    #expect(ContactFilter(kinds: [.client, .investor]).matches(c))
    #expect(!ContactFilter(kinds: [.investor], industries: ["logistics"]).matches(c))
    #expect(ContactFilter(cities: ["zurich"]).matches(c))                 // diacritics and case ignored
    #expect(ContactFilter(tags: ["series-a", "SEED"]).matches(c))         // any of the tags
    #expect(!ContactFilter(tags: ["series-a"]).matches(c))
    #expect(ContactFilter(organizations: ["nord capital"]).matches(c))
    #expect(ContactFilter(text: "борис payments").matches(c))             // every word, anywhere
    #expect(!ContactFilter(text: "борис lending").matches(c))
    #expect(ContactFilter().isEmpty && ContactFilter().matches(c))
    #expect(ContactFilter(kinds: [.investor], industries: ["fintech"], cities: ["Berlin"]).summary == "investor, fintech, in Berlin")
}
