import ArgumentParser
import Foundation
import Liaison

/// `liaison agenda WS [snooze|no-cadence|resume CONTACT]`: who to get in touch with now, and why;
/// or a snooze / "no cadence" mark written to cadence.csv.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Who to get in touch with now, and why; snooze a contact or mark it no cadence.",
        discussion: """
        The agenda lists, in order (see docs/agenda.md): ties overdue against their own rhythm \
        (the typical gap between your touches, learned per tie — the median gap shrunk toward a \
        30-day prior for young ties; irregular ties are never called overdue), strong ties \
        fading, dormant ties worth reviving (value × past strength), the contacts to approach for \
        the plan toward open goals (liaison.toml [[goal]] with no past deadline), and promises: \
        introductions asked for with no outcome yet. Each line says why and the channel that got \
        answers before. --days N looks N days ahead (default 7: this week).

        ACTION CONTACT changes cadence.csv (under the workspace lock, checked first, then written \
        atomically) and prints nothing else:
          snooze CONTACT --until DATE   leave the contact out until DATE
          no-cadence CONTACT            never list the contact for its rhythm, a fading or dormant tie
          resume CONTACT                clear both
        CONTACT is an id or a name exactly one contact has; an unknown or ambiguous one exits 65 \
        with "did you mean".

        csv: rank,id,name,reason,reasons,why,channel,channel_evidence,last_touch,typical_gap_days,\
        due_after_days,strength,class. json: {as_of, days, ego, snoozed, no_cadence, items: [{rank, \
        contact {id, name, kind}, reasons [{reason, why}], channel, channel_evidence, last_touch, \
        rhythm, strength, class}]}.

        EXAMPLES:
          liaison agenda data/demo
          liaison agenda data/demo --days 30 --format json
          liaison agenda ~/crm snooze "Anna Petrova" --until 2026-12-01
          liaison agenda ~/crm no-cadence tobias-kruger
        """
    )

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case snooze
        case noCadence = "no-cadence"
        case resume
    }

    @Argument(help: ArgumentHelp("The workspace folder.", valueName: "WS"), completion: .directory)
    var workspace: String

    @Argument(help: ArgumentHelp("snooze, no-cadence or resume (default: print the agenda).", valueName: "ACTION"))
    var action: Action?

    @Argument(help: ArgumentHelp("The contact the action is about (id or name).", valueName: "CONTACT"))
    var contact: String?

    @Option(help: ArgumentHelp("snooze: the date the contact comes back on the agenda.", valueName: "DATE"))
    var until: DateArgument?

    @Option(help: "Look this many days ahead: ties falling due by then are listed.")
    var days: Int = 7

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Compute as of this date (default: as_of in liaison.toml, else today).", valueName: "DATE"))
    var asOf: DateArgument?

    @OptionGroup var ego: EgoOption

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if days < 0 { throw ValidationError("--days must be ≥ 0") }
        switch action {
        case nil:
            if contact != nil { throw ValidationError("a CONTACT goes with an action: snooze, no-cadence or resume") }
            if until != nil { throw ValidationError("--until goes with snooze") }
        case .some(let a):
            if contact == nil { throw ValidationError("\(a.rawValue) needs a CONTACT (id or name)") }
            if a == .snooze && until == nil { throw ValidationError("snooze needs --until DATE") }
            if a != .snooze && until != nil { throw ValidationError("--until goes with snooze") }
        }
    }

    func run() throws {
        try reportingErrors {
            if let action, let contact {
                let change: CadenceChange = switch action {
                case .snooze: .snooze(until: until!.date)
                case .noCadence: .noCadence
                case .resume: .resume
                }
                // The lock would create the folder: a mistyped one is an error, not a new workspace.
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isFolder), isFolder.boolValue else {
                    throw InputMissing(path: workspace, reason: "no such workspace folder")
                }
                try withWorkspaceLock(workspace) {
                    let (files, summary) = try CadenceEdit.apply(change, to: contact, in: workspace)
                    try writeWorkspaceFiles(files, into: workspace)
                    try emit(TextTable.sanitize(summary) + "\n")
                }
                return
            }
            progress.start()
            let ws = try loadWorkspace(workspace)
            let me = try ego.contact(in: ws, folder: workspace)
            ProgressReporter.shared.begin("agenda")
            let agenda = try ws.agenda(ego: me, asOf: asOf?.date, days: days)
            ProgressReporter.shared.end()
            try emit(agenda.formatted(format, in: ws))
        }
    }
}
