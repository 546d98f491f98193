import Foundation

/// Reading the `[quality]` table of liaison.toml (its keys: see `QualityModel`). Every key is
/// optional; every problem is reported at the offending value (an unknown key or kind: at the key),
/// as `liaison.toml:line:column: [quality…] key: what is wrong, what was expected`.
extension QualityModel {
    static func read(_ root: TOMLTable, _ reader: inout ConfigReader) -> QualityModel {
        var model = QualityModel()
        guard let table = reader.table(root, "quality", name: "quality") else { return model }
        let positive: (Double) -> Bool = { $0 > 0 }, unit: (Double) -> Bool = { $0 >= 0 && $0 <= 1 }
        func number(_ key: String, _ ok: (Double) -> Bool, _ expected: String) -> Double? {
            reader.number(table, "quality", key, ok, expected)
        }
        if let x = number("window_days", positive, "a number of days > 0") { model.windowDays = x }
        if let x = number("valuable", unit, "a quality between 0 and 1") { model.valuable = x }
        if let x = number("low_value", unit, "a quality between 0 and 1") { model.lowValue = x }
        if let x = number("high_effort_touches_per_month", { $0 >= 0 }, "a number ≥ 0") { model.highEffortTouchesPerMonth = x }
        if let x = number("revenue_reference", positive, "an amount > 0") { model.revenueReference = x }
        if let x = number("delay_scale_days", positive, "a number of days > 0") { model.delayScaleDays = x }
        if let x = number("min_sample", { $0 >= 1 && $0 == $0.rounded() && $0 <= 1_000_000 }, "a whole number ≥ 1") {
            model.minSample = Int(x)
        }
        reader.unknownKeys(table, "quality", known: ["window_days", "valuable", "low_value", "high_effort_touches_per_month",
                                                     "revenue_reference", "delay_scale_days", "min_sample", "weights"])
        if let w = reader.table(table, "weights", name: "quality.weights") {
            for e in w.entries {
                guard let kind = ContactKind(rawValue: e.key), let kt = e.node.value.table else {
                    reader.problem("[quality.weights] \(e.key): expected a table named after a kind of contact ("
                                   + ContactKind.allCases.map(\.rawValue).joined(separator: ", ") + ")", at: e.keyPosition)
                    continue
                }
                var scores = [Score: Double]()
                for s in kt.entries {
                    guard let score = Score(rawValue: s.key) else {
                        reader.problem("[quality.weights.\(e.key)] \(s.key): unknown score, expected one of "
                                       + Score.allCases.map(\.rawValue).joined(separator: ", "), at: s.keyPosition)
                        continue
                    }
                    if let x = reader.number(kt, "quality.weights.\(e.key)", s.key, { $0 >= 0 }, "a weight ≥ 0") { scores[score] = x }
                }
                model.weights[kind] = scores
            }
        }
        if model.lowValue > model.valuable {
            let at = (table["low_value"] ?? table["valuable"])?.position ?? root["quality"]!.position
            reader.problem("[quality] low_value (\(model.lowValue)) is above valuable (\(model.valuable)), expected low_value ≤ valuable", at: at)
        }
        return model
    }
}
