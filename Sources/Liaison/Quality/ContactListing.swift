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
        case .json:
            let shared = Shared(ws)
            return JSONValue.array(rows.map { .object(Self.fields(ws, $0, shared)) }).serialized(pretty: true) + "\n"
        case .table: return Self.table(rows, ws) + Self.legend(ws)
        }
    }

    enum Cell { case text(String), number(Double?), integer(Int), amounts([String: Double]) }

    /// Amounts per currency, in code order: "1000 XYZ; 250 ABC" ("" when none).
    static func amountsText(_ a: [String: Double]) -> String {
        a.keys.sorted().map { CSVWriter.format(a[$0]!) + ($0.isEmpty ? "" : " " + $0) }.joined(separator: "; ")
    }

    /// What every row's cells share: the KPI window's label and the money base. Computed once per
    /// listing (the base comes from a `MoneyConverter` over every deal's currency).
    struct Shared {
        let window: String
        let base: String?
        init(_ ws: Workspace) {
            window = KPIWindow(asOf: ws.asOf, model: ws.config.quality).label
            base = ws.money.base
        }
    }

    static func fields(_ ws: Workspace, _ q: ContactQuality, _ shared: Shared? = nil) -> [(String, JSONValue)] {
        cells(ws, q, shared ?? Shared(ws)).map { name, cell in
            switch cell {
            case let .text(s): (name, .string(s))
            case let .number(x): (name, .number(x))
            case let .integer(i): (name, .integer(i))
            case let .amounts(a): (name, .object(a.keys.sorted().map { ($0, .number(a[$0]!)) }))
            }
        }
    }

    static func cells(_ ws: Workspace, _ q: ContactQuality, _ shared: Shared) -> [(String, Cell)] {
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
            // The window every KPI above is counted in, as the table and the plan say it.
            ("kpi_window", .text(shared.window)),
            ("answered", .integer(q.answeredShare.map { Int(($0 * Double(q.expectedAnswers)).rounded()) } ?? 0)),
            // Money: the currency revenue and credited_revenue are in, and what did not convert.
            ("currency", .text(shared.base ?? "")), ("revenue_apart", .amounts(q.revenueApart)),
            ("credited_revenue_apart", .amounts(q.creditedRevenueApart)),
            ("money_warning", .text(q.revenueApart.isEmpty && q.creditedRevenueApart.isEmpty ? ""
                : "not added to revenue, no rate to \(shared.base ?? "a base currency"): "
                    + amountsText(q.revenueApart.merging(q.creditedRevenueApart, uniquingKeysWith: +)))),
        ]
    }

    static func csv(_ rows: [ContactQuality], _ ws: Workspace) -> String {
        var w = CSVWriter()
        let shared = Shared(ws)
        w.row(cells(ws, ContactQuality(contact: 0), shared).map(\.0))
        for q in rows {
            for (_, cell) in cells(ws, q, shared) {
                switch cell {
                case let .text(s): w.text(s)
                case let .number(x): w.number(x)
                case let .integer(i): w.number(i)
                case let .amounts(a): w.text(amountsText(a))
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
        let window = KPIWindow(asOf: ws.asOf, model: m).label
        return "KPIs counted \(window) (window_days = \(days)): answered \"3 of 7\" = answered 3 of the 7 messages "
            + "that expected an answer \(window); openness agreed of asked; "
            + "csat and nps with their number of scores, on time with deliveries due. A KPI on fewer than "
            + "\(m.minSample) observations (min_sample) is \"too few\": not enough data, left out of quality and advice.\n"
            + Self.moneyLegend(ws)
    }

    /// How the money columns were added up: the base and the rates used, and every warning.
    static func moneyLegend(_ ws: Workspace) -> String {
        let m = ws.money
        let used = Set(ws.deals.map(\.currency)).subtracting([m.base ?? ""]).sorted()
        let rates = used.compactMap { code in ws.config.currency.rates[code].map { "1 \(code) = \(CSVWriter.format($0))\(m.suffix)" } }
        var out = ""
        if let base = m.base, !base.isEmpty, !used.isEmpty {
            out += "Revenue in \(base)" + (rates.isEmpty ? "" : ", converted at " + rates.joined(separator: ", ")) + " ([currency] in liaison.toml).\n"
        }
        if !ws.moneyWarnings.isEmpty { out += "Amounts in a currency without a rate are shown apart in their currency (see the warning on stderr).\n" }
        return out
    }

    /// "3 of 7 (43%)" with its sample; "too few (1 of 2)" below `min`; "—" without a sample. The
    /// same "k of n" the plan's reasons and `ties --explain` print, over the same `KPIWindow`.
    static func sampled(_ share: Double?, _ k: Int, _ n: Int, min: Int) -> String {
        guard n > 0, share != nil else { return "—" }
        return n < min ? "too few (\(k) of \(n))" : "\(k) of \(n) (" + String(format: "%.0f%%", Double(k) / Double(n) * 100) + ")"
    }

    /// The table's columns: headers and alignments.
    static func tableColumns(_ ws: Workspace) -> (headers: [String], alignments: [TextTable.Alignment]) {
        let base = ws.money.base.map { $0.isEmpty ? "" : " " + $0 } ?? ""
        return (["contact", "kind", "quality", "advice", "tie", "revenue" + base, "credited" + base,
                 "touches/mo", "answered", "reply h", "openness", "csat", "nps", "on time", "delay d"],
                [.left, .left, .right, .left, .left, .right, .right, .right, .right, .right,
                 .right, .right, .right, .right, .right])
    }

    /// One contact's row of the table, in the columns of `tableColumns`.
    static func tableRow(_ q: ContactQuality, _ ws: Workspace) -> [String] {
        let minSample = ws.config.quality.minSample
        func f(_ x: Double?, _ digits: Int = 2) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "—" }
        func money(_ inBase: Double, _ apart: [String: Double]) -> String { moneyText(inBase, apart, in: nil) }
        let c = ws[q.contact]
        let tie = q.strength.map { "\(f($0)) \(q.tieClass?.rawValue ?? "")" } ?? "—"
        let answered = q.answeredShare.map { Int(($0 * Double(q.expectedAnswers)).rounded()) } ?? 0
        let feedback = q.feedbackCount == 0 ? "" : q.feedbackCount < minSample ? " too few" : ""
        // Revive rests on the lifetime value, not the window's quality: say it beside the advice.
        let advice = q.advice == .revive ? "revive (lifetime \(f(q.lifetimeQuality)))" : q.advice.label
        return [c.name, c.kind.rawValue, f(q.quality), advice, tie,
                money(q.revenue, q.revenueApart), money(q.creditedRevenue, q.creditedRevenueApart),
                f(q.touchesPerMonth, 1), sampled(q.answeredShare, answered, q.expectedAnswers, min: minSample),
                f(q.medianReplyHours, 1),
                sampled(q.openness, q.introductionsAgreed, q.introductionsAsked, min: minSample),
                q.csat == nil ? "—" : f(q.csat, 1) + feedback, q.nps == nil ? "—" : f(q.nps, 0) + feedback,
                sampled(q.onTimeRate, Int(((q.onTimeRate ?? 0) * Double(q.deliveries)).rounded()), q.deliveries,
                        min: minSample),
                f(q.meanDelayDays, 1)]
    }

    /// The base amount, then each amount that did not convert, in its own currency ("2350 + 500
    /// XYZ"; "—" when none). With `ws`, the base amount carries the base currency's code too
    /// (a table says it once in its header instead).
    public static func moneyText(_ inBase: Double, _ apart: [String: Double], in ws: Workspace?) -> String {
        let base = inBase > 0 ? [String(format: "%.0f", inBase) + (ws?.money.suffix ?? "")] : []
        let parts = base + apart.keys.sorted().map { String(format: "%.0f", apart[$0]!) + " " + $0 }
        return parts.isEmpty ? "—" : parts.joined(separator: " + ")
    }

    /// One contact's KPIs labelled as the table labels them, with the same words, samples and
    /// window ("answered (in the last 12 months)": "too few (1 of 2)"), for a page about one
    /// contact such as the report's detail panel. Cells without data ("—") are left out.
    public static func evidence(_ q: ContactQuality, in ws: Workspace) -> [(label: String, value: String)] {
        let window = KPIWindow(asOf: ws.asOf, model: ws.config.quality).label
        return zip(tableColumns(ws).headers, tableRow(q, ws)).dropFirst(2).compactMap { header, value in
            guard value != "—" else { return nil }
            let windowed = !["advice", "tie"].contains(header)
            return (windowed ? "\(header) (\(window))" : header, value)
        }
    }

    static func table(_ rows: [ContactQuality], _ ws: Workspace) -> String {
        let columns = tableColumns(ws)
        var t = TextTable(headers: columns.headers, alignments: columns.alignments)
        for q in rows { t.append(tableRow(q, ws)) }
        return t.rendered()
    }
}
