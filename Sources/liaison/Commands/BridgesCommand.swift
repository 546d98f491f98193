import ArgumentParser
import Foundation
import Liaison

/// `liaison bridges`: bridges, local bridges with span, articulation points and neighbourhood overlap.
struct BridgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bridges",
        abstract: "Influential bridge contacts, ranked and explained; with --edges-only, the bridges and local bridges.",
        discussion: """
        By default: the ranking of influential bridge contacts (SPEC §5.5) — betweenness, low Burt \
        constraint, participation across Leiden communities, local bridges held (with span), cut \
        vertices and how strongly the ego (--ego, or the workspace's `me`) is tied to each — with a \
        sentence per contact in plain words: which two groups the contact connects, with two or \
        three of its people on each side ("connects fintech · London (Anna Ivanova, Tom Baker) with \
        logistics · Warsaw (…)"), then the facts. --groups picks those groups: community (the \
        default; each community named by what most of its members share — industry, organisation, \
        city — else "community N"), industry, organization or city. Gould & Fernandez brokerage \
        roles are counted over the same groups. csv header:
          rank,id,name,score,betweenness,constraint,participation,articulation_point,cut_off,\
        local_bridges,your_strength,coordinator,itinerant,representative,gatekeeper,liaison,reason
        json: {ego, groups, communities, community_labels, contacts: [{rank, id, name, score, betweenness, constraint, \
        participation, communities_spanned, articulation_point, cut_off, local_bridges [{id, span}], \
        community_bridges, your_strength, connects [{group, contacts, people}], brokerage {coordinator, itinerant, representative, \
        gatekeeper, liaison}, reason}]}.

        With --edges-only:
        For every tie: its neighbourhood overlap (Onnela et al. 2007: common contacts over the \
        contacts of either end, 0 for a local bridge), whether it is a bridge (its removal cuts the \
        network: nx.bridges) and whether it is a local bridge (its ends share no contact: \
        nx.local_bridges(G, with_span=True)) with its span, the hops between its ends without it. \
        A directed network is read as undirected (weights of opposite arcs summed).
        --format csv writes the header
          a,b,weight,overlap,bridge,local_bridge,span
        (span empty when infinite, i.e. for bridges, or when the tie is not a local bridge).
        --format json writes {"edges": [objects with those keys], "articulation_points": [ids]}.
        The table lists the bridges and local bridges, widest span first, then the articulation points.

        EXAMPLES:
          liaison bridges --edges karate.csv --ego 0
          liaison bridges --edges karate.csv --format json --top 5
          liaison bridges --edges florentine.csv --edges-only --format csv > ties.csv
          liaison bridges data/team --member olga

        In a team workspace (team in liaison.toml): without --member, the ranking on every owner's \
        touches with no single ego, and for each contact listed the member who knows them best (the \
        strongest tie in that member's own ties; json: team_ties [{id, member, strength}]); with \
        --member, that member's own ties with them as the ego, as for one owner.
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Flag(help: "Only the per-tie output: bridges, local bridges with span, overlap, articulation points.")
    var edgesOnly = false

    @OptionGroup var ranking: BridgeRankingOptions

    @OptionGroup var member: MemberOption

    func run() throws {
        try reportingErrors {
            let (network, inView) = try member.network(input)
            if inView == nil, ranking.ego.ego == nil, !edgesOnly, let ws = network.workspace, let owners = ws.teamOwners {
                return try printRanking(network: network, format: format, team: owners)
            }
            if network.graph.isDirected { printError("bridges: reading the directed network as undirected") }
            if !edgesOnly { return try printRanking(network: network, format: format) }
            let g = network.graph.isDirected ? network.graph.undirected() : network.graph
            let t = TieBridges(g)
            let ids = network.ids
            func a(_ e: Int) -> Int { Int(g.edgeSource[e]) }
            func b(_ e: Int) -> Int { Int(g.edgeTarget[e]) }
            switch format {
            case .csv:
                var csv = CSVWriter()
                csv.row(["a", "b", "weight", "overlap", "bridge", "local_bridge", "span"])
                for e in 0 ..< g.edgeCount {
                    csv.text(ids[a(e)]); csv.text(ids[b(e)])
                    csv.number(g.edgeWeight[e]); csv.number(t.overlap[e])
                    csv.bool(t.isBridge[e]); csv.bool(t.isLocalBridge[e])
                    if let s = t.span[e] { csv.number(s) } else { csv.empty() }
                    csv.endRow()
                }
                try emit(csv.output)
            case .json:
                let edges: [JSONValue] = (0 ..< g.edgeCount).map { e in
                    .object([("a", .string(ids[a(e)])), ("b", .string(ids[b(e)])),
                             ("weight", .number(g.edgeWeight[e])), ("overlap", .number(t.overlap[e])),
                             ("bridge", .bool(t.isBridge[e])), ("local_bridge", .bool(t.isLocalBridge[e])),
                             ("span", t.span[e].map { .integer($0) } ?? .null)])
                }
                let cutIDs: [JSONValue] = t.articulationPoints.map { .string(ids[$0]) }
                try emit(JSONValue.object([("edges", .array(edges)), ("articulation_points", .array(cutIDs))])
                    .serialized(pretty: true) + "\n")
            case .table:
                let shown = t.localBridgesWidestFirst
                var table = TextTable(headers: ["a", "b", "weight", "bridge", "span"],
                                      alignments: [.left, .left, .right, .left, .right])
                for e in shown {
                    table.append([network.names[a(e)], network.names[b(e)], CSVWriter.format(g.edgeWeight[e]),
                                  t.isBridge[e] ? "yes" : "no", t.span[e].map(String.init) ?? "∞"])
                }
                var out = "\(shown.count) local bridges (\(t.isBridge.filter { $0 }.count) of them bridges) among \(g.edgeCount) ties\n"
                if !shown.isEmpty { out += table.rendered() }
                out += "articulation points (\(t.articulationPoints.count)): " + t.articulationPoints.map { network.names[$0] }.joined(separator: ", ") + "\n"
                try emit(out)
            }
        }
    }
}
