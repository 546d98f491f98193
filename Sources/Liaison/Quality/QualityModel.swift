import Foundation

/// The parameters of contact quality (SPEC §5.2), from liaison.toml `[quality]` (read in
/// QualityModel+Config.swift):
///
/// ```toml
/// [quality]
/// window_days = 365                    # KPIs over the year before as_of
/// valuable = 0.5                       # quality ≥ this: a valuable contact
/// low_value = 0.2                      # quality < this: a low-value contact
/// high_effort_touches_per_month = 2    # touches/month ≥ this: a high-effort contact
/// revenue_reference = 10000            # revenue scoring ½ (default: the median of contacts with revenue)
/// delay_scale_days = 7                 # mean delay scoring e^(−1)
/// min_sample = 3                       # fewer observations: the KPI is "not enough data"
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
    /// A KPI measured on fewer observations than this (messages that expected an answer,
    /// introductions asked, feedback scores, deliveries due) is "not enough data": it is shown with
    /// its sample but does not enter the quality score, hence not the advice. Revenue is always
    /// used (no deal is evidence of no revenue). Default 3: one or two answered messages are no
    /// basis for calling someone responsive.
    public var minSample: Int = 3

    /// The same model over a contact's whole history (200 years): the "value" that `suggest`,
    /// `plan` and the revive advice of `contacts` all use, so that they agree.
    public var lifetime: QualityModel {
        var m = self
        m.windowDays = 200 * 365.25
        return m
    }
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
}
