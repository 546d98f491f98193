import Foundation

/// The parameters of the tie-strength model (SPEC §5.1) and the function that combines the
/// components into one strength in 0–1.
///
/// ## The combination
/// With behavioural components c₁…c₈ ∈ [0, 1] (`TieComponents`) and weights β₁…β₈ ≥ 0:
///
///     z  = β₀ + Σ βₖ cₖ
///     s_b = (σ(z) − σ(β₀)) / (σ(β₀ + Σ βₖ) − σ(β₀))          σ(x) = 1 / (1 + e^(−x))
///     s   = (1 − α) · s_b + α · d     when ties.csv declares a strength d, else s = s_b
///
/// s_b is the logistic model of "this tie is strong" (the form `liaison calibrate` fits: Gilbert &
/// Karahalios 2009 predict tie strength from a linear combination of such variables; Marsden &
/// Campbell 1984 found closeness best measured by several indicators together), rescaled so that a
/// history with nothing in it scores exactly 0 and a maximal one exactly 1.
///
/// ## Monotonicity (proof)
/// σ is strictly increasing; for βₖ ≥ 0, z is non-decreasing in every cₖ; the rescaling subtracts and
/// divides by constants of the model (the denominator is > 0 when Σβ > 0). So s_b is non-decreasing
/// in every component, and s, a convex combination with α ∈ [0, 1], is non-decreasing in s_b and in
/// d. Each component is itself non-decreasing in the aspect of the history it measures (more recent,
/// more touches, more balanced initiations, longer span, more and faster answers, more exchanges,
/// more mutual contacts). Weights are validated to be ≥ 0 on load, and calibration fits them under
/// that constraint, so monotonicity cannot be configured away.
public struct TieStrengthModel: Sendable, Equatable {
    /// Half-life of a touch's weight, in days (default 180).
    public var halfLifeDays: Double = 180
    /// Half-life of the recency component, in days (default 60): recency asks "is the tie current?",
    /// a faster question than intensity's "how much has there been?" (see docs/tie-strength.md,
    /// the Enron evaluation).
    public var recencyHalfLifeDays: Double = 60
    /// Weight of one touch by channel: a meeting counts more than an e-mail.
    public var channelWeights: [Channel: Double] = TieStrengthModel.defaultChannelWeights
    /// κ of the intensity saturation 1 − exp(−I/κ): the decayed weighted volume at which intensity
    /// reaches 63 %. 5 ≈ a one-hour meeting every month for a year (I ≈ 9.2 → 0.84).
    public var intensityScale: Double = 5
    /// ν of the frequency saturation 1 − exp(−n/ν), n the touches in the last 365 days
    /// (default 12: one touch a month → 0.63).
    public var frequencyScale: Double = 12
    /// τ of the duration saturation 1 − exp(−span/τ), in days (default 365: one year → 0.63).
    public var durationScaleDays: Double = 365
    /// Reply time (hours) at which a reply counts half as "fast" (default 24).
    public var replyHalfLifeHours: Double = 24
    /// A touch with more participants than this only links the initiator with each recipient
    /// (a 200-person event does not make 19,900 ties).
    public var maxGroupSize: Int = 30
    /// α: the share of a declared strength in the final score (default 0.5).
    public var declaredWeight: Double = 0.5
    /// β₀ and β₁…β₈, in the order of `TieComponents.names`.
    public var intercept: Double = -7.25
    public var weights: [Double] = TieStrengthModel.defaultWeights
    /// Class thresholds on the strength: strong ≥ `strongThreshold`, medium ≥ `mediumThreshold`.
    public var strongThreshold: Double = 0.6
    public var mediumThreshold: Double = 0.3
    /// A tie is dormant when its last touch is at least this old and its peak was ≥ medium.
    public var dormantAfterDays: Double = 365
    /// A tie is fading when its strength fell by more than this share over `fadingWindowDays`.
    public var fadingShare: Double = 0.3
    public var fadingWindowDays: Double = 180

    public static let defaultChannelWeights: [Channel: Double] = [
        .meeting: 1.0, .video: 0.8, .call: 0.7, .event: 0.5, .message: 0.3, .email: 0.3, .other: 0.3,
    ]
    /// recency, intensity, frequency, reciprocity, duration, responsiveness, exchange, embeddedness.
    /// Recency and embeddedness dominate, then intensity: in Gilbert & Karahalios (2009) days since
    /// last contact and intensity carried most of the predictive weight; Onnela et al. (2007) found
    /// strong ties inside overlapping neighbourhoods; Marsden & Campbell (1984) found frequency and
    /// duration weaker, "contaminated" indicators, so they get less. The balance was checked (and
    /// adjusted, see docs/tie-strength.md) on the Enron e-mail log.
    public static let defaultWeights: [Double] = [6.0, 2.0, 0.5, 0.5, 0.5, 0.5, 1.0, 4.0]

    public init() {}

    /// The channel weight of a touch.
    @inline(__always)
    public func weight(of channel: Channel) -> Double { channelWeights[channel] ?? 0.3 }

    /// s_b: the behavioural strength from the components (see the type's documentation).
    public func behaviouralStrength(_ c: TieComponents) -> Double {
        rescaled(linearPredictor(c))
    }

    /// z = β₀ + Σ βₖ cₖ.
    @inline(__always)
    public func linearPredictor(_ c: TieComponents) -> Double {
        let w = weights
        return intercept + w[0] * c.recency + w[1] * c.intensity + w[2] * c.frequency + w[3] * c.reciprocity
            + w[4] * c.duration + w[5] * c.responsiveness + w[6] * c.exchange + w[7] * c.embeddedness
    }

    /// s from z (and the declared strength, if any).
    public func strength(fromLinearPredictor z: Double, declared: Double?) -> Double {
        let sb = rescaled(z)
        guard let declared else { return sb }
        return (1 - declaredWeight) * sb + declaredWeight * min(1, max(0, declared))
    }

    /// (σ(z) − σ(β₀)) / (σ(β₀ + Σβ) − σ(β₀)), clamped to 0–1.
    @inline(__always)
    func rescaled(_ z: Double) -> Double {
        let low = sigmoid(intercept), high = sigmoid(intercept + weights.reduce(0, +))
        guard high > low else { return 0 }
        return min(1, max(0, (sigmoid(z) - low) / (high - low)))
    }

    public func behaviouralStrength(values: [Double]) -> Double {
        var z = intercept
        for k in 0..<weights.count { z += weights[k] * values[k] }
        return rescaled(z)
    }

    /// s: the final strength, blending in a declared strength when there is one.
    public func strength(_ c: TieComponents, declared: Double?) -> Double {
        let sb = behaviouralStrength(c)
        guard let declared else { return sb }
        return (1 - declaredWeight) * sb + declaredWeight * min(1, max(0, declared))
    }

    /// strong / medium / weak from a strength.
    public func level(of strength: Double) -> TieClass {
        strength >= strongThreshold ? .strong : strength >= mediumThreshold ? .medium : .weak
    }
}

/// The logistic function, written to stay finite for large |x|.
@inline(__always)
func sigmoid(_ x: Double) -> Double {
    x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
}

/// The class of a tie. `strong`, `medium` and `weak` are levels of the current strength;
/// `dormant` (no touch for `dormantAfterDays` although the peak was ≥ medium — Levin, Walter &
/// Murnighan 2011) and `fading` (lost more than `fadingShare` of its strength over
/// `fadingWindowDays`) describe its history and take precedence, in that order.
public enum TieClass: String, Sendable, CaseIterable, Codable {
    case strong, medium, weak, dormant, fading
}
