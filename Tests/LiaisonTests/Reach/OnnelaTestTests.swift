import Testing
import LiaisonGraph
@testable import Liaison

/// Two strong triangles (weight 4) {0,1,2}, {3,4,5}, a weak bridge 2–3 (1) and a pendant 5–6 (2);
/// n = 7, m = 8. Fractions 0, 1/8, 2/8, 6/8, 1:
/// weak first: remove 2–3 → largest {3,4,5,6} = 4; then 5–6 → 3; all → 1.
/// strong first: one triangle edge gone → still 7; all six triangle edges gone → {2,3} or {5,6} = 2.
@Test func onnelaTestHandExample() throws {
    let g = try Graph(nodeCount: 7, sources: [0, 0, 1, 3, 3, 4, 2, 5], targets: [1, 2, 2, 4, 5, 5, 3, 6],
                      weights: [4, 4, 4, 4, 4, 4, 1, 2])
    let c = g.onnelaTest(fractions: [0, 0.125, 0.25, 0.75, 1], seed: 3)
    #expect(c.initialLargest == 7)
    #expect(c.weakFirst[0] == 1 && c.weakFirst[1] == 4.0 / 7 && c.weakFirst[2] == 3.0 / 7 && c.weakFirst[4] == 1.0 / 7)
    #expect(c.strongFirst[0] == 1 && c.strongFirst[1] == 1 && c.strongFirst[3] == 2.0 / 7 && c.strongFirst[4] == 1.0 / 7)
    #expect(c.weakTiesHoldTheNetworkTogether)
}

/// The union-find sweep equals a BFS recount after every prefix removal, on seeded random graphs.
@Test func largestComponentSweepMatchesRecount() throws {
    var rng = CommunityRNG(seed: 99)
    for _ in 0 ..< 20 {
        let n = 2 + rng.nextIndex(25), m = rng.nextIndex(3 * n)
        let src = (0 ..< m).map { _ in Int32(rng.nextIndex(n)) }, tgt = (0 ..< m).map { _ in Int32(rng.nextIndex(n)) }
        let g = try Graph(nodeCount: n, sources: src, targets: tgt)
        let order = rng.permutation(g.edgeCount)
        let fast = g.largestAfterRemoving(order: order)
        for k in 0 ... g.edgeCount {
            let kept = order[k...].map { (Int(g.edgeSource[Int($0)]), Int(g.edgeTarget[Int($0)])) }
            #expect(fast[k] == largestComponentByBFS(n, kept))
        }
    }
}

private func largestComponentByBFS(_ n: Int, _ edges: [(Int, Int)]) -> Int {
    var adj = [[Int]](repeating: [], count: n)
    for (a, b) in edges { adj[a].append(b); adj[b].append(a) }
    var seen = [Bool](repeating: false, count: n), best = 0
    for s in 0 ..< n where !seen[s] {
        var stack = [s], size = 0; seen[s] = true
        while let u = stack.popLast() { size += 1; for v in adj[u] where !seen[v] { seen[v] = true; stack.append(v) } }
        best = max(best, size)
    }
    return best
}
