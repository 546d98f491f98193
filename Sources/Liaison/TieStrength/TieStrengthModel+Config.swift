import Foundation
import TOMLKit

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
/// first, as `liaison.toml: [table] key: what is wrong, what was expected`.
extension TieStrengthModel {
    public init(config: WorkspaceConfig) throws {
        self.init()
        guard let section = config.table["tie_strength"] else { return }
        var problems = [String]()
        guard let table = section.table else {
            throw InputErrors([Diagnostic(file: config.file, line: 0, column: 0,
                                          message: "[tie_strength] must be a table")])
        }
        func number(_ t: TOMLTable, _ tableName: String, _ key: String, _ check: (Double) -> Bool,
                    _ expected: String) -> Double? {
            guard let v = t[key] else { return nil }
            let x = v.double ?? v.int.map(Double.init)
            guard let x, x.isFinite, check(x) else {
                problems.append("[\(tableName)] \(key): got \(v.debugDescription), expected \(expected)")
                return nil
            }
            return x
        }
        let positive: (Double) -> Bool = { $0 > 0 }
        let unit: (Double) -> Bool = { $0 >= 0 && $0 <= 1 }
        let name = "tie_strength"
        if let x = number(table, name, "half_life_days", positive, "a number of days > 0") { halfLifeDays = x }
        if let x = number(table, name, "recency_half_life_days", positive, "a number of days > 0") { recencyHalfLifeDays = x }
        if let x = number(table, name, "intensity_scale", positive, "a number > 0") { intensityScale = x }
        if let x = number(table, name, "frequency_scale", positive, "a number of touches > 0") { frequencyScale = x }
        if let x = number(table, name, "duration_scale_days", positive, "a number of days > 0") { durationScaleDays = x }
        if let x = number(table, name, "reply_half_life_hours", positive, "a number of hours > 0") { replyHalfLifeHours = x }
        if let x = number(table, name, "max_group_size", { $0 >= 2 && $0 == $0.rounded() }, "an integer ≥ 2") {
            maxGroupSize = Int(x)
        }
        if let x = number(table, name, "declared_weight", unit, "a share between 0 and 1") { declaredWeight = x }
        if let x = number(table, name, "dormant_after_days", positive, "a number of days > 0") { dormantAfterDays = x }
        if let x = number(table, name, "fading_share", unit, "a share between 0 and 1") { fadingShare = x }
        if let x = number(table, name, "fading_window_days", positive, "a number of days > 0") { fadingWindowDays = x }
        let known: Set<String> = ["half_life_days", "recency_half_life_days", "intensity_scale", "frequency_scale", "duration_scale_days", "reply_half_life_hours",
                                  "max_group_size", "declared_weight", "dormant_after_days", "fading_share",
                                  "fading_window_days", "channels", "weights", "thresholds"]
        for key in table.keys where !known.contains(key) {
            problems.append("[tie_strength] \(key): unknown key, expected one of \(known.sorted().joined(separator: ", "))")
        }
        if let channels = table["channels"]?.table {
            for key in channels.keys {
                guard let channel = Channel(rawValue: key) else {
                    problems.append("[tie_strength.channels] \(key): unknown channel, expected one of "
                                    + Channel.allCases.map(\.rawValue).joined(separator: ", "))
                    continue
                }
                if let x = number(channels, "tie_strength.channels", key, { $0 >= 0 }, "a weight ≥ 0") {
                    channelWeights[channel] = x
                }
            }
        }
        if let weightTable = table["weights"]?.table {
            for key in weightTable.keys {
                if key == "intercept" {
                    if let x = number(weightTable, "tie_strength.weights", key, { _ in true }, "a number") { intercept = x }
                } else if let k = TieComponents.names.firstIndex(of: key) {
                    if let x = number(weightTable, "tie_strength.weights", key, { $0 >= 0 },
                                      "a weight ≥ 0 (negative weights would break monotonicity)") {
                        weights[k] = x
                    }
                } else {
                    problems.append("[tie_strength.weights] \(key): unknown component, expected intercept or one of "
                                    + TieComponents.names.joined(separator: ", "))
                }
            }
        }
        if let thresholds = table["thresholds"]?.table {
            if let x = number(thresholds, "tie_strength.thresholds", "strong", unit, "a strength between 0 and 1") {
                strongThreshold = x
            }
            if let x = number(thresholds, "tie_strength.thresholds", "medium", unit, "a strength between 0 and 1") {
                mediumThreshold = x
            }
            if mediumThreshold > strongThreshold {
                problems.append("[tie_strength.thresholds] medium (\(mediumThreshold)) is above strong (\(strongThreshold)), expected medium ≤ strong")
            }
        }
        if !problems.isEmpty {
            throw InputErrors(problems.map { Diagnostic(file: config.file, line: 0, column: 0, message: $0) })
        }
    }
}
