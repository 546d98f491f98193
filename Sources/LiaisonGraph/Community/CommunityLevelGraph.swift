//===----------------------------------------------------------------------===//
// The level graph the multilevel community algorithms work on
//===----------------------------------------------------------------------===//

/// An undirected weighted graph in CSR that, unlike `Graph`, keeps one self-loop weight per node:
/// aggregating communities into nodes turns their internal edges into self-loops.
///
/// Conventions follow NetworkX: a self-loop of weight *w* adds 2*w* to its node's strength and *w*
/// to the total weight *m* and to the internal weight of its community.
struct CommunityLevelGraph {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// Self-loop weight per node (0 when none).
    var selfLoop: [Double]
    /// Strength per node: Σ incident weights + 2 × self-loop.
    var strength: [Double]
    /// Total edge weight *m* (self-loops once).
    var totalWeight: Double

    /// The level-0 graph of `graph`, read as undirected (arcs u→v and v→u are summed when directed).
    init(_ graph: Graph) {
        if !graph.isDirected {
            self.init(nodeCount: graph.nodeCount, offsets: graph.offsets, targets: graph.targets,
                      weights: graph.weights, selfLoop: [Double](repeating: 0, count: graph.nodeCount))
            return
        }
        // Symmetrise: group the arcs by unordered pair, summing weights.
        var src = [Int32](), tgt = [Int32](), w = [Double]()
        for e in 0 ..< graph.edgeCount {
            src.append(graph.edgeSource[e]); tgt.append(graph.edgeTarget[e]); w.append(graph.edgeWeight[e])
        }
        let undirected = try! Graph(nodeCount: graph.nodeCount, sources: src, targets: tgt, weights: w)
        self.init(undirected)
    }

    init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double], selfLoop: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        var strength = [Double](repeating: 0, count: nodeCount)
        var twiceM = 0.0
        for u in 0 ..< nodeCount {
            var s = 2 * selfLoop[u]
            for slot in offsets[u] ..< offsets[u + 1] { s += weights[slot] }
            strength[u] = s
            twiceM += s
        }
        self.strength = strength
        self.totalWeight = twiceM / 2
    }

    /// The graph whose nodes are the communities of `labels` (dense, `0 ..< count`): edges between
    /// communities summed, internal edges and self-loops summed into the community's self-loop.
    ///
    /// - Complexity: O(*n* + *m*) with a sparse accumulator.
    func aggregated(labels: [Int32], count: Int) -> CommunityLevelGraph {
        // Nodes of each community, by counting sort.
        var start = [Int](repeating: 0, count: count + 1)
        for c in labels { start[Int(c) + 1] += 1 }
        for c in 0 ..< count { start[c + 1] += start[c] }
        var fill = start
        var nodesOf = [Int32](repeating: 0, count: nodeCount)
        for u in 0 ..< nodeCount { let c = Int(labels[u]); nodesOf[fill[c]] = Int32(u); fill[c] += 1 }

        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets = [Int32](), newWeights = [Double]()
        newTargets.reserveCapacity(targets.count / 2)
        newWeights.reserveCapacity(targets.count / 2)
        var newSelf = [Double](repeating: 0, count: count)
        var acc = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched = [Int32]()
        for c in 0 ..< count {
            touched.removeAll(keepingCapacity: true)
            for i in start[c] ..< start[c + 1] {
                let u = Int(nodesOf[i])
                newSelf[c] += selfLoop[u]
                for slot in offsets[u] ..< offsets[u + 1] {
                    let d = Int(labels[Int(targets[slot])])
                    if d == c { newSelf[c] += weights[slot] / 2; continue }
                    if !seen[d] { seen[d] = true; touched.append(Int32(d)) }
                    acc[d] += weights[slot]
                }
            }
            touched.sort()
            for d in touched {
                newTargets.append(d); newWeights.append(acc[Int(d)])
                acc[Int(d)] = 0; seen[Int(d)] = false
            }
            newOffsets[c + 1] = newTargets.count
        }
        return CommunityLevelGraph(nodeCount: count, offsets: newOffsets, targets: newTargets,
                                   weights: newWeights, selfLoop: newSelf)
    }

    /// Modularity of dense `labels` on this level graph (same formula as `Graph.modularity`).
    func modularity(labels: [Int32], count: Int, resolution: Double) -> Double {
        let m = totalWeight
        guard m > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: count), total = [Double](repeating: 0, count: count)
        for u in 0 ..< nodeCount {
            let c = Int(labels[u])
            total[c] += strength[u]
            inside[c] += selfLoop[u]
            for slot in offsets[u] ..< offsets[u + 1] where Int(targets[slot]) > u {
                if labels[Int(targets[slot])] == labels[u] { inside[c] += weights[slot] }
            }
        }
        var q = 0.0
        for c in 0 ..< count { q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m)) }
        return q
    }
}

/// Renumbers labels densely in order of first appearance; returns the count.
func densify(_ labels: inout [Int32]) -> Int {
    var map = [Int32](repeating: -1, count: labels.count)
    var next: Int32 = 0
    for i in labels.indices {
        let l = Int(labels[i])
        if map[l] < 0 { map[l] = next; next += 1 }
        labels[i] = map[l]
    }
    return Int(next)
}
