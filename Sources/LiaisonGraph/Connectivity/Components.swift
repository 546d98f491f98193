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
    /// Union–find over the edge list (Tarjan 1975; path halving, the larger root linked under the
    /// smaller, so every root is the smallest node of its set): the edge arrays are read in order
    /// and each edge is seen once, where a BFS reads every adjacency slot (each edge twice) at
    /// random. Components are then numbered in the order of their smallest node.
    ///
    /// - Complexity: O(*m* α(*n*) + *n*) time, O(*n*) scratch.
    /// - Note: Matches `nx.connected_components(G)` / `nx.weakly_connected_components(G)`.
    ///
    /// [Tarjan 1975]: https://doi.org/10.1145/321879.321884
    public func connectedComponents() -> Components {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        let parent = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(n, 1))
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
        edgeSource.withUnsafeBufferPointer { sources in
            edgeTarget.withUnsafeBufferPointer { targets in
                for e in 0 ..< sources.count {
                    let a = find(sources[e]), b = find(targets[e])
                    if a < b { parent[Int(b)] = a } else if b < a { parent[Int(a)] = b }
                }
            }
        }
        label.withUnsafeMutableBufferPointer { label in
            for v in 0 ..< n {
                let r = Int(find(Int32(v)))
                if r == v { label[v] = count; count += 1 } else { label[v] = label[r] }
            }
        }
        return Components(rawLabels: label, count: Int(count))
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
