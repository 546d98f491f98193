import Testing
@testable import Liaison

private func rows(_ text: String) throws -> [[String]] {
    var out = [[String]]()
    try CSVReader(file: "t.csv", bytes: Array(text.utf8)).forEachRecord { r in
        out.append((0 ..< r.count).map { r.string($0)! })
    }
    return out
}

@Test func quotedFieldsHoldDelimitersQuotesAndEmptyStrings() throws {
    #expect(try rows("a,\"b,c\",\"say \"\"hi\"\"\",\"\"\n") == [["a", "b,c", "say \"hi\"", ""]])
    #expect(try rows("\"\"\"\"\n") == [["\""]])
}

@Test func embeddedNewlinesOfEveryKindStayInsideTheField() throws {
    #expect(try rows("x,\"1\n2\r\n3\r4\",y\r\nz\n") == [["x", "1\n2\r\n3\r4", "y"], ["z"]])
}

@Test func bomOnlyAtTheStartIsSkipped() throws {
    #expect(try rows("\u{FEFF}id\n\u{FEFF}x\n") == [["id"], ["\u{FEFF}x"]])
    #expect(try rows("\u{FEFF}") == [])
}

@Test func crlfLfAndMissingFinalNewlineGiveTheSameRecords() throws {
    let lf = try rows("a,b\nc,d\n"), crlf = try rows("a,b\r\nc,d\r\n"), bare = try rows("a,b\r\nc,d")
    #expect(lf == [["a", "b"], ["c", "d"]])
    #expect(crlf == lf && bare == lf)
}

@Test func emptyTrailingFieldsAreKept() throws {
    #expect(try rows("a,,\n,,\n") == [["a", "", ""], ["", "", ""]])
    var counts = [Int]()
    try CSVReader(file: "t.csv", bytes: Array("a,b,c\n1,,\n".utf8)).forEachRecord { counts.append($0.count) }
    #expect(counts == [3, 3])
}

@Test func cyrillicAndEmojiSurviveAndColumnsCountCharacters() throws {
    #expect(try rows("Анна Петрова,\"Москва, Россия\",🚚\n") == [["Анна Петрова", "Москва, Россия", "🚚"]])
    var columns = [Int]()
    try CSVReader(file: "t.csv", bytes: Array("ёж,🚚,x\n".utf8)).forEachRecord { r in columns = (0 ..< 3).map { r.position($0).column } }
    #expect(columns == [1, 4, 6])
}

@Test func invalidUTF8IsReportedAsNilNotCrashing() throws {
    var got: [String?] = []
    try CSVReader(file: "t.csv", bytes: [0x61, 0x2C, 0xFF, 0xFE, 0x0A]).forEachRecord { r in got = [r.string(0), r.string(1)] }
    #expect(got == ["a", nil])
}

@Test func textAfterAClosingQuoteIsAnErrorWithItsPosition() {
    do { _ = try rows("id\n\"a\"b\n"); Issue.record("expected an error") } catch let e as InputErrors {
        #expect(e.description == "t.csv:2:4: unexpected text after a closing quote: expected ',' or the end of the line")
    } catch { Issue.record("unexpected \(error)") }
}
