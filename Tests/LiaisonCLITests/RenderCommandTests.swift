import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

private let triangle = """
source,target,weight
anna,boris,4
boris,vera,1
vera,anna,2
vera,gleb,1
x,y,1

"""

private func withGraph(_ csv: String = triangle, _ body: (URL, URL) throws -> Void) throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("g.csv")
    try csv.write(to: file, atomically: true, encoding: .utf8)
    try body(dir, file)
}

@Test func rendersSVGToStandardOutput() throws {
    try withGraph { _, file in
        let r = try runLiaison(["render", "--edges", file.path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("<?xml"))
        #expect(XMLParser(data: Data(r.stdout.utf8)).parse())
        for id in ["anna", "boris", "vera", "gleb", "x", "y"] { #expect(r.stdout.contains("<title>\(id)</title>")) }
    }
}

@Test func writesEachFormatToAFile() throws {
    try withGraph { dir, file in
        for (format, magic) in [("svg", "<?xml"), ("png", "\u{89}PNG"), ("pdf", "%PDF"), ("dot", "graph liaison {")] {
            let out = dir.appendingPathComponent("out.\(format)")
            let r = try runLiaison(["render", "--edges", file.path, "--format", format, "-o", out.path])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            let data = try Data(contentsOf: out)
            #expect(String(decoding: data.prefix(magic.utf8.count), as: UTF8.self) == magic
                    || data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "\(format)")
        }
        let dot = try String(contentsOf: dir.appendingPathComponent("out.dot"), encoding: .utf8)
        #expect(dot.contains("layout=neato"))   // small graph: neato by default
    }
}

/// Without --format, -o's extension chooses it (a .png file gets PNG bytes, not SVG); --format wins.
@Test func outputExtensionChoosesTheFormat() throws {
    try withGraph { dir, file in
        for (ext, magic) in [("png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("PDF", Array("%PDF".utf8)),
                             ("gv", Array("graph liaison {".utf8)), ("svg", Array("<?xml".utf8)), ("txt", Array("<?xml".utf8))] {
            let out = dir.appendingPathComponent("ext.\(ext)")
            let r = try runLiaison(["render", "--edges", file.path, "-o", out.path])
            #expect(r.status == 0, "\(ext): \(r.stderr)")
            #expect(Array(try Data(contentsOf: out).prefix(magic.count)) == magic, "\(ext)")
        }
        let forced = dir.appendingPathComponent("forced.png")
        #expect(try runLiaison(["render", "--edges", file.path, "--format", "svg", "-o", forced.path]).status == 0)
        #expect(Array(try Data(contentsOf: forced).prefix(5)) == Array("<?xml".utf8))
    }
}

@Test func everyViewAndLayoutRuns() throws {
    try withGraph { dir, file in
        let out = dir.appendingPathComponent("v.svg").path
        for args in [["--view", "ego", "--ego", "anna", "--hops", "1"], ["--view", "communities"],
                     ["--view", "plan", "--path", "gleb,vera,boris", "--path", "anna,x"],
                     ["--layout", "circo"], ["--layout", "dot"], ["--layout", "twopi"], ["--layout", "fdp"]] {
            let r = try runLiaison(["render", "--edges", file.path, "-o", out] + args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let ego = try runLiaison(["render", "--edges", file.path, "--view", "ego", "--ego", "anna", "--hops", "1"])
        #expect(ego.stdout.contains("<title>boris</title>") && !ego.stdout.contains("<title>gleb</title>"))
    }
}

@Test func usageErrorsExit64AndWriteNothing() throws {
    try withGraph { dir, file in
        let out = dir.appendingPathComponent("never.svg")
        for args in [["--view", "ego"], ["--view", "plan"], ["--layout", "nosuch"], ["--format", "gif"],
                     ["--hops", "-1"]] {
            let r = try runLiaison(["render", "--edges", file.path, "-o", out.path] + args)
            #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }
}

/// A contact named on the command line that matches no node is a data error (65), the same in
/// every command, with the closest ids as suggestions; nothing is written.
@Test func unknownContactExits65WithSuggestionsAndWritesNothing() throws {
    try withGraph { dir, file in
        let out = dir.appendingPathComponent("never.svg")
        for args in [["--view", "ego", "--ego", "nobody"], ["--view", "plan", "--path", "anna,nobody"]] {
            let r = try runLiaison(["render", "--edges", file.path, "-o", out.path] + args)
            #expect(r.status == 65, "\(args): \(r.status) \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        let r = try runLiaison(["render", "--edges", file.path, "--view", "ego", "--ego", "anne"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("--ego anne: no contact has this id or name (did you mean anna)"), "\(r.stderr)")
    }
}

@Test func missingInputExits66AndUnwritableOutputFails() throws {
    let r = try runLiaison(["render", "--edges", "/nonexistent/g.csv"])
    #expect(r.status == 66)
    try withGraph { _, file in
        let w = try runLiaison(["render", "--edges", file.path, "-o", "/nonexistent-dir/out.svg"])
        #expect(w.status == 73)   // EX_CANTCREAT (was 70 before the one writer)
        #expect(w.stderr.contains("error: /nonexistent-dir/out.svg: cannot create: No such file or directory"))
    }
}

@Test func hostileNamesFromAFileStayInert() throws {
    let csv = "source,target\n\"<script>x</script>\",\"a\"\"]; node [\"\n\"Анна & Co\",\"<script>x</script>\"\n\"R&amp;D\",\"王\"\n\"王\",\"Анна & Co\"\n"
    try withGraph(csv) { _, file in
        let r = try runLiaison(["render", "--edges", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(XMLParser(data: Data(r.stdout.utf8)).parse())
        #expect(!r.stdout.contains("<script>"))
        #expect(r.stdout.contains("<title>Анна &amp; Co</title>"))
        #expect(r.stdout.contains("<title>R&amp;amp;D</title>"))
        let dot = try runLiaison(["render", "--edges", file.path, "--format", "dot"])
        #expect(dot.stdout.contains("\"a\\\"]; node [\""))
    }
}

@Test func bridgesAndCommunitiesFromTheGraphCoreReachTheDrawing() throws {
    // Triangle anna–boris–vera with the pendant vera–gleb (a bridge), and a separate pair x–y.
    try withGraph { _, file in
        let r = try runLiaison(["render", "--edges", file.path, "--format", "dot"])
        #expect(r.status == 0)
        // The bridge vera–gleb is red; the biggest Leiden community (the 4 connected nodes) is "community 1".
        let bridgeLine = r.stdout.components(separatedBy: "\n").first { $0.contains("vera -- gleb") || $0.contains("gleb -- vera") }
        #expect(bridgeLine != nil)
        #expect(r.stdout.contains("#d62728cc"))
        // Colour swatches (pinned nodes) name the communities with their sizes; the text legend
        // points at them instead of naming colours.
        // (Leiden on the weights: anna–boris, vera–gleb and x–y.)
        #expect(r.stdout.contains("label=\"community 1 (2)\\l\"") && r.stdout.contains("label=\"community 3 (2)\\l\""))
        #expect(r.stdout.contains("as in the swatches above") && !r.stdout.contains("teal ="))
        let sfdp = try runLiaison(["render", "--edges", file.path, "--format", "dot", "--layout", "sfdp"])
        #expect(sfdp.stdout.contains("teal = community 1, yellow = community 2"))
        #expect(r.stdout.contains("betweenness: "))
    }
}

/// Node titles of an SVG (`<title>` directly inside `<g class="node">`).
private final class NodeTitles: NSObject, XMLParserDelegate {
    var titles: [String] = []
    private var stack: [(name: String, node: Bool)] = []
    private var text = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append((name, name == "g" && attributes["class"] == "node"))
        text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "title", stack.last?.node == true { titles.append(text) }
    }
}

/// Every shared edge list draws as well-formed SVG with every node once (the biggest are
/// summaries above 500 nodes; none is, today), directed files both ways.
@Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
func everySharedDatasetDrawsEveryNodeOnce() throws {
    for file in try datasetEdgeLists(try #require(sharedDatasets)) {
        let r = try runLiaison(["render", "--edges", file.path, "--layout", "sfdp"])
        #expect(r.status == 0, "\(file.lastPathComponent): \(r.stderr)")
        let collector = NodeTitles()
        let parser = XMLParser(data: Data(r.stdout.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(file.path)")
        #expect(Set(collector.titles).count == collector.titles.count, "\(file.path): a node drawn twice")
        let dot = try runLiaison(["render", "--edges", file.path, "--format", "dot", "--layout", "sfdp"])
        // The node count of the DOT source equals the SVG's (same drawing, before layout).
        let nodeLines = dot.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("\t") && $0.contains("\t[fillcolor") }
        #expect(nodeLines.count == collector.titles.count, "\(file.path)")
    }
}

@Test func workspaceDrawingShowsDormantTiesFromTheTieModel() throws {
    let demo = packageRoot.appendingPathComponent("data/demo").path
    let ties = try runLiaison(["ties", demo, "--format", "csv"])
    let dormant = ties.stdout.split(separator: "\n").filter { $0.split(separator: ",")[3] == "dormant" }.count
    let r = try runLiaison(["render", demo, "--format", "dot", "--full"])
    #expect(r.status == 0)
    // Every dormant tie of the model is drawn dotted, and nothing else is.
    #expect(dormant > 0)
    #expect(r.stdout.components(separatedBy: "style=dotted").count - 1 == dormant)
    #expect(r.stdout.contains("dotted = dormant tie"))
}
