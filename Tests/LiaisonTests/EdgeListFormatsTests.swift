import Foundation
import Testing
@testable import Liaison

/// The formats `--edges` reads besides CSV/SNAP/GraphML (issue 17 item 2): GML, Pajek .net, gzip,
/// `;` and TAB CSV, other column names, GraphML CDATA and invalid UTF-8, unsupported formats.
@Suite struct EdgeListFormatsTests {
    static let datasets: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/datasets")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LiaisonCLITests/Fixtures/exchange")

    func write(_ bytes: [UInt8], ext: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("edges-\(UUID().uuidString).\(ext)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
    func write(_ text: String, ext: String) throws -> String { try write(Array(text.utf8), ext: ext) }

    func weight(_ l: LoadedEdgeList, _ a: String, _ b: String) -> Double? {
        let ia = l.names.firstIndex(of: a), ib = l.names.firstIndex(of: b)
        guard let ia, let ib else { return nil }
        return l.network.graph.weight(from: ia, to: ib)
    }

    /// Les Misérables as igraph wrote it (GML, key `value`), against NetworkX:
    /// `G = nx.read_gml(path, label="id")` → 77 nodes, 254 edges, undirected;
    /// Valjean–Javert 17, Myriel–Napoleon 1, Gavroche–Enjolras 7, Valjean–Cosette 31.
    @Test func lesMiserablesGML() throws {
        guard let d = Self.datasets else { print("skipped: ../shared/datasets is absent"); return }
        let l = try EdgeListLoader.load(path: d.appendingPathComponent("les_miserables/igraphdata_lesmis.gml").path, directed: nil)
        #expect(l.network.graph.nodeCount == 77 && l.network.graph.edgeCount == 254 && !l.network.graph.isDirected)
        #expect(weight(l, "Valjean", "Javert") == 17 && weight(l, "Myriel", "Napoleon") == 1)
        #expect(weight(l, "Gavroche", "Enjolras") == 7 && weight(l, "Valjean", "Cosette") == 31)
        #expect(l.network.labels[0] == "0" && l.names[0] == "Myriel")   // no labels: GML ids, names shown
    }

    /// The same network as igraph's Pajek file (no weights), against NetworkX:
    /// `nx.read_pajek(path)` → 77 nodes, 254 edges; degree of Valjean 36 (the maximum).
    @Test func lesMiserablesPajek() throws {
        guard let d = Self.datasets else { print("skipped: ../shared/datasets is absent"); return }
        let l = try EdgeListLoader.load(path: d.appendingPathComponent("les_miserables/igraphdata_lesmis.net").path, directed: nil)
        let g = l.network.graph
        #expect(g.nodeCount == 77 && g.edgeCount == 254 && !g.isDirected)
        let valjean = l.network.labels.firstIndex(of: "Valjean")!   // distinct labels are the ids
        #expect(g.degree(valjean) == 36)
        #expect((0 ..< g.nodeCount).map { g.degree($0) }.max() == 36)
        #expect(g.edgeWeight.allSatisfy { $0 == 1 })
    }

    @Test func gzipFileReadsAsTheFileInside() throws {
        guard let d = Self.datasets else { print("skipped: ../shared/datasets is absent"); return }
        let plain = d.appendingPathComponent("les_miserables/igraphdata_lesmis.gml").path
        let gz = FileManager.default.temporaryDirectory.appendingPathComponent("lesmis-\(UUID().uuidString).gml.gz").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -c '\(plain)' > '\(gz)'"]
        try p.run(); p.waitUntilExit()
        guard p.terminationStatus == 0 else { print("skipped: gzip not available"); return }
        let a = try EdgeListLoader.load(path: plain, directed: nil), b = try EdgeListLoader.load(path: gz, directed: nil)
        #expect(a.network.labels == b.network.labels && a.network.graph.edgeWeight == b.network.graph.edgeWeight)
        // Renamed without .gz: found by its magic bytes, the format by its content.
        let renamed = gz.replacingOccurrences(of: ".gml.gz", with: ".data")
        try FileManager.default.moveItem(atPath: gz, toPath: renamed)
        #expect(try EdgeListLoader.load(path: renamed, directed: nil).network.graph.edgeCount == 254)
        // A truncated stream is one diagnostic, not a crash.
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: renamed)))
        let cut = try write(Array(bytes.prefix(bytes.count / 2)), ext: "gz")
        #expect { try EdgeListLoader.load(path: cut, directed: nil) } throws: { e in
            (e as? InputErrors)?.diagnostics.map(\.message) == ["cannot decompress this gzip file: the file ends inside the compressed data (truncated?)"]
        }
    }

    /// NetworkX's own GML (Fixtures/exchange/write_fixtures.py): labels are the ids, `&#N;` decoded.
    @Test func networkXWrittenGML() throws {
        let l = try EdgeListLoader.load(path: Self.fixtures.appendingPathComponent("unicode.gml").path, directed: nil)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures.appendingPathComponent("unicode.expected.json"))) as! [String: Any]
        #expect(Set(l.network.labels) == Set((expected["nodes"] as! [String: String]).keys))
        for (id, name) in expected["nodes"] as! [String: String] {
            // GML has no place for the name but an attribute of its own: the label (= id) is shown.
            #expect(l.network.labels.contains(id), "\(id) / \(name)")
        }
        for e in expected["edges"] as! [[Any]] {
            let a = l.network.labels.firstIndex(of: e[0] as! String)!, b = l.network.labels.firstIndex(of: e[1] as! String)!
            #expect(l.network.graph.weight(from: a, to: b) == e[2] as? Double)
        }
    }

    @Test func gmlEntitiesAndErrors() throws {
        let text = "graph [\n directed 1\n node [ id 1 label \"&#1040;&amp;&#x1F600;\" ]\n node [ id 2 label \"b\" ]\n edge [ source 1 target 2 weight 2.5 ]\n]\n"
        let l = try EdgeListLoader.load(path: try write(text, ext: "gml"), directed: nil)
        #expect(l.network.labels == ["А&😀", "b"] && l.network.graph.isDirected && l.network.graph.edgeWeight == [2.5])
        let bad = "graph [\n node [ id 1 ]\n edge [ source 1 target 9 ]\n edge [ source 1 target 1 weight -2 ]\n"
        #expect { try EdgeListLoader.load(path: try write(bad, ext: "gml"), directed: nil) } throws: { e in
            (e as? InputErrors)?.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
                == ["3:2: edge names node 9, which has no 'node [ id … ]'", "4:34: weight -2 is not positive; expected a number > 0 (the weight is the tie strength)"]
        }
        let unterminated = "graph [\n node [ id 1 label \"abc ]\n]\n"
        #expect { try EdgeListLoader.load(path: try write(unterminated, ext: "gml"), directed: nil) } throws: { e in
            (e as? InputErrors)?.diagnostics.map { "\($0.line):\($0.column)" } == ["2:20"]
        }
    }

    @Test func pajekArcsListsAndDuplicateLabels() throws {
        let text = "*Network test\n*Vertices 4\n1 \"Anna K\" 0.1 0.2\n2 \"Anna K\"\n3 Борис\n*Arcs\n1 2 2.5\n% comment\n*Edges\n2 3\n*Arcslist\n3 1 4\n"
        let l = try EdgeListLoader.load(path: try write(text, ext: "net"), directed: nil)
        let g = l.network.graph
        // Labels repeat: ids are the numbers, labels the names; vertex 4 has no label.
        #expect(l.network.labels == ["1", "2", "3", "4"] && l.names == ["Anna K", "Anna K", "Борис", "4"])
        #expect(g.isDirected && g.edgeCount == 5)   // 1→2, 2→3, 3→2, 3→1, 3→4
        #expect(g.weight(from: 0, to: 1) == 2.5 && g.weight(from: 2, to: 1) == 1)
        let bad = "*Vertices 2\n1 a\n*Edges\n1 3\nx 2\n"
        #expect { try EdgeListLoader.load(path: try write(bad, ext: "net"), directed: nil) } throws: { e in
            (e as? InputErrors)?.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
                == ["4:3: vertex 3 is beyond '*Vertices 2'", "5:1: expected a vertex number ≥ 1, found 'x'"]
        }
    }

    @Test func semicolonAndTabCSVAndColumnNames() throws {
        let semi = try write("von;nach;gewicht\nA;B;2,5\n\"C;D\";A;1\n", ext: "csv")
        let l = try EdgeListLoader.load(path: semi, directed: nil, columns: .init(source: "von", target: "nach", weight: "gewicht"))
        #expect(l.network.labels == ["A", "B", "C;D"] && l.network.graph.edgeWeight.sorted() == [1, 2.5])
        let tab = try write("source\ttarget\tweight\nx\ty\t3\n", ext: "txt")   // no .csv: found by its header
        let t = try EdgeListLoader.load(path: tab, directed: nil)
        #expect(t.network.labels == ["x", "y"] && t.network.graph.edgeWeight == [3])
        #expect { try EdgeListLoader.load(path: semi, directed: nil, columns: .init(source: "from_id")) } throws: { e in
            (e as? InputErrors)?.diagnostics.map(\.message) == ["no column 'from_id' (--source-column); the header has: von, nach, gewicht"]
        }
    }

    @Test func graphMLCDATAIsKept() throws {
        let xml = """
        <graphml><key id="w" for="edge" attr.name="weight"/><key id="n" for="node" attr.name="name"/>
        <graph edgedefault="undirected"><node id="a"><data key="n"><![CDATA[<Ann & "Co">]]></data></node><node id="b"/>
        <edge source="a" target="b"><data key="w"><![CDATA[2.5]]></data></edge></graph></graphml>
        """
        let l = try EdgeListLoader.load(path: try write(xml, ext: "graphml"), directed: nil)
        #expect(l.names == ["<Ann & \"Co\">", "b"] && l.network.graph.edgeWeight == [2.5])
    }

    @Test func graphMLWithInvalidUTF8IsADiagnosticNotACrash() throws {
        let path = try write(Array("<graphml a".utf8) + [0xEE] + Array("=\"x\"/>".utf8), ext: "graphml")
        #expect { try EdgeListLoader.load(path: path, directed: nil) } throws: { e in
            (e as? InputErrors)?.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == ["1:11: invalid UTF-8 (byte 0xEE); expected UTF-8 text"]
        }
        let second = try write(Array("<graphml>\n  <node id=\"ü".utf8) + [0xC3, 0x28], ext: "xml")   // a lead byte without its continuation
        #expect { try EdgeListLoader.load(path: second, directed: nil) } throws: { e in
            (e as? InputErrors)?.diagnostics.map { "\($0.line):\($0.column)" } == ["2:14"]
        }
    }

    @Test func utf8CheckFollowsRFC3629() {
        func bad(_ b: [UInt8]) -> Int? { b.withUnsafeBufferPointer { UTF8Check.firstInvalidByte($0) } }
        #expect(bad(Array("Анна 李 😀".utf8)) == nil)
        #expect(bad([0xC0, 0x80]) == 0)              // overlong NUL
        #expect(bad([0x41, 0xED, 0xA0, 0x80]) == 1)  // surrogate U+D800
        #expect(bad([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(bad([0xE2, 0x82]) == 0)              // truncated
    }

    @Test func unsupportedFormatsAreOneSentence() throws {
        for (text, ext, name) in [("{\"nodes\": []}", "json", "JSON"), ("<?xml version=\"1.0\"?><gexf>", "gexf", "GEXF"),
                                  ("digraph G { a -> b }", "txt", "Graphviz DOT"), ("PK\u{3}\u{4}xx", "dat", "a spreadsheet or zip archive")] {
            let path = try write(text, ext: ext)
            #expect { try EdgeListLoader.load(path: path, directed: nil) } throws: { e in
                guard let d = (e as? InputErrors)?.diagnostics, d.count == 1 else { return false }
                return d[0].message.hasPrefix("this is \(name), which --edges does not read;") && d[0].line == 1
            }
        }
    }
}
