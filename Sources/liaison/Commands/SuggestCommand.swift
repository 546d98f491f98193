import ArgumentParser
import Foundation
import Liaison

/// `liaison suggest WS`: introductions you could make, dormant ties to revive, ties and bridges at risk.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest introductions you could make, dormant ties to revive, and ties and bridges at risk.",
        discussion: """
        Four lists (see docs/planning.md): introductions between two of your contacts who are not \
        tied yet — complementary kinds in the same industry (a client and a supplier; a founder or \
        partner and an investor) or mutual contacts besides you (Adamic–Adar, resource allocation) — \
        scored √(s_a·s_b)·(c + AA/(1+AA)); dormant ties that were once strong, to valuable contacts, \
        silent for a year or more; strong ties fading; and bridges at risk: contacts you reach others \
        only through (or of top-decile betweenness) whose tie with you is fading or dormant.

        --format json writes {as_of, ego, introductions: [{a, b, complement, mutual_contacts, \
        adamic_adar, resource_allocation, score}], revive: [{contact, peak, strength, last_touch, \
        value}], fading: [{contact, past, strength, value}], bridges_at_risk: [{contact, class, past, \
        strength, unique_reach, betweenness}]} (contacts as {id, name, kind, industry}).

        EXAMPLES:
          liaison suggest data/demo
          liaison suggest data/demo --top 5 --format json
        """
    )

    @OptionGroup var input: WorkspaceOptions

    @OptionGroup var ego: EgoOption

    @Option(help: "At most this many suggestions of each kind.")
    var top: Int = 10

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be ≥ 1") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try input.load()
            let me = try ego.contact(in: ws, folder: input.workspace)
            let s = try ws.suggestions(ego: me, asOf: input.asOf?.date, top: top)
            try emit(s.formatted(format, in: ws))
        }
    }
}
