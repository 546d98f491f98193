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
