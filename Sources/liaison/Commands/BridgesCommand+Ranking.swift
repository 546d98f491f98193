import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph

/// Options of the bridge-contact ranking of `liaison bridges` (SPEC §5.5).
struct BridgeRankingOptions: ParsableArguments {
    @Option(help: "The ego whose own ties count in the ranking (default: the workspace's `me`).")
    var ego: String?

    @Option(help: "Contacts listed.")
    var top: Int = 10

    @Option(help: "Groups for the Gould & Fernandez brokerage roles (attributes need a workspace).")
    var groups: BrokerageGrouping = .community

    @Option(help: "Seed of the communities (Leiden).")
    var seed: UInt64 = 0

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }
}

extension BrokerageGrouping: ExpressibleByArgument {}

extension BridgesCommand {
    /// The ranking of influential bridge contacts as a table, CSV or JSON.
    func printRanking(network: AnalysisNetwork, graph g: Graph, format: OutputFormat) throws {
        var egoIndex = network.ego
        if let id = ranking.ego {
            guard let i = network.network.index(of: id) else {
                printError("liaison: no contact with id \"\(id)\" in the network")
                throw ExitCode(Exit.dataError)
            }
            egoIndex = i
        }
        let communities = g.leidenCommunities(.init(seed: ranking.seed)).partition
        let measures = BridgeMeasures(graph: g, communities: communities)
        let result = BridgeContactRanking(graph: g, measures: measures, names: network.names, ego: egoIndex)
        guard let groups = ranking.groups.groups(for: network, communities: communities) else {
            printError("liaison: --groups \(ranking.groups.rawValue) needs a workspace (contacts with that attribute)")
            throw ExitCode(Exit.usage)
        }
        // Brokerage follows the arcs of a directed network (Gould & Fernandez's two-paths are directed).
        let roles = network.graph.brokerageRoles(groups: groups)
        let ids = network.ids, names = network.names
        switch format {
        case .json:
            try StandardOutput.print(JSONValue.object([
                ("ego", egoIndex.map { .string(ids[$0]) } ?? .null),
                ("groups", .string(ranking.groups.rawValue)),
                ("communities", .integer(communities.count)),
                ("contacts", result.json(ids: ids, names: names, top: ranking.top, brokerage: roles)),
            ]).serialized(pretty: true))
        case .csv:
            var w = CSVWriter()
            w.row(["rank", "id", "name", "score", "betweenness", "constraint", "participation", "articulation_point",
                   "cut_off", "local_bridges", "your_strength", "coordinator", "itinerant", "representative",
                   "gatekeeper", "liaison", "reason"])
            for c in result.contacts.prefix(ranking.top) {
                let r = roles[c.node]
                w.number(c.rank); w.text(ids[c.node]); w.text(names[c.node]); w.number(c.score)
                w.number(c.betweenness); w.number(c.constraint.isNaN ? nil : c.constraint); w.number(c.participation)
                w.bool(c.isArticulationPoint); w.number(c.cutOff); w.number(c.localBridges.count); w.number(c.egoStrength)
                for x in [r.coordinator, r.itinerant, r.representative, r.gatekeeper, r.liaison] { w.number(x) }
                w.text(c.reason); w.endRow()
            }
            try StandardOutput.print(w.output, terminator: "")
        case .table:
            let who = egoIndex.map { " for \(TextTable.sanitize(names[$0]))" } ?? ""
            try StandardOutput.print("Top \(min(ranking.top, result.contacts.count)) bridge contacts\(who) " +
                  "(\(communities.count) communities; brokerage groups: \(ranking.groups.rawValue))")
            try StandardOutput.print(result.table(names: names, top: ranking.top), terminator: "")
            if egoIndex == nil { printError("note: no ego (give --ego ID) — your own ties are not part of the ranking") }
        }
    }
}
