import Foundation
import Testing

/// Every analysis command takes a workspace (weighted by tie strength) or --edges, not both.
@Test func analysisCommandsTakeAWorkspace() throws {
    let demo = packageRoot.appendingPathComponent("data/demo").path
    let r = try runLiaison(["centrality", demo, "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    let contacts = try String(contentsOfFile: demo + "/contacts.csv", encoding: .utf8)
        .split(separator: "\n").count - 1
    #expect(lines.first == "id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,constraint,effective_size,efficiency,clustering")
    #expect(lines.count - 1 == contacts)
    // Tie strengths are in (0, 1], so every contact's strength is at most its degree.
    for line in lines.dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        #expect(Double(cells[2])! <= Double(cells[1])! + 1e-12)
    }
}

@Test func workspaceAndEdgesTogetherIsAUsageError() throws {
    let demo = packageRoot.appendingPathComponent("data/demo").path
    #expect(try runLiaison(["centrality", demo, "--edges", "x.csv"]).status == 64)
    #expect(try runLiaison(["centrality"]).status == 64)
    #expect(try runLiaison(["centrality", demo, "--directed"]).status == 64)
    #expect(try runLiaison(["centrality", demo, "--as-of", "2025-13-01"]).status == 64)
}

@Test func asOfChangesTieStrengths() throws {
    let demo = packageRoot.appendingPathComponent("data/demo").path
    let now = try runLiaison(["centrality", demo, "--format", "csv"])
    let earlier = try runLiaison(["centrality", demo, "--format", "csv", "--as-of", "2025-01-01"])
    #expect(now.status == 0 && earlier.status == 0)
    #expect(now.stdout != earlier.stdout)
}

@Test func missingWorkspaceExits66() throws {
    #expect(try runLiaison(["centrality", "/nonexistent/workspace"]).status == 66)
}

@Test func reportIsOneSelfContainedFileWithEverySection() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let demo = packageRoot.appendingPathComponent("data/demo").path
    let out = dir.appendingPathComponent("report.html").path
    let r = try runLiaison(["report", demo, "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: out, encoding: .utf8)
    for section in ["Bridge contacts", "Weak-tie reach (2 hops)", "Contact quality", "Introduction plan"] {
        #expect(html.contains("<h2>\(section)</h2>") || html.contains(">\(section)</h2>"), "missing \(section)")
    }
    #expect(html.contains("<svg"))
    #expect(html.contains("Алексей Воронов"))
    // Nothing is fetched: no src= or href= to another place, no external stylesheet or script.
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"))
}

@Test func reportOfAPlainGraphLeavesOutTheWorkspaceSections() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let edges = dir.appendingPathComponent("e.csv")
    try "source,target,weight\na,b,1\nb,c,0.5\n<script>x</script>,a,1\n".write(to: edges, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("r.html").path
    let r = try runLiaison(["report", "--edges", edges.path, "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.contains("Bridge contacts") && !html.contains("Contact quality"))
    #expect(!html.contains("<script>x</script>"))
}
