//===----------------------------------------------------------------------===//
// NetworkExport: an analysed network as typed node and edge attribute columns
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// The network `liaison export` writes: the nodes and edges of an ``AnalysisNetwork`` with every
/// attribute a user of another tool wants on them, as typed columns that each format writer turns
/// into its own attribute syntax (GraphML keys, GEXF attributes, node-link JSON, GML, DOT, CSV).
///
/// Node columns, in this order: `name`; for a workspace `kind`, `organization`, `industry`, `city`,
/// `tags` (`;`-joined); every ``NodeMeasureTable`` column (`degree` … `clustering`; undefined
/// values are missing, not NaN); `community` (Leiden, ``AnalysisNetwork/defaultCommunities()``,
/// numbered from 1 biggest first, as in the drawings); `articulation_point` (a cut vertex:
/// `nx.articulation_points`) and `on_bridge` (an end of a bridge) for an undirected network.
///
/// Edge columns: `weight` (the tie strength the analysis used); for a workspace `class` and the
/// tie components (`recency` … `embeddedness`, ``TieComponents/names``); for an undirected network
/// `bridge` (`nx.bridges`), `local_bridge` (`nx.local_bridges`) and `overlap` (neighbourhood
/// overlap, Onnela et al. 2007).
///
/// `layout`, when a caller supplies one (LiaisonRender's Graphviz layout), adds positions,
/// colours and sizes for GEXF `viz` and DOT `pos`.
public struct NetworkExport: Sendable {
    /// One attribute value. A missing value is `nil` in a column.
    public enum Value: Sendable, Equatable {
        case string(String), integer(Int), double(Double), bool(Bool)
    }

    public enum ValueType: String, Sendable { case string, integer, double, bool }

    /// A named, typed attribute with one optional value per node (or edge).
    public struct Column: Sendable {
        public var name: String
        public var type: ValueType
        public var values: [Value?]
        public init(name: String, type: ValueType, values: [Value?]) {
            self.name = name
            self.type = type
            self.values = values
        }
    }

    /// Where a drawing puts each node: position in points (Graphviz's, y up), fill colour as RGB
    /// and diameter in points. Nil positions when the network was too large to lay out.
    public struct Layout: Sendable {
        public var positions: [(x: Double, y: Double)]?
        public var colours: [(r: Int, g: Int, b: Int)]
        public var sizes: [Double]
        public init(positions: [(x: Double, y: Double)]?, colours: [(r: Int, g: Int, b: Int)], sizes: [Double]) {
            self.positions = positions
            self.colours = colours
            self.sizes = sizes
        }
    }

    public var isDirected: Bool
    public var nodeIDs: [String]
    public var nodeColumns: [Column]
    public var edgeSources: [Int]
    public var edgeTargets: [Int]
    public var edgeColumns: [Column]
    public var layout: Layout?
    /// For stderr: how estimated measures were estimated (betweenness, closeness above the size
    /// limits of `BetweennessPolicy` and `ClosenessPolicy`); empty when every measure is exact.
    public var notes: [String] = []

    public var nodeCount: Int { nodeIDs.count }
    public var edgeCount: Int { edgeSources.count }

