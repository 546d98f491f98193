import Foundation
import Testing

/// Two 4-cliques (Cyrillic and Latin ids) joined by one edge.
private let twoCliques: String = {
    var lines = ["source,target,weight"]
    let a = ["Анна", "Борис", "Вера", "Глеб"], b = ["ann", "bob", "cat", "dan"]
    for g in [a, b] { for i in 0 ..< 4 { for j in i + 1 ..< 4 { lines.append("\(g[i]),\(g[j]),2") } } }
    lines.append("Глеб,ann,1")
    return lines.joined(separator: "\n") + "\n"
}()

@Test func communitiesCSVHasExactHeaderAndOneRowPerContact() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try twoCliques.write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    let r = try runLiaison(["communities", "--edges", "g.csv", "--format", "csv"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "id,community")
    #expect(lines.count == 9)
    let community = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { l -> (String, String) in
        let p = l.split(separator: ","); return (String(p[0]), String(p[1]))
    })
    #expect(Set(["Анна", "Борис", "Вера", "Глеб"].map { community[$0]! }).count == 1)
    #expect(Set(["ann", "bob", "cat", "dan"].map { community[$0]! }).count == 1)
    #expect(community["Анна"] != community["ann"])
}

/// Q of the two cliques split, by hand: m = 6·2·2 + 1 = 25, L = 12 each, K = 25 each:
/// Q = 2 (12/25 − (25/50)²) = 24/25 − 1/2 = 0.46.
@Test func communitiesJSONReportsModularity() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try twoCliques.write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    for method in ["leiden", "louvain"] {
        let r = try runLiaison(["communities", "--edges", "g.csv", "--method", method, "--format", "json"], in: dir)
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(abs((json["modularity"] as! Double) - 0.46) < 1e-12)
        #expect(json["community_count"] as! Int == 2)
    }
    let table = try runLiaison(["communities", "--edges", "g.csv"], in: dir)
    #expect(table.stdout.contains("2 communities") && table.stdout.contains("Q = 0.4600"))
    #expect(table.stdout.contains("Анна"))
}

@Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
func communitiesOnKarateBeatNetworkXLouvainAndAreSeeded() throws {
    let file = sharedDatasets!.appendingPathComponent("zachary_karate/edges_networkdata_weighted_collapsed.csv").path
    let a = try runLiaison(["communities", "--edges", file, "--seed", "5", "--format", "csv"])
    let b = try runLiaison(["communities", "--edges", file, "--seed", "5", "--format", "csv"])
    #expect(a.status == 0 && a.stdout == b.stdout)
    let json = try runLiaison(["communities", "--edges", file, "--format", "json"])
    let q = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["modularity"] as! Double
    // NetworkX 3.6.1 louvain_communities mean over seeds 0–9 (fixtures/communities/karate.json).
    #expect(q >= 0.4388823287914207)
    #expect(try runLiaison(["communities", "--edges", file, "--resolution", "0"]).status == 64)
}
