//===----------------------------------------------------------------------===//
// connectedComponents(), stronglyConnectedComponents()
//===----------------------------------------------------------------------===//

/// A partition of the nodes into components.
public struct Components: Sendable, Equatable {
    /// `label[v]`: the component of node v, numbered 0 ..< count in order of each component's
    /// smallest node.
    public let label: [Int32]
    public let count: Int

    /// The members of every component, each sorted, components in label order.
    public var members: [[Int]] {
        var groups = [[Int]](repeating: [], count: count)
        for (v, c) in label.enumerated() { groups[Int(c)].append(v) }
        return groups
    }

    /// Labels already numbered in the order of each component's smallest node.
    init(orderedLabels: [Int32], count: Int) {
        self.label = orderedLabels
        self.count = count
    }

    /// Relabels so that components are numbered by their smallest node.
    init(rawLabels: [Int32], count: Int) {
        var rename = [Int32](repeating: -1, count: count)
        var next: Int32 = 0
        var label = rawLabels
        for v in 0 ..< label.count {
            let c = Int(rawLabels[v])
            if rename[c] < 0 { rename[c] = next; next += 1 }
            label[v] = rename[c]
        }
        self.label = label
        self.count = count
    }
}

extension Graph {
    /// Connected components; for a directed graph the *weakly* connected ones (arcs read both ways).
    ///
    ///     try Graph(nodeCount: 4, edges: [(0, 1), (2, 3)]).connectedComponents().members   // [[0, 1], [2, 3]]
    ///
    /// Union–find with subgraph sampling (Afforest: Sutton, Ben-Nun & Barak 2018). Links are made
    /// root to root, the larger root under the smaller (so every root is the smallest node of its
    /// set), with path halving (Tarjan & van Leeuwen 1984):
    /// 1. link every node to its first `sampledNeighbors` neighbours and flatten the forest;
    /// 2. the set holding the most nodes after that is usually the giant component: its members'
    ///    remaining edges are skipped, since each such edge either stays inside the set or is seen
    ///    again from its other end, which is outside the set (for a directed graph: in that node's
    ///    in-row, which is why the in-rows of nodes outside the set are read in full);
    /// 3. the remaining edges of every other node are linked.
    /// On a graph with a giant component this touches O(*n*) edges instead of all *m*. Components
    /// are then numbered in the order of their smallest node.
    ///
    /// - Complexity: O(*m* α(*n*) + *n*) time in the worst case, O(*n*) scratch.
    /// - Note: Matches `nx.connected_components(G)` / `nx.weakly_connected_components(G)`.
    ///
    /// [Sutton et al. 2018]: https://doi.org/10.1109/IPDPS.2018.00108
    /// [Tarjan & van Leeuwen 1984]: https://doi.org/10.1145/62.2160
    public func connectedComponents() -> Components {
        let n = nodeCount
        guard n > 0 else { return Components(orderedLabels: [], count: 0) }
        let sampledNeighbors = 2
        let parent = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        defer { parent.deallocate() }
        for v in 0 ..< n { parent[v] = Int32(v) }
        @inline(__always) func find(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                let grand = parent[Int(parent[Int(x)])]
                parent[Int(x)] = grand
                x = grand
            }
            return x
        }
        @inline(__always) func link(_ a: Int32, _ b: Int32) {
            let ra = find(a), rb = find(b)
            if ra < rb { parent[Int(rb)] = ra } else if rb < ra { parent[Int(ra)] = rb }
        }
        var label = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        inOffsets.withUnsafeBufferPointer { inOffsets in
        inSources.withUnsafeBufferPointer { inSources in
            // 1. Sampled neighbours, round by round (Afforest's order: it merges most sets early).
            for round in 0 ..< sampledNeighbors {
                for u in 0 ..< n where offsets[u] + round < offsets[u + 1] {
                    link(Int32(u), targets[offsets[u] + round])
                }
            }
            for v in 0 ..< n { parent[v] = find(Int32(v)) }
            // 2. The largest set so far.
            var size = [Int32](repeating: 0, count: n)
            var giant: Int32 = 0
            for v in 0 ..< n {
                let r = Int(parent[v])
                size[r] += 1
                if size[r] > size[Int(giant)] { giant = Int32(r) }
            }
            // 3. Every other node's remaining edges.
            for u in 0 ..< n where find(Int32(u)) != giant {
                for slot in min(offsets[u] + sampledNeighbors, offsets[u + 1]) ..< offsets[u + 1] {
                    link(Int32(u), targets[slot])
                }
                if isDirected {
                    for slot in inOffsets[u] ..< inOffsets[u + 1] { link(Int32(u), inSources[slot]) }
                }
            }
        }
        }
        }
        }
        label.withUnsafeMutableBufferPointer { label in
            for v in 0 ..< n {
                let r = Int(find(Int32(v)))
                if r == v { label[v] = count; count += 1 } else { label[v] = label[r] }
            }
        }
        // Roots are the smallest nodes of their sets, so the labels are already in order.
        return Components(orderedLabels: label, count: Int(count))
    }

    /// Strongly connected components (Tarjan 1972, iterative: an explicit stack of (node, next
    /// slot) frames, so deep graphs cannot overflow the call stack). For undirected graphs they
    /// equal the connected components.
    ///
    ///     try Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
    ///         .stronglyConnectedComponents().members   // [[0, 1], [2]]
    ///
    /// - Complexity: O(*n* + *m*) time, O(*n*) scratch.
    /// - Note: Matches `nx.strongly_connected_components(G)`.
    ///
    /// [Tarjan 1972]: https://doi.org/10.1137/0201010
    public func stronglyConnectedComponents() -> Components {
        guard isDirected else { return connectedComponents() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack = [Int32]()
        var frames = [(node: Int, slot: Int)]()
        var counter: Int32 = 0, count: Int32 = 0
        for root in 0 ..< n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            frames.append((root, offsets[root]))
            while let top = frames.last {
                let v = top.node
                if top.slot < offsets[v + 1] {
                    frames[frames.count - 1].slot += 1
                    let w = Int(targets[top.slot])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((w, offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    while true {
                        let w = Int(stack.removeLast())
                        onStack[w] = false
                        label[w] = count
                        if w == v { break }
                    }
                    count += 1
                }
            }
        }
        return Components(rawLabels: label, count: Int(count))
    }
}
