import Foundation
import Testing
@testable import Liaison

private func write(_ text: String, ext: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("edges-\(UUID().uuidString).\(ext)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Test func csvEdgeListMergesParallelEdgesAndDropsSelfLoops() throws {
    let path = try write("source,target,weight,source_name\nа,b,2,Анна\nb,а,3,\nc,c,1,\nb,d,0.5,\n", ext: "csv")
    let loaded = try EdgeListLoader.load(path: path, directed: nil)
    let g = loaded.network.graph
    #expect(loaded.network.labels == ["а", "b", "c", "d"])
    #expect(loaded.names[0] == "Анна")
    #expect(g.edgeCount == 2)
    #expect(g.weight(from: 0, to: 1) == 5)
    #expect(loaded.warnings.map(\.message) == ["dropped 1 self-loop (lines 4)", "merged 1 parallel edge by summing their weights"])
}

@Test func csvEdgeListReportsEveryBadWeightWithItsPosition() throws {
    let path = try write("source,target,weight\na,b,x\nb,c,-1\nc,d,\n", ext: "csv")
    #expect(throws: InputErrors.self) { try EdgeListLoader.load(path: path, directed: nil) }
    do { _ = try EdgeListLoader.load(path: path, directed: nil) } catch let e as InputErrors {
        #expect(e.diagnostics.map { "\($0.line):\($0.column)" } == ["2:5", "3:5"])
    }
}

@Test func snapEdgeListWithCommentsAndDirectedArcs() throws {
    let path = try write("# a comment\n1\t2\n2 3 4.5\n\n% another\n3 1\n", ext: "txt")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    let g = loaded.network.graph
    #expect(g.isDirected && g.edgeCount == 3)
    #expect(g.weight(from: 1, to: 2) == 4.5 && g.weight(from: 2, to: 1) == nil)
}

@Test func graphMLReadsWeightsNamesAndDirection() throws {
    let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="w" for="edge" attr.name="weight" attr.type="double"/>
      <key id="n" for="node" attr.name="name" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="x"><data key="n">Иван &lt;CEO&gt;</data></node>
        <node id="y"/><node id="z"/>
        <edge source="x" target="y"><data key="w">2.5</data></edge>
        <edge source="y" target="z"/>
      </graph>
    </graphml>
    """
    let loaded = try EdgeListLoader.load(path: try write(xml, ext: "graphml"), directed: nil)
    #expect(loaded.network.graph.isDirected)
    #expect(loaded.names == ["Иван <CEO>", "y", "z"])
    #expect(loaded.network.graph.weight(from: 0, to: 1) == 2.5)
}

@Test func missingFileIsInputMissing() {
    #expect(throws: InputMissing.self) { try EdgeListLoader.load(path: "/nonexistent/edges.csv", directed: nil) }
}

@Test func headerlessCommaEdgeListIsReadAsSNAP() throws {
    let loaded = try EdgeListLoader.load(path: try write("Acciaiuoli,Medici\nMedici,Barbadori\n", ext: "edgelist"), directed: nil)
    #expect(loaded.network.labels == ["Acciaiuoli", "Medici", "Barbadori"])
    #expect(loaded.network.graph.edgeCount == 2)
}

// The whitespace reader has a byte-level path for ASCII lines (numeric ids looked up by value) and
// a Unicode path for the rest; these pin both to the same nodes, edges and diagnostics.

@Test func snapNumericIdsKeepFirstAppearanceOrderAndLeadingZerosStayDistinct() throws {
    // "01" and "1" are different ids; "7" and "007" too; a Cyrillic line in between shares nodes.
    let path = try write("7 1\n01 1 0.5\nж 7\n007 ж 2\n1 7 3\n", ext: "txt")
    let loaded = try EdgeListLoader.load(path: path, directed: nil)
    let g = loaded.network.graph
    #expect(loaded.network.labels == ["7", "1", "01", "ж", "007"])
    #expect(g.edgeCount == 4)
    #expect(g.weight(from: 0, to: 1) == 4)     // 7–1 (weight 1) merged with 1–7 (weight 3)
    #expect(g.weight(from: 2, to: 1) == 0.5)
    #expect(g.weight(from: 3, to: 0) == 1)
    #expect(g.weight(from: 4, to: 3) == 2)
}

@Test func snapSeparatorsCRLFTabsCommasAndTrailingFields() throws {
    let path = try write("a\tb  0.25\r\nb,c,0.5,ignored extra\r\n   # indented comment\r\n\t\r\n", ext: "txt")
    let loaded = try EdgeListLoader.load(path: path, directed: nil)
    #expect(loaded.network.labels == ["a", "b", "c"])
    #expect(loaded.network.graph.weight(from: 0, to: 1) == 0.25)
    #expect(loaded.network.graph.weight(from: 1, to: 2) == 0.5)
}

@Test func snapErrorsCarryLineAndScalarColumnOnBothPaths() throws {
    // Line 1 ASCII, one field at column 3; line 2 ASCII, weight "x" at column 5; line 3 Cyrillic,
    // weight -1 at column 5 (counted in scalars, not bytes); line 4 zero weight; line 5 a weight
    // glued to a vertical tab, which is neither a separator nor trimmed (an error, as before).
    let path = try write("  a\na b x\nя ю -1\nc d 0\ne f \u{0B}0.5\n", ext: "txt")
    do {
        _ = try EdgeListLoader.load(path: path, directed: nil)
        Issue.record("expected InputErrors")
    } catch let e as InputErrors {
        #expect(e.diagnostics.map { "\($0.line):\($0.column)" } == ["1:3", "2:5", "3:5", "4:5", "5:5"])
        #expect(e.diagnostics[0].message == "expected 'source target [weight]', found one field")
        #expect(e.diagnostics[1].message.hasPrefix("weight 'x' is not a number"))
        #expect(e.diagnostics[2].message.hasPrefix("weight -1 is not positive"))
    }
}

@Test func snapInvalidUTF8LineIsReportedAndSelfLoopsCounted() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("edges-\(UUID().uuidString).txt").path
    FileManager.default.createFile(atPath: path, contents: Data([0x61, 0x20, 0xFF, 0x0A]) + Data("b b\nb c\n".utf8))
    do {
        _ = try EdgeListLoader.load(path: path, directed: nil)
        Issue.record("expected InputErrors")
    } catch let e as InputErrors {
        #expect(e.diagnostics.map { "\($0.line):\($0.column)" } == ["1:1"])
        #expect(e.diagnostics[0].message == "invalid UTF-8; expected UTF-8 text")
    }
    let ok = try write("b b\nb c\n", ext: "txt")
    let loaded = try EdgeListLoader.load(path: ok, directed: nil)
    #expect(loaded.warnings.map(\.message) == ["dropped 1 self-loop (lines 1)"])
    #expect(loaded.network.graph.edgeCount == 1)
}

@Test func snapWeightsParseExactlyAsDoubleDoes() throws {
    // The byte-level decimal parser (m / 10^k) must give the same double as Double(String) for
    // plain decimals, and hand everything else (exponents, signs, 16+ digits) to Double(String).
    let weights = ["0.375", "1", "12.5", ".5", "5.", "0.1", "0.3", "123456789012345", "0.123456789012345",
                   "1234567890123456", "1e-3", "+2", "0.30000000000000004", "7.0000000000000001"]
    var text = ""
    for (i, w) in weights.enumerated() { text += "n\(i) m\(i) \(w)\n" }
    let loaded = try EdgeListLoader.load(path: try write(text, ext: "txt"), directed: nil)
    let g = loaded.network.graph
    for (i, w) in weights.enumerated() {
        #expect(g.weight(from: 2 * i, to: 2 * i + 1) == Double(w)!, "weight \(w)")
    }
}
