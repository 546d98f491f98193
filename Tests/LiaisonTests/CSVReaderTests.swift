import Testing
@testable import Liaison

private func records(_ text: String) throws -> [[String]] {
    var out = [[String]]()
    try CSVReader(file: "t.csv", bytes: Array(text.utf8)).forEachRecord { r in
        out.append((0 ..< r.count).map { r.string($0)! })
    }
    return out
}

@Test func csvQuotesNewlinesBOMAndCRLF() throws {
    let text = "\u{FEFF}id,name\r\n\"a,1\",\"Анна \"\"Ж\"\"\nПетрова\"\r\nb,\r\n\r\n"
    #expect(try records(text) == [["id", "name"], ["a,1", "Анна \"Ж\"\nПетрова"], ["b", ""]])
}

@Test func csvColumnsCountScalarsAndLinesFollowEmbeddedNewlines() throws {
    var positions = [(Int, Int)]()
    try CSVReader(file: "t.csv", bytes: Array("Дима,\"x\ny\",z\n".utf8)).forEachRecord { r in
        positions = (0 ..< r.count).map { r.position($0) }
    }
    #expect(positions.map(\.0) == [1, 1, 2])
    #expect(positions.map(\.1) == [1, 6, 4])
}

@Test func csvUnterminatedQuoteIsReportedWhereItOpens() {
    #expect(throws: InputErrors.self) { try records("a,b\nc,\"open\n") }
    do { _ = try records("a,b\nc,\"open\n") } catch let e as InputErrors {
        #expect(e.description == "t.csv:2:3: unterminated quoted field: expected a closing '\"'")
    } catch { Issue.record("unexpected \(error)") }
}
