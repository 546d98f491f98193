//===----------------------------------------------------------------------===//
// RestrictedDijkstra: Yen's spur search (blocked nodes, blocked arcs, a hop limit)
//===----------------------------------------------------------------------===//

/// One shortest path from `source` to `target` on non-negative arc costs, avoiding blocked nodes
/// and blocked arcs (out-row slots), optionally with at most `maxHops` arcs. Scratch space is
/// allocated once and reused by every call, so that Yen's *n* spur searches per path allocate
/// nothing in steady state.
///
/// Without a hop limit this is Dijkstra's algorithm (Dijkstra 1959) with a lazy binary heap. With
/// a hop limit *H* it is the label-setting search over states (node, hops) of the
/// resource-constrained shortest path problem: labels pop in order of `(cost, hops, insertion)`;
/// a label (v, h) is settled only if v was not yet settled with fewer than h hops, and it is not
/// pushed when a waiting label of v is at least as cheap with at most as many hops. The first label
/// of `target` to pop is a cheapest path with ≤ *H* arcs; among equal costs, one with fewest arcs.
/// Labels of one path never repeat a node (a repeat would be dominated), so the path is simple.
///
/// Both modes accept lower bounds to the target computed once per Yen sequence (hop distances,
/// cost distances on the unblocked graph): blocks only lengthen paths, so the bounds stay valid for
/// every spur search, and they confine each search to nodes that can still reach the target.
///
/// - Complexity: O(*m* + *n* log *n*) without a hop limit; O(*H*(*m* + *n* log *n*)) with one
///   (each node settles at most *H* + 1 times). Scratch O(*n*) plus the labels created.
/// - Note: NetworkX's twin is `_bidirectional_dijkstra(G, s, t, ignore_nodes, ignore_edges)` in
///   networkx/algorithms/simple_paths.py (no hop limit there). Among paths of equal cost the two
///   may return different ones.
///
/// [Dijkstra 1959]: https://doi.org/10.1007/BF01386390
/// [Hart, Nilsson & Raphael 1968]: https://doi.org/10.1109/TSSC.1968.300136
struct RestrictedDijkstra: Sendable {
    private struct Key: Comparable, Sendable {
        /// cost so far + the lower bound to the target (A*), or the cost so far.
        var priority: Double
        var hops: Int32
        var label: Int32
        static func < (a: Key, b: Key) -> Bool {
            if a.priority != b.priority { return a.priority < b.priority }
            if a.hops != b.hops { return a.hops < b.hops }
            return a.label < b.label
        }
    }

    private static let unset = Int32.max

    // Per node, reset through `touched` after each search.
    private var settledHops: [Int32]
    private var waitingCost: [Double]
    private var waitingHops: [Int32]
    private var touched: [Int32] = []
    // Labels of the current search.
    private var labelNode: [Int32] = []
    private var labelHops: [Int32] = []
    private var labelCost: [Double] = []
    private var labelParent: [Int32] = []
    private var heap = BinaryMinHeap<Key>()

    init(nodeCount: Int) {
        settledHops = [Int32](repeating: Self.unset, count: nodeCount)
        waitingCost = [Double](repeating: .infinity, count: nodeCount)
        waitingHops = [Int32](repeating: Self.unset, count: nodeCount)
    }

