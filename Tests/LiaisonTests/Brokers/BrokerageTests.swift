import Testing
import LiaisonGraph
@testable import Liaison

/// A hand-worked directed example. Groups: A = {0, 1, 4}, B = {2, 3}, C = {5}.
/// Arcs: 0→1, 1→2, 1→4, 4→1, 3→1, 2→5, 1→5, 3→2, 2→0.
///
/// Broker 1: in-neighbours {0, 4, 3}, out-neighbours {2, 4, 5}. Two-paths a→1→c (a ≠ c):
///   0→1→2  no arc 0→2 → open; groups A,A,B → representative
///   0→1→4  no arc 0→4 → open; A,A,A → coordinator
///   0→1→5  no arc 0→5 → open; A,A,C → representative
///   4→1→2  open; A,A,B → representative
///   4→1→5  open; A,A,C → representative
///   3→1→2  arc 3→2 exists → closed, not counted
///   3→1→4  open; B,A,A → gatekeeper
///   3→1→5  open; B,A,C → liaison
///   (4→1→4 skipped: a = c)
///   → coordinator 1, itinerant 0, representative 4, gatekeeper 1, liaison 1.
/// Broker 2: in {1, 3}, out {5, 0}.
///   1→2→5  arc 1→5 exists → closed
///   1→2→0  open; A,B,A → itinerant
///   3→2→5  open; B,B,C → representative
///   3→2→0  open; B,B,A → representative
///   → itinerant 1, representative 2.
/// Broker 4: in {1}, out {1}: only 1→4→1, a = c → nothing. Broker 0: in {2}, out {1}: 2→0→1, arc 2→1? no
///   → open; B,A,A → gatekeeper 1. Brokers 3, 5: no in-arcs or no out-arcs → nothing.
@Test func brokerageRolesHandExample() throws {
    let arcs = [(0, 1), (1, 2), (1, 4), (4, 1), (3, 1), (2, 5), (1, 5), (3, 2), (2, 0)]
    let g = try Graph(nodeCount: 6, edges: arcs, directed: true)
    let groups = [0, 0, 1, 1, 0, 2]
    let roles = g.brokerageRoles(groups: groups)
    #expect(roles[1] == BrokerageRoles(coordinator: 1, itinerant: 0, representative: 4, gatekeeper: 1, liaison: 1))
    #expect(roles[2] == BrokerageRoles(coordinator: 0, itinerant: 1, representative: 2, gatekeeper: 0, liaison: 0))
    #expect(roles[0] == BrokerageRoles(coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 1, liaison: 0))
    #expect(roles[3].total == 0 && roles[4].total == 0 && roles[5].total == 0)
    #expect(roles[1].betweenGroups == 6)
}

/// Undirected path 0–1–2 with groups X, Y, X: node 1 is an itinerant broker in both directions.
@Test func brokerageOnUndirectedPathCountsBothDirections() throws {
    let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
    let roles = g.brokerageRoles(groups: [7, 8, 7])
    #expect(roles[1] == BrokerageRoles(coordinator: 0, itinerant: 2, representative: 0, gatekeeper: 0, liaison: 0))
    #expect(roles[0].total == 0)
}

/// The definition applied literally: every a → b → c with a ≠ c and no arc a → c, classified by
/// the three groups.
private func brokerageByDefinition(_ g: Graph, groups: [Int]) -> [BrokerageRoles] {
    var expected = [BrokerageRoles](repeating: .init(), count: g.nodeCount)
    for b in 0 ..< g.nodeCount {
        for a in g.inNeighbors(b).map(Int.init) {
            for c in g.neighbors(b).map(Int.init) where c != a && g.weight(from: a, to: c) == nil {
                let (ga, gb, gc) = (groups[a], groups[b], groups[c])
                if ga == gb && gb == gc { expected[b].coordinator += 1 }
                else if ga == gb { expected[b].representative += 1 }
                else if gb == gc { expected[b].gatekeeper += 1 }
                else if ga == gc { expected[b].itinerant += 1 }
                else { expected[b].liaison += 1 }
            }
        }
    }
    return expected
}

/// Random directed and undirected graphs: the counts equal the definition applied literally —
/// every a → b → c with a ≠ c and no arc a → c, classified by the three groups.
@Test(arguments: [false, true])
func brokerageMatchesTheDefinitionOnRandomGraphs(_ directed: Bool) throws {
    var rng = SplitMix64(seed: directed ? 61 : 62)
    for _ in 0 ..< 20 {
        let n = Int.random(in: 2 ... 30, using: &rng)
        var edges: [(Int, Int)] = []
        for _ in 0 ..< 3 * n {
            let u = Int.random(in: 0 ..< n, using: &rng), v = Int.random(in: 0 ..< n, using: &rng)
            if u != v { edges.append((u, v)) }
        }
        let g = try Graph(nodeCount: n, edges: edges, directed: directed)
        let groups = (0 ..< n).map { _ in Int.random(in: 0 ..< 3, using: &rng) }
        #expect(g.brokerageRoles(groups: groups) == brokerageByDefinition(g, groups: groups))
    }
}

/// Graphs with hubs (node 0 tied to most nodes, node 1 to a third of them), so that both ways of
/// finding the closed pairs run (a hub's row searched from a short row, and scanned), and groups
/// given as arbitrary integers: the counts equal the definition applied literally.
@Test(arguments: [false, true])
func brokerageMatchesTheDefinitionWithHubs(_ directed: Bool) throws {
    var rng = SplitMix64(seed: directed ? 63 : 64)
    for _ in 0 ..< 6 {
        let n = Int.random(in: 60 ... 160, using: &rng)
        var edges: [(Int, Int)] = []
        for v in 1 ..< n where Double.random(in: 0 ..< 1, using: &rng) < 0.8 {
            edges.append(Bool.random(using: &rng) ? (0, v) : (v, 0))
        }
        for v in 2 ..< n where Double.random(in: 0 ..< 1, using: &rng) < 0.33 { edges.append((1, v)) }
        for _ in 0 ..< 2 * n {
            let u = Int.random(in: 0 ..< n, using: &rng), v = Int.random(in: 0 ..< n, using: &rng)
            if u != v { edges.append((u, v)) }
        }
        let g = try Graph(nodeCount: n, edges: edges, directed: directed)
        let groups = (0 ..< n).map { _ in [-7, 3, 1_000_003, 42][Int.random(in: 0 ..< 4, using: &rng)] }
        #expect(g.brokerageRoles(groups: groups) == brokerageByDefinition(g, groups: groups))
    }
}
