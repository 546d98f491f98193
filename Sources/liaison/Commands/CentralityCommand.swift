import ArgumentParser
import Foundation
import Liaison

/// `liaison centrality`: every node measure of SPEC §5.3, one row per node.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Centrality and structural-hole measures of every node, as in NetworkX.",
        discussion: """
        Path-based measures use distance = 1/weight (weight = tie strength).
          degree, strength     G.degree(), G.degree(weight="weight")
          betweenness          betweenness_centrality(G, weight="dist"),
                               normalised; exact unless --approx EPS
          closeness, harmonic  closeness_centrality(G, distance="dist"),
                               harmonic_centrality(G, distance="dist")
          eigenvector          eigenvector_centrality_numpy(G, weight=...);
                               empty unless (strongly) connected
          pagerank             pagerank(G, weight="weight", tol=1e-12)
          constraint           Burt's constraint(G, weight="weight")
          effective_size       Burt's effective size (weighted)
          efficiency           effective size / number of contacts
          clustering           clustering(G) (unweighted)
        Directed graphs: degree and strength count in + out; closeness and
        harmonic use distances *to* the node.

        Undefined values (e.g. the constraint of an isolated node) are empty
        in CSV and null in JSON. --format csv writes one row per node under
        the header
          id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,constraint,effective_size,efficiency,clustering
        --format json writes an array of objects with the same keys. The
        table shows the top 20 by betweenness.

        Betweenness is exact when n·m is at most 60,000,000 (about a
        second), else estimated within 0.05 (absolute, on the normalised
        scale) with probability 0.9 (KADABRA adaptive sampling); the
        estimate's ε, δ and sample size go to stderr. --exact forces exact
        values; --approx EPS the estimate within EPS.

        EXAMPLES:
          liaison centrality --edges karate.csv
          liaison centrality --edges arcs.txt --directed --format csv
          liaison centrality --edges big.csv --approx 0.01 --format json
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @OptionGroup var betweenness: BetweennessOptions

    @Option(help: .hidden)
    var threads: Int?

    func validate() throws {
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let network = try input.loadNetwork()
            let table = NodeMeasureTable(network, betweenness: betweenness.policy, threads: threads)
            if let estimate = table.betweennessEstimate {
                printError("betweenness: approximate, |error| ≤ \(estimate.epsilon) with probability ≥ \(1 - estimate.delta) (\(estimate.sampleCount) sampled paths, vertex-diameter bound \(estimate.vertexDiameterBound); --exact for exact values)")
            }
            for note in table.notes { printError(note) }
            try emit(table.formatted(format, network: network))
            let n = network.graph.nodeCount
            if format == .table && n > 20 { printError("top 20 of \(n) nodes by betweenness; --format csv for all") }
        }
    }
}
