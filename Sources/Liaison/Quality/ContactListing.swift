//===----------------------------------------------------------------------===//
// ContactListing: the contacts of `liaison contacts` as a table, CSV and JSON
//===----------------------------------------------------------------------===//

import Foundation

/// Contact quality rows (best first, as `bestFirst(in:)` orders them) ready to print.
public struct ContactListing: FormattedResult {
    public var rows: [ContactQuality]
    public var workspace: Workspace

    public init(rows: [ContactQuality], workspace: Workspace) {
        self.rows = rows
        self.workspace = workspace
    }

    public func formatted(_ format: ResultFormat) -> String {
        let ws = workspace
        switch format {
        case .csv: return Self.csv(rows, ws)
        case .json: return JSONValue.array(rows.map { .object(Self.fields(ws, $0)) }).serialized(pretty: true) + "\n"
        case .table: return Self.table(rows, ws) + Self.legend(ws)
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
            // The samples and the evidence (added last, so the earlier columns keep their places).
            ("expected_answers", .integer(q.expectedAnswers)), ("feedback", .integer(q.feedbackCount)),
            ("not_enough_data", .text(q.notEnoughData.map(\.rawValue).joined(separator: " "))),
            ("lifetime_quality", .number(q.lifetimeQuality)),
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

    /// What the table's KPIs are measured over, under the table.
    static func legend(_ ws: Workspace) -> String {
        let m = ws.config.quality
        let days = Int(m.windowDays.rounded())
        let window = days == 365 ? "the last 12 months" : "the last \(days) days"
        return "KPIs over \(window) (window_days = \(days)); answered and openness as share (agreed of asked), "
            + "csat and nps with their number of scores, on time with deliveries due. A KPI on fewer than "
            + "\(m.minSample) observations (min_sample) is \"too few\": not enough data, left out of quality and advice.\n"
    }

    /// "43% (3/7)" with its sample; "too few (1/2)" below `min`; "—" without a sample.
    static func sampled(_ share: Double?, _ k: Int, _ n: Int, min: Int) -> String {
        guard n > 0, let share else { return "—" }
        return n < min ? "too few (\(k)/\(n))" : String(format: "%.0f%%", share * 100) + " (\(k)/\(n))"
    }

    static func table(_ rows: [ContactQuality], _ ws: Workspace) -> String {
        let minSample = ws.config.quality.minSample
        var t = TextTable(headers: ["contact", "kind", "quality", "advice", "tie", "revenue", "credited",
                                    "touches/mo", "answered", "reply h", "openness", "csat", "nps", "on time", "delay d"],
                          alignments: [.left, .left, .right, .left, .left, .right, .right, .right, .right, .right,
                                       .right, .right, .right, .right, .right])
        func f(_ x: Double?, _ digits: Int = 2) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "—" }
        func pct(_ x: Double?) -> String { x.map { String(format: "%.0f%%", $0 * 100) } ?? "—" }
        for q in rows {
            let c = ws[q.contact]
            let tie = q.strength.map { "\(f($0)) \(q.tieClass?.rawValue ?? "")" } ?? "—"
            let answered = q.answeredShare.map { Int(($0 * Double(q.expectedAnswers)).rounded()) } ?? 0
            let feedback = q.feedbackCount == 0 ? "" : q.feedbackCount < minSample ? " too few" : ""
            t.append([c.name, c.kind.rawValue, f(q.quality), q.advice.label, tie,
                      q.revenue > 0 ? f(q.revenue, 0) : "—", q.creditedRevenue > 0 ? f(q.creditedRevenue, 0) : "—",
                      f(q.touchesPerMonth, 1), sampled(q.answeredShare, answered, q.expectedAnswers, min: minSample),
                      f(q.medianReplyHours, 1),
                      sampled(q.openness, q.introductionsAgreed, q.introductionsAsked, min: minSample),
                      q.csat == nil ? "—" : f(q.csat, 1) + feedback, q.nps == nil ? "—" : f(q.nps, 0) + feedback,
                      sampled(q.onTimeRate, Int(((q.onTimeRate ?? 0) * Double(q.deliveries)).rounded()), q.deliveries,
                              min: minSample),
                      f(q.meanDelayDays, 1)])
        }
        return t.rendered()
    }
}
