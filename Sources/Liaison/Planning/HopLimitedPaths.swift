//===----------------------------------------------------------------------===//
// HopLimitedPaths: the cheapest path of at most H edges from one node to every node
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// One bounded search from the planner's owner shared by every target: for each node, the least
/// total cost of a path of at most `maxHops` edges from `source`, with the planner's rules — no
/// node in `avoiding` as an inner node (it may end a path), no step in `declined`.
///
/// Algorithm: hop-layered Bellman–Ford. Layer k holds the least cost with at most k edges; it is
/// layer k − 1 relaxed along the out-edges of the nodes that improved in layer k − 1. With
/// non-negative costs the least-cost walk is a simple path (drop any cycle: the cost does not
/// rise, no step is added), so the cost equals that of Yen's first path for the same rules.
/// - Complexity: O(H · m) time, O(H · n) memory for the predecessors.
struct HopLimitedPaths {
    /// Least cost with at most `maxHops` edges (+∞: none).
    private(set) var cost: [Double]
    /// pred[k][v]: the node before v on the best path of at most k + 1 edges when layer k + 1
    /// improved v; −1 when it did not (then layer k's path stands).
    private var pred: [[Int32]]
    let source: Int

    init(costs g: Graph, source: Int, maxHops: Int, avoiding: [Bool], declined: Set<Int>) {
        let n = g.nodeCount
        self.source = source
        var dist = [Double](repeating: .infinity, count: n)
        dist[source] = 0
        var frontier = [source]
        var inNext = [Bool](repeating: false, count: n)
        pred = []
        for _ in 0 ..< max(0, maxHops) where !frontier.isEmpty {
            var next = dist
            var layer = [Int32](repeating: -1, count: n)
            var improved = [Int]()
            for u in frontier where u == source || !avoiding[u] {
                let du = dist[u]
                for slot in g.offsets[u] ..< g.offsets[u + 1] {
                    let v = Int(g.targets[slot])
                    if !declined.isEmpty && declined.contains(u &* n &+ v) { continue }
                    let c = du + g.weights[slot]
                    if c < next[v] {
                        next[v] = c
                        layer[v] = Int32(u)
                        if !inNext[v] { inNext[v] = true; improved.append(v) }
                    }
                }
            }
            for v in improved { inNext[v] = false }
            dist = next
            pred.append(layer)
            frontier = improved
        }
        cost = dist
    }

    /// The best path to `target` (source first), nil when none has at most `maxHops` edges.
    func path(to target: Int) -> [Int]? {
        guard cost[target].isFinite else { return nil }
        var nodes = [target]
        var v = target, k = pred.count - 1
        while v != source {
            while k >= 0 && pred[k][v] < 0 { k -= 1 }
            guard k >= 0 else { return nil }
            v = Int(pred[k][v])
            nodes.append(v)
            k -= 1
        }
        return nodes.reversed()
    }
}
