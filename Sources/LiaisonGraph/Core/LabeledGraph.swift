/// A graph whose nodes carry the ids they were given in the input (contact ids, edge-list tokens).
///
/// `labels[i]` is the id of node `i`; `index(of:)` maps back in O(1).
public struct LabeledGraph: Sendable {
    public let graph: Graph
    public let labelIndex: LabelIndex

    public var labels: [String] { labelIndex.labels }

    public init(graph: Graph, labels: [String]) {
        self.init(graph: graph, index: LabelIndex(labels: labels))
    }

    /// A graph and the index its nodes were numbered with (one label per node).
    public init(graph: Graph, index: LabelIndex) {
        precondition(index.count == graph.nodeCount, "one label per node")
        self.graph = graph
        self.labelIndex = index
    }

    public func index(of label: String) -> Int? { labelIndex.index(of: label).map(Int.init) }

    /// Builds a labelled graph from edges given by label; nodes are numbered in order of first
    /// appearance (`extraNodes` first, e.g. isolated contacts).
    public init(edges: [(String, String, Double)], extraNodes: [String] = [], directed: Bool = false) throws {
        var index = LabelIndex()
        for n in extraNodes { index.insert(n) }
        var src = [Int32](), tgt = [Int32](), w = [Double]()
        src.reserveCapacity(edges.count); tgt.reserveCapacity(edges.count); w.reserveCapacity(edges.count)
        for (a, b, x) in edges { src.append(index.insert(a).index); tgt.append(index.insert(b).index); w.append(x) }
        let g = try Graph(nodeCount: index.count, sources: src, targets: tgt, weights: w, directed: directed)
        self.init(graph: g, index: index)
    }
}
