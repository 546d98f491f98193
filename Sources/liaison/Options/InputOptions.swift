import ArgumentParser
import Liaison

/// The input of every analysis command: a plain graph (`--edges FILE`).
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A plain graph: CSV with header source,target[,weight], a whitespace edge list (# comments) or GraphML.",
        discussion: "Parallel edges are merged by summing their weights; self-loops are dropped with a warning.",
        valueName: "FILE"))
    var edges: String?

    @Flag(name: .long, help: "Treat the edges of --edges as directed arcs (GraphML: taken from the file).")
    var directed = false

    func validate() throws {
        if edges == nil { throw ValidationError("give a graph with --edges FILE") }
    }

    /// Loads the network, printing load warnings to stderr.
    func loadNetwork() throws -> AnalysisNetwork {
        guard let edges else { throw ValidationError("give a graph with --edges FILE") }
        let loaded = try EdgeListLoader.load(path: edges, directed: directed ? true : nil)
        for w in loaded.warnings { printError(w.description) }
        return AnalysisNetwork(edgeList: loaded)
    }
}
