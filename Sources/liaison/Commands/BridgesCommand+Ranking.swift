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
    /// With `team`: the team as a whole (no ego), and who on the team knows each contact best.
    func printRanking(network: AnalysisNetwork, format: OutputFormat, team: [ContactIndex]? = nil) throws {
        let egoIndex = team == nil ? try ranking.ego.node(in: network) : nil
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
            ] + (teamTies(team, network, result).map { [("team_ties", $0.json)] } ?? [])
              + (report.betweenness.estimate == nil ? [] : [("betweenness", report.betweenness.json)])).serialized(pretty: true) + "\n")
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
            if let closest = teamTies(team, network, result) { return try emit(closest.text) }
            if egoIndex == nil { printError("note: no ego (give --ego ID) — your own ties are not part of the ranking") }
        }
    }

    /// For a team: each listed contact's closest member (the strongest tie in the members' own views).
    private func teamTies(_ team: [ContactIndex]?, _ network: AnalysisNetwork, _ result: BridgeContactRanking)
        -> (text: String, json: JSONValue)? {
        guard let team, let ws = network.workspace else { return nil }
        let listed = result.contacts.prefix(ranking.top).map(\.node)
        let closest = ws.closestOwners(of: listed.map { ContactIndex($0) }, owners: team, asOf: network.ties?.asOf)
        var t = TextTable(headers: ["contact", "closest on the team", "strength"], alignments: [.left, .left, .right])
        var rows = [JSONValue]()
        for (c, best) in zip(listed, closest) {
            t.append([ws.contacts[c].name, best.map { ws[$0.owner].name } ?? "—", best.map { CSVWriter.format($0.strength) } ?? "—"])
            rows.append(.object([("id", .string(ws.contacts[c].id)), ("member", .string(best.map { ws[$0.owner].id })),
                                 ("strength", .number(best?.strength))]))
        }
        return ("Who on the team knows them best (each member's own ties):\n" + t.rendered(), .array(rows))
    }
}
