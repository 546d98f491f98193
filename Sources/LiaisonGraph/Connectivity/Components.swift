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
    /// - Complexity: O(*n* + *m*) time (BFS), O(*n*) scratch.
    /// - Note: Matches `nx.connected_components(G)` / `nx.weakly_connected_components(G)`.
    public func connectedComponents() -> Components {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        // Raw buffers: the BFS touches every slot once, so bounds checks would be most of the work.
        // Every node enters the queue once, so one queue of n entries serves all the searches.
        let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(n, 1))
        defer { queue.deallocate() }
        label.withUnsafeMutableBufferPointer { label in
            _withRows(offsets, targets, weights) { out in
                _withRows(inOffsets, inSources, inWeights) { inn in
                    var tail = 0
                    for start in 0 ..< n where label[start] < 0 {
                        label[start] = count
                        var head = tail
                        queue[tail] = Int32(start); tail += 1
                        while head < tail {
                            let v = Int(queue[head]); head += 1
                            for slot in out.offsets[v] ..< out.offsets[v + 1] {
                                let w = out.adjacent[slot]
                                if label[Int(w)] < 0 { label[Int(w)] = count; queue[tail] = w; tail += 1 }
                            }
                            if isDirected {
                                for slot in inn.offsets[v] ..< inn.offsets[v + 1] {
                                    let w = inn.adjacent[slot]
                                    if label[Int(w)] < 0 { label[Int(w)] = count; queue[tail] = w; tail += 1 }
                                }
                            }
                        }
                        count += 1
                    }
                }
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
