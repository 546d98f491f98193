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

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The workspace folder.")
    var workspace: String

    @Option(help: ArgumentHelp("The contact to suggest for (default: me).", valueName: "ID"))
    var ego: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: as_of in liaison.toml, else today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: "At most this many suggestions of each kind.")
    var top: Int = 10

    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be ≥ 1") }
        if let asOf, ISODate.parse(asOf) == nil { throw ValidationError("--as-of \(asOf): \(ISODate.expected)") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try loadWorkspace(workspace)
            let me: ContactIndex
            if let ego {
                guard let i = ws.index(of: ego) else { throw ValidationError("--ego \(ego): no contact with this id in \(workspace)/contacts.csv") }
                me = i
            } else {
                guard let i = ws.me else {
                    throw ValidationError("\(workspace) has no contact of kind me and liaison.toml names no me: give --ego ID")
                }
                me = i
            }
            let s = try ws.suggestions(ego: me, asOf: asOf.flatMap(ISODate.parse), top: top)
            switch format {
            case .text: try StandardOutput.print(s.text(in: ws), terminator: "")
            case .json: try StandardOutput.print(s.json(in: ws).serialized(pretty: true))
            }
        }
    }
}
