import Foundation
import TOMLKit

/// The parameters of contact quality (SPEC §5.2), from liaison.toml `[quality]`:
///
/// ```toml
/// [quality]
/// window_days = 365                    # KPIs over the year before as_of
/// valuable = 0.5                       # quality ≥ this: a valuable contact
/// low_value = 0.2                      # quality < this: a low-value contact
/// high_effort_touches_per_month = 2    # touches/month ≥ this: a high-effort contact
/// revenue_reference = 10000            # revenue scoring ½ (default: the median of contacts with revenue)
/// delay_scale_days = 7                 # mean delay scoring e^(−1)
///
/// [quality.weights.client]
/// revenue = 0.5
/// satisfaction = 0.3
/// responsiveness = 0.2
/// ```
/// The KPI scores a kind can weigh: revenue, satisfaction, responsiveness, openness, delivery.
public struct QualityModel: Sendable, Equatable {
    public enum Score: String, CaseIterable, Sendable {
        case revenue, satisfaction, responsiveness, openness, delivery
    }

    public var windowDays: Double = 365
    public var valuable: Double = 0.5
    public var lowValue: Double = 0.2
    public var highEffortTouchesPerMonth: Double = 2
    /// `nil`: the median revenue (direct + credited) of the contacts that have some.
    public var revenueReference: Double? = nil
    public var delayScaleDays: Double = 7
    public var weights: [ContactKind: [Score: Double]] = QualityModel.defaultWeights

    /// Why these: a client is worth what it buys and how satisfied it stays (Reichheld 2003: the
    /// promoter share tracks growth); a supplier what it delivers on time; investors, partners and
    /// mentors the deals they bring and their openness to introduce (the broker's value, Burt 1992);
    /// colleagues and others mostly how responsive they are.
    public static let defaultWeights: [ContactKind: [Score: Double]] = [
        .client: [.revenue: 0.5, .satisfaction: 0.3, .responsiveness: 0.2],
        .supplier: [.delivery: 0.7, .responsiveness: 0.3],
        .investor: [.revenue: 0.4, .openness: 0.4, .responsiveness: 0.2],
        .partner: [.revenue: 0.4, .openness: 0.4, .responsiveness: 0.2],
        .mentor: [.revenue: 0.2, .openness: 0.5, .responsiveness: 0.3],
        .colleague: [.revenue: 0.3, .openness: 0.3, .responsiveness: 0.4],
        .other: [.revenue: 0.3, .openness: 0.3, .responsiveness: 0.4],
        .me: [:],
    ]

    public init() {}

    public init(config: WorkspaceConfig) throws {
        self.init()
        guard let section = config.table["quality"] else { return }
        guard let table = section.table else {
            throw InputErrors([Diagnostic(file: config.file, line: 0, column: 0, message: "[quality] must be a table")])
        }
        var problems = [String]()
        func number(_ t: TOMLTable, _ name: String, _ key: String, _ ok: (Double) -> Bool, _ expected: String) -> Double? {
            guard let v = t[key] else { return nil }
            guard let x = v.double ?? v.int.map(Double.init), x.isFinite, ok(x) else {
                problems.append("[\(name)] \(key): got \(v.debugDescription), expected \(expected)")
                return nil
            }
            return x
        }
        let positive: (Double) -> Bool = { $0 > 0 }, unit: (Double) -> Bool = { $0 >= 0 && $0 <= 1 }
        if let x = number(table, "quality", "window_days", positive, "a number of days > 0") { windowDays = x }
        if let x = number(table, "quality", "valuable", unit, "a quality between 0 and 1") { valuable = x }
        if let x = number(table, "quality", "low_value", unit, "a quality between 0 and 1") { lowValue = x }
        if let x = number(table, "quality", "high_effort_touches_per_month", { $0 >= 0 }, "a number ≥ 0") {
            highEffortTouchesPerMonth = x
        }
        if let x = number(table, "quality", "revenue_reference", positive, "an amount > 0") { revenueReference = x }
        if let x = number(table, "quality", "delay_scale_days", positive, "a number of days > 0") { delayScaleDays = x }
        let known: Set<String> = ["window_days", "valuable", "low_value", "high_effort_touches_per_month",
                                  "revenue_reference", "delay_scale_days", "weights"]
        for key in table.keys where !known.contains(key) {
            problems.append("[quality] \(key): unknown key, expected one of \(known.sorted().joined(separator: ", "))")
        }
        if let w = table["weights"]?.table {
            for kindName in w.keys {
                guard let kind = ContactKind(rawValue: kindName), let kt = w[kindName]?.table else {
                    problems.append("[quality.weights] \(kindName): expected a table named after a kind of contact ("
                                    + ContactKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                    continue
                }
                var table = [Score: Double]()
                for key in kt.keys {
                    guard let score = Score(rawValue: key) else {
                        problems.append("[quality.weights.\(kindName)] \(key): unknown score, expected one of "
                                        + Score.allCases.map(\.rawValue).joined(separator: ", "))
                        continue
                    }
                    if let x = number(kt, "quality.weights.\(kindName)", key, { $0 >= 0 }, "a weight ≥ 0") { table[score] = x }
                }
                weights[kind] = table
            }
        }
        if lowValue > valuable {
            problems.append("[quality] low_value (\(lowValue)) is above valuable (\(valuable)), expected low_value ≤ valuable")
        }
        if !problems.isEmpty {
            throw InputErrors(problems.map { Diagnostic(file: config.file, line: 0, column: 0, message: $0) })
        }
    }
}
