import Foundation
import Testing

/// The hand example of WeakTieReachTests as an edge list (ego "e" = node 0; strong = weight ≥ 3):
/// e–a (5), e–b (1), e–c (1), a–d (5), b–f (1), b–g (5), c–g (5), d–h (5), f–i (1).
/// Within 2 hops: strong only {a, d}; any {a, b, c, d, f, g}; only through weak {b, c, f, g}.
/// Unique reach: b → {b, f}; c → {c}; a (strong) → {a, d}.
private let handExample = """
source,target,weight
e,a,5
e,b,1
e,c,1
a,d,5
b,f,1
b,g,5
c,g,5
d,h,5
f,i,1

"""

@Test func reachJSONForTheHandExample() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try handExample.write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    let r = try runLiaison(["reach", "--edges", "g.csv", "--ego", "e", "--strong", "3", "--format", "json"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let ego = json["ego"] as! [String: Any]
    #expect(ego["strong_only"] as! Int == 2 && ego["any_ties"] as! Int == 6 && ego["only_through_weak"] as! Int == 4)
    #expect(ego["only_through_weak_ids"] as! [String] == ["b", "c", "f", "g"])
    let ties = ego["ties"] as! [[String: Any]]
    let unique = Dictionary(uniqueKeysWithValues: ties.map { ($0["id"] as! String, $0["unique_contacts"] as! [String]) })
    // The tie's own contact is not in its unique reach (the ego reaches it directly).
    #expect(unique["b"]! == ["f"] && unique["c"]! == [] && unique["a"]! == ["d"])
    let onnela = json["onnela"] as! [String: Any]
    #expect((onnela["weak_first"] as! [Double]).first == 1)
    // Every tie of this tree-like graph has overlap 0: the correlation is undefined (null).
    #expect((json["overlap_strength"] as! [String: Any])["pearson"] is NSNull)
    #expect(onnela["initial_largest_component"] as! Int == 9)  // e a b c d f g h i
}

@Test func reachCSVAndErrors() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try handExample.write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    let csv = try runLiaison(["reach", "--edges", "g.csv", "--ego", "e", "--strong", "3", "--format", "csv"], in: dir)
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first == "id,name,strength,weak,reach,unique_contacts,unique_communities,new_communities")
    #expect(lines.count == 4)
    let onnela = try runLiaison(["reach", "--edges", "g.csv", "--format", "csv", "--steps", "4"], in: dir)
    #expect(onnela.stdout.split(separator: "\n").first == "fraction_removed,weak_first,strong_first,random")
    #expect(onnela.stdout.split(separator: "\n").count == 6)
    #expect(try runLiaison(["reach", "--edges", "g.csv", "--ego", "nobody"], in: dir).status == 65)
    #expect(try runLiaison(["reach", "--edges", "g.csv", "--hops", "0"], in: dir).status == 64)
}

/// Overlap vs strength on the weighted karate club; SciPy on NetworkX's graph with the same overlap
/// formula: pearsonr 0.39451766447602504, spearmanr 0.4492267375979947.
@Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
func reachOverlapStrengthCorrelationOnKarate() throws {
    let file = sharedDatasets!.appendingPathComponent("zachary_karate/edges_networkdata_weighted_collapsed.csv").path
    let r = try runLiaison(["reach", "--edges", file, "--format", "json"])
    #expect(r.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let o = json["overlap_strength"] as! [String: Any]
    #expect(o["ties"] as! Int == 78)
    #expect(abs((o["pearson"] as! Double) - 0.39451766447602504) < 1e-12)
    #expect(abs((o["spearman"] as! Double) - 0.4492267375979947) < 1e-12)
    #expect(json["ego"] == nil)
}
