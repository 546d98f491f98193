//===----------------------------------------------------------------------===//
// bridges(), articulationPoints()
//===----------------------------------------------------------------------===//

extension Graph {
    /// The bridges: edges whose removal disconnects their component (Tarjan 1974, low-link DFS).
    ///
    ///     let g = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
    ///     g.bridges()   // [3]   (edge id of 2–3)
    ///
    /// The DFS is iterative (no recursion depth limit) and skips the edge it arrived by *by edge
    /// id*, not by parent node, so the result stays right if a multigraph ever reaches it.
    ///
    /// - Returns: edge ids (`edgeSource[e]`–`edgeTarget[e]`), ascending.
    /// - Complexity: O(*n* + *m*) time, O(*n*) scratch.
    /// - Precondition: undirected (use `undirected()` for a directed network).
    /// - Note: Matches `nx.bridges(G)`.
    ///
    /// [Tarjan 1974]: https://doi.org/10.1016/0020-0190(74)90003-9
    public func bridges() -> [Int] { _lowLinkSearch().bridges }

    /// The articulation points (cut vertices): nodes whose removal disconnects their component.
    ///
    ///     let g = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
    ///     g.articulationPoints()   // [2]
    ///
    /// - Returns: node indices, ascending.
    /// - Complexity: O(*n* + *m*) time, O(*n*) scratch.
    /// - Precondition: undirected.
    /// - Note: Matches `nx.articulation_points(G)` (as a set).
    public func articulationPoints() -> [Int] { _lowLinkSearch().articulationPoints }

    /// One iterative DFS computing discovery times and low links.
    func _lowLinkSearch() -> (bridges: [Int], articulationPoints: [Int]) {
        precondition(!isDirected, "bridges and articulation points need an undirected graph; call undirected() first")
        let n = nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [Int] = []
        // Frame: node, next slot to scan, the edge id we arrived by (−1 at the root).
        var frames = [(node: Int, slot: Int, via: Int32)]()
        var time: Int32 = 0
        for root in 0 ..< n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            frames.append((root, offsets[root], -1))
            var rootChildren = 0
            while let top = frames.last {
                let v = top.node
                if top.slot < offsets[v + 1] {
                    frames[frames.count - 1].slot += 1
                    let slot = top.slot
                    if slotEdge[slot] == top.via { continue }   // the tree edge back to the parent
                    let w = Int(targets[slot])
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        if v == root { rootChildren += 1 }
                        frames.append((w, offsets[w], slotEdge[slot]))
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                    continue
                }
                frames.removeLast()
                guard let parent = frames.last else { break }
                let p = parent.node
                low[p] = min(low[p], low[v])
                if low[v] > discovery[p] { bridges.append(Int(top.via)) }
                if p != root && low[v] >= discovery[p] { isCut[p] = true }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        bridges.sort()
        return (bridges, (0 ..< n).filter { isCut[$0] })
    }
}
