import Foundation

//===----------------------------------------------------------------------===//
// TouchRhythm: how often you and one contact are usually in touch, learned from the history
//===----------------------------------------------------------------------===//

/// The settings of the rhythm estimate (`TouchRhythm`). Fixed defaults, documented in
/// docs/agenda.md; they are not read from liaison.toml yet.
public struct CadenceModel: Sendable, Equatable {
    /// The prior typical gap, in days, that a young tie is pulled toward (a month).
    public var priorGapDays: Double = 30
    /// How many gaps the prior is worth (κ): with k observed gaps the history weighs k/(k + κ).
    public var priorWeight: Double = 2
    /// The prior spread of log-gaps (σ₀): gaps within a factor e^0.5 ≈ 1.6 of the typical one.
    public var priorLogSpread: Double = 0.5
    /// One-sided normal quantile of the allowance: a touch is due when the silence exceeds the
    /// typical gap × e^(z·σ) (z = 1.645: later than 95% of gaps of a log-normal rhythm).
    public var z: Double = 1.645
    /// A tie whose spread σ of log-gaps (after shrinkage) is above this has no rhythm ("irregular"):
    /// it is never called overdue; one long gap is normal for it.
    public var irregularLogSpread: Double = 0.9
    /// Fewer observed gaps than this: the sample spread is not estimated, σ₀ stands in for it.
    public var minimumGapsForSpread: Int = 3

    public init() {}
}

/// The rhythm of one tie: the typical gap between touches, its spread, and when the next touch is due.
///
/// Definition. The touches are the distinct calendar days (UTC) on which you and the contact were in
/// touch; the k = n − 1 gaps gᵢ between consecutive ones are read on a log scale, Lᵢ = ln gᵢ, because
/// rhythms are multiplicative (a week late matters on a weekly tie, not on a yearly one).
/// - sample centre m = median(Lᵢ) (the log of the median gap: one long holiday does not move it);
/// - sample spread s = the standard deviation of the Lᵢ (n − 1 in the denominator), only with
///   k ≥ `minimumGapsForSpread`. Deliberately not a robust one: a robust spread (the MAD) is 0 for
///   a bursty tie — many one-day gaps between long pauses — and would call it "daily"; the
///   standard deviation sees the pauses, while one long gap among many regular ones only widens
///   the allowance (19 weekly gaps and one of 5 weeks: s = 0.36, still regular);
/// - shrinkage toward the prior, as the posterior mean of a normal mean with a normal prior worth
///   κ observations (Gelman et al., Bayesian Data Analysis, 3rd ed., §2.5), used here with the
///   robust m in place of the sample mean:
///   μ = (k·m + κ·ln g₀) / (k + κ),   σ² = (k·s² + κ·σ₀²) / (k + κ)   (s = σ₀ when k is too small);
/// - typical gap e^μ; due after e^(μ + z·σ) days of silence; irregular when σ > `irregularLogSpread`
///   (and k ≥ `minimumGapsForSpread`: a young tie is never called irregular).
///
/// Fixed-frequency reminders are what personal CRMs offer (Monica's "stay in touch", Dex, Clay);
/// here the frequency is learned per tie and the allowance grows with how irregular the tie is.
///
/// - Complexity: O(k log k) for k gaps.
public struct TouchRhythm: Sendable, Equatable {
    /// Distinct touch days.
    public var touchDays: Int
    /// Observed gaps (touchDays − 1).
    public var gaps: Int
    /// The median observed gap in days (`nil` without gaps).
    public var medianGapDays: Double?
    /// The sample spread s of log-gaps (`nil` with fewer than `minimumGapsForSpread` gaps).
    public var sampleLogSpread: Double?
    /// e^μ: the typical gap after shrinkage toward the prior.
    public var typicalGapDays: Double
    /// σ after shrinkage.
    public var logSpread: Double
    /// e^(μ + z·σ): silence longer than this is overdue.
    public var dueAfterDays: Double
    /// σ above the model's limit, with enough gaps to say so: no rhythm to be late on.
    public var isIrregular: Bool
    /// The history weighs less than the prior (k < κ): "few touches yet".
    public var leansOnPrior: Bool
    /// The last touch day (days since 1970, UTC).
    public var lastTouchDay: Int

    /// The rhythm of the touch days `days` (any order, duplicates allowed; at least one day).
    public init(days: [Int], model: CadenceModel = .init()) {
        precondition(!days.isEmpty, "a rhythm needs at least one touch")
        let sorted = Array(Set(days)).sorted()
        touchDays = sorted.count
        lastTouchDay = sorted.last!
        let logs = zip(sorted, sorted.dropFirst()).map { log(Double($1 - $0)) }
        let k = logs.count
        gaps = k
        let m = TouchRhythm.median(logs)
        medianGapDays = m.map { exp($0) }
        var s: Double?
        if k >= model.minimumGapsForSpread {
            let mean = logs.reduce(0, +) / Double(k)
            s = (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(k - 1)).squareRoot()
        }
        sampleLogSpread = s
        let kd = Double(k), kappa = model.priorWeight
        let mu = ((m ?? 0) * kd + kappa * log(model.priorGapDays)) / (kd + kappa)
        let spread = s ?? model.priorLogSpread
        let sigma = ((kd * spread * spread + kappa * model.priorLogSpread * model.priorLogSpread) / (kd + kappa)).squareRoot()
        typicalGapDays = exp(mu)
        logSpread = sigma
        dueAfterDays = exp(mu + model.z * sigma)
        isIrregular = s != nil && sigma > model.irregularLogSpread
        leansOnPrior = kd < kappa
    }

    /// The median of `values` (mean of the two middle ones for an even count); `nil` when empty.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }
}

/// A span of days in words: "5 days", "3 weeks", "4 months", "2 years".
public enum DaySpan {
    public static func words(_ days: Double) -> String {
        let d = max(0, days)
        func unit(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if d < 13.5 { return unit(Int(d.rounded()), "day") }
        if d < 8.5 * 7 { return unit(Int((d / 7).rounded()), "week") }
        if d < 23.5 * 30.44 { return unit(Int((d / 30.44).rounded()), "month") }
        return unit(Int((d / 365.25).rounded()), "year")
    }

    /// "every day", "every 4 days", "every week", "every 3 weeks", "every 2 months": a rhythm is
    /// said in weeks from 6 days on (a typical gap of 8 days is "every week").
    public static func every(_ days: Double) -> String {
        let w = days >= 5.5 && days < 13.5 ? "1 week" : words(days)
        if w.hasPrefix("1 ") { return "every " + w.dropFirst(2) }
        if w.hasPrefix("0 ") { return "every day" }
        return "every " + w
    }
}
