import Foundation

/// Reading the `[tie_strength]` table of liaison.toml:
///
/// ```toml
/// [tie_strength]
/// half_life_days = 180
/// recency_half_life_days = 60
/// intensity_scale = 5
/// frequency_scale = 12
/// duration_scale_days = 365
/// reply_half_life_hours = 24
/// max_group_size = 30
/// declared_weight = 0.5
/// dormant_after_days = 365
/// fading_share = 0.3
/// fading_window_days = 180
///
/// [tie_strength.channels]
/// meeting = 1.0
/// video = 0.8
/// call = 0.7
/// event = 0.5
/// message = 0.3
/// email = 0.3
/// other = 0.3
///
/// [tie_strength.weights]
/// intercept = -7.25
/// recency = 6.0
/// intensity = 2.0
/// frequency = 0.5
/// reciprocity = 0.5
/// duration = 0.5
/// responsiveness = 0.5
/// exchange = 1.0
/// embeddedness = 4.0
///
/// [tie_strength.thresholds]
/// strong = 0.6
/// medium = 0.3
/// ```
/// Every key is optional; a missing one keeps its default. Every problem is reported, not only the
/// first, as `liaison.toml:line:column: [table] key: what is wrong, what was expected`, placed at the
/// offending value (an unknown key: at the key).
extension TieStrengthModel {
    /// Reads `[tie_strength]` of a parsed liaison.toml; problems go to `reader`.
    static func read(_ root: TOMLTable, _ reader: inout ConfigReader) -> TieStrengthModel {
        var model = TieStrengthModel()
        guard let table = reader.table(root, "tie_strength", name: "tie_strength") else { return model }
        let positive: (Double) -> Bool = { $0 > 0 }
        let unit: (Double) -> Bool = { $0 >= 0 && $0 <= 1 }
        let name = "tie_strength"
        func number(_ key: String, _ check: (Double) -> Bool, _ expected: String) -> Double? {
            reader.number(table, name, key, check, expected)
        }
        if let x = number("half_life_days", positive, "a number of days > 0") { model.halfLifeDays = x }
        if let x = number("recency_half_life_days", positive, "a number of days > 0") { model.recencyHalfLifeDays = x }
        if let x = number("intensity_scale", positive, "a number > 0") { model.intensityScale = x }
        if let x = number("frequency_scale", positive, "a number of touches > 0") { model.frequencyScale = x }
        if let x = number("duration_scale_days", positive, "a number of days > 0") { model.durationScaleDays = x }
        if let x = number("reply_half_life_hours", positive, "a number of hours > 0") { model.replyHalfLifeHours = x }
        if let x = number("max_group_size", { $0 >= 2 && $0 == $0.rounded() && $0 <= 1e9 }, "an integer ≥ 2") {
            model.maxGroupSize = Int(x)
        }
        if let x = number("declared_weight", unit, "a share between 0 and 1") { model.declaredWeight = x }
        if let x = number("dormant_after_days", positive, "a number of days > 0") { model.dormantAfterDays = x }
        if let x = number("fading_share", unit, "a share between 0 and 1") { model.fadingShare = x }
        if let x = number("fading_window_days", positive, "a number of days > 0") { model.fadingWindowDays = x }
        reader.unknownKeys(table, name, known: ["half_life_days", "recency_half_life_days", "intensity_scale", "frequency_scale",
                                                "duration_scale_days", "reply_half_life_hours", "max_group_size",
                                                "declared_weight", "dormant_after_days", "fading_share",
                                                "fading_window_days", "channels", "weights", "thresholds"])
        if let channels = reader.table(table, "channels", name: "tie_strength.channels") {
            for e in channels.entries {
                guard let channel = Channel(rawValue: e.key) else {
                    reader.problem("[tie_strength.channels] \(e.key): unknown channel, expected one of "
                                   + Channel.allCases.map(\.rawValue).joined(separator: ", "), at: e.keyPosition)
                    continue
                }
                if let x = reader.number(channels, "tie_strength.channels", e.key, { $0 >= 0 }, "a weight ≥ 0") {
                    model.channelWeights[channel] = x
                }
            }
        }
        if let weightTable = reader.table(table, "weights", name: "tie_strength.weights") {
            for e in weightTable.entries {
                if e.key == "intercept" {
                    if let x = reader.number(weightTable, "tie_strength.weights", e.key, { _ in true }, "a number") {
                        model.intercept = x
                    }
                } else if let k = TieComponents.names.firstIndex(of: e.key) {
                    if let x = reader.number(weightTable, "tie_strength.weights", e.key, { $0 >= 0 },
                                             "a weight ≥ 0 (negative weights would break monotonicity)") {
                        model.weights[k] = x
                    }
                } else {
                    reader.problem("[tie_strength.weights] \(e.key): unknown component, expected intercept or one of "
                                   + TieComponents.names.joined(separator: ", "), at: e.keyPosition)
                }
            }
        }
        if let thresholds = reader.table(table, "thresholds", name: "tie_strength.thresholds") {
            let tname = "tie_strength.thresholds"
            if let x = reader.number(thresholds, tname, "strong", unit, "a strength between 0 and 1") {
                model.strongThreshold = x
            }
            if let x = reader.number(thresholds, tname, "medium", unit, "a strength between 0 and 1") {
                model.mediumThreshold = x
            }
            reader.unknownKeys(thresholds, tname, known: ["strong", "medium"])
            if model.mediumThreshold > model.strongThreshold {
                let at = (thresholds["medium"] ?? thresholds["strong"])?.position ?? root["tie_strength"]!.position
                reader.problem("[tie_strength.thresholds] medium (\(model.mediumThreshold)) is above strong (\(model.strongThreshold)), expected medium ≤ strong", at: at)
            }
        }
        return model
    }
}
