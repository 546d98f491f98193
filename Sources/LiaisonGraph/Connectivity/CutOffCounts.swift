//===----------------------------------------------------------------------===//
// cutOffCounts(anchor:)
//===----------------------------------------------------------------------===//

extension Graph {
    /// For each node *v*, how many other nodes of its component are cut off when *v* is removed.
    ///
    /// Without an anchor, "cut off" means outside the largest piece that remains: removing *v*
    /// splits its component (less *v*) into pieces, and the count is the component's size − 1
    /// less the largest piece. With an anchor *a*, it means the nodes that lose every path to *a*;
    /// nodes outside *a*'s component count 0, and *a* itself is counted as without an anchor.
    /// A node that is not an articulation point cuts nothing off (0), an isolated node too.
    ///
    ///     // 0 – 1 – 2 – 3, and 1 – 4
    ///     let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (1, 4)])
    ///     g.cutOffCounts()            // [0, 2, 1, 0, 0]  (removing 1 leaves {0}, {2, 3}, {4})
    ///     g.cutOffCounts(anchor: 0)   // [0, 3, 1, 0, 0]
    ///
    /// One iterative depth-first search per component, rooted at the anchor where there is one,
    /// with Tarjan's low links (Hopcroft & Tarjan 1973) and subtree sizes: a DFS child *c* of *v*
    /// with low(*c*) ≥ disc(*v*) is a piece of its own of size sub(*c*) once *v* is gone, and the
    /// rest of the component (the parent's side and the children whose subtrees climb above *v*)
    /// is one more piece; at the root every child's subtree is a piece. So the anchor, being the
    /// root, is always in the "rest" piece, and what it loses is the sum of the separated
    /// subtrees. The same decomposition as the block–cut tree, without building it.
    ///
    /// - Complexity: O(*n* + *m*) time, O(*n*) scratch — against O(*n* · (*n* + *m*)) for one
    ///   search per articulation point with that point removed.
    /// - Precondition: undirected; `anchor` a node index if given.
    /// - Note: NetworkX has no single call for it; it equals, for each articulation point *v*,
    ///   the component size − 1 less the size of the largest (or the anchor's) connected
    ///   component of `G.subgraph(set(comp) - {v})`.
    ///
    /// [Hopcroft & Tarjan 1973]: https://doi.org/10.1145/362248.362272
    public func cutOffCounts(anchor: Int? = nil) -> [Int] {
        precondition(!isDirected, "cut-off counts need an undirected graph; call undirected() first")
        let n = nodeCount
        if let anchor { precondition(anchor >= 0 && anchor < n, "anchor \(anchor) is not a node") }
        var result = [Int](repeating: 0, count: n)
        var size = [Int32](repeating: 1, count: n)       // subtree size, final once the node is left
        var separated = [Int32](repeating: 0, count: n)  // nodes in the subtrees of separated children
        var largestChild = [Int32](repeating: 0, count: n)  // the largest separated child's subtree
        var order = [Int32]()                            // the nodes of the current component
        let roots = anchor.map { [$0] + (0 ..< n).filter { $0 != anchor } } ?? Array(0 ..< n)
        _lowLinkDFS(roots: roots, discovered: { v, isRoot in
            if isRoot { order.removeAll(keepingCapacity: true) }
            order.append(Int32(v))
        }, closed: { p, v, _, _, discovery, low in
            size[p] += size[v]
            // At the root every child is separated (its low link cannot go below the root).
            if low[v] >= discovery[p] {
                separated[p] += size[v]
                largestChild[p] = max(largestChild[p], size[v])
            }
        }, finished: { root in
            if anchor != nil && anchor != root { return }   // outside the anchor's component: 0
            let total = Int(size[root]) - 1   // the component without the removed node
            for w in order {
                let v = Int(w)
                if v == root {
                    result[v] = total - Int(largestChild[v])
                } else if anchor != nil {
                    result[v] = Int(separated[v])
                } else {
                    let rest = total - Int(separated[v])
                    result[v] = total - max(rest, Int(largestChild[v]))
                }
            }
        })
        return result
    }
}
