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
        deliveries, on_time_rate, mean_delay_days (empty / null when unknown). Best quality first.

        EXAMPLES:
          liaison contacts data/demo
          liaison contacts data/demo --kind client --format csv > clients.csv
          liaison contacts data/demo --advice invest
        """
    )

    @Argument(help: "The workspace folder.")
    var workspace: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Compute as of this date (default: as_of in liaison.toml, else today).",
                                                         valueName: "DATE"))
    var asOf: String?

    @Option(help: "Only contacts of this kind: client, supplier, investor, partner, colleague, mentor or other.")
    var kind: String?

    @Option(help: "Only contacts with this advice: invest, keep, review, revive or none.")
    var advice: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if let asOf, ISODate.parse(asOf) == nil { throw ValidationError("--as-of \(asOf): \(ISODate.expected)") }
        if let kind, ContactKind(rawValue: kind) == nil {
            throw ValidationError("--kind \(kind): expected one of " + ContactKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let advice, Advice(rawValue: advice) == nil {
            throw ValidationError("--advice \(advice): expected one of " + Advice.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        try reportingErrors {
            let ws = try loadWorkspace(workspace)
            let tieModel = ws.config.tieStrength
            let qualityModel = ws.config.quality
            let strengths = ws.tieStrengths(asOf: asOf.flatMap(ISODate.parse), model: tieModel)
            var rows = ws.contactQuality(strengths: strengths, model: qualityModel).filter { $0.contact != ws.me }
            if let k = kind.flatMap(ContactKind.init(rawValue:)) { rows = rows.filter { ws[$0.contact].kind == k } }
            if let a = advice.flatMap(Advice.init(rawValue:)) { rows = rows.filter { $0.advice == a } }
            rows.sort {
                let x = $0.quality ?? -1, y = $1.quality ?? -1
                return x != y ? x > y : ws[$0.contact].id < ws[$1.contact].id
            }
            switch format {
            case .csv: print(Self.csv(rows, ws), terminator: "")
            case .json: print(JSONValue.array(rows.map { .object(Self.fields(ws, $0)) }).serialized(pretty: true))
            case .table: print(Self.table(rows, ws), terminator: "")
            }
        }
    }

    enum Cell { case text(String), number(Double?), integer(Int) }

    static func fields(_ ws: Workspace, _ q: ContactQuality) -> [(String, JSONValue)] {
        cells(ws, q).map { name, cell in
            switch cell {
            case let .text(s): (name, .string(s))
            case let .number(x): (name, .number(x))
            case let .integer(i): (name, .integer(i))
            }
        }
    }

    static func cells(_ ws: Workspace, _ q: ContactQuality) -> [(String, Cell)] {
        let c = ws[q.contact]
        return [
            ("id", .text(c.id)), ("name", .text(c.name)), ("kind", .text(c.kind.rawValue)),
            ("quality", .number(q.quality)), ("advice", .text(q.advice.rawValue)),
            ("strength", .number(q.strength)), ("class", .text(q.tieClass?.rawValue ?? "")),
            ("deals_won", .integer(q.dealsWon)), ("revenue", .number(q.revenue)),
            ("credited_deals", .integer(q.creditedDeals)), ("credited_revenue", .number(q.creditedRevenue)),
            ("touches", .integer(q.touches)), ("touches_per_month", .number(q.touchesPerMonth)),
            ("answered_share", .number(q.answeredShare)), ("median_reply_hours", .number(q.medianReplyHours)),
            ("introductions_asked", .integer(q.introductionsAsked)),
            ("introductions_agreed", .integer(q.introductionsAgreed)), ("openness", .number(q.openness)),
            ("csat", .number(q.csat)), ("nps", .number(q.nps)), ("deliveries", .integer(q.deliveries)),
            ("on_time_rate", .number(q.onTimeRate)), ("mean_delay_days", .number(q.meanDelayDays)),
        ]
    }

    static func csv(_ rows: [ContactQuality], _ ws: Workspace) -> String {
        var w = CSVWriter()
        w.row(cells(ws, ContactQuality(contact: 0)).map(\.0))
        for q in rows {
            for (_, cell) in cells(ws, q) {
                switch cell {
                case let .text(s): w.text(s)
                case let .number(x): w.number(x)
                case let .integer(i): w.number(i)
                }
            }
            w.endRow()
        }
        return w.output
    }

    static func table(_ rows: [ContactQuality], _ ws: Workspace) -> String {
        var t = TextTable(headers: ["contact", "kind", "quality", "advice", "tie", "revenue", "credited",
                                    "touches/mo", "answered", "reply h", "openness", "csat", "nps", "on time", "delay d"],
                          alignments: [.left, .left, .right, .left, .left, .right, .right, .right, .right, .right,
                                       .right, .right, .right, .right, .right])
        func f(_ x: Double?, _ digits: Int = 2) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "—" }
        func pct(_ x: Double?) -> String { x.map { String(format: "%.0f%%", $0 * 100) } ?? "—" }
        for q in rows {
            let c = ws[q.contact]
            let tie = q.strength.map { "\(f($0)) \(q.tieClass?.rawValue ?? "")" } ?? "—"
            t.append([c.name, c.kind.rawValue, f(q.quality), q.advice == .none ? "—" : q.advice.rawValue, tie,
                      q.revenue > 0 ? f(q.revenue, 0) : "—", q.creditedRevenue > 0 ? f(q.creditedRevenue, 0) : "—",
                      f(q.touchesPerMonth, 1), pct(q.answeredShare), f(q.medianReplyHours, 1), pct(q.openness),
                      f(q.csat, 1), f(q.nps, 0), pct(q.onTimeRate), f(q.meanDelayDays, 1)])
        }
        return t.rendered()
    }
}
