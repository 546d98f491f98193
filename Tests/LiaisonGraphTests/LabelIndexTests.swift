import Testing
@testable import LiaisonGraph

@Suite struct LabelIndexTests {
    @Test func numbersAndTextMix() {
        var index = LabelIndex()
        #expect(index.insert("alice") == (0, true))
        #expect(index.insert(number: 42) == (1, true))
        #expect(index.insert("42") == (1, false))            // the same label by text
        #expect(index.insert("042") == (2, true))            // not canonical: another label
        #expect(index.insert(number: 0) == (3, true))
        #expect(index.labels == ["alice", "42", "042", "0"])
        #expect(index.index(of: "42") == 1 && index.index(of: "042") == 2 && index.index(of: "0") == 3)
        #expect(index.index(of: "43") == nil && index.index(of: "") == nil && index.index(of: "-1") == nil)
    }

    /// Numbers too large for the table at first go to the dictionary and must stay found (and not
    /// be added twice) once the table has grown past them.
    @Test func largeNumbersStayFoundAfterTheTableGrows() {
        var index = LabelIndex()
        let big = 10_000_000                                  // above the first table limit
        #expect(index.insert(number: big) == (0, true))
        for k in 0 ..< 700_000 { index.insert(number: k) }   // the limit grows past `big`
        #expect(index.insert(number: big) == (0, false))
        #expect(index.insert(String(big)) == (0, false))
        #expect(index.index(of: String(big)) == 0)
        #expect(index.count == 700_001)
        #expect(index.index(of: "699999") == 700_000)
    }

    @Test func initFromLabelsFindsEveryLabel() {
        let labels = ["3", "x", "0", "99999999", "Анна", "12"]
        let index = LabelIndex(labels: labels)
        for (i, l) in labels.enumerated() { #expect(index.index(of: l) == Int32(i)) }
        #expect(index.index(of: "4") == nil)
    }
}
