import Foundation
import LiaisonGraph
import Testing
@testable import Liaison

@Suite struct CalibrationTests {
    @Test func aucMatchesTheMannWhitneyCount() {
        // scikit-learn's documented example: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
        // (of the 4 positive–negative pairs, 3 are ordered right).
        #expect(rocAUC(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true]) == 0.75)
        // A tie counts one half.
        #expect(rocAUC(scores: [0.5, 0.5], labels: [true, false]) == 0.5)
        #expect(rocAUC(scores: [0.5], labels: [true]) == nil)
    }

    @Test func newtonRecoversKnownWeights() {
        // Samples drawn from a logistic model with known weights (one of them 0): the fit finds them
        // within about 4 standard errors (SE ≈ 0.12 here for n = 6000).
        let trueIntercept = -4.0, trueWeights = [3.0, 2.0, 1.0, 0.5, 0.0, 1.5, 0.8, 2.0]
        var rng = SplitMix64(seed: 42)
        var x = [[Double]](), y = [Bool]()
        for _ in 0..<6000 {
            let row = (0..<8).map { _ in Double.random(in: 0...1, using: &rng) }
            var z = trueIntercept
            for k in 0..<8 { z += trueWeights[k] * row[k] }
            x.append(row)
            y.append(Double.random(in: 0..<1, using: &rng) < 1 / (1 + exp(-z)))
        }
        let fit = LogisticRegression.fit(features: x, labels: y, lambda: 0.01)
        #expect(abs(fit.intercept - trueIntercept) < 0.6)
        for k in 0..<8 {
            #expect(abs(fit.weights[k] - trueWeights[k]) < 0.5, "weight \(k): \(fit.weights[k]) vs \(trueWeights[k])")
            #expect(fit.weights[k] >= 0)
        }
    }

    @Test func negativeSlopesAreHeldAtZero() {
        // The label falls with x₁: unconstrained the slope is negative; constrained it is 0.
        var rng = SplitMix64(seed: 7)
        var x = [[Double]](), y = [Bool]()
        for _ in 0..<2000 {
            let a = Double.random(in: 0...1, using: &rng), b = Double.random(in: 0...1, using: &rng)
            x.append([a, b])
            y.append(Double.random(in: 0..<1, using: &rng) < 1 / (1 + exp(-(-1 + 3 * a - 3 * b))))
        }
        let free = LogisticRegression.fit(features: x, labels: y, lambda: 0.01, nonNegative: false)
        let bound = LogisticRegression.fit(features: x, labels: y, lambda: 0.01)
        #expect(free.weights[1] < -2)
        #expect(bound.weights[1] == 0)
        #expect(bound.weights[0] > 1)
    }

    /// A synthetic workspace where the true strength of a tie is a known logistic function of its
    /// components (only recency, intensity and reciprocity matter): the ties are labelled strong by
    /// that function, and calibration must recover a model that separates them on held-out folds.
    @Test func calibrationOnALabelledWorkspace() throws {
        var rng = SplitMix64(seed: 3)
        var contacts = [Contact(id: "me", name: "Me", kind: .me)]
        var interactions = [Interaction](), ties = [DeclaredTie]()
        for i in 1...120 {
            contacts.append(Contact(id: "c\(i)", name: "C\(i)"))
            let c = ContactIndex(i)
            let last = -Double.random(in: 0...700, using: &rng).rounded()
            let count = Int.random(in: 1...20, using: &rng)
            let mutual = Bool.random(using: &rng)
            for j in 0..<count {
                let d = last - Double(j) * 20
                let mine = !mutual || j % 2 == 0
                interactions.append(Interaction(date: day(d), from: mine ? 0 : c, to: [mine ? c : 0], channel: .call))
            }
            let recency = exp2(last / 180)
            let strong = -3 + 5 * recency + 0.25 * Double(count) + (mutual ? 1.5 : 0) > 0
            ties.append(DeclaredTie(a: 0, b: c, strength: strong ? 1 : 0))
        }
        let ws = Workspace(contacts: contacts, interactions: interactions, ties: ties, config: WorkspaceConfig(asOf: testAsOf))
        let report = try ws.calibrate(model: model, folds: 5)
        #expect(report.samples == 120)
        #expect(report.positives > 10 && report.positives < 110)
        #expect((report.aucAfter ?? 0) > 0.9)
        #expect(report.accuracyAfter > 0.8)
        // The components that decide the label get weight; those that do not (exchange: always 0) none.
        #expect(report.fitted.weights[0] > 0.5)  // recency
        #expect(report.fitted.weights[3] > 0.5)  // reciprocity
        #expect(report.fitted.weights[6] == 0)   // exchange
        #expect(report.fitted.weights.allSatisfy { $0 >= 0 })
    }

    @Test func tooFewLabelsIsAnError() {
        let ws = workspace([Interaction(date: day(-1), from: 0, to: [1])], ties: [DeclaredTie(a: 0, b: 1, strength: 1)])
        #expect(throws: CalibrationError.self) { try ws.calibrate(model: model) }
    }
}

@Suite struct WeightsRewriterTests {
    @Test func replacesTheWeightsAndKeepsComments() throws {
        let text = """
        # my workspace
        me = "me"   # that's me

        [tie_strength]
        half_life_days = 120 # shorter memory

        [tie_strength.weights]
        # tuned by hand
        recency = 9
        intercept = -1

        [render]
        layout = "sfdp"
        """
        let out = try WeightsRewriter.rewrite(text, intercept: -3.5, weights: [1, 2, 3, 4, 5, 6, 7, 0.25])
        #expect(out.contains("# my workspace\nme = \"me\"   # that's me"))
        #expect(out.contains("half_life_days = 120 # shorter memory"))
        #expect(out.contains("# tuned by hand"))
        #expect(!out.contains("recency = 9"))
        #expect(out.contains("[render]\nlayout = \"sfdp\""))
        let m = try WorkspaceConfig(parsing: out).tieStrength
        #expect(m.intercept == -3.5)
        #expect(m.weights == [1, 2, 3, 4, 5, 6, 7, 0.25])
        #expect(m.halfLifeDays == 120)
    }

    @Test func appendsTheTableWhenMissing() throws {
        let out = try WeightsRewriter.rewrite("me = \"anna\"\n", intercept: -2, weights: [1, 1, 1, 1, 1, 1, 1, 1])
        #expect(out.hasPrefix("me = \"anna\"\n\n# Fitted by"))
        let m = try WorkspaceConfig(parsing: out).tieStrength
        #expect(m.intercept == -2)
    }

    @Test func refusesInlineTables() {
        let text = "[tie_strength]\nweights = { recency = 1.0 }\n"
        #expect(throws: WeightsRewriter.Failure.self) {
            try WeightsRewriter.rewrite(text, intercept: -2, weights: [1, 1, 1, 1, 1, 1, 1, 1])
        }
    }
}
