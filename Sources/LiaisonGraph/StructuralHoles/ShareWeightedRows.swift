//===----------------------------------------------------------------------===//
// _valuesOverShareWeightedRows: one value per node from its neighbours' shares
//===----------------------------------------------------------------------===//

extension Graph {
    /// For every node i with `strength[i] > 0`: `value(i, row, share)` with `row` i's slots and
    /// `share[q]` = w_iq / strength[i] for q ∈ N(i), 0 elsewhere; NaN for the other nodes. The
    /// skeleton of Burt's constraint and effective size, whose values are sums over i's row of
    /// `_commonNeighbourSum` terms.
    ///
    /// The nodes are shared among the active cores (`_parallelMap`), each worker with its own
    /// `share` scratch, cleared after each node; the values do not depend on the number of workers.
    ///
    /// - Complexity: O(*m*) for the shares plus the cost of `value`; O(*n*) scratch per worker.
    func _valuesOverShareWeightedRows(strength: [Double],
                                      _ value: (_ i: Int, _ row: Range<Int>, _ share: [Double]) -> Double) -> [Double] {
        let n = nodeCount
        return _parallelMap(count: n, work: edgeCount / 100_000 + 1,
                            scratch: { [Double](repeating: 0, count: n) }) { i, share in
            guard strength[i] > 0 else { return .nan }
            let row = offsets[i] ..< offsets[i + 1]
            for slot in row { share[Int(targets[slot])] = weights[slot] / strength[i] }
            defer { for slot in row { share[Int(targets[slot])] = 0 } }
            return value(i, row, share)
        }
    }
}
