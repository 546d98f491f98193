//===----------------------------------------------------------------------===//
// _rowsWithoutTwoHopShortcuts(_:): rows for distance searches without edges no shortest path uses
//===----------------------------------------------------------------------===//

/// CSR rows (as `offsets`, `targets`, lengths per slot) of a subgraph with the same shortest-path
/// distances as the graph it was cut from.
struct _DistanceRows {
    var offsets: [Int]
    var targets: [Int32]
    var length: [Double]
    /// Edges left out (each in both rows).
    var removedEdges: Int
}

extension Graph {
    /// The rows of this undirected graph without its *two-hop-dominated* edges: an edge u–v is
    /// left out when some common neighbour q gives a path u–q–v shorter than the edge itself, by
    /// more than the path tolerance (`_pathLengthLess(len(u,q) + len(q,v), len(u,v))`).
    ///
    /// Why distances stay the same: a shortest path never uses a dominated edge (replacing it by
    /// the two hops would make the path strictly shorter), so every shortest path of the graph is
    /// still there and no new path appears. This is the two-hop case of the *metric backbone*, the
    /// edges whose length equals the distance between their ends (Simas, Correia & Rocha 2021;
    /// "semi-metric edges", Simas & Rocha 2015): the full backbone needs a search per node, the
    /// two-hop test only the triangles. On tie-strength graphs (length 1/w) many weak ties close a
    /// triangle of two stronger ones: on the synthetic workspace W (20,000 contacts, 342,172 ties)
    /// 69 % of the slots of 300 sampled contacts go (the full metric backbone would drop 87 %), so
    /// each Dijkstra relaxes about a third as many edges.
    ///
    /// Distances are equal in exact arithmetic; in floating point a search on the pruned rows may
    /// pick another of several paths equal within the tolerance, so a distance can differ in its
    /// last bits. Used where that does not matter (estimates: `approximateCloseness`).
    ///
    /// Method: triangles by the forward algorithm (Schank & Wagner 2005; Latapy 2008): nodes are
    /// ranked by (degree, index), each edge is oriented towards the higher rank, and a triangle
    /// u < v < w is found once, at u, by marking u's higher neighbours and scanning v's; its three
    /// edges are tested against each other.
    ///
    /// - Parameter length: the length of each out-slot (equal in both slots of an edge).
    /// - Complexity: O(*m* · √*m*) time for the triangles (each node keeps at most √(2*m*) higher
    ///   neighbours), O(*n* + *m*) scratch; the rows keep their slot order.
    /// - Precondition: undirected.
    /// - Note: NetworkX has no twin; `nx.triangles` enumerates the same triangles.
    ///
    /// Simas, Correia & Rocha 2021, "The distance backbone of complex networks", J. Complex Networks 9(6).
    /// Schank & Wagner 2005, "Finding, counting and listing all triangles in large graphs", WEA 2005.
    func _rowsWithoutTwoHopShortcuts(_ length: [Double]) -> _DistanceRows {
        precondition(!isDirected, "two-hop pruning needs an undirected graph")
        precondition(length.count == targets.count, "one length per slot")
        let n = nodeCount
        @inline(__always) func above(_ u: Int, _ v: Int) -> Bool {
            let du = offsets[u + 1] - offsets[u], dv = offsets[v + 1] - offsets[v]
            return du < dv || (du == dv && u < v)
        }
        // Each node's slots towards higher-ranked neighbours.
        var upOffsets = [Int](repeating: 0, count: n + 1)
        for u in 0 ..< n {
            var c = 0
            for slot in offsets[u] ..< offsets[u + 1] where above(u, Int(targets[slot])) { c += 1 }
            upOffsets[u + 1] = upOffsets[u] + c
        }
        var upSlot = [Int](repeating: 0, count: upOffsets[n])
        for u in 0 ..< n {
            var k = upOffsets[u]
            for slot in offsets[u] ..< offsets[u + 1] where above(u, Int(targets[slot])) { upSlot[k] = slot; k += 1 }
        }
        var dominated = [Bool](repeating: false, count: edgeCount)
        var mark = [Int](repeating: -1, count: n)   // slot u→w for w above u, while u is processed
        for u in 0 ..< n {
            let up = upOffsets[u] ..< upOffsets[u + 1]
            for k in up { mark[Int(targets[upSlot[k]])] = upSlot[k] }
            for k in up {
                let uv = upSlot[k]
                let v = Int(targets[uv]), luv = length[uv]
                for k2 in upOffsets[v] ..< upOffsets[v + 1] {
                    let vw = upSlot[k2]
                    let uw = mark[Int(targets[vw])]
                    guard uw >= 0 else { continue }
                    let lvw = length[vw], luw = length[uw]
                    if _pathLengthLess(luw + lvw, luv) { dominated[Int(slotEdge[uv])] = true }
                    if _pathLengthLess(luv + lvw, luw) { dominated[Int(slotEdge[uw])] = true }
                    if _pathLengthLess(luv + luw, lvw) { dominated[Int(slotEdge[vw])] = true }
                }
            }
            for k in up { mark[Int(targets[upSlot[k]])] = -1 }
        }
        var rows = _DistanceRows(offsets: [Int](repeating: 0, count: n + 1), targets: [], length: [], removedEdges: 0)
        for d in dominated where d { rows.removedEdges += 1 }
        let kept = targets.count - 2 * rows.removedEdges
        rows.targets.reserveCapacity(kept)
        rows.length.reserveCapacity(kept)
        for u in 0 ..< n {
            for slot in offsets[u] ..< offsets[u + 1] where !dominated[Int(slotEdge[slot])] {
                rows.targets.append(targets[slot]); rows.length.append(length[slot])
            }
            rows.offsets[u + 1] = rows.targets.count
        }
        return rows
    }
}
