//===----------------------------------------------------------------------===//
// _valuesOverShareWeightedRows: one value per node from its neighbours' shares
//===----------------------------------------------------------------------===//

extension Graph {
    /// For every node i with `strength[i] > 0`: `value(i, row, share)` with `row` i's slots and
    /// `share[q]` = w_iq / strength[i] for q ∈ N(i), 0 elsewhere; NaN for the other nodes. The
    /// skeleton of Burt's constraint and effective size, whose values are sums over i's row of
    /// `_commonNeighbourSum` terms.
    ///
    /// Nodes are dealt round-robin among the active cores (a hub's neighbours are spread out, so
    /// the shares of work stay even); each worker has its own `share` scratch, cleared after each
    /// node, and writes only its own nodes, so the values do not depend on the number of workers.
    ///
    /// - Complexity: O(*m*) for the shares plus the cost of `value`; O(*n*) scratch per worker.
    func _valuesOverShareWeightedRows(strength: [Double],
                                      _ value: (_ i: Int, _ row: Range<Int>, _ share: [Double]) -> Double) -> [Double] {
        let n = nodeCount
        let workers = _workerCount(nil, work: edgeCount / 100_000 + 1)
        return [Double](unsafeUninitializedCapacity: n) { result, initialized in
            result.initialize(repeating: .nan)
            _runWorkers(workers) { worker in
                var share = [Double](repeating: 0, count: n)
                var i = worker
                while i < n {
                    defer { i += workers }
                    guard strength[i] > 0 else { continue }
                    let row = offsets[i] ..< offsets[i + 1]
                    for slot in row { share[Int(targets[slot])] = weights[slot] / strength[i] }
                    result[i] = value(i, row, share)
                    for slot in row { share[Int(targets[slot])] = 0 }
                }
            }
            initialized = n
        }
    }
}
