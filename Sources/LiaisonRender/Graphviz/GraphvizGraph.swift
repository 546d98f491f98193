//===----------------------------------------------------------------------===//
// GraphvizGraph: a graph described as plain Swift values, for libcgraph
//===----------------------------------------------------------------------===//

/// One `name = value` attribute. The value is stored exactly as Graphviz should see it: user text
/// in it has already been made inert by ``DrawingText`` (Graphviz reads `\N`, `\n`, `\l` … inside
/// labels and tooltips, so backslashes are doubled there).
public struct GraphvizAttribute: Sendable, Hashable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A graph for Graphviz as a value: nodes, edges, subgraphs and their attributes. It is turned into
/// a cgraph graph with `agopen`/`agnode`/`agedge`/`agsafeset` — user text only ever goes in as a
/// name or an attribute value, never pasted into DOT source — by ``Graphviz/render(_:engine:format:)``.
public struct GraphvizGraph: Sendable {
    public struct Node: Sendable {
        /// The cgraph node name (unique within the graph; it becomes the SVG `<title>`).
        public var name: String
        public var attributes: [GraphvizAttribute]
        public init(name: String, attributes: [GraphvizAttribute] = []) {
            self.name = name
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable {
        /// Indices into ``GraphvizGraph/nodes``.
        public var tail: Int
        public var head: Int
        public var attributes: [GraphvizAttribute]
        public init(tail: Int, head: Int, attributes: [GraphvizAttribute] = []) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    public struct Subgraph: Sendable {
        /// A name starting with `cluster` asks the engines that support it (dot, fdp, neato) to box it.
        public var name: String
        public var attributes: [GraphvizAttribute]
        /// Indices into ``GraphvizGraph/nodes``.
        public var members: [Int]
        public init(name: String, attributes: [GraphvizAttribute] = [], members: [Int]) {
            self.name = name
            self.attributes = attributes
            self.members = members
        }
    }

    public var name: String
    public var isDirected: Bool
    public var attributes: [GraphvizAttribute] = []
    public var nodeDefaults: [GraphvizAttribute] = []
    public var edgeDefaults: [GraphvizAttribute] = []
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    public var subgraphs: [Subgraph] = []

    public init(name: String = "G", isDirected: Bool = false) {
        self.name = name
        self.isDirected = isDirected
    }

    /// Appends a node and returns its index.
    @discardableResult
    public mutating func addNode(_ name: String, _ attributes: [GraphvizAttribute] = []) -> Int {
        nodes.append(Node(name: name, attributes: attributes))
        return nodes.count - 1
    }

    public mutating func addEdge(_ tail: Int, _ head: Int, _ attributes: [GraphvizAttribute] = []) {
        precondition(nodes.indices.contains(tail) && nodes.indices.contains(head),
                     "edge \(tail)–\(head) refers to a node that does not exist (\(nodes.count) nodes)")
        edges.append(Edge(tail: tail, head: head, attributes: attributes))
    }
}
