import Foundation
import LiaisonGraph
import Testing
@testable import Liaison

/// The escaping of each export format, character by character (the NetworkX round trip is in
/// LiaisonCLITests/ExportCommandTests).
@Suite struct NetworkExportTextTests {
    static let hostile = "a\u{1B}[31m\u{202E}b\t<&>\"'"

    func export() throws -> NetworkExport {
        let g = try Graph(nodeCount: 2, sources: [0], targets: [1], weights: [1e-5], directed: false)
        var index = LabelIndex()
        _ = index.insert("x")
        _ = index.insert("y")
        let network = AnalysisNetwork(network: LabeledGraph(graph: g, index: index), names: [Self.hostile, "Юля"])
        return NetworkExport(network)
    }

    @Test func xmlKeepsWhatXMLCanHoldAsReferencesAndReplacesTheRest() {
        // ESC cannot be in XML 1.0 at all: U+FFFD. The bidi override and TAB are character
        // references (lossless and inert); markup characters are entities.
        #expect(XMLText.escape(Self.hostile) == "a\u{FFFD}[31m&#x202E;b&#9;&lt;&amp;&gt;&quot;&apos;")
        #expect(XMLText.escape("Юля 李 😀") == "Юля 李 😀")
    }

    @Test func gmlEscapesEverythingOutsidePrintableASCII() {
        #expect(NetworkExport.gmlEscape(Self.hostile) == "a&#27;[31m&#8238;b&#9;<&#38;>&#34;'")
        #expect(NetworkExport.gmlEscape("Юя") == "&#1070;&#1103;")
    }

    @Test func everyFormatHoldsNoRawHostileCharacter() throws {
        let e = try export()
        for (name, text) in [("graphml", e.graphML()), ("gexf", e.gexf()), ("json", e.nodeLinkJSON()), ("gml", e.gml()),
                             ("nodes", e.nodesCSV()), ("edges", e.edgesCSV())] {
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(name)")
        }
    }

    @Test func doublesAlwaysReadBackAsReals() throws {
        // 1e-05 without a point would be an integer token in GML; 1.0 must not become 1.
        #expect(NetworkExport.Value.decimal(1e-5) == "1.0e-05")
        #expect(NetworkExport.Value.decimal(1) == "1.0")
        #expect(NetworkExport.Value.decimal(0.25) == "0.25")
        #expect(try export().gml().contains("weight 1.0e-05"))
    }

    /// The node-link JSON is written one object at a time; it must be the bytes of the whole
    /// document serialised as one value (how it was built before it was streamed).
    @Test func streamedNodeLinkJSONIsTheWholeDocument() throws {
        let x = try export()
        func json(_ v: NetworkExport.Value) -> JSONValue {
            switch v {
            case let .string(s): .string(s)
            case let .integer(i): .integer(i)
            case let .double(d): .number(d)
            case let .bool(b): .bool(b)
            }
        }
        let nodes: [JSONValue] = (0 ..< x.nodeCount).map { u in
            .object([("id", .string(x.nodeIDs[u]))] + x.nodeColumns.compactMap { c in c.values[u].map { (c.name, json($0)) } })
        }
        let edges: [JSONValue] = (0 ..< x.edgeCount).map { e in
            .object([("source", .string(x.nodeIDs[x.edgeSources[e]])), ("target", .string(x.nodeIDs[x.edgeTargets[e]]))]
                + x.edgeColumns.compactMap { c in c.values[e].map { (c.name, json($0)) } })
        }
        let whole = JSONValue.object([
            ("directed", .bool(x.isDirected)), ("multigraph", .bool(false)), ("graph", .object([])),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ]).serialized() + "\n"
        #expect(x.nodeLinkJSON() == whole)
    }
}
