//===----------------------------------------------------------------------===//
// NetworkSummary and WorkspaceSummary: what `liaison summary` prints
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// Size and shape of a graph: nodes, edges, (weakly) connected components, density.
///
/// Density is 2m / (n(n − 1)) undirected and m / (n(n − 1)) directed, as `nx.density`; components
/// are `nx.number_connected_components` (directed graphs: `nx.number_weakly_connected_components`).
public struct NetworkSummary: Sendable, Equatable {
    public var nodes: Int
    public var edges: Int
    public var directed: Bool
    public var components: Int
    public var largestComponent: Int
    /// Nodes without any edge.
    public var isolated: Int
    public var density: Double
    /// Self-loops dropped and parallel edges merged while building the graph.
    public var selfLoopsDropped: Int
    public var parallelEdgesMerged: Int

    /// - Complexity: O(*n* + *m*·α(*n*)) with a union–find over the edges.
    public init(graph g: Graph) {
        nodes = g.nodeCount
        edges = g.edgeCount
        directed = g.isDirected
        let n = Double(g.nodeCount)
        density = g.nodeCount < 2 ? 0 : Double(g.edgeCount) * (g.isDirected ? 1 : 2) / (n * (n - 1))
        let sizes = componentSizes(g)
        components = sizes.count
        largestComponent = sizes.max() ?? 0
        isolated = (0 ..< g.nodeCount).reduce(0) { $0 + (g.degree($1) == 0 && g.inDegree($1) == 0 ? 1 : 0) }
        selfLoopsDropped = g.buildReport.selfLoops
        parallelEdgesMerged = g.buildReport.mergedParallelEdges
    }
}

/// Sizes of the weakly connected components, by union–find with path halving and union by size
/// (Tarjan 1975). Kept private and small: the graph core's component algorithms supersede it.
private func componentSizes(_ g: Graph) -> [Int] {
    var parent = Array(0 ..< g.nodeCount), size = [Int](repeating: 1, count: g.nodeCount)
    func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    for e in 0 ..< g.edgeCount {
        var a = find(Int(g.edgeSource[e])), b = find(Int(g.edgeTarget[e]))
        if a == b { continue }
        if size[a] < size[b] { swap(&a, &b) }
        parent[b] = a
        size[a] += size[b]
    }
    return (0 ..< g.nodeCount).filter { parent[$0] == $0 }.map { size[$0] }
}

/// What a workspace holds: the contact graph's summary plus the domain counts.
public struct WorkspaceSummary: Sendable {
    public struct TopContact: Sendable, Equatable {
        public var index: ContactIndex
        public var interactions: Int
    }
    /// The network of ties as of `asOf`: contacts as nodes, pairs with a positive strength as edges.
    public var network: NetworkSummary
    public var asOf: Date
    public var contacts: Int
    public var interactions: Int
    public var ties: Int
    public var introductions: Int
    public var deals: Int
    public var deliveries: Int
    public var feedback: Int
    public var firstInteraction: Date?
    public var lastInteraction: Date?
    /// Contacts per kind, in `ContactKind.allCases` order (kinds with no contact included, as 0).
    public var kinds: [(kind: ContactKind, count: Int)]
    /// Contacts other than `me` with the most interactions (as sender or recipient), most first;
    /// ties broken by contact order.
    public var topContacts: [TopContact]

    /// - Parameters:
    ///   - asOf: the date of the network's ties (default: the workspace's as_of). The network is
    ///     the one every analysis uses: contacts as nodes, ties (pairs with a positive strength as
    ///     of the date) as edges; the record counts are of the files, whatever their dates.
    public init(_ ws: Workspace, asOf: Date? = nil, top: Int = 10) throws {
        let strengths = ws.tieStrengths(asOf: asOf, model: ws.config.tieStrength)
        network = NetworkSummary(graph: ws.strengthGraph(from: strengths).graph)
        self.asOf = strengths.asOf
        contacts = ws.contacts.count
        interactions = ws.interactions.count
        ties = ws.ties.count
        introductions = ws.introductions.count
        deals = ws.deals.count
        deliveries = ws.deliveries.count
        feedback = ws.feedback.count
        var first = Double.infinity, last = -Double.infinity
        var touches = [Int](repeating: 0, count: ws.contacts.count)
        for i in ws.interactions {
            let t = i.date.timeIntervalSince1970
            if t < first { first = t }
            if t > last { last = t }
            touches[Int(i.from)] += 1
            for r in i.to { touches[Int(r)] += 1 }
        }
        firstInteraction = first.isFinite ? Date(timeIntervalSince1970: first) : nil
        lastInteraction = last.isFinite ? Date(timeIntervalSince1970: last) : nil
        var perKind = [Int](repeating: 0, count: ContactKind.allCases.count)
        for c in ws.contacts { perKind[ContactKind.allCases.firstIndex(of: c.kind)!] += 1 }
        kinds = ContactKind.allCases.enumerated().map { ($0.element, perKind[$0.offset]) }
        let candidates = touches.indices.filter { touches[$0] > 0 && ContactIndex($0) != ws.me }
        topContacts = candidates
            .sorted { touches[$0] != touches[$1] ? touches[$0] > touches[$1] : $0 < $1 }
            .prefix(top)
            .map { TopContact(index: ContactIndex($0), interactions: touches[$0]) }
    }
}

extension NetworkSummary {
    /// Nodes of highest degree (total degree when directed), most first; equal degrees by node order.
    public static func topNodes(_ g: Graph, count: Int) -> [(node: Int, degree: Int)] {
        let degree = (0 ..< g.nodeCount).map { g.isDirected ? g.degree($0) + g.inDegree($0) : g.degree($0) }
        return degree.indices.sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
            .prefix(count).map { ($0, degree[$0]) }
    }
}
