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
        case .table: return Self.table(rows, ws)
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
