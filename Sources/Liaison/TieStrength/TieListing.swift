//===----------------------------------------------------------------------===//
// TieListing: the ties of `liaison ties` as a table, CSV and JSON
//===----------------------------------------------------------------------===//

import Foundation

/// A list of ties (strongest first, as `TieStrengths.strongestFirst` orders them) ready to print.
public struct TieListing: FormattedResult {
    public var ties: [Tie]
    public var workspace: Workspace
    public var asOf: Date
    /// Which weights were used and how they did on the hold-out (`liaison ties --weights`); when
    /// nil (no `--weights` given) the output is what it was before the option existed.
    public var weights: TieWeightFit?

    public init(ties: [Tie], workspace: Workspace, asOf: Date, weights: TieWeightFit? = nil) {
        self.ties = ties
        self.workspace = workspace
        self.asOf = asOf
        self.weights = weights
    }

    public func formatted(_ format: ResultFormat) -> String {
        switch format {
        case .csv: Self.csv(ties, workspace, weights: weights)
        case .json: Self.json(ties, workspace, asOf: asOf, weights: weights).serialized(pretty: true) + "\n"
        case .table: Self.table(ties, workspace) + (weights.map { $0.summary + "\n" } ?? "")
        }
    }

    /// The columns appended to every CSV row when `--weights` is given: the weights used
    /// (default/fitted) and the hold-out ROC AUC of the used and of the default weights.
    public static let weightsCSVColumns = ["weights", "holdout_auc", "holdout_auc_default"]

    public static let csvHeader = ["a", "b", "strength", "class", "last_touch", "touches"] + TieComponents.names + ["declared"]

    static func csv(_ ties: [Tie], _ ws: Workspace, weights: TieWeightFit? = nil) -> String {
        var w = CSVWriter()
        w.row(csvHeader + (weights == nil ? [] : weightsCSVColumns))
        for t in ties {
            w.text(ws[t.a].id); w.text(ws[t.b].id)
            w.number(t.strength); w.text(t.tieClass.rawValue)
            if let last = t.lastTouch { w.text(ISODate.dayString(last)) } else { w.empty() }
            w.number(t.touches)
            for v in t.components.values { w.number(v) }
            w.number(t.declared)
            if let weights {
                w.text(weights.usedName)
                w.number(weights.usedFitted ? weights.holdOutAUCFitted : weights.holdOutAUCDefault)
                w.number(weights.holdOutAUCDefault)
            }
            w.endRow()
        }
        return w.output
    }

    static func json(_ ties: [Tie], _ ws: Workspace, asOf: Date, weights: TieWeightFit? = nil) -> JSONValue {
        var head: [(String, JSONValue)] = [("as_of", .string(ISODate.dayString(asOf)))]
        if let weights { head.append(("weights", weightsJSON(weights))) }
        return .object(head + [
            ("ties", .array(ties.map { t in
                .object([
                    ("a", .string(ws[t.a].id)), ("b", .string(ws[t.b].id)),
                    ("a_name", .string(ws[t.a].name)), ("b_name", .string(ws[t.b].name)),
                    ("strength", .number(t.strength)), ("behavioural", .number(t.behavioural)),
                    ("class", .string(t.tieClass.rawValue)), ("level", .string(t.level.rawValue)),
                    ("first_touch", .string(t.firstTouch.map(ISODate.dayString))),
                    ("last_touch", .string(t.lastTouch.map(ISODate.dayString))),
                    ("touches", .integer(t.touches)), ("peak", .number(t.peak)), ("past", .number(t.past)),
                    ("components", .object(zip(TieComponents.names, t.components.values).map { ($0, .number($1)) })),
                    ("declared", .number(t.declared)),
                ])
            })),
        ])
    }

    /// {used, requested, fallback_reason, horizon_days, train_from, holdout_from, holdout_pairs,
    /// holdout_active, holdout_auc_default, holdout_auc_fitted, nested_holdouts, nested_mean_auc_default,
    /// nested_mean_auc_fitted, recency_half_life_days, volume_half_life_days,
    /// intensity_scale, frequency_scale, duration_scale_days, prior_lambda, intercept, components {…}}:
    /// the model the strengths were computed with.
    static func weightsJSON(_ f: TieWeightFit) -> JSONValue {
        let m = f.model
        return .object([
            ("used", .string(f.usedName)), ("requested", .string(f.requested.rawValue)),
            ("fallback_reason", .string(f.fallbackReason)),
            ("horizon_days", .number(f.horizonDays)),
            ("train_from", .string(f.trainFrom.map(ISODate.dayString))),
            ("holdout_from", .string(f.holdOutFrom.map(ISODate.dayString))),
            ("train_pairs", .integer(f.trainSamples)), ("train_active", .integer(f.trainPositives)),
            ("holdout_pairs", .integer(f.holdOutSamples)), ("holdout_active", .integer(f.holdOutPositives)),
            ("holdout_auc_default", .number(f.holdOutAUCDefault)), ("holdout_auc_fitted", .number(f.holdOutAUCFitted)),
            ("nested_holdouts", .integer(f.nestedHoldOuts)),
            ("nested_mean_auc_default", .number(f.nestedMeanAUCDefault)),
            ("nested_mean_auc_fitted", .number(f.nestedMeanAUCFitted)),
            ("recency_half_life_days", .number(m.recencyHalfLifeDays)),
            ("volume_half_life_days", .number(m.halfLifeDays)),
            ("intensity_scale", .number(m.intensityScale)), ("frequency_scale", .number(m.frequencyScale)),
            ("duration_scale_days", .number(m.durationScaleDays)),
            ("prior_lambda", .number(f.usedFitted ? f.fittedForm?.lambda : nil)),
            ("intercept", .number(m.intercept)),
            ("components", .object(zip(TieComponents.names, m.weights).map { ($0, .number($1)) })),
        ])
    }

    static func table(_ ties: [Tie], _ ws: Workspace) -> String {
        var table = TextTable(headers: ["contact", "contact", "strength", "class", "last touch", "touches",
                                        "recency", "intensity", "frequency", "reciprocity", "responsive"],
                              alignments: [.left, .left, .right, .left, .left, .right, .right, .right, .right, .right, .right])
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        for t in ties {
            let c = t.components
            table.append([ws[t.a].name, ws[t.b].name, f(t.strength), t.tieClass.rawValue,
                          t.lastTouch.map(ISODate.dayString) ?? "—", String(t.touches),
                          f(c.recency), f(c.intensity), f(c.frequency), f(c.reciprocity), f(c.responsiveness)])
        }
        return table.rendered()
    }
}
