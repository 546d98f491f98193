import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph

/// `liaison summary WS | --edges FILE`: size and shape of the network.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the size and shape of a network: nodes, edges, components, density, activity.",
        discussion: """
        For a workspace, the network joins two contacts who interacted or who have a declared tie \
        (ties.csv); the summary adds the date range of the interactions, the number of contacts of \
        each kind and the contacts with the most interactions (me excluded). For a plain graph \
        (--edges), it lists the nodes of highest degree. Components are weakly connected ones for \
        a directed graph. Density is as NetworkX's: 2m/(n(n−1)) undirected, m/(n(n−1)) directed.

        --format json writes one object: nodes, edges, directed, components, largest_component, \
        isolated, density, and for a workspace: files (rows per file), interactions \
        {count, first, last}, kinds {kind: count}, top_contacts [{id, name, kind, interactions}]; \
        for a plain graph: top_nodes [{id, name, degree}]. --format csv writes the same numbers as \
        metric,value rows (without the top lists).

        EXAMPLES:
          liaison summary data/demo
          liaison summary data/demo --format json
          liaison summary --edges karate.csv
        """
    )

    @Argument(help: "The workspace folder (or give --edges).")
    var workspace: String?

    // The same options as InputOptions (which, for now, requires --edges): a workspace OR a graph.
    @Option(name: .long, help: ArgumentHelp(
        "A plain graph: CSV with header source,target[,weight], a whitespace edge list (# comments) or GraphML.",
        discussion: "Parallel edges are merged by summing their weights; self-loops are dropped with a warning.",
        valueName: "FILE"))
    var edges: String?

    @Flag(name: .long, help: "Treat the edges of --edges as directed arcs (GraphML: taken from the file).")
    var directed = false

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(help: "How many top contacts to list.")
    var top: Int = 10

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be ≥ 0") }
        if (workspace == nil) == (edges == nil) { throw ValidationError("give a workspace folder or --edges FILE (not both)") }
        if directed && edges == nil { throw ValidationError("--directed applies to --edges") }
    }

    func run() throws {
        try reportingErrors {
            if let edges {
                let loaded = try EdgeListLoader.load(path: edges, directed: directed ? true : nil)
                for w in loaded.warnings { printError(w.description) }
                let summary = NetworkSummary(graph: loaded.network.graph)
                let top = Self.topNodes(loaded, count: self.top)
                switch format {
                case .json: try StandardOutput.print(Self.json(summary, top: top, loaded).serialized(pretty: true))
                case .csv: try StandardOutput.print(Self.csv(Self.networkJSON(summary)), terminator: "")
                case .table: try StandardOutput.print(Self.table(summary, top: top, loaded), terminator: "")
                }
                return
            }
            let ws = try loadWorkspace(workspace!)
            let summary = try WorkspaceSummary(ws, top: top)
            switch format {
            case .json: try StandardOutput.print(Self.json(summary, ws).serialized(pretty: true))
            case .csv:
                var fields = Self.networkJSON(summary.network)
                for (key, value) in Self.json(summary, ws).objectFields where key == "files" || key == "interactions" || key == "kinds" {
                    for (k, v) in value.objectFields { fields.append(("\(key).\(k)", v)) }
                }
                try StandardOutput.print(Self.csv(fields), terminator: "")
            case .table: try StandardOutput.print(Self.table(summary, ws), terminator: "")
            }
        }
    }

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
        var out = networkLines(s.network)
        if let first = s.firstInteraction, let last = s.lastInteraction {
            out += "activity    \(s.interactions) interactions from \(ISODate.dayString(first)) to \(ISODate.dayString(last))\n"
        } else {
            out += "activity    no interactions\n"
        }
        out += "records     \(s.ties) ties, \(s.introductions) introductions, \(s.deals) deals, \(s.deliveries) deliveries, \(s.feedback) feedback\n"
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

    /// Nodes of highest degree (total degree when directed), most first; ties by node order.
    static func topNodes(_ loaded: LoadedEdgeList, count: Int) -> [(node: Int, degree: Int)] {
        let g = loaded.network.graph
        let degree = (0 ..< g.nodeCount).map { g.isDirected ? g.degree($0) + g.inDegree($0) : g.degree($0) }
        return degree.indices.sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
            .prefix(count).map { ($0, degree[$0]) }
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
        var fields = networkJSON(s.network)
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
