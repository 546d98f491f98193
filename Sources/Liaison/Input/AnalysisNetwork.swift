import LiaisonGraph

/// The network an analysis command works on: a plain graph from `--edges`, or a workspace's
/// contacts weighted by tie strength. Either way the edge weight is the tie strength (higher =
/// stronger) and `names` holds what people read.
public struct AnalysisNetwork: Sendable {
    public var network: LabeledGraph
    /// A readable name per node.
    public var names: [String]
    /// The workspace behind the network, when there is one.
    public var workspace: Workspace?
    /// The ego's node (the workspace's `me`), when there is one.
    public var ego: Int?
    /// The ties behind the weights, when the network is a workspace's (classes, components, why).
    public var ties: TieStrengths?

    public init(network: LabeledGraph, names: [String], workspace: Workspace? = nil, ego: Int? = nil,
                ties: TieStrengths? = nil) {
        self.network = network
        self.names = names
        self.workspace = workspace
        self.ego = ego
        self.ties = ties
    }

    public init(edgeList: LoadedEdgeList) {
        self.init(network: edgeList.network, names: edgeList.names)
    }

    public var graph: Graph { network.graph }
    public var ids: [String] { network.labels }
}
