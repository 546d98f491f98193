import ArgumentParser
import Foundation
import Liaison

/// `liaison show WS CONTACT`: one page about one person.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One page about one contact: KPIs, your tie, their ties, bridging, goals, introductions, touches.",
        discussion: """
        CONTACT is an id or a name exactly one contact has (case, accents and width ignored); an \
        unknown or ambiguous one exits 65 with "did you mean". The page: who they are; the KPIs of \
        liaison contacts with their evidence; your tie with its trend and the sentences of \
        ties --explain; their strongest ties; the groups they bridge (as liaison bridges ranks \
        them); goal targets one step from them (whom they can introduce you to); introductions \
        made and received; the last touches.

        --format json writes the same page for scripts: {as_of, contact, kpis, quality, \
        tie_with_you, strongest_ties, bridging, goal_leads, goals_as_target, introductions_made, \
        introductions_received, last_touches} (see Sources/Liaison/Profile).

        EXAMPLES:
          liaison show data/demo anna-petrova
          liaison show data/demo "Anna Petrova" --format json
        """
    )

    @OptionGroup var input: WorkspaceOptions

    @Argument(help: ArgumentHelp("The contact: an id or a unique name.", valueName: "CONTACT"))
    var contact: String

    @OptionGroup var ego: EgoOption

    @Option(help: "At most this many strongest ties, goal leads per goal and last touches.")
    var top: Int = 5

    @Option(help: "Output format: table (a page) or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be ≥ 1") }
        if format == .csv { throw ValidationError("show prints a page: --format table or json") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try input.load()
            let who = ContactIndex(try ws.contactDirectory.resolve(contact, option: "CONTACT"))
            let me: ContactIndex? = try ego.ego == nil ? ws.me : ego.contact(in: ws, folder: input.workspace)
            ProgressReporter.shared.begin("profile")
            let profile = try ws.profile(of: who, ego: me, asOf: input.asOf?.date, top: top)
            ProgressReporter.shared.end()
            try emit(profile.formatted(format, in: ws))
        }
    }
}
