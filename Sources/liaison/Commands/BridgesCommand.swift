import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph

/// `liaison bridges`: bridges, local bridges with span, articulation points and neighbourhood overlap.
struct BridgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bridges",
        abstract: "Bridges, local bridges and their span, articulation points, tie overlap.",
        discussion: """
        For every tie:
          overlap       common contacts of its ends over the contacts of
                        either end (Onnela et al. 2007); 0 for local bridges
          bridge        removing it cuts the network (nx.bridges)
          local_bridge  its ends share no contact (nx.local_bridges)
          span          hops between its ends without it (local bridges)
        plus the articulation points: contacts whose removal cuts the
        network (nx.articulation_points). A directed network is read as
        undirected, with the weights of opposite arcs summed.

        --format csv writes one row per tie under the header
          a,b,weight,overlap,bridge,local_bridge,span
        (span empty when infinite, i.e. for bridges, or when the tie is not a
        local bridge). --format json writes
          {"edges": [objects with those keys], "articulation_points": [ids]}.
        The table lists the local bridges, widest span first, then the
        articulation points.

        EXAMPLES:
          liaison bridges --edges karate.csv
          liaison bridges --edges florentine.csv --format csv > ties.csv
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        try reportingErrors {
            let network = try input.loadNetwork()
            var g = network.graph
            if g.isDirected {
                printError("bridges: reading the directed network as undirected")
                g = g.undirected()
            }
            let m = g.edgeCount
            var isBridge = [Bool](repeating: false, count: m)
            for e in g.bridges() { isBridge[e] = true }
            var span = [Int?](repeating: nil, count: m)
            var isLocal = [Bool](repeating: false, count: m)
            for lb in g.localBridges() { isLocal[lb.edge] = true; span[lb.edge] = lb.span }
            let overlap = g.neighborhoodOverlap()
            let cuts = g.articulationPoints()
            let ids = network.ids
            func a(_ e: Int) -> Int { Int(g.edgeSource[e]) }
            func b(_ e: Int) -> Int { Int(g.edgeTarget[e]) }
            switch format {
            case .csv:
                var csv = CSVWriter()
                csv.row(["a", "b", "weight", "overlap", "bridge", "local_bridge", "span"])
                for e in 0 ..< m {
                    csv.text(ids[a(e)]); csv.text(ids[b(e)])
                    csv.number(g.edgeWeight[e]); csv.number(overlap[e])
                    csv.bool(isBridge[e]); csv.bool(isLocal[e])
                    if let s = span[e] { csv.number(s) } else { csv.empty() }
                    csv.endRow()
                }
                print(csv.output, terminator: "")
            case .json:
                let edges: [JSONValue] = (0 ..< m).map { e in
                    .object([("a", .string(ids[a(e)])), ("b", .string(ids[b(e)])),
                             ("weight", .number(g.edgeWeight[e])), ("overlap", .number(overlap[e])),
                             ("bridge", .bool(isBridge[e])), ("local_bridge", .bool(isLocal[e])),
                             ("span", span[e].map { .integer($0) } ?? .null)])
                }
                let cutIDs: [JSONValue] = cuts.map { .string(ids[$0]) }
                print(JSONValue.object([("edges", .array(edges)), ("articulation_points", .array(cutIDs))])
                    .serialized(pretty: true))
            case .table:
                let shown = (0 ..< m).filter { isLocal[$0] }.sorted {
                    (span[$0] ?? Int.max, $1) > (span[$1] ?? Int.max, $0)
                }
                var table = TextTable(headers: ["a", "b", "weight", "bridge", "span"],
                                      alignments: [.left, .left, .right, .left, .right])
                for e in shown {
                    table.append([network.names[a(e)], network.names[b(e)], CSVWriter.format(g.edgeWeight[e]),
                                  isBridge[e] ? "yes" : "no", span[e].map(String.init) ?? "∞"])
                }
                print("\(shown.count) local bridges (\(isBridge.filter { $0 }.count) of them bridges) among \(m) ties")
                if !shown.isEmpty { print(table.rendered(), terminator: "") }
                print("articulation points (\(cuts.count)): " + cuts.map { network.names[$0] }.joined(separator: ", "))
            }
        }
    }
}
