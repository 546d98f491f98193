import Foundation

/// `liaison calibrate`: fits the component weights of the tie-strength model to the ties the user
/// labelled in ties.csv.
///
/// Each tie with a declared strength d is a sample: its behavioural components as of the date
/// (the declared strength itself is left out, or the fit would learn to copy the label), labelled
/// "strong" when d ≥ the strong threshold. A non-negative L2 logistic regression
/// (`LogisticRegression`) is fitted; its intercept and slopes ARE β₀ and β₁…β₈ of the model, since the
/// model's behavioural strength is a rescaled σ(β₀ + Σ βₖ cₖ). Quality is measured before (the
/// current weights) and after (k-fold cross-validation: each fold scored by a model fitted on the
/// others) as accuracy of the class rule "strength ≥ strong threshold" and as ROC AUC.
public struct CalibrationReport: Sendable {
    public var samples: Int
    public var positives: Int
    public var folds: Int
    public var accuracyBefore: Double
    public var aucBefore: Double?
    public var accuracyAfter: Double
    public var aucAfter: Double?
    /// The model with the weights fitted on all samples.
    public var fitted: TieStrengthModel
}

public enum CalibrationError: Error, CustomStringConvertible {
    case tooFewLabels(samples: Int, positives: Int, folds: Int)

    public var description: String {
        switch self {
        case let .tooFewLabels(samples, positives, folds):
            "calibration needs labelled ties of both kinds, at least \(folds) of each (one per fold): ties.csv has "
                + "\(samples) ties with a strength, \(positives) of them strong; add strengths to more ties"
        }
    }
}

extension Workspace {
    public func calibrate(model: TieStrengthModel, asOf date: Date? = nil, folds: Int = 5, lambda: Double = 1,
                          seed: UInt64 = 1) throws -> CalibrationReport {
        let strengths = tieStrengths(asOf: date, model: model)
        var features = [[Double]](), labels = [Bool]()
        for tie in strengths.ties {
            guard let d = tie.declared else { continue }
            features.append(tie.components.values)
            labels.append(d >= model.strongThreshold)
        }
        return try Self.calibrate(features: features, labels: labels, model: model, folds: folds, lambda: lambda,
                                  seed: seed)
    }

    /// The calibration on given samples (components, label "strong").
    public static func calibrate(features: [[Double]], labels: [Bool], model: TieStrengthModel, folds: Int = 5,
                                 lambda: Double = 1, seed: UInt64 = 1) throws -> CalibrationReport {
        let positives = labels.filter { $0 }.count
        let k = max(2, folds)
        guard positives >= k, labels.count - positives >= k else {
            throw CalibrationError.tooFewLabels(samples: labels.count, positives: positives, folds: k)
        }
        func evaluate(_ scores: [Double], _ threshold: Double) -> (Double, Double?) {
            var correct = 0
            for i in scores.indices where (scores[i] >= threshold) == labels[i] { correct += 1 }
            return (Double(correct) / Double(labels.count), rocAUC(scores: scores, labels: labels))
        }
        let before = evaluate(features.map { model.behaviouralStrength(values: $0) }, model.strongThreshold)

        // Stratified folds: positives and negatives each shuffled (seeded) and dealt round-robin.
        var rng = SplitMix64(seed: seed)
        var fold = [Int](repeating: 0, count: labels.count)
        for wanted in [true, false] {
            var members = labels.indices.filter { labels[$0] == wanted }
            members.shuffle(using: &rng)
            for (j, i) in members.enumerated() { fold[i] = j % k }
        }
        var cvScores = [Double](repeating: 0, count: labels.count)
        for f in 0..<k {
            let train = labels.indices.filter { fold[$0] != f }
            let fit = LogisticRegression.fit(features: train.map { features[$0] }, labels: train.map { labels[$0] },
                                             lambda: lambda)
            var m = model
            m.intercept = fit.intercept
            m.weights = fit.weights
            for i in labels.indices where fold[i] == f { cvScores[i] = m.behaviouralStrength(values: features[i]) }
        }
        let after = evaluate(cvScores, model.strongThreshold)
        let all = LogisticRegression.fit(features: features, labels: labels, lambda: lambda)
        var fitted = model
        fitted.intercept = all.intercept
        fitted.weights = all.weights
        return CalibrationReport(samples: labels.count, positives: positives, folds: k, accuracyBefore: before.0,
                                 aucBefore: before.1, accuracyAfter: after.0, aucAfter: after.1, fitted: fitted)
    }
}