    /// - Parameters:
    ///   - measures: the node measures (computed here when not given).
    ///   - communities: a partition already computed for this network (default: Leiden, seed 0).
    public init(_ network: AnalysisNetwork, measures: NodeMeasureTable? = nil, communities: Partition? = nil) {
        let g = network.graph
        let n = g.nodeCount, m = g.edgeCount
        isDirected = g.isDirected
        nodeIDs = network.ids
        edgeSources = g.edgeSource.map(Int.init)
        edgeTargets = g.edgeTarget.map(Int.init)

        var nodes = [Column(name: "name", type: .string, values: network.names.map { .string($0) })]
        if let ws = network.workspace {
            func text(_ name: String, _ f: (Contact) -> String) -> Column {
                Column(name: name, type: .string, values: ws.contacts.map { .string(f($0)) })
            }
            nodes += [text("kind") { $0.kind.rawValue }, text("organization") { $0.organization },
                      text("industry") { $0.industry }, text("city") { $0.city },
                      text("tags") { $0.tags.joined(separator: ";") }]
        }
        // Leiden and the per-tie bridge flags do not depend on the node measures: computed on
        // second threads meanwhile (the measures leave a core idle in their serial parts).
        let partitionSide = communities == nil ? BackgroundResult { network.defaultCommunities() } : nil
        let bridgesSide = g.isDirected ? nil : BackgroundResult { TieBridges(g, spans: false) }   // an export writes no span
        let table = measures ?? NodeMeasureTable(network)
        notes = [BetweennessResult(values: [], estimate: table.betweennessEstimate).note,
                 table.closenessEstimate.map(ClosenessPolicy.note)].compactMap { $0 }
        for (name, values) in zip(NodeMeasureTable.columns.dropFirst(), table.values) {
            let integral = name == "degree"
            nodes.append(Column(name: name, type: integral ? .integer : .double, values: values.map { v in
                guard v.isFinite else { return nil }
                return integral ? .integer(Int(v)) : .double(v)
            }))
        }
        let partition = communities ?? partitionSide!.value
        nodes.append(Column(name: "community", type: .integer,
                            values: Self.biggestFirst(partition).map { .integer($0 + 1) }))

        var edges = [Column(name: "weight", type: .double, values: g.edgeWeight.map { .double($0) })]
        if let ties = network.ties {
            let found = (0 ..< m).map { ties.tie(g.edgeSource[$0], g.edgeTarget[$0]) }
            edges.append(Column(name: "class", type: .string, values: found.map { $0.map { .string($0.tieClass.rawValue) } }))
            for (k, name) in TieComponents.names.enumerated() {
                edges.append(Column(name: name, type: .double, values: found.map { $0.map { .double($0.components.values[k]) } }))
            }
        }
        if let bridgesSide {
            let bridges = bridgesSide.value
            var onBridge = [Bool](repeating: false, count: n), cut = [Bool](repeating: false, count: n)
            for e in 0 ..< m where bridges.isBridge[e] { onBridge[Int(g.edgeSource[e])] = true; onBridge[Int(g.edgeTarget[e])] = true }
            for u in bridges.articulationPoints { cut[u] = true }
            nodes.append(Column(name: "articulation_point", type: .bool, values: cut.map { .bool($0) }))
            nodes.append(Column(name: "on_bridge", type: .bool, values: onBridge.map { .bool($0) }))
            edges.append(Column(name: "bridge", type: .bool, values: bridges.isBridge.map { .bool($0) }))
            edges.append(Column(name: "local_bridge", type: .bool, values: bridges.isLocalBridge.map { .bool($0) }))
            edges.append(Column(name: "overlap", type: .double, values: bridges.overlap.map { $0.isFinite ? .double($0) : nil }))
        }
        nodeColumns = nodes
        edgeColumns = edges
        precondition(nodes.allSatisfy { $0.values.count == n } && edges.allSatisfy { $0.values.count == m })
    }

    /// Community per node renumbered from 0, biggest community first (equal sizes by old number):
    /// the numbering of the drawings' legend ("community 1" = biggest).
    static func biggestFirst(_ p: Partition) -> [Int] {
        let sizes = p.sizes()
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var renumber = [Int](repeating: 0, count: sizes.count)
        for (new, old) in order.enumerated() { renumber[old] = new }
        return p.community.map { renumber[Int($0)] }
    }
}

extension NetworkExport.Value {
    /// The value as text: shortest round-trip decimal for doubles (always with a `.` or an
    /// exponent, so that a reader that types numbers by their look reads a double back),
    /// `true`/`false` for booleans.
    public var text: String {
        switch self {
        case let .string(s): return s
        case let .integer(i): return String(i)
        case let .bool(b): return b ? "true" : "false"
        case let .double(d): return NetworkExport.Value.decimal(d)
        }
    }

    public static func decimal(_ d: Double) -> String {
        var s = d.description
        // Byte search: `String.contains(_:)` with a string argument goes through Foundation's
        // range(of:), a tenth of a GraphML export's time.
        if !s.utf8.contains(UInt8(ascii: ".")) {
            if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { s.insert(contentsOf: ".0", at: e) } else { s += ".0" }
        }
        return s
    }
}
