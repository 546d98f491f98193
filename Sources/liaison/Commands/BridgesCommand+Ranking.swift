import ArgumentParser
import Foundation
import Liaison

/// Options of the bridge-contact ranking of `liaison bridges` (SPEC §5.5).
struct BridgeRankingOptions: ParsableArguments {
    @OptionGroup var ego: EgoOption

    @Option(help: "Contacts listed.")
    var top: Int = 10

    @Option(help: ArgumentHelp("The groups each reason says a contact connects, and the Gould & Fernandez brokerage roles count over: community (communities named by what their members share), industry, organization or city (attributes need a workspace).", valueName: "community|industry|organization|city"))
    var groups: BrokerageGrouping = .community

    @Option(help: "Seed of the communities (Leiden).")
    var seed: UInt64 = 0

    @OptionGroup var betweenness: BetweennessOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }
}

extension BrokerageGrouping: ExpressibleByArgument {}

extension BridgesCommand {
    /// The ranking of influential bridge contacts as a table, CSV or JSON.
    func printRanking(network: AnalysisNetwork, format: OutputFormat) throws {
        let egoIndex = try ranking.ego.node(in: network)
        let report = try BridgeContactReport(network, ego: egoIndex, grouping: ranking.groups, seed: ranking.seed,
                                              betweenness: ranking.betweenness.policy)
        let result = report.ranking, roles = report.roles, communities = report.communities
        let ids = network.ids, names = network.names
        switch format {
        case .json:
            try emit(JSONValue.object([
                ("ego", egoIndex.map { .string(ids[$0]) } ?? .null),
                ("groups", .string(ranking.groups.rawValue)),
                ("communities", .integer(communities.count)),
                ("community_labels", .array(report.communityLabels.map { .string($0) })),
                ("contacts", result.json(ids: ids, names: names, top: ranking.top, brokerage: roles)),
            ] + (report.betweenness.estimate == nil ? [] : [("betweenness", report.betweenness.json)])).serialized(pretty: true) + "\n")
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
            try emit(w.output)
            if let note = report.betweenness.note { printError(note) }
        case .table:
            let who = egoIndex.map { " for \(TextTable.sanitize(names[$0]))" } ?? ""
            try emit("Top \(min(ranking.top, result.contacts.count)) bridge contacts\(who) " +
                 "(\(communities.count) communities; brokerage groups: \(ranking.groups.rawValue))\n")
            try emit(result.table(names: names, top: ranking.top))
            if let note = report.betweenness.note { try emit(note + "\n") }
            if egoIndex == nil { printError("note: no ego (give --ego ID) — your own ties are not part of the ranking") }
        }
    }
}
