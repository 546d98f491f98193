//===----------------------------------------------------------------------===//
// DrawingInput: the analysis results a view draws (computed elsewhere, passed in as arrays)
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// A value per node with its name ("degree", "betweenness", …).
public struct NodeMeasure: Sendable {
    public var name: String
    public var values: [Double]
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// What the views draw: the graph, the words for its nodes, and what the analyses computed —
/// the size measure, a group per node, a strength, class and bridge flags per edge. The views
/// compute no analysis; they choose, rank and lay out what they are given.
public struct DrawingInput: Sendable {
    public var graph: Graph
    public var ids: [String]
    public var names: [String]
    /// Node size (and the ranking that picks labels and summary nodes).
    public var size: NodeMeasure
    /// More measures for the tooltips.
    public var measures: [NodeMeasure]
    /// Group per node, renumbered biggest group first (colour 1 = biggest); nil = no groups.
    public private(set) var groups: [Int]?
    public private(set) var groupNames: [String]
    /// "connected component", "community", "kind of contact", …
    public var groupMeaning: String
    /// Strength per edge id in 0…1.
    public var strength: [Double]
    public var tieClass: [LineClass]
    public var bridges: [Bool]?
    public var localBridges: [Bool]?

    /// - Parameters:
    ///   - groups: a group index per node (negative = none) and the group names; groups are
    ///     renumbered by size, biggest first, keeping the names with them.
    ///   - strength: per edge id, in 0…1; default: ``strengths(weights:)``.
    ///   - tieClass: per edge id; default: ``LineClass/of(strength:strongAt:mediumAt:)``.
    public init(graph: Graph, ids: [String], names: [String]? = nil, size: NodeMeasure,
                measures: [NodeMeasure] = [], groups: (index: [Int], names: [String], meaning: String)? = nil,
                strength: [Double]? = nil, tieClass: [LineClass]? = nil,
                bridges: [Bool]? = nil, localBridges: [Bool]? = nil) {
        let n = graph.nodeCount, m = graph.edgeCount
        precondition(ids.count == n && (names?.count ?? n) == n && size.values.count == n,
                     "DrawingInput: ids, names and size need one entry per node (\(n))")
        precondition((strength?.count ?? m) == m && (tieClass?.count ?? m) == m
                     && (bridges?.count ?? m) == m && (localBridges?.count ?? m) == m,
                     "DrawingInput: edge arrays need one entry per edge (\(m))")
        self.graph = graph
        self.ids = ids
        self.names = names ?? ids
        self.size = size
        self.measures = measures
        self.bridges = bridges
        self.localBridges = localBridges
        if let strength {
            self.strength = strength.map { $0.isFinite ? max(0, min(1, $0)) : 0 }
        } else {
            self.strength = Self.strengths(weights: graph.edgeWeight)
        }
        self.tieClass = tieClass ?? self.strength.map { LineClass.of(strength: $0) }
        if let groups {
            precondition(groups.index.count == n, "DrawingInput: one group per node (\(n))")
            var sizes = [Int: Int]()
            for g in groups.index where g >= 0 { sizes[g, default: 0] += 1 }
            let order = sizes.keys.sorted { sizes[$0]! != sizes[$1]! ? sizes[$0]! > sizes[$1]! : $0 < $1 }
            var renumber = [Int: Int]()
            for (new, old) in order.enumerated() { renumber[old] = new }
            self.groups = groups.index.map { $0 >= 0 ? renumber[$0]! : -1 }
            self.groupNames = order.map { $0 < groups.names.count ? groups.names[$0] : "group \($0 + 1)" }
            self.groupMeaning = groups.meaning
        } else {
            self.groups = nil
            self.groupNames = []
            self.groupMeaning = ""
        }
    }

    /// Strengths in 0…1 from plain positive weights (SPEC §3.2: the weight is the tie strength):
    /// ln(1 + w) / ln(1 + max w), so that one very heavy tie does not make every other tie look
    /// weak (Les Misérables: weights 1…31; w / max would class 90 % of ties as weak); all equal
    /// weights (an unweighted graph) give 0.5 for every tie, that is, all medium.
    public static func strengths(weights: [Double]) -> [Double] {
        guard let top = weights.max(), let bottom = weights.min(), top > bottom else {
            return weights.map { _ in 0.5 }
        }
        let scale = log1p(top)
        return weights.map { w in w.isFinite && w > 0 ? min(1, log1p(w) / scale) : 0 }
    }

    /// The group of node `u`, or nil.
    public func group(_ u: Int) -> Int? {
        guard let groups, groups[u] >= 0 else { return nil }
        return groups[u]
    }

    /// Node indices, largest size measure first (NaN last; ties by index, so the order is stable).
    public func ranking() -> [Int] {
        let v = size.values
        return (0 ..< graph.nodeCount).sorted { x, y in
            let a = v[x].isNaN ? -Double.infinity : v[x], b = v[y].isNaN ? -Double.infinity : v[y]
            return a != b ? a > b : x < y
        }
    }

    /// Node sizes scaled to 0…1 by the largest value (negative and NaN → 0).
    public func relativeSizes() -> [Double] {
        let top = size.values.filter(\.isFinite).max() ?? 0
        return size.values.map { $0.isFinite && top > 0 ? max(0, $0 / top) : 0 }
    }

    /// Tooltip lines for node `u`: name, id (if different), the measures, the group.
    public func tooltip(_ u: Int, extra: [String] = []) -> [String] {
        var lines = [names[u]]
        if names[u] != ids[u] { lines.append("id: \(ids[u])") }
        lines.append("\(size.name): \(formatMeasure(size.values[u]))")
        for m in measures { lines.append("\(m.name): \(formatMeasure(m.values[u]))") }
        if let g = group(u) { lines.append("\(groupMeaning): \(groupNames[g])") }
        return lines + extra
    }

    /// The drawing edge for graph edge `e` between drawing nodes `a` and `b`.
    func edge(_ e: Int, _ a: Int, _ b: Int) -> NetworkDrawing.Edge {
        let s = Int(graph.edgeSource[e]), t = Int(graph.edgeTarget[e])
        let arrow = graph.isDirected ? " → " : " — "
        return NetworkDrawing.Edge(
            a: a, b: b, strength: strength[e], tieClass: tieClass[e],
            isBridge: bridges?[e] ?? false, isLocalBridge: localBridges?[e] ?? false,
            tooltip: "\(names[s])\(arrow)\(names[t]): \(tieClass[e].rawValue) tie, strength \(formatMeasure(strength[e]))")
    }

    /// The groups as the drawing lists them.
    func apply(to drawing: inout NetworkDrawing) {
        drawing.groups = groupNames
        drawing.groupMeaning = groupMeaning
        drawing.sizeMeaning = size.name
    }
}

/// A measure as people read it: integers without decimals, others with up to 4 significant digits.
func formatMeasure(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "∞" : "−∞") }
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    let magnitude = abs(x) >= 1 ? Int(log10(abs(x))) + 1 : 0
    let decimals = max(0, 4 - magnitude)
    var s = String(format: "%.\(decimals)f", x)
    while s.contains(".") && (s.hasSuffix("0") || s.hasSuffix(".")) { s.removeLast() }
    return s
}
