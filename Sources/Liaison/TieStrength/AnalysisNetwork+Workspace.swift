import Foundation
import LiaisonGraph

extension AnalysisNetwork {
    /// A workspace as the network of an analysis: its contacts weighted by tie strength as of
    /// `asOf` (default: the workspace's), with the model read from liaison.toml `[tie_strength]`.
    public init(workspace: Workspace, asOf: Date? = nil) throws {
        let model = workspace.config.tieStrength
        let ties = workspace.tieStrengths(asOf: asOf, model: model)
        self.init(network: workspace.strengthGraph(from: ties),
                  names: workspace.contacts.map(\.name), workspace: workspace,
                  ego: workspace.me.map(Int.init), ties: ties)
    }
}
