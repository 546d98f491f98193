/// A graph whose nodes carry the ids they were given in the input (contact ids, edge-list tokens).
///
/// `labels[i]` is the id of node `i`; `index(of:)` maps back in O(1).
public struct LabeledGraph: Sendable {
    public let graph: Graph
    public let labels: [String]
    public let indexByLabel: [String: Int32]

    public init(graph: Graph, labels: [String]) {
        precondition(labels.count == graph.nodeCount, "one label per node")
        self.graph = graph
        self.labels = labels
        var map = [String: Int32](minimumCapacity: labels.count)
        for (i, l) in labels.enumerated() { map[l] = Int32(i) }
        self.indexByLabel = map
    }

    public func index(of label: String) -> Int? { indexByLabel[label].map(Int.init) }

    /// Builds a labelled graph from edges given by label; nodes are numbered in order of first
    /// appearance (`extraNodes` first, e.g. isolated contacts).
    public init(edges: [(String, String, Double)], extraNodes: [String] = [], directed: Bool = false) throws {
        var labels = [String](), map = [String: Int32]()
        func id(_ s: String) -> Int32 {
            if let i = map[s] { return i }
            let i = Int32(labels.count); labels.append(s); map[s] = i; return i
        }
        for n in extraNodes { _ = id(n) }
        var src = [Int32](), tgt = [Int32](), w = [Double]()
        src.reserveCapacity(edges.count); tgt.reserveCapacity(edges.count); w.reserveCapacity(edges.count)
        for (a, b, x) in edges { src.append(id(a)); tgt.append(id(b)); w.append(x) }
        let g = try Graph(nodeCount: labels.count, sources: src, targets: tgt, weights: w, directed: directed)
        self.init(graph: g, labels: labels)
    }
}
