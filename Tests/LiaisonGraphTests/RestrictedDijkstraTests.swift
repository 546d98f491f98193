import Testing
@testable import LiaisonGraph

/// 0–1–2–3 with unit costs and a direct 0–3 of cost 5; node 4 hangs off 3.
private func sample() throws -> Graph {
    try Graph(nodeCount: 5, sources: [0, 1, 2, 0, 3], targets: [1, 2, 3, 3, 4], weights: [1, 1, 1, 5, 1])
}

private func run(_ g: Graph, _ search: inout RestrictedDijkstra, _ s: Int, _ t: Int, maxHops: Int? = nil,
                 blockedNodes: [Int] = [], blockedArcs: [(Int, Int)] = []) -> (cost: Double, nodes: [Int32])? {
    var nodeBlocked = [Bool](repeating: false, count: g.nodeCount)
    for v in blockedNodes { nodeBlocked[v] = true }
    var slotBlocked = [Bool](repeating: false, count: g.targets.count)
    for (u, v) in blockedArcs { slotBlocked[g._slot(from: u, to: v)!] = true }
    return search.shortestPath(in: g, slotCost: g.weights, from: s, to: t, maxHops: maxHops,
                               nodeBlocked: nodeBlocked, slotBlocked: slotBlocked)
}

@Test func spurSearchHonoursHopsBlocksAndReusesScratch() throws {
    let g = try sample()
    var search = RestrictedDijkstra(nodeCount: g.nodeCount)
    // Unrestricted: 0-1-2-3 (cost 3) beats 0-3 (cost 5).
    #expect(run(g, &search, 0, 3)! == (3, [0, 1, 2, 3]))
    // Two hops at most: only 0-3 remains.
    #expect(run(g, &search, 0, 3, maxHops: 2)! == (5, [0, 3]))
    #expect(run(g, &search, 0, 4, maxHops: 2)! == (6, [0, 3, 4]))
    #expect(run(g, &search, 0, 4, maxHops: 1) == nil)
    // Blocked node 2 and blocked arc 0→3.
    #expect(run(g, &search, 0, 4, blockedNodes: [2])! == (6, [0, 3, 4]))
    #expect(run(g, &search, 0, 3, blockedNodes: [2], blockedArcs: [(0, 3)]) == nil)
    // A blocked target is still entered.
    #expect(run(g, &search, 0, 3, blockedNodes: [3])! == (3, [0, 1, 2, 3]))
    // The arc 3→0 stays usable when 0→3 is blocked.
    #expect(run(g, &search, 4, 0, blockedArcs: [(0, 3), (2, 1)])! == (6, [4, 3, 0]))
    // Same answers after many searches: the scratch is reset between calls.
    #expect(run(g, &search, 0, 3)! == (3, [0, 1, 2, 3]))
    #expect(run(g, &search, 2, 2)! == (0, [2]))
}

@Test func hopLimitedSearchFindsCheapestWithinLimitNotFewestHops() throws {
    // 0→3 direct costs 10; 0-1-3 costs 4 (2 hops); 0-1-2-3 costs 3 (3 hops).
    let g = try Graph(nodeCount: 4, sources: [0, 0, 1, 1, 2], targets: [3, 1, 3, 2, 3], weights: [10, 2, 2, 0.5, 0.5])
    var search = RestrictedDijkstra(nodeCount: 4)
    #expect(run(g, &search, 0, 3, maxHops: 3)! == (3, [0, 1, 2, 3]))
    #expect(run(g, &search, 0, 3, maxHops: 2)! == (4, [0, 1, 3]))
    #expect(run(g, &search, 0, 3, maxHops: 1)! == (10, [0, 3]))
}
