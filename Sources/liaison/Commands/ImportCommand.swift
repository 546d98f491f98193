import ArgumentParser
import Foundation
import Liaison

/// `liaison import KIND FILE… --into WS`: bring contacts and history from exports into a workspace.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge exported contacts and history (LinkedIn, Google, vCard, mbox, iCalendar) into a workspace.",
        discussion: """
        KIND is linkedin (Connections.csv), google (Google Contacts CSV), vcard (.vcf, one or many \
        cards), mbox (mail headers), ics (calendar events) or auto (detected from the content; the \
        report says what was detected). People are matched to existing contacts by e-mail, phone, \
        profile URL, then name + organisation (docs/identity-resolution.md); a namesake is never \
        merged silently. Existing rows, their order and unknown columns are kept; merged contacts \
        only get empty cells filled. Importing the same file again changes nothing.

        Prints, per file, what was added, merged, skipped (with the reason) and left ambiguous. \
        Malformed records are listed as file:line:column; then nothing is written and the exit \
        status is 65, unless --skip-bad imports the good records. The result is checked as \
        `liaison check` would before anything is written, and all files are replaced together.

        Exit status: 0 imported (or nothing to do), 64 usage, 65 malformed input or an invalid \
        result (nothing written), 66 a file is missing.

        EXAMPLES:
          liaison import linkedin ~/Downloads/Connections.csv --into ~/crm --dry-run
          liaison import vcard contacts.vcf --into ~/crm --country RU --me-email me@example.com
          liaison import auto export/* --into ~/crm --format json
        """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case linkedin, google, vcard, mbox, ics, auto
    }

    @Argument(help: "What the files are: linkedin, google, vcard, mbox, ics or auto.")
    var kind: Kind

    @Argument(help: "The exported files (a folder stands for the files in it).")
    var files: [String]

    @Option(help: "The workspace folder to merge into (created if missing).")
    var into: String

    @Flag(help: "Print what would change; write nothing.")
    var dryRun = false

    @Flag(help: "Import the good records of a file that has malformed ones (they are listed).")
    var skipBad = false

    @Option(help: "Output format: table or json.")
    var format: ReportFormat = .table

    @Option(name: .customLong("me-email"), help: "One of your own e-mail addresses (repeatable): they map to the 'me' contact.")
    var meEmails: [String] = []

    @Option(help: "ISO country code for national phone numbers (RU, DE, US, …), to match phones in E.164.")
    var country: String?

    @Flag(help: "List every added and merged record, not only skips, ambiguities and conflicts.")
    var verbose = false

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one exported file") }
    }

    func run() throws {
        try reportingErrors {
            let kind = ImportKind(rawValue: self.kind.rawValue)
            try withWorkspaceLock(into) {
                let plan = try WorkspaceImport.plan(kind: kind, files: files, into: into, ownerEmails: meEmails,
                                                    region: country, read: Self.readBatch)
                let blocked = !plan.problems.isEmpty && !skipBad
                let write = !dryRun && !blocked && !plan.files.isEmpty
                if write { try writeWorkspaceFiles(plan.files, into: into) }
                let written = plan.files.keys.sorted()
                switch format {
                case .table:
                    for r in plan.reports { try emit(r.rendered(verbose: verbose)) }
                    try emit((blocked ? "malformed records: nothing was written (pass --skip-bad to import the good ones)"
                              : plan.files.isEmpty ? "nothing to change"
                              : dryRun ? "dry run: would write \(written.joined(separator: ", "))"
                              : "wrote \(written.joined(separator: ", "))") + "\n")
                case .json:
                    try emit(JSONValue.object([
                        ("files", .array(plan.reports.map(\.json))),
                        ("written", .array((write ? written : []).map { .string($0) })),
                        ("dry_run", .bool(dryRun)),
                    ]).serialized(pretty: true) + "\n")
                }
                if blocked {
                    for p in plan.problems { printError(p.description) }
                    throw ExitCode(Exit.dataError)
                }
            }
        }
    }

    /// Reads one exported file.
    static func readBatch(_ kind: ImportKind, _ path: String, _ context: ImportContext) throws -> ImportBatch {
        try WorkspaceImport.read(kind, path: path, context: context)
    }
}
