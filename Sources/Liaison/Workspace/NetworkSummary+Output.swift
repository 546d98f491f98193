//===----------------------------------------------------------------------===//
// The summary of `liaison summary` as a table, CSV and JSON, for a workspace or a plain graph
//===----------------------------------------------------------------------===//

import Foundation

/// The summary of a plain graph (`--edges`): its shape and the nodes of highest degree.
public struct EdgeListSummary: FormattedResult {
    public var summary: NetworkSummary
    public var top: [(node: Int, degree: Int)]
    public var loaded: LoadedEdgeList

    public init(_ loaded: LoadedEdgeList, top count: Int) {
        self.loaded = loaded
        summary = NetworkSummary(graph: loaded.network.graph)
        top = NetworkSummary.topNodes(loaded.network.graph, count: count)
    }

    public func formatted(_ format: ResultFormat) -> String {
        switch format {
        case .json: SummaryText.json(summary, top: top, loaded).serialized(pretty: true) + "\n"
        case .csv: SummaryText.csv(SummaryText.networkJSON(summary))
        case .table: SummaryText.table(summary, top: top, loaded)
        }
    }
}

/// The summary of a workspace: its network's shape, the records per file, the activity, the
/// contacts per kind and the most active contacts.
public struct WorkspaceSummaryListing: FormattedResult {
    public var summary: WorkspaceSummary
    public var workspace: Workspace

    public init(_ ws: Workspace, asOf: Date? = nil, top: Int) throws {
        summary = try WorkspaceSummary(ws, asOf: asOf, top: top)
        workspace = ws
    }

    public func formatted(_ format: ResultFormat) -> String {
        let ws = workspace
        switch format {
        case .json: return SummaryText.json(summary, ws).serialized(pretty: true) + "\n"
        case .csv:
            var fields = SummaryText.networkJSON(summary.network)
            for (key, value) in SummaryText.json(summary, ws).objectFields where key == "files" || key == "interactions" || key == "kinds" {
                for (k, v) in value.objectFields { fields.append(("\(key).\(k)", v)) }
            }
            return SummaryText.csv(fields)
        case .table: return SummaryText.table(summary, ws)
        }
    }
}

/// The formatting shared by both summaries.
enum SummaryText {
    static func networkLines(_ s: NetworkSummary) -> String {
        var out = "nodes       \(s.nodes)\n"
        out += "edges       \(s.edges)\(s.directed ? " (directed)" : "")\n"
        out += "components  \(s.components) (largest \(s.largestComponent) node\(s.largestComponent == 1 ? "" : "s"), \(s.isolated) isolated)\n"
        out += "density     \(formatDensity(s.density))\n"
        return out
    }

    static func formatDensity(_ d: Double) -> String {
        d == 0 ? "0" : String(format: d < 0.001 ? "%.3e" : "%.4f", d)
    }

    static func table(_ s: WorkspaceSummary, _ ws: Workspace) -> String {
        let n = s.network
        var out = "contacts    \(n.nodes)\n"
        out += "ties        \(n.edges) (pairs with a positive strength as of \(ISODate.dayString(s.asOf)))\n"
        out += "components  \(n.components) (largest \(n.largestComponent) contact\(n.largestComponent == 1 ? "" : "s"), \(n.isolated) with no tie)\n"
        out += "density     \(formatDensity(n.density))\n"
        if let first = s.firstInteraction, let last = s.lastInteraction {
            out += "activity    \(s.interactions) interactions from \(ISODate.dayString(first)) to \(ISODate.dayString(last))\n"
        } else {
            out += "activity    no interactions\n"
        }
        out += "records     \(s.ties) declared ties, \(s.introductions) introductions, \(s.deals) deals, \(s.deliveries) deliveries, \(s.feedback) feedback\n"
        out += "\n"
        var kinds = TextTable(headers: ["kind", "contacts"], alignments: [.left, .right])
        for (kind, count) in s.kinds where count > 0 { kinds.append([kind.rawValue, String(count)]) }
        out += kinds.rendered()
        if !s.topContacts.isEmpty {
            out += "\nmost interactions\n"
            var top = TextTable(headers: ["contact", "kind", "organization", "interactions"],
                                alignments: [.left, .left, .left, .right])
            for t in s.topContacts {
                let c = ws[t.index]
                top.append([c.name, c.kind.rawValue, c.organization, String(t.interactions)])
            }
            out += top.rendered()
        }
        return out
    }

