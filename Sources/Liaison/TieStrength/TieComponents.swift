/// The behavioural components of a tie (SPEC §5.1), each normalised to 0–1, where a larger value
/// always means "more of what makes a tie strong".
///
/// The definitions (see docs/tie-strength.md for the reasoning and references):
/// - `recency` = 2^(−d / h_r): d days since the last touch, h_r its half-life (Gilbert & Karahalios 2009,
///   "days since last communication").
/// - `intensity` = 1 − exp(−I / κ), I = Σ w(channel) · share · 2^(−age / h) over the touches
///   (Granovetter 1973: "amount of time"; Onnela et al. 2007: call volume as tie weight).
/// - `frequency` = 1 − exp(−n / ν), n the touches in the 365 days before the date (a count, not
///   distinct months, so that moving a touch later or adding one can never lower it).
/// - `reciprocity` = 2 · min(n→, n←) / (n→ + n←) over the touches one of them initiated towards
///   the other (Granovetter's "reciprocal services"; Gilbert & Karahalios' "reciprocal services").
/// - `duration` = 1 − exp(−span / τ): span from the first to the last touch (or the declared `since`).
/// - `responsiveness` = answered share × (½ + ½ · mean 2^(−reply hours / r)) over the touches that
///   expected an answer.
/// - `exchange` = 1 − 2^(−X), X = points for deals and introductions between or through the two.
/// - `embeddedness` = the recency-weighted overlap of the two neighbourhoods in the tie graph
///   (after Onnela et al. 2007; `Graph.weightedNeighborhoodOverlap(weights:)`, recency weights).
public struct TieComponents: Sendable, Equatable {
    public var recency: Double = 0
    public var intensity: Double = 0
    public var frequency: Double = 0
    public var reciprocity: Double = 0
    public var duration: Double = 0
    public var responsiveness: Double = 0
    public var exchange: Double = 0
    public var embeddedness: Double = 0

    public init(recency: Double = 0, intensity: Double = 0, frequency: Double = 0, reciprocity: Double = 0,
                duration: Double = 0, responsiveness: Double = 0, exchange: Double = 0, embeddedness: Double = 0) {
        self.recency = recency
        self.intensity = intensity
        self.frequency = frequency
        self.reciprocity = reciprocity
        self.duration = duration
        self.responsiveness = responsiveness
        self.exchange = exchange
        self.embeddedness = embeddedness
    }

    /// The component names in the order of `values`, as they appear in CSV/JSON and liaison.toml.
    public static let names = ["recency", "intensity", "frequency", "reciprocity", "duration",
                               "responsiveness", "exchange", "embeddedness"]

    public init(values: [Double]) {
        precondition(values.count == TieComponents.names.count)
        self.init(recency: values[0], intensity: values[1], frequency: values[2], reciprocity: values[3],
                  duration: values[4], responsiveness: values[5], exchange: values[6], embeddedness: values[7])
    }

    public var values: [Double] {
        [recency, intensity, frequency, reciprocity, duration, responsiveness, exchange, embeddedness]
    }
}
