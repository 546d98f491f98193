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
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [Int] = []
        var rootChildren = 0
        _lowLinkDFS(roots: 0 ..< n, discovered: { _, isRoot in if isRoot { rootChildren = 0 } },
                    closed: { parent, child, via, root, discovery, low in
            if parent == root { rootChildren += 1 }
            if low[child] > discovery[parent] { bridges.append(Int(via)) }
            if parent != root && low[child] >= discovery[parent] { isCut[parent] = true }
        }, finished: { root in if rootChildren > 1 { isCut[root] = true } })
        bridges.sort()
        return (bridges, (0 ..< n).filter { isCut[$0] })
    }

    /// The iterative depth-first search with Tarjan's low links that `_lowLinkSearch` and
    /// `cutOffCounts` share: one tree per component, from each not yet discovered node of `roots`
    /// in turn. It skips the edge it arrived by *by edge id*, not by parent node (right for
    /// multigraphs too), and calls
    /// - `discovered(v, isRoot)` when v is first reached;
    /// - `closed(parent, child, via, root, discovery, low)` when the tree edge `via` from parent to
    ///   child is closed: child's subtree is done and its low link final, and parent's low link
    ///   already takes it in;
    /// - `finished(root)` when root's tree is done.
    ///
    /// - Complexity: O(*n* + *m*) time, O(*n*) scratch; no recursion.
    func _lowLinkDFS(roots: some Sequence<Int>, discovered: (_ node: Int, _ isRoot: Bool) -> Void,
                     closed: (_ parent: Int, _ child: Int, _ via: Int32, _ root: Int,
                              _ discovery: [Int32], _ low: [Int32]) -> Void,
                     finished: (_ root: Int) -> Void) {
        let n = nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        // Frame: node, next slot to scan, the edge id we arrived by (−1 at the root).
        var frames = [(node: Int, slot: Int, via: Int32)]()
        var time: Int32 = 0
        for root in roots where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            discovered(root, true)
            frames.append((root, offsets[root], -1))
            while let top = frames.last {
                let v = top.node
                if top.slot < offsets[v + 1] {
                    frames[frames.count - 1].slot += 1
                    let slot = top.slot
                    if slotEdge[slot] == top.via { continue }   // the tree edge back to the parent
                    let w = Int(targets[slot])
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        discovered(w, false)
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
                closed(p, v, top.via, root, discovery, low)
            }
            finished(root)
        }
    }
}
