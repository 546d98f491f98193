import ArgumentParser
import Foundation
import Liaison

/// `liaison diff`: what changed in the network between two dates.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two dates: ties, contacts' value and bridging role, communities, goals.",
        discussion: """
        The tie-strength model, contact quality, the bridge ranking and Leiden communities are \
        computed twice, each on only the records dated on or before its date (--since, and --as-of \
        or as_of in liaison.toml or today); declared strengths in ties.csv carry no date and count \
        at both. Ties: appeared (no strength at --since), became dormant (the model's dormant class \
        at --as-of only), strengthened or weakened (strength moved by at least --threshold, 0.1: a \
        third of a tie class's 0.3 width). Contacts: value up or down (quality moved by at least \
        --value-threshold), became or no longer a bridge (in or out of the top --bridge-top bridge \
        contacts). Communities that merged or split: a community continues into the later one that \
        holds a strict majority of its members, and a later one descends from the earlier one that \
        gave it a strict majority of its members; two or more parts of at least 3 contacts make a \
        merge or a split (Jaccard index of each part shown; over the contacts tied at both dates). \
        Goals: the matching contacts you touched, or were introduced to, in the period.

        csv: section,change,id,name,other_id,other_name,before,after,class_before,class_after,date,detail \
        (section tie, contact, community or goal). json: {since, as_of, owners, tie_threshold, \
        value_threshold, bridge_top, ties [{change, a, b, before, after, class_before, class_after, \
        last_touch}], contacts [{change, contact, value_before, value_after, bridge_rank_before, \
        bridge_rank_after}], communities {before, after, changes [{change, before, after, jaccard}]}, \
        goals [{name, targets, count, reached [{contact, date, how, by, first_ever}]}]}.

        EXAMPLES:
          liaison diff data/demo --since 2025-12-14
          liaison diff data/demo --since 2025-06-01 --as-of 2025-12-01 --format json
        """
    )

    @OptionGroup var input: WorkspaceOptions

    @Option(help: ArgumentHelp("The earlier date.", valueName: "DATE"))
    var since: DateArgument

    @Option(help: "A tie changed when its strength moved by at least this much.")
    var threshold: Double = 0.1

    @Option(name: .customLong("value-threshold"), help: "A contact's value changed when its quality moved by at least this much.")
    var valueThreshold: Double = 0.1

    @Option(name: .customLong("bridge-top"), help: "A contact plays a bridging role among this many top bridge contacts.")
    var bridgeTop: Int = 20

    @Option(help: "Rows of each kind in the table.")
    var top: Int = 10

    @Option(help: "Seed of the communities (the same at both dates).")
    var seed: UInt64 = 0

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        if !(threshold > 0 && threshold <= 1) { throw ValidationError("--threshold must be in (0, 1]") }
        if !(valueThreshold > 0 && valueThreshold <= 1) { throw ValidationError("--value-threshold must be in (0, 1]") }
        if bridgeTop < 1 { throw ValidationError("--bridge-top must be ≥ 1") }
        if top < 1 { throw ValidationError("--top must be ≥ 1") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try input.load()
            let asOf = input.asOf?.date ?? ws.asOf
            guard since.date < asOf else {
                throw ValidationError("--since \(ISODate.dayString(since.date)) must be before the date compared with (\(ISODate.dayString(asOf)))")
            }
            let options = ChangeOptions(tieThreshold: threshold, valueThreshold: valueThreshold, bridgeTop: bridgeTop, seed: seed)
            let change = ws.changes(since: since.date, asOf: asOf, owners: ws.teamOwners, options: options)
            try emit(change.formatted(format, in: ws, top: top))
        }
    }
}
