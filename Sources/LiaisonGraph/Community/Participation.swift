//===----------------------------------------------------------------------===//
// Participation coefficient
//===----------------------------------------------------------------------===//

extension Graph {
    /// The participation coefficient of every node for `partition` (Guimerà & Amaral 2005):
    ///
    ///     P_i = 1 − Σ_s (k_is / k_i)²
    ///
    /// where *k_is* is the weight (or, with `weighted: false`, the number) of node *i*'s ties into
    /// community *s* and *k_i* their sum. 0 when all ties stay in one community, approaching 1 − 1/S
    /// when they are spread evenly over *S* communities; 0 for an isolated node. Directed graphs
    /// count out- and in-ties together.
    ///
    /// No NetworkX twin (NetworkX has no participation coefficient); brainconn/bctpy's
    /// `participation_coef` is the same formula.
    ///
    /// - Reference: R. Guimerà, L. A. N. Amaral, "Functional cartography of complex metabolic
    ///   networks", Nature 433, 895–900 (2005), doi:10.1038/nature03288.
    /// - Complexity: O(*n* + *m*) time, O(*k*) extra space.
    public func participationCoefficients(_ partition: Partition, weighted: Bool = true) -> [Double] {
        precondition(partition.nodeCount == nodeCount, "partition must cover the graph's nodes")
        let c = partition.community
        var into = [Double](repeating: 0, count: partition.count)
        var touched = [Int32]()
        var result = [Double](repeating: 0, count: nodeCount)
        for u in 0 ..< nodeCount {
            touched.removeAll(keepingCapacity: true)
            var total = 0.0
            func visit(_ v: Int32, _ w: Double) {
                let s = Int(c[Int(v)])
                if into[s] == 0 { touched.append(Int32(s)) }
                let x = weighted ? w : 1
                into[s] += x; total += x
            }
            for slot in offsets[u] ..< offsets[u + 1] { visit(targets[slot], weights[slot]) }
            if isDirected { for slot in inOffsets[u] ..< inOffsets[u + 1] { visit(inSources[slot], inWeights[slot]) } }
            guard total > 0 else { continue }
            var sum = 0.0
            for s in touched { let f = into[Int(s)] / total; sum += f * f; into[Int(s)] = 0 }
            result[u] = 1 - sum
        }
        return result
    }
}
