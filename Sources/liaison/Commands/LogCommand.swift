import ArgumentParser
import Foundation
import Liaison

/// `liaison log WS touch|deal|intro|contact …`: record what happened without opening a spreadsheet.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Append a touch, a deal, an introduction or a contact to a workspace.",
        discussion: """
        WHAT is one of:
          touch    --with A[,B…] [--channel C] [--from X] [--reply-hours H] [--note …]   → interactions.csv
          deal     --contact A --amount N [--currency EUR] [--status won|lost|open] [--source X] → deals.csv
          intro    --from A --to B --via C [--outcome requested|made|accepted|declined|converted] → introductions.csv
          contact  --name … [--kind K] [--email …] [--organization …]                     → contacts.csv
        Every kind takes --date (ISO 8601; default today, UTC).

        Contacts are named by id or by name (case, accents and ё/е ignored) when that is \
        unambiguous; an unknown or ambiguous one gets a "did you mean" list and exit status 65. \
        The row is checked as `liaison check` would check it, then appended under the workspace \
        lock (other rows and columns are kept byte for byte); it shows in `liaison ties --explain` \
        at once.

        EXAMPLES:
          liaison log ~/crm touch --with anna-petrova,"Иван Соколов" --channel call --note "pricing"
          liaison log ~/crm intro --from me --to tobias-kruger --via elena-kovaleva --outcome requested
          liaison log ~/crm contact --name "Анна Петрова" --email anna@example.com --kind client
        """
    )

    enum What: String, ExpressibleByArgument, CaseIterable { case touch, deal, intro, contact }

    @Argument(help: "The workspace folder.")
    var workspace: String
    @Argument(help: "What to record: touch, deal, intro or contact.")
    var what: What

    @Option(help: "touch: who was reached (ids or names, comma-separated).")
    var with: String?
    @Option(help: "touch: meeting, call, video, message, email, event or other.")
    var channel: Channel = .other
    @Option(help: "touch: who reached out (default me); intro: who is introduced.")
    var from: String?
    @Option(help: "touch: hours the other side took to answer.")
    var replyHours: Double?
    @Option(help: "touch: free text.")
    var note = ""
    @Option(help: "deal: the client or partner.")
    var contact: String?
    @Option(help: "deal: amount ≥ 0.")
    var amount: Double?
    @Option(help: "deal: ISO currency code.")
    var currency = ""
    @Option(help: "deal: won, lost or open.")
    var status: DealStatus = .open
    @Option(help: "deal: the contact credited for the deal.")
    var source: String?
    @Option(help: "intro: to whom.")
    var to: String?
    @Option(help: "intro: who makes the introduction.")
    var via: String?
    @Option(help: "intro: requested, made, accepted, declined or converted.")
    var outcome: IntroductionStatus = .made
    @Option(help: "contact: the name as written, any script.")
    var name: String?
    @Option(help: "contact: me, client, supplier, investor, partner, colleague, mentor or other.")
    var kind: ContactKind = .other
    @Option(help: "contact: e-mail address(es), ';'-separated.")
    var email = ""
    @Option(help: "contact: employer or company.")
    var organization = ""
    @Option(help: "When it happened (ISO 8601 date or date-time; default today, UTC).")
    var date: String?

    func validate() throws {
        if let date, ISODate.parse(date) == nil { throw ValidationError("--date \(date): \(ISODate.expected)") }
        func need(_ value: Any?, _ option: String) throws {
            if value == nil { throw ValidationError("log \(what.rawValue) needs \(option)") }
        }
        switch what {
        case .touch:
            try need(with, "--with")
            if let h = replyHours, !(h >= 0 && h.isFinite) { throw ValidationError("--reply-hours must be a number ≥ 0") }
        case .deal:
            try need(contact, "--contact"); try need(amount, "--amount")
            if let a = amount, !(a >= 0 && a.isFinite) { throw ValidationError("--amount must be a number ≥ 0") }
        case .intro: try need(from, "--from"); try need(to, "--to"); try need(via, "--via")
        case .contact:
            try need(name, "--name")
            if name!.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name must not be empty") }
        }
    }

    func run() throws {
        let when = date.flatMap(ISODate.parse) ?? ISODate.parse(ISODate.dayString(Date()))!
        let entry: LogEntry
        switch what {
        case .touch:
            let names = with!.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            entry = .touch(with: names, channel: channel, date: when, from: from, replyHours: replyHours, note: note)
        case .deal:
            entry = .deal(contact: contact!, amount: amount!, currency: currency, status: status, source: source, date: when)
        case .intro: entry = .intro(from: from!, to: to!, via: via!, outcome: outcome, date: when)
        case .contact: entry = .contact(name: name!, kind: kind, email: email, organization: organization)
        }
        try reportingErrors {
            try withWorkspaceLock(workspace) {
                let (files, summary) = try WorkspaceLog.append(entry, to: workspace)
                try writeWorkspaceFiles(files, into: workspace)
                try emit("logged \(TextTable.sanitize(summary))\n")
            }
        }
    }
}

extension Channel: ExpressibleByArgument {}
extension DealStatus: ExpressibleByArgument {}
extension IntroductionStatus: ExpressibleByArgument {}
extension ContactKind: ExpressibleByArgument {}
