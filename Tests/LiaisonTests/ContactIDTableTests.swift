import Testing
@testable import Liaison

@Test func idTableFindsWhatWasInsertedAndRejectsDuplicates() {
    var table = ContactIDTable(expectedCount: 2)
    let ids = (0 ..< 5000).map { "contact-\($0)" } + ["анна-петрова", "", "a b"]
    for (i, id) in ids.enumerated() {
        let r = table.insert(id)
        #expect(r.inserted && r.index == ContactIndex(i))
    }
    for (i, id) in ids.enumerated() { #expect(table.index(of: id) == ContactIndex(i)) }
    let again = table.insert("contact-17")
    #expect(!again.inserted && again.index == 17)
    let dup = table.insert("анна-петрова")
    #expect(dup.inserted == false && dup.index == 5000)
    #expect(table.index(of: "contact-5000") == nil)
    #expect(table.index(of: "Contact-1") == nil)
    #expect(table.count == ids.count)
}
