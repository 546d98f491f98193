//===----------------------------------------------------------------------===//
// WeightFitForms: the model forms `liaison ties --weights fitted` chooses between (issue 14.7)
//===----------------------------------------------------------------------===//

/// One candidate form of the fitted tie-strength model: its time scales and the strength of the
/// prior. The slopes and the intercept are then fitted (`LogisticRegression`) on the train window.
///
/// Why these three knobs. The three baselines the fitted model is measured against are monotone
/// functions of components it already has, at some time scale: "days since the last message" is
/// `recency` = 2^(−d / h_r) for any half-life h_r; "decayed message volume" is `intensity` (in a
/// log of one channel, 1 − exp(−I/κ) of the decayed volume I at intensity's half-life); "message
/// count" is `frequency` (touches in the last 365 days; the whole count in logs shorter than a year).
/// What the published model fixes is the scales: a 60-day recency, a 180-day volume half-life,
/// κ = 5, ν = 12, τ = 365 days. On a four-day contact log every pair then has the same duration and
/// a saturated volume, and the slopes cannot recover signals the components no longer carry. So
/// the candidates set the scales relative to the horizon h of the hold-out and to the window's own
/// pairs, uniformly for every history, never to a particular log:
///
/// - `recencyHalfLifeDays`: the configured one, h/2, h/8 or h/32;
/// - `volumeHalfLifeDays`: nil keeps the configured volume half-life and κ, ν, τ; h/2 or h/8 sets
///   intensity's half-life to that and κ, ν, τ to the window's medians / ln 2
///   (`Workspace.scaledToWindow`), so the decayed volume, the count and the span each spread the
///   pairs over 0–1;
/// - `lambda`: the pull toward the configured weights, 1 (evidence must be strong to move them) or
///   0.01 (nearly free slopes, still ≥ 0: the form that can put all the weight on one component
///   when one alone ranks best, as recency does on contact logs).
///
/// Every candidate is scored on the inner hold-out, which its slopes never saw; choosing among
/// 3 × 4 × 2 = 24 candidates makes the best hold-out AUC optimistic, which is why the evaluation
/// in docs/tie-strength.md scores the chosen model on activity after `as_of`, out of its reach.
public struct WeightFitForm: Sendable, Equatable {
    /// Intensity's half-life in days with window-relative scales, or nil for the configured volume.
    public var volumeHalfLifeDays: Double?
    public var recencyHalfLifeDays: Double
    public var lambda: Double

    /// "recency half-life 7.5 days, volume half-life 30 days with the window's median scales, prior λ 1".
    public var description: String {
        "recency half-life \(TieWeightFit.days(recencyHalfLifeDays)), "
            + (volumeHalfLifeDays.map { "volume half-life \(TieWeightFit.days($0)) with the window's median scales" }
                ?? "configured volume scales")
            + ", prior λ \(lambda == lambda.rounded() ? String(Int(lambda)) : String(lambda))"
    }
}

/// The set of candidate forms, as fractions of the horizon h.
struct WeightFitForms: Sendable {
    /// h / f for each f: intensity half-lives of the window-relative volume forms (the configured
    /// volume form is always tried first).
    var volumeFractions: [Double]
    /// h / f for each f, after the configured recency half-life.
    var recencyFractions: [Double]
    var lambdas: [Double]
    /// h / f for each f: the horizons of the further nested hold-outs ending at t.
    var nestedFractions: [Double] = [2, 4]

    /// Every candidate described in `WeightFitForm`.
    static let all = WeightFitForms(volumeFractions: [2, 8], recencyFractions: [2, 8, 32], lambdas: [1, 0.01])
    /// The configured scales and λ = 1, only the recency half-life chosen (what tests of the
    /// regression itself use: the slopes then live on the published scales).
    static let configuredScales = WeightFitForms(volumeFractions: [], recencyFractions: [2, 8, 32], lambdas: [1])

    /// The same forms chosen on the one hold-out (t − h, t] only (the test that recovers known
    /// weights uses it: its activity is drawn for the two windows of horizon h, not for shorter ones).
    var singleHoldOut: WeightFitForms {
        var forms = self
        forms.nestedFractions = []
        return forms
    }

    func volumes(horizonDays h: Double) -> [Double?] {
        [nil] + volumeFractions.map { h / $0 }
    }

    func recencyHalfLives(configured: Double, horizonDays h: Double) -> [Double] {
        var out = [configured]
        for f in recencyFractions where !out.contains(h / f) { out.append(h / f) }
        return out
    }
}
