#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LiaisonGraph

/// The lower bounds of Yen's search (`_boundsToTarget`, one `_SingleSource` search from the target
/// along in-rows, through no avoided node) and the one slot look-up (`_slot`).
@Suite struct SpurBoundsTests {
    /// NetworkX, on the weighted karate club of `Karate`, target 33, avoided nodes 2 and 31 (reached
    /// but not expanded: their out-edges are removed from the reversed graph):
    ///
    ///     R = G.to_directed()
    ///     for b in (2, 31): R.remove_edges_from(list(R.out_edges(b)))
    ///     nx.single_source_shortest_path_length(R, 33, cutoff=2)
    ///     nx.single_source_dijkstra_path_length(R, 33, weight=lambda a, b, d: -math.log(d["w"]))
    static let hops: [Int: Int32] = [
        0: 2, 1: 2, 2: 2, 3: 2, 8: 1, 9: 1, 13: 1, 14: 1, 15: 1, 18: 1, 19: 1, 20: 1, 22: 1, 23: 1, 24: 2,
        25: 2, 26: 1, 27: 1, 28: 1, 29: 1, 30: 1, 31: 1, 32: 1, 33: 0,
    ]
    static let cost: [Double] = [
        0.6851790109107685, 0.46203545959655873, 0.10536051565782628, 0.7905395265685948, 0.7905395265685948,
        1.1960046346767592, 1.419148185990969, 0.6851790109107685, 0.328504066972036, 0.10536051565782628,
        1.70683025844275, 0.9083225622249782, 1.378326191470714, 1.155182640156504, 0.5798184952529422,
        0.2231435513142097, 1.419148185990969, 0.6851790109107685, 0.328504066972036, 0.10536051565782628,
        0.916290731874155, 0.9083225622249782, 0.2231435513142097, 1.1394342831883648, 2.05572501506252,
        1.8325814637483102, 0.0, 1.2039728043259361, 0.5108256237659907, 0.10536051565782628,
        0.916290731874155, 0.4462871026284194, 0.2231435513142097, 0,
    ]

    static var blocked: [Bool] { (0 ..< 34).map { $0 == 2 || $0 == 31 } }

    @Test func hopBoundsMatchNetworkXCutoffSearch() throws {
        let g = Karate.graph
        let bounds = g._boundsToTarget(33, maxHops: 2, costOfEdge: g.edgeWeight.map { -log($0) },
                                       nodeBlocked: Self.blocked)
        #expect(bounds.cost == nil)
        let hops = try #require(bounds.hops)
        for v in 0 ..< 34 { #expect(hops[v] == (Self.hops[v] ?? Int32.max), "hops of \(v)") }
    }

    @Test func costBoundsMatchNetworkXDijkstra() throws {
        let g = Karate.graph
        let bounds = g._boundsToTarget(33, maxHops: nil, costOfEdge: g.edgeWeight.map { -log($0) },
                                       nodeBlocked: Self.blocked)
        #expect(bounds.hops == nil)
        let cost = try #require(bounds.cost)
        for v in 0 ..< 34 { #expect(abs(cost[v] - Self.cost[v]) <= 1e-12, "cost of \(v): \(cost[v]) vs \(Self.cost[v])") }
    }

    /// A node cut off by the avoided nodes gets no bound: a path 0–1–2 with 1 avoided; target 2.
    @Test func nodesBehindAvoidedOnesAreUnreached() throws {
        let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 0.5), (1, 2, 0.5)])
        let blocked = [false, true, false]
        let h = g._boundsToTarget(2, maxHops: 5, costOfEdge: [1, 1], nodeBlocked: blocked)
        #expect(h.hops == [Int32.max, 1, 0])
        let c = g._boundsToTarget(2, maxHops: nil, costOfEdge: [1, 1], nodeBlocked: blocked)
        #expect(c.cost == [.infinity, 1, 0])
    }

    /// Directed: the bounds follow arcs into the target. 0 → 1 → 2 and 2 → 0; target 2.
    @Test func directedBoundsFollowInArcs() throws {
        let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 1), (1, 2, 1), (2, 0, 1)], directed: true)
        let h = g._boundsToTarget(2, maxHops: 3, costOfEdge: [1, 1, 1], nodeBlocked: [false, false, false])
        #expect(h.hops == [2, 1, 0])
    }

    /// `_slot` against a linear scan of the row, for every ordered pair; `weight(from:to:)` reads it.
    @Test func slotLookUpMatchesALinearScan() {
        let g = Karate.graph
        for u in 0 ..< 34 {
            for v in 0 ..< 34 {
                let scanned = (g.offsets[u] ..< g.offsets[u + 1]).first { Int(g.targets[$0]) == v }
                #expect(g._slot(from: u, to: v) == scanned, "slot of \(u)→\(v)")
                #expect(g.weight(from: u, to: v) == scanned.map { g.weights[$0] })
            }
        }
    }
}
