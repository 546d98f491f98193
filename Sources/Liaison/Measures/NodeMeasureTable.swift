//===----------------------------------------------------------------------===//
// NodeMeasureTable: every node measure of SPEC §5.3 for one network, one column each
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// Every node measure of SPEC §5.3, computed once for a network: degree and strength (NetworkX's
/// `G.degree()`, `G.degree(weight="weight")`), betweenness (normalised, distance 1/w; exact, or
/// the KADABRA estimate), closeness and harmonic (distance 1/w; exact, or the pivot estimate of
/// `ClosenessPolicy`), eigenvector
/// (`eigenvector_centrality_numpy`), PageRank (`pagerank(tol=1e-12)`), Burt's constraint,
/// effective size and efficiency, and clustering (unweighted). Undefined values are NaN.
public struct NodeMeasureTable: Sendable {
    /// The column names of `liaison centrality`, `id` first.
    public static let columns = ["id", "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
                                 "pagerank", "constraint", "effective_size", "efficiency", "clustering"]

    /// One array per column after `id`, in `columns` order, each with one value per node.
    public var values: [[Double]]
    /// The estimate's guarantee when betweenness was approximated.
    public var betweennessEstimate: ApproximateBetweenness?
    /// The estimate's guarantee when closeness and harmonic were estimated (`ClosenessPolicy`).
    public var closenessEstimate: ApproximateCloseness?
    /// For stderr: measures left empty, and why ("eigenvector: left empty: the graph is not
    /// connected"); estimated measures and their guarantee (closeness above the size limit).
    public var notes: [String] = []

    public var betweenness: [Double] { values[2] }

    /// - Parameters:
    ///   - approximate: estimate betweenness within this absolute error (normalised scale) with
    ///     probability 0.9 instead of computing it exactly.
    ///   - threads: worker threads of the parallel measures (nil: all cores).
    public init(_ network: AnalysisNetwork, approximate epsilon: Double?, threads: Int? = nil) {
        self.init(network, betweenness: epsilon.map { .approximate(epsilon: $0) } ?? .exact, threads: threads)
    }

    /// - Parameters:
    ///   - policy: exact, estimated, or chosen by size (`BetweennessPolicy`).
    ///   - threads: worker threads of the parallel measures (nil: all cores).
    public init(_ network: AnalysisNetwork, betweenness policy: BetweennessPolicy = .automatic, threads: Int? = nil) {
        let g = network.graph
        let n = g.nodeCount
        let result = policy.compute(g, threads: threads)
        betweennessEstimate = result.estimate
        let betweenness = result.values
        let distance = ClosenessPolicy.compute(g, policy: policy, threads: threads)
        closenessEstimate = distance.estimate
        if let e = distance.estimate { notes.append(ClosenessPolicy.note(e)) }
        var eigenvector = [Double](repeating: .nan, count: n)
        do { eigenvector = try g.eigenvectorCentrality() } catch { notes.append("eigenvector: left empty: \(error)") }
        var pagerank = [Double](repeating: .nan, count: n)
        do { pagerank = try g.pageRank() } catch { notes.append("pagerank: left empty: \(error)") }
        let effectiveSize = g.effectiveSize()
        values = [
            g.degrees().map(Double.init), g.strengths(), betweenness, distance.closeness, distance.harmonic,
            eigenvector, pagerank, g.burtConstraint(), effectiveSize, g.efficiency(effectiveSize: effectiveSize),
            g.clustering(),
        ]
    }

    /// Nodes by decreasing betweenness, equal values by node order.
    public func byBetweenness() -> [Int] {
        let b = betweenness
        return b.indices.sorted { b[$0] > b[$1] || (b[$0] == b[$1] && $0 < $1) }
    }
}
