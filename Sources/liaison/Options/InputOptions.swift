import ArgumentParser
import Foundation
import Liaison

/// The input of every analysis command: a workspace folder (contacts weighted by tie strength) or a
/// plain graph (`--edges FILE`, weights = tie strength).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A workspace folder (contacts.csv, interactions.csv, …, liaison.toml); or give --edges.",
                                 valueName: "WS"))
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp(
        "A plain graph instead of a workspace: CSV with header source,target[,weight], a whitespace edge list (# comments) or GraphML.",
        discussion: "Parallel edges are merged by summing their weights; self-loops are dropped with a warning.",
        valueName: "FILE"))
    var edges: String?

    @Flag(name: .long, help: "Treat the edges of --edges as directed arcs (GraphML: taken from the file).")
    var directed = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "With a workspace: tie strength as of this date (default: as_of in liaison.toml, else today).", valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        switch (workspace, edges) {
        case (nil, nil): throw ValidationError("give a workspace folder or a graph with --edges FILE")
        case (.some, .some): throw ValidationError("give a workspace folder or --edges FILE, not both")
        case (.some, nil) where directed: throw ValidationError("--directed applies to --edges only")
        case (nil, .some) where asOf != nil: throw ValidationError("--as-of applies to a workspace only")
        default: break
        }
        if let asOf, ISODate.parse(asOf) == nil { throw ValidationError("--as-of \(asOf): \(ISODate.expected)") }
    }

    /// Loads the network, printing load warnings to stderr (a count for a workspace: `liaison check`
    /// lists them).
    func loadNetwork() throws -> AnalysisNetwork {
        if let workspace {
            let (ws, warnings) = try WorkspaceLoader.load(from: workspace)
            if !warnings.isEmpty {
                printError("\(warnings.count) warning\(warnings.count == 1 ? "" : "s") (see liaison check \(workspace))")
            }
            return try AnalysisNetwork(workspace: ws, asOf: asOf.flatMap(ISODate.parse), warnings: warnings)
        }
        let loaded = try EdgeListLoader.load(path: edges!, directed: directed ? true : nil)
        for w in loaded.warnings { printError(w.description) }
        return AnalysisNetwork(edgeList: loaded)
    }
}
