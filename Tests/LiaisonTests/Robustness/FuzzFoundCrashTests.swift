import Foundation
import Testing
@testable import Liaison

/// Crashes the coverage-guided libFuzzer runs of issue 19 found, each fixed in the source; the
/// inputs themselves are also in fuzz/regressions/<target>/ and replayed by FuzzReplayTests.
@Suite struct FuzzFoundCrashTests {
    private func loadGraphML(_ text: String) throws -> LoadedEdgeList {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-pi-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.graphml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try EdgeListLoader.load(path: path, directed: nil, format: .graphml, threads: 1)
    }

    /// `edges-graphml` found `<?xml?>\n<graphml xml?xml vns="http://graphml.gr<?xml veap`: a
    /// processing instruction without data reached FoundationXML, whose handler calls strlen on
    /// libxml2's NULL data pointer — SIGSEGV, `liaison summary --edges g.graphml` exit 139. Now it is
    /// refused at its place before the XML parser, exit 65 like any bad input.
    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<graphml><?foo?></graphml>", "g.graphml:2:10:"),
        ("<?xml?>\n<graphml/>", "g.graphml:1:1:"),
        ("<graphml>\n  <node id=\"ж\"/><?ш?>\n</graphml>", "g.graphml:2:17:"),
    ])
    func issue19FuzzGraphMLProcessingInstructionWithoutDataIsRefused(_ input: String, _ place: String) throws {
        do {
            _ = try loadGraphML(input)
            Issue.record("loaded \(input.debugDescription)")
        } catch let e as InputErrors {
            let shown = e.diagnostics.map { d in
                var d = d
                d.file = "g.graphml"
                return d.description
            }
            #expect(shown.count == 1)
            #expect(shown.first?.hasPrefix(place + " a processing instruction without data") == true, "\(shown)")
        }
    }

    /// What stays accepted: an instruction with data or with a space before `?>` (libxml2 then
    /// passes a string, not NULL), and `<?foo?>` inside a comment or CDATA, where it is text.
    @Test func issue19FuzzGraphMLInstructionsWithDataAndQuotedOnesStillLoad() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet href="x.xsl"?>
            <graphml><?foo ?><!-- <?foo?> --><graph edgedefault="undirected">
            <node id="a"/><node id="b"><data key="d"><![CDATA[<?bar?>]]></data></node>
            <edge source="a" target="b"/></graph></graphml>
            """
        let loaded = try loadGraphML(text)
        #expect(loaded.names.count == 2)
        #expect(loaded.network.graph.edgeCount == 1)
    }

    @Test func issue19FuzzEmptyInstructionFinderMatchesByHand() {
        func find(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { XMLInstructionCheck.firstEmptyInstruction($0) } }
        #expect(find("<?a?>") == 0)
        #expect(find("ab<?xml?>") == 2)
        #expect(find("<? a?>") == nil)          // no target: libxml2 reports an error, no callback
        #expect(find("<?a ?>") == nil)
        #expect(find("<!--<?a?>--><?b?>") == 12)
        #expect(find("<![CDATA[<?a?>]]>") == nil)
        #expect(find("<!-- unterminated <?a?>") == nil)
        #expect(find("<?a") == nil)
        #expect(find("<?a?") == nil)
    }

    /// `edges-pajek` found (fuzz/regressions/edges-pajek/vertices-zero-labels-not-one-to-n, 2026-12-02):
    /// after `*Vertices 0` no vertex number was bounded, so labels of vertices 1, 2, 3, 6 and arcs up
    /// to vertex 4 made "as many labels as vertices" true while vertex 4 had none; the force-unwrap of
    /// its label trapped (`liaison summary --edges f.net`: "Unexpectedly found nil", exit 132).
    /// Now `*Vertices 0` bounds vertex numbers like any `*Vertices N` (each one is refused at its
    /// place), and labels become ids only when each of 1 … n has one.
    @Test func issue19FuzzPajekVerticesZeroWithLabelsIsRefusedNotTrapped() throws {
        func load(_ text: String) throws -> LoadedEdgeList {
            try EdgeListLoader.load(bytes: Array(text.utf8), name: "f.net", directed: nil, format: nil, threads: 1)
        }
        for text in ["*Vertices 0\n2 \"B\"\n*Edges\n1 1\n",
                     "% hand-written\n*Network test\n*Vertices 0\n1 \"Анна\" 0.1 0.2 0.5\n2 \"Bob\"\n3 \"Cécile\" ic Red\n6 \"2 2.5\n*Arcs\n3 4 1\n"] {
            do {
                let loaded = try load(text)
                Issue.record("loaded \(loaded.names) from \(text.debugDescription)")
            } catch let e as InputErrors {
                let first = e.diagnostics.first?.description ?? ""
                #expect(first.hasPrefix("f.net:") && first.contains("is beyond '*Vertices 0'"), "\(e.diagnostics)")
            }
        }
        #expect(throws: InputErrors.self) { try load("*Vertices 0\n2 \"B\"\n*Edges\n1 1\n") }
        // The minimal case's places, by hand: vertex 2 on line 2, vertex 1 (twice) on line 4.
        do { _ = try load("*Vertices 0\n2 \"B\"\n*Edges\n1 1\n") } catch let e as InputErrors {
            #expect(e.diagnostics.map(\.description) == ["f.net:2:1: vertex 2 is beyond '*Vertices 0'",
                                                         "f.net:4:1: vertex 1 is beyond '*Vertices 0'"])
        }
        // Still read: labels of every vertex become ids; a missing label keeps numbers for all.
        let labelled = try load("*Vertices 3\n1 \"A\"\n2 \"B\"\n3 \"C\"\n*Edges\n1 2\n2 3\n")
        #expect(labelled.network.labels == ["A", "B", "C"])
        let numbered = try load("*Vertices 3\n1 \"A\"\n3 \"C\"\n*Edges\n1 2\n2 3\n")
        #expect(numbered.network.labels == ["1", "2", "3"])
        #expect(numbered.names == ["A", "2", "C"])
    }
}
