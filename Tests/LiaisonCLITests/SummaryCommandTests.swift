import Foundation
import Testing

private func summaryJSON(_ args: [String], in dir: URL? = nil) throws -> [String: Any] {
    let r = try runLiaison(["summary"] + args + ["--format", "json"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
}

/// Expected values computed once with NetworkX 3.6.1:
///     G = nx.read_graphml(path)   # or nx.Graph() + add_edge per CSV row for the .csv files
///     G.number_of_nodes(), G.number_of_edges(),
///     nx.number_connected_components(G)   # directed: nx.number_weakly_connected_components(G)
///     max(len(c) for c in components), nx.density(G), len(list(nx.isolates(G)))
private let networkxFacts: [(file: String, nodes: Int, edges: Int, components: Int, largest: Int, density: Double, isolated: Int)] = [
    ("zachary_karate/edges_networkdata_unweighted.csv", 34, 78, 1, 34, 0.13903743315508021, 0),
    ("zachary_karate/edges_networkdata_weighted_as_parallel_edges.csv", 34, 78, 1, 34, 0.13903743315508021, 0),
    ("zachary_karate/networkx_karate_club.graphml", 34, 78, 1, 34, 0.13903743315508021, 0),
    ("les_miserables/edges_networkdata.csv", 77, 254, 1, 77, 0.08680792891319207, 0),
    ("les_miserables/networkx_les_miserables.graphml", 77, 254, 1, 77, 0.08680792891319207, 0),
    ("padgett_florentine/graph_business.graphml", 16, 15, 6, 11, 0.125, 5),
    ("padgett_florentine/graph_marriage.graphml", 16, 20, 2, 15, 0.16666666666666666, 1),
    ("krackhardt_hightech/graph_friendship.graphml", 21, 102, 1, 21, 0.24285714285714285, 0),
]

@Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
func summaryOfSharedDatasetsMatchesNetworkX() throws {
    for f in networkxFacts {
        let path = sharedDatasets!.appendingPathComponent(f.file).path
        let j = try summaryJSON(["--edges", path])
        #expect(j["nodes"] as? Int == f.nodes, "\(f.file)")
        #expect(j["edges"] as? Int == f.edges, "\(f.file)")
        #expect(j["components"] as? Int == f.components, "\(f.file)")
        #expect(j["largest_component"] as? Int == f.largest, "\(f.file)")
        #expect(j["isolated"] as? Int == f.isolated, "\(f.file)")
        let density = j["density"] as? Double ?? .nan
        #expect(abs(density - f.density) <= 1e-12 * f.density, "\(f.file)")
    }
}

@Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
func summaryTableOfKarateNamesTheHubs() throws {
    let path = sharedDatasets!.appendingPathComponent("zachary_karate/edges_networkdata_unweighted.csv").path
    let r = try runLiaison(["summary", "--edges", path, "--top", "2"])
    #expect(r.status == 0)
    // Degrees from nx.karate_club_graph(): node 33 has 17 neighbours, node 0 has 16.
    #expect(r.stdout.hasPrefix("nodes       34\nedges       78\ncomponents  1 (largest 34 nodes, 0 isolated)\ndensity     0.1390\n"))
    #expect(r.stdout.contains("33    33        17\n0     0         16\n"))
}

@Test func summaryOfAWorkspaceCountsItsNetworkAndRecords() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    try writeWorkspace([
        "contacts.csv": "id,name,kind,organization\nme,Мария,me,Routely\nanna,Анна,investor,Север\nboris,Boris,client,North\ncarl,Carl,client,\neva,Eva,other,\n",
        "interactions.csv": "date,from,to,channel\n2025-01-02,me,anna,call\n2025-02-03,anna,me;boris,meeting\n2026-03-04T10:00,boris,me,email\n",
        "ties.csv": "a,b,strength\ncarl,eva,4\n",
    ], named: "ws", in: tmp)
    let j = try summaryJSON(["ws"], in: tmp)
    // Pairs: me–anna, anna–boris, boris–me (a triangle) and carl–eva: 5 nodes, 4 edges, 2 components.
    #expect(j["nodes"] as? Int == 5)
    #expect(j["edges"] as? Int == 4)
    #expect(j["components"] as? Int == 2)
    #expect(j["largest_component"] as? Int == 3)
    #expect(j["density"] as? Double == 0.4)      // 2·4 / (5·4)
    let interactions = j["interactions"] as? [String: Any]
    #expect(interactions?["count"] as? Int == 3)
    #expect(interactions?["first"] as? String == "2025-01-02")
    #expect(interactions?["last"] as? String == "2026-03-04T10:00:00Z")
    #expect((j["kinds"] as? [String: Any])?["client"] as? Int == 2)
    // anna: 2 interactions, boris: 2 (anna first by contact order); me is left out.
    let top = (j["top_contacts"] as? [[String: Any]])?.map { "\($0["id"]!)=\($0["interactions"]!)" }
    #expect(top == ["anna=2", "boris=2"])

    let table = try runLiaison(["summary", "ws"], in: tmp)
    #expect(table.status == 0)
    #expect(table.stdout.contains("activity    3 interactions from 2025-01-02 to 2026-03-04\n"))
    #expect(table.stdout.contains("Анна"))

    let csv = try runLiaison(["summary", "ws", "--format", "csv"], in: tmp)
    #expect(csv.status == 0)
    let lines = csv.stdout.split(separator: "\n").map(String.init)
    #expect(lines.prefix(8) == ["metric,value", "nodes,5", "edges,4", "directed,false", "components,2",
                                "largest_component,3", "isolated,0", "density,0.4"])
    #expect(lines.contains("kinds.client,2") && lines.contains("interactions.first,2025-01-02"))
}

@Test func summaryNeedsExactlyOneInput() throws {
    #expect(try runLiaison(["summary"]).status == 64)
    #expect(try runLiaison(["summary", "ws", "--edges", "x.csv"]).status == 64)
    #expect(try runLiaison(["summary", "--edges", "/nonexistent/x.csv"]).status == 66)
}
