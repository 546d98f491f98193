import ArgumentParser
import Foundation
import Liaison

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `liaison communities`: Leiden or Louvain communities and their modularity (SPEC §5.4).
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities (Leiden or Louvain) and report their modularity.",
        discussion: """
        Leiden (Traag, Waltman & van Eck 2019) is the default: its communities are always \
        connected and its modularity is at least Louvain's (Blondel et al. 2008). Modularity \
        Q = Σ_c [L_c/m − γ (K_c/2m)²] equals NetworkX's community.modularity on the same partition. \
        The same --seed gives the same communities. Communities are numbered from 1, largest first.

        Output fields. csv: id,community (one row per contact). json: method, resolution, seed, \
        iterations, modularity, community_count, communities [{community, size, members}], nodes [{id, name, \
        community, participation}] (participation coefficient across communities, Guimerà & Amaral 2005).

        EXAMPLES:
          liaison communities --edges karate.csv
          liaison communities --edges karate.csv --method louvain --resolution 2 --seed 7
          liaison communities --edges big.txt --iterations 10
          liaison communities --edges karate.csv --format csv > communities.csv
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Community detection method.")
    var method: CommunityAlgorithm = .leiden

    @Option(help: "Modularity resolution γ (> 0): above 1 gives smaller communities, below 1 larger ones.")
    var resolution: Double = 1

    @Option(help: "Random seed (same seed, same communities).")
    var seed: UInt64 = 0

    @Option(help: "Leiden iterations / Louvain rounds, each restarting from the partition found: more is higher Q, slower.")
    var iterations: Int = 2

    @Option(help: "Members listed per community in the table.")
    var top: Int = 5

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw ValidationError("--resolution must be a positive number") }
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") }
        guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
        try reportingErrors {
            let net = try input.loadNetwork()
            if net.graph.isDirected {
                printError("communities: reading the directed network as undirected (opposite arcs summed)")
            }
            let report = CommunityReport(net, method: method, resolution: resolution, seed: seed, iterations: iterations)
            try emit(report.formatted(format, top: top))
        }
    }
}