    static func table(_ s: NetworkSummary, top: [(node: Int, degree: Int)], _ loaded: LoadedEdgeList) -> String {
        var out = networkLines(s)
        if !top.isEmpty {
            out += "\nhighest degree\n"
            var t = TextTable(headers: ["node", "name", "degree"], alignments: [.left, .left, .right])
            for (node, degree) in top { t.append([loaded.network.labels[node], loaded.names[node], String(degree)]) }
            out += t.rendered()
        }
        return out
    }

    static func json(_ s: NetworkSummary, top: [(node: Int, degree: Int)], _ loaded: LoadedEdgeList) -> JSONValue {
        var fields = networkJSON(s)
        fields.append(("top_nodes", .array(top.map {
            .object([("id", .string(loaded.network.labels[$0.node])), ("name", .string(loaded.names[$0.node])),
                     ("degree", .integer($0.degree))])
        })))
        return .object(fields)
    }

    /// `metric,value` rows.
    static func csv(_ fields: [(String, JSONValue)]) -> String {
        var w = CSVWriter()
        w.row(["metric", "value"])
        for (key, value) in fields {
            w.text(key)
            switch value {
            case .integer(let v): w.number(v)
            case .number(let v): w.number(v)
            case .bool(let v): w.bool(v)
            case .string(let v): w.text(v)
            default: w.empty()
            }
            w.endRow()
        }
        return w.output
    }

    static func networkJSON(_ s: NetworkSummary) -> [(String, JSONValue)] {
        [("nodes", .integer(s.nodes)), ("edges", .integer(s.edges)), ("directed", .bool(s.directed)),
         ("components", .integer(s.components)), ("largest_component", .integer(s.largestComponent)),
         ("isolated", .integer(s.isolated)), ("density", .number(s.density))]
    }

    static func json(_ s: WorkspaceSummary, _ ws: Workspace) -> JSONValue {
        var fields: [(String, JSONValue)] = [("as_of", .string(ISODate.dayString(s.asOf))),
                                             ("contacts", .integer(s.network.nodes)), ("ties", .integer(s.network.edges))]
        fields += networkJSON(s.network)
        fields.append(("files", .object([
            ("contacts", .integer(s.contacts)), ("interactions", .integer(s.interactions)), ("ties", .integer(s.ties)),
            ("introductions", .integer(s.introductions)), ("deals", .integer(s.deals)),
            ("deliveries", .integer(s.deliveries)), ("feedback", .integer(s.feedback)),
        ])))
        fields.append(("interactions", .object([
            ("count", .integer(s.interactions)),
            ("first", .string(s.firstInteraction.map(ISODate.string))),
            ("last", .string(s.lastInteraction.map(ISODate.string))),
        ])))
        fields.append(("kinds", .object(s.kinds.map { ($0.kind.rawValue, .integer($0.count)) })))
        fields.append(("top_contacts", .array(s.topContacts.map { t in
            let c = ws[t.index]
            return .object([("id", .string(c.id)), ("name", .string(c.name)), ("kind", .string(c.kind.rawValue)),
                            ("interactions", .integer(t.interactions))])
        })))
        return .object(fields)
    }
}

extension JSONValue {
    /// The key–value pairs of an object (empty for anything else).
    fileprivate var objectFields: [(String, JSONValue)] {
        if case .object(let fields) = self { return fields }
        return []
    }
}
