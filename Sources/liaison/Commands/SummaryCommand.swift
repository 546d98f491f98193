import ArgumentParser
import Foundation
import Liaison

/// `liaison summary WS | --edges FILE`: size and shape of the network.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the size and shape of a network: nodes, edges, components, density, activity.",
        discussion: """
        For a workspace, the network is the one every analysis uses: the contacts, and their ties — \
        a tie is an unordered pair of contacts with a positive strength as of the date (--as-of, \
        else as_of in liaison.toml, else today; see liaison ties); a component is a connected set of \
        contacts over those ties. The summary adds the date range of the interactions, the number of contacts of \
        each kind and the contacts with the most interactions (me excluded). For a plain graph \
        (--edges), it lists the nodes of highest degree. Components are weakly connected ones for \
        a directed graph. Density is as NetworkX's: 2m/(n(n−1)) undirected, m/(n(n−1)) directed.

        --format json writes one object: for a workspace as_of, contacts, ties (= nodes, edges), then \
        nodes, edges, directed, components, largest_component, \
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

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(help: "How many top contacts to list.")
    var top: Int = 10

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
        try reportingErrors {
            if input.edges != nil {
                try emit(EdgeListSummary(try input.loadEdges(), top: top).formatted(format))
            } else {
                try emit(try WorkspaceSummaryListing(loadWorkspace(input.workspace!), asOf: input.asOf?.date, top: top).formatted(format))
            }
        }
    }
}
