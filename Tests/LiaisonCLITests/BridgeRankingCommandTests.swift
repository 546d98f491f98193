import Foundation
import Testing

/// The hand example of BridgeContactRankingTests: two 4-cliques {me, Ann, Bob, Vera} and
/// {Lena, Max, Oleg, Pia}, weights 1 except me–Vera 4, joined only by Vera–Lena.
/// Brokerage over the communities, by hand for Vera: her two-paths between {me, Ann, Bob} are all
/// closed (they know each other); x→Vera→Lena (3) are representative (x, Vera in A; Lena in B) and
/// Lena→Vera→x (3) gatekeeper.
private let cliques: String = {
    var rows = ["source,target,weight"]
    let a = ["me", "ann", "bob", "vera"], b = ["lena", "max", "oleg", "pia"]
    for g in [a, b] { for i in 0 ..< 4 { for j in i + 1 ..< 4 { rows.append("\(g[i]),\(g[j]),\(g[i] == "me" && g[j] == "vera" ? 4 : 1)") } } }
    rows.append("vera,lena,1")
    return rows.joined(separator: "\n") + "\n"
}()

@Test func bridgesRankingJSONByHand() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try cliques.write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    let r = try runLiaison(["bridges", "--edges", "g.csv", "--ego", "me", "--format", "json", "--top", "3"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(json["ego"] as! String == "me" && json["communities"] as! Int == 2)
    let contacts = json["contacts"] as! [[String: Any]]
    #expect(contacts.count == 3)
    #expect(contacts.prefix(2).map { $0["id"] as! String } == ["vera", "lena"])
    let vera = contacts[0]
    #expect(vera["cut_off"] as! Int == 4 && vera["your_strength"] as! Double == 4)
    #expect(vera["brokerage"] as! [String: Int] == ["coordinator": 0, "itinerant": 0, "representative": 3, "gatekeeper": 3, "liaison": 0])
    // A plain graph: communities are "community N"; Vera's neighbours but me are ann, bob (hers)
    // and lena (the other side).
    #expect(json["community_labels"] as! [String] == ["community 1", "community 2"])
    #expect(vera["reason"] as! String == "Connects community 1 (ann, bob) with community 2 (lena); the only link between those two; " +
            "without them you lose your only route to 4 contacts; you know them well (strength 4.00).")
    let sides = vera["connects"] as! [[String: Any]]
    #expect(sides.map { $0["group"] as! String } == ["community 1", "community 2"])
    #expect(sides.map { $0["people"] as! [String] } == [["ann", "bob"], ["lena"]])
}

@Test func bridgesRankingCSVAndTable() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try cliques.write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    let csv = try runLiaison(["bridges", "--edges", "g.csv", "--format", "csv"], in: dir)
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first.map(String.init) == "rank,id,name,score,betweenness,constraint,participation,articulation_point,cut_off," +
            "local_bridges,your_strength,coordinator,itinerant,representative,gatekeeper,liaison,reason")
    #expect(lines.count == 9)   // header + 8 contacts (no ego: everyone is ranked)
    let table = try runLiaison(["bridges", "--edges", "g.csv", "--ego", "vera"], in: dir)
    #expect(table.status == 0 && table.stdout.contains("Top 7 bridge contacts for vera"))
    #expect(try runLiaison(["bridges", "--edges", "g.csv", "--groups", "industry"], in: dir).status == 64)
}

/// Directed arcs x→b, b→y with groups from communities: with --directed, b brokers only x→b→y, so
/// its two-path count is 1; read as undirected it would be 2 (x–b–y both ways).
@Test func bridgesBrokerageFollowsArcsWhenDirected() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "source,target\nx,b\nb,y\n".write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    func total(_ extra: [String]) throws -> Int {
        let r = try runLiaison(["bridges", "--edges", "g.csv", "--format", "json"] + extra, in: dir)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let b = (json["contacts"] as! [[String: Any]]).first { $0["id"] as! String == "b" }!
        return (b["brokerage"] as! [String: Int]).values.reduce(0, +)
    }
    #expect(try total(["--directed"]) == 1)
    #expect(try total([]) == 2)
}
