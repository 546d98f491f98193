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
