import Foundation
import LiaisonGraph

extension Workspace {
    /// The workspace as an undirected graph weighted by tie strength: the input of every analysis of
    /// a workspace (centrality, bridges, communities, reach, planning — SPEC §5.1, §5.3).
    ///
    /// Node i is contact i (labels = contact ids, isolated contacts included); one edge per pair with
    /// strength > 0, weighted by the strength in (0, 1]. Distance-based measures should use
    /// `graph.mapWeights { 1 / $0 }` (a strong tie is a short path).
    ///
    /// - Complexity: that of `tieStrengths(asOf:model:)`, plus O(P log P) to build the CSR.
    public func strengthGraph(asOf date: Date? = nil, model: TieStrengthModel) -> LabeledGraph {
        strengthGraph(from: tieStrengths(asOf: date, model: model))
    }

    /// The same graph from ties already computed.
    public func strengthGraph(from strengths: TieStrengths) -> LabeledGraph {
        var sources = [Int32](), targets = [Int32](), weights = [Double]()
        for tie in strengths.ties where tie.strength > 0 && tie.strength.isFinite {
            sources.append(tie.a); targets.append(tie.b); weights.append(min(1, tie.strength))
        }
        // Weights are finite and > 0 and pairs unique, so the builder cannot fail.
        let graph = try! Graph(nodeCount: contacts.count, sources: sources, targets: targets, weights: weights,
                               directed: false)
        return LabeledGraph(graph: graph, labels: contacts.map(\.id))
    }
}
