import ArgumentParser
import Foundation
import Liaison

/// `liaison contacts WS`: the business KPIs of each contact, a quality score and what to do.
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "Rate every contact by the business KPIs and advise: invest, keep, review or revive.",
        discussion: """
        Over the window before the date (default 365 days): deals won and revenue (direct, and \
        credited as source), touches per month, responsiveness (share of touches answered, median \
        reply hours), openness (introductions agreed / asked), satisfaction (mean CSAT, NPS) and, for \
        suppliers, the on-time rate and mean delay. The quality (0–1) is a weighted mean of KPI \
        scores set per kind of contact in liaison.toml [quality]; see docs/contact-quality.md. The \
        advice crosses quality with the tie to you: valuable and strong → keep; valuable but weak, \
        fading or no tie → invest; valuable and dormant → revive; low value and many touches → review.

        --format csv/json fields: id, name, kind, quality, advice, strength, class, deals_won, revenue, \
        credited_deals, credited_revenue, touches, touches_per_month, answered_share, \
        median_reply_hours, introductions_asked, introductions_agreed, openness, csat, nps, \
        deliveries, on_time_rate, mean_delay_days (empty / null when unknown), expected_answers, \
        feedback, not_enough_data, lifetime_quality, currency (the base revenue is stated in), \
        revenue_apart, credited_revenue_apart (amounts in a currency without a rate, per currency), \
        money_warning. Best quality first.

        Money: amounts convert to liaison.toml [currency] base at [currency.rates]; an amount in a \
        currency without a rate is shown apart in its own currency, scores nothing, and is warned \
        about on stderr.

        EXAMPLES:
          liaison contacts data/demo
          liaison contacts data/demo --kind client --format csv > clients.csv
          liaison contacts data/demo --advice invest
        """
    )

    @OptionGroup var input: WorkspaceOptions

    @Option(help: "Only contacts of this kind: client, supplier, investor, partner, colleague, mentor or other.")
    var kind: String?

    @Option(help: "Only contacts with this advice: invest, keep, review, revive or none.")
    var advice: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if let kind, ContactKind(rawValue: kind) == nil {
            throw ValidationError("--kind \(kind): expected one of " + ContactKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let advice, Advice(rawValue: advice) == nil {
            throw ValidationError("--advice \(advice): expected one of " + Advice.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        try reportingErrors {
            let ws = try input.load()
            let strengths = ws.tieStrengths(asOf: input.asOf?.date, model: ws.config.tieStrength)
            let rows = ws.contactQuality(strengths: strengths, model: ws.config.quality)
                .bestFirst(in: ws, kind: kind.flatMap(ContactKind.init(rawValue:)), advice: advice.flatMap(Advice.init(rawValue:)))
            for w in ws.moneyWarnings { printError("warning: " + w) }
            try emit(ContactListing(rows: rows, workspace: ws).formatted(format))
        }
    }
}