    /// The cheapest path and its cost, or `nil` when `target` cannot be reached.
    ///
    /// - Parameters:
    ///   - slotCost: cost of every out-row slot of `graph` (finite, ≥ 0).
    ///   - nodeBlocked: nodes the path may not enter (`target` is entered even when blocked).
    ///   - slotBlocked: arcs (out-row slots) the path may not use.
    ///   - maxHops: at most this many arcs, or `nil` for no limit.
    ///   - hopsToTarget: optional lower bounds on the arcs from each node to `target` (e.g. hop
    ///     distances without the blocks); with `maxHops`, a label (v, h) is never created when
    ///     h + hopsToTarget[v] > maxHops — exact pruning, since it can never reach the target in time.
    ///   - costToTarget: optional lower bounds on the cost from each node to `target` (e.g. the
    ///     distances without the blocks, which are consistent): labels are then ordered by cost +
    ///     bound (A*, Hart, Nilsson & Raphael 1968), and nodes with an infinite bound are skipped.
    mutating func shortestPath(in graph: Graph, slotCost: [Double], from source: Int, to target: Int,
                               maxHops: Int?, nodeBlocked: [Bool], slotBlocked: [Bool],
                               hopsToTarget: [Int32]? = nil, costToTarget: [Double]? = nil) -> (cost: Double, nodes: [Int32])? {
        if source == target { return (0, [Int32(source)]) }
        if let maxHops, maxHops <= 0 { return nil }
        if let maxHops, let bound = hopsToTarget, Int(bound[source]) > maxHops { return nil }
        if let bound = costToTarget, !bound[source].isFinite { return nil }
        defer { reset() }
        let bounded = maxHops != nil
        let limit = Int32(clamping: maxHops ?? Int(Int32.max))
        let t32 = Int32(target)

        addLabel(node: Int32(source), hops: 0, cost: 0, parent: -1, bound: costToTarget?[source] ?? 0)
        waitingCost[source] = 0
        waitingHops[source] = 0
        touched.append(Int32(source))

        while let key = heap.popMin() {
            let label = Int(key.label)
            let v = Int(labelNode[label]), h = labelHops[label], d = labelCost[label]
            if bounded ? h >= settledHops[v] : settledHops[v] != Self.unset { continue }
            settledHops[v] = h
            if v == target { return (d, path(endingAt: label)) }
            if h >= limit { continue }
            let nh = h + 1
            for slot in graph.offsets[v] ..< graph.offsets[v + 1] {
                if slotBlocked[slot] { continue }
                let w32 = graph.targets[slot]
                let w = Int(w32)
                if nodeBlocked[w] && w32 != t32 { continue }
                let nd = d + slotCost[slot]
                if bounded, let bound = hopsToTarget, bound[w] > limit - nh { continue }
                if let bound = costToTarget, !bound[w].isFinite { continue }
                if bounded {
                    if nh >= settledHops[w] { continue }
                    if nd >= waitingCost[w] && nh >= waitingHops[w] { continue }
                } else {
                    if settledHops[w] != Self.unset || nd >= waitingCost[w] { continue }
                }
                if waitingHops[w] == Self.unset && settledHops[w] == Self.unset { touched.append(w32) }
                if nd < waitingCost[w] || (nd == waitingCost[w] && nh < waitingHops[w]) {
                    waitingCost[w] = nd
                    waitingHops[w] = nh
                }
                addLabel(node: w32, hops: nh, cost: nd, parent: Int32(label), bound: costToTarget?[w] ?? 0)
            }
        }
        return nil
    }

    private mutating func addLabel(node: Int32, hops: Int32, cost: Double, parent: Int32, bound: Double) {
        let label = Int32(labelNode.count)
        labelNode.append(node)
        labelHops.append(hops)
        labelCost.append(cost)
        labelParent.append(parent)
        heap.push(Key(priority: cost + bound, hops: hops, label: label))
    }

    private func path(endingAt label: Int) -> [Int32] {
        var nodes = [Int32]()
        var l = label
        while l >= 0 {
            nodes.append(labelNode[l])
            l = Int(labelParent[l])
        }
        nodes.reverse()
        return nodes
    }

    /// Loop invariant between searches: every per-node array holds its initial value and the label
    /// arrays and heap are empty; only the nodes in `touched` can differ, so resetting them suffices.
    private mutating func reset() {
        for v in touched {
            settledHops[Int(v)] = Self.unset
            waitingCost[Int(v)] = .infinity
            waitingHops[Int(v)] = Self.unset
        }
        touched.removeAll(keepingCapacity: true)
        labelNode.removeAll(keepingCapacity: true)
        labelHops.removeAll(keepingCapacity: true)
        labelCost.removeAll(keepingCapacity: true)
        labelParent.removeAll(keepingCapacity: true)
        heap.removeAll()
    }
}
