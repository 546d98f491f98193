import Testing
@testable import Liaison

private func number(_ s: String) -> Double? { var s = s; return s.withUTF8 { parseNumber($0) } }
private func items(_ s: String) -> [String] {
    var s = s
    var out = [String]()
    s.withUTF8 { b in forEachListItem(b) { out.append(String(decoding: $0, as: UTF8.self)) } }
    return out
}

@Test func numbersAreDecimalOnly() {
    #expect(number("12") == 12)
    #expect(number("-3.5") == -3.5)
    #expect(number("1e3") == 1000)
    #expect(number("2.5E-1") == 0.25)
    for bad in ["", "abc", "1,5", "nan", "inf", "0x10", "1-2", "€100", "1 000", "."] {
        #expect(number(bad) == nil, "\(bad)")
    }
}

@Test func listCellsSplitOnSemicolonsAndTrim() {
    #expect(items("a;b; c ;;d;") == ["a", "b", "c", "d"])
    #expect(items("") == [])
    #expect(items(" ; ") == [])
    #expect(items("анна;борис") == ["анна", "борис"])
}

@Test func choicesFoldCaseAndSuggestCloseValues() {
    var s = "Client"
    #expect(s.withUTF8 { parseChoice($0, as: ContactKind.self) } == .client)
    s = "investr"
    #expect(s.withUTF8 { parseChoice($0, as: ContactKind.self) } == nil)
    #expect(choiceMessage("kind", "investr", ContactKind.self)
        == "unknown kind 'investr': expected one of me, client, supplier, investor, partner, colleague, mentor, other (did you mean 'investor'?)")
    #expect(!choiceMessage("channel", "fax", Channel.self).contains("did you mean"))
    #expect(editDistance("kitten", "sitting") == 3)
}
