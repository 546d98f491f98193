//===----------------------------------------------------------------------===//
// _commonNeighbourSum: Σ over the neighbours two nodes share, hub rows searched
//===----------------------------------------------------------------------===//

extension Graph {
    /// Σ_{q ∈ N(i) ∩ N(j)} share[q] · term(slot, q), where `row` is i's row, `share[q]` is nonzero
    /// only for q ∈ N(i) (the caller's scratch), and `slot` is q's slot in j's row. The terms are
    /// added by increasing q whichever way is taken, so the sum does not depend on it:
    ///
    /// - j's row scanned, each q looked up in `share` — O(deg j);
    /// - j a hub (its row longer than `_gallopRatio` times i's): i's row walked and each q
    ///   binary-searched in the rest of j's — O(deg i · log deg j), so a hub's row is not read once
    ///   per neighbour (the owner of a personal network is such a hub).
    ///
    /// Burt's constraint (Σ_q p_iq p_qj) and effective size (Σ_w p_iw m_jw) are both of this form.
    /// Rows must be sorted by neighbour (`undirected()` rows are).
    @inline(__always)
    func _commonNeighbourSum(row: Range<Int>, with j: Int, share: [Double],
                             _ term: (_ slot: Int, _ q: Int) -> Double) -> Double {
        var sum = 0.0
        let rowJ = offsets[j] ..< offsets[j + 1]
        if rowJ.count > Graph._gallopRatio * row.count {
            var lo = rowJ.lowerBound
            for s1 in row {
                let q = Int(targets[s1])
                let share = share[q]
                guard share != 0 else { continue }
                let s2 = _lowerBound(of: q, in: lo ..< rowJ.upperBound)
                if s2 == rowJ.upperBound { break }
                lo = s2
                if Int(targets[s2]) == q { sum += share * term(s2, q); lo = s2 + 1 }
            }
        } else {
            for s2 in rowJ {
                let q = Int(targets[s2])
                let share = share[q]
                if share != 0 { sum += share * term(s2, q) }
            }
        }
        return sum
    }
}
