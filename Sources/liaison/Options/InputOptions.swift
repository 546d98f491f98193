import ArgumentParser
import Foundation
import Liaison

/// The input of every analysis command that takes a workspace or a plain graph: a workspace folder
/// (contacts weighted by tie strength) or `--edges FILE` (weights = tie strength).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A workspace folder (contacts.csv, interactions.csv, …, liaison.toml); or give --edges.",
                                 valueName: "WS"), completion: .directory)
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp(
        "A plain graph instead of a workspace: CSV (, ; or TAB) with header source,target[,weight], a whitespace edge list (# comments), GraphML, GML or Pajek .net, optionally gzip-compressed; - reads standard input.",
        discussion: "Parallel edges are merged by summing their weights; self-loops are dropped with a warning.",
        valueName: "FILE"), completion: .file())
    var edges: String?

    @Flag(name: .long, help: "Treat the edges of --edges as directed arcs (GraphML: taken from the file).")
    var directed = false

    @Option(name: .customLong("source-column"), help: ArgumentHelp("The CSV column of --edges holding the source (default: source, from, a or src).", valueName: "NAME"))
    var sourceColumn: String?

    @Option(name: .customLong("target-column"), help: ArgumentHelp("The CSV column of --edges holding the target (default: target, to, b or dst).", valueName: "NAME"))
    var targetColumn: String?

    @Option(name: .customLong("weight-column"), help: ArgumentHelp("The CSV column of --edges holding the weight (default: weight).", valueName: "NAME"))
    var weightColumn: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "With a workspace: compute as of this date (default: as_of in liaison.toml, else today).", valueName: "DATE"))
    var asOf: DateArgument?

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        switch (workspace, edges) {
        case (nil, nil): throw ValidationError("give a workspace folder or a graph with --edges FILE")
        case (.some, .some): throw ValidationError("give a workspace folder or --edges FILE, not both")
        case (.some, nil) where directed: throw ValidationError("--directed applies to --edges only")
        case (nil, .some) where asOf != nil: throw ValidationError("--as-of applies to a workspace only")
        case (.some, nil) where sourceColumn != nil || targetColumn != nil || weightColumn != nil:
            throw ValidationError("--source-column, --target-column and --weight-column apply to --edges only")
        default: break
        }
    }

    /// Loads the network, printing load warnings to stderr (a count for a workspace: `liaison check`
    /// lists them).
    func loadNetwork() throws -> AnalysisNetwork {
        progress.start()
        if let workspace {
            let ws = try loadWorkspace(workspace)
            ProgressReporter.shared.begin("tie strengths")
            defer { ProgressReporter.shared.end() }
            return try AnalysisNetwork(workspace: ws, asOf: asOf?.date)
        }
        return AnalysisNetwork(edgeList: try loadEdges())
    }

    /// The plain graph of `--edges`, its warnings on stderr.
    func loadEdges() throws -> LoadedEdgeList {
        let loaded = try EdgeListLoader.load(path: edges!, directed: directed ? true : nil,
                                             columns: .init(source: sourceColumn, target: targetColumn, weight: weightColumn))
        for w in loaded.warnings { printError(w.description) }
        return loaded
    }
}

/// The input of the commands that need a workspace (contacts, interactions, liaison.toml):
/// `ties`, `contacts`, `suggest`, `calibrate`.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The workspace folder.", valueName: "WS"), completion: .directory)
    var workspace: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Compute as of this date (default: as_of in liaison.toml, else today).", valueName: "DATE"))
    var asOf: DateArgument?

    @OptionGroup var progress: ProgressOptions

    func load() throws -> Workspace {
        progress.start()
        return try loadWorkspace(workspace)
    }
}

/// `--ego ID|NAME`: the contact an ego-centred command works for, resolved in one place: an id, or
/// a name exactly one contact has; an unknown or ambiguous one exits 65 with suggestions.
struct EgoOption: ParsableArguments {
    @Option(help: ArgumentHelp("The contact at the centre, by id or name (default: the workspace's me).",
                               valueName: "ID"))
    var ego: String?

    /// The ego's node: `--ego`, else the network's `me`, else nil.
    func node(in network: AnalysisNetwork) throws -> Int? {
        guard let ego else { return network.ego }
        return try ContactDirectory(network).resolve(ego, option: "--ego")
    }

    /// The ego's contact in a workspace: `--ego`, else `me`; neither is a usage error.
    func contact(in ws: Workspace, folder: String) throws -> ContactIndex {
        if let ego { return ContactIndex(try ws.contactDirectory.resolve(ego, option: "--ego")) }
        guard let me = ws.me else {
            throw ValidationError("\(folder) has no contact of kind me and liaison.toml names no me: give --ego ID")
        }
        return me
    }
}
