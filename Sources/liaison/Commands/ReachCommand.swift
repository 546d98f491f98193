import ArgumentParser
import Foundation
import Liaison

/// `liaison reach`: weak-tie reach of an ego and the Onnela test (SPEC §5.6).
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "How far your weak ties reach, and whether weak ties hold the network together.",
        discussion: """
        For an ego (--ego, or the workspace's `me`): the contacts reachable within --hops hops using \
        strong ties only, using any ties, and only through at least one weak tie; and for each weak \
        tie, its unique reach — the contacts and communities reached through it and through no other \
        of the ego's ties (Granovetter 1973) — and its new communities: the communities its reach \
        touches that none of the ego's strong ties reaches within --hops hops (the ego's own \
        community not counted), i.e. the circles this tie opens that your close ties do not \
        (csv unique_communities keeps the stricter "reached by no other tie at all"). With --edges, a tie is strong when its weight is at \
        least --strong (default: the median weight; with a workspace, the strong-class threshold of \
        the tie-strength model, 0.6 unless liaison.toml says otherwise).

        For the whole network, the Onnela test (Onnela et al. 2007): the size of the largest \
        component, relative to the whole graph's, as ties are removed weakest first, strongest first \
        and at random; a smaller area under the weak-first curve means weak ties hold the network \
        together. Equal weights are ordered by a seeded shuffle (--seed).

        Output fields. csv: with an ego, one row per tie of the ego: \
        id,name,strength,weak,reach,unique_contacts,unique_communities,new_communities; without an ego, the Onnela \
        table: fraction_removed,weak_first,strong_first,random. json: ego {id, name, hops, \
        strong_threshold, strong_only, any_ties, only_through_weak, only_through_weak_ids, ties \
        [{id, name, strength, weak, reach, unique_contacts, unique_communities, new_communities}]}, communities, onnela \
        {initial_largest_component, fractions_removed, weak_first, strong_first, random, \
        weak_first_area, strong_first_area, random_area, weak_ties_hold_network_together}, \
        overlap_strength {ties, pearson, spearman, deciles [{strength, overlap}]} (neighbourhood overlap \
        of each tie vs its strength; Onnela et al. found a positive correlation for phone calls).

        EXAMPLES:
          liaison reach --edges calls.csv --ego anna
          liaison reach --edges calls.csv --ego anna --hops 3 --strong 5
          liaison reach --edges calls.csv --format json > reach.json
          liaison reach data/team --member olga

        In a team workspace (team in liaison.toml): without --member, each member's reach in their \
        own ties (the touches they had) and the team's — the union, a contact reached only through \
        weak ties when no member reaches it through strong ties alone — then the network-wide part \
        (csv: member,name,strong_only,any_ties,only_through_weak,only_this_member; json: a team \
        object {hops, strong_threshold, strong_only, any_ties, only_through_weak, members [...]} \
        before the usual fields); with --member, that member's reach, as for one owner.
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var ego: EgoOption

    @OptionGroup var member: MemberOption

    @Option(help: "Hops from the ego (1 or more).")
    var hops: Int = 2

    @Option(help: ArgumentHelp("A tie is strong when its weight is at least this (default: the median weight).",
                               valueName: "W"))
    var strong: Double?

    @Option(help: "Steps of the Onnela table (fractions 0, 1/steps, …, 1).")
    var steps: Int = 10

    @Option(help: "Seed of the communities and of the order of equal-weight ties.")
    var seed: UInt64 = 0

    @Option(help: "Weak ties listed in the table.")
    var top: Int = 10

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        guard hops >= 1 else { throw ValidationError("--hops must be at least 1") }
        guard steps >= 1 && steps <= 1000 else { throw ValidationError("--steps must be between 1 and 1000") }
        if let strong, !(strong.isFinite && strong > 0) { throw ValidationError("--strong must be a positive number") }
    }

    func run() throws {
        try reportingErrors {
            let (net, inView) = try member.network(input)
            if inView == nil, ego.ego == nil, let ws = net.workspace, let owners = ws.teamOwners {
                return try printTeam(ws, owners: owners, network: net)
            }
            let egoIndex = try ego.node(in: net)
            if egoIndex == nil && format == .table {
                printError("note: no ego (give --ego ID); showing the network-wide part only")
            }
            let report = try ReachReport(network: net, ego: egoIndex, hops: hops, strongThreshold: strong, steps: steps, seed: seed)
            try emit(report.formatted(format, top: top))
        }
    }

    /// A team workspace without --member: each member's reach in their own ties and the team's,
    /// then the network-wide part of the report on every owner's touches.
    private func printTeam(_ ws: Workspace, owners: [ContactIndex], network net: AnalysisNetwork) throws {
        let team = ws.teamReach(owners: owners, asOf: input.asOf?.date, hops: hops, strongThreshold: strong)
        let report = try ReachReport(network: net, ego: nil, hops: hops, strongThreshold: strong, steps: steps, seed: seed)
        switch format {
        case .table: try emit(team.table(in: ws) + "\n" + report.formatted(.table, top: top))
        case .csv: try emit(team.csv(in: ws))
        case .json:
            guard case .object(let fields) = report.json() else { return try emit(report.formatted(.json, top: top)) }
            try emit(JSONValue.object([("team", team.json(in: ws))] + fields).serialized(pretty: true) + "\n")
        }
    }
}
