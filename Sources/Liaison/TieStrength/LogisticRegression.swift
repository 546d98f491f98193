import Foundation

/// L2-regularised logistic regression with non-negative slopes, fitted by Newton's method
/// (iteratively reweighted least squares), for `liaison calibrate`.
///
/// Minimises  −Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] + (λ/2) Σₖ (βₖ − μₖ)²,  pᵢ = σ(β₀ + Σₖ βₖ xᵢₖ),
/// the intercept β₀ unpenalised; μ = 0 (plain ridge) unless a `prior` is given, when the fit is the
/// maximum a-posteriori estimate under a Gaussian prior centred on those slopes (shrinkage toward
/// known weights instead of toward 0; `liaison ties --weights fitted` centres it on the defaults). Each Newton step solves (XᵀWX + λI′) δ = ∇ by Gaussian elimination
/// with partial pivoting (I′ = identity without the intercept), W = diag(pᵢ(1 − pᵢ)).
/// The slopes must stay ≥ 0 for the tie-strength model to stay monotone, so an active-set loop
/// fixes the most negative slope at 0 and refits until none is negative (the standard active-set
/// treatment of bound constraints; exact when at most one bound is active, close otherwise).
/// Twin: scikit-learn's `LogisticRegression(penalty="l2", C=1/λ)` without the bound.
///
/// - Complexity: O(iterations · (n·d² + d³)) for n samples and d features.
public struct LogisticRegression: Sendable, Equatable {
    public var intercept: Double
    public var weights: [Double]

    public init(intercept: Double, weights: [Double]) {
        self.intercept = intercept
        self.weights = weights
    }

    /// P(y = 1 | x).
    public func probability(_ x: [Double]) -> Double {
        var z = intercept
        for k in 0..<weights.count { z += weights[k] * x[k] }
        return sigmoid(z)
    }

    /// Fits the model to `features` (n rows of d values) and `labels`.
    public static func fit(features: [[Double]], labels: [Bool], lambda: Double = 1, prior: [Double]? = nil,
                           nonNegative: Bool = true, maxIterations: Int = 100) -> LogisticRegression {
        let d = features.first?.count ?? 0
        var active = [Bool](repeating: true, count: d)
        while true {
            let columns = (0..<d).filter { active[$0] }
            let fitted = newton(features: features, labels: labels, columns: columns, lambda: lambda,
                                prior: columns.map { prior?[$0] ?? 0 }, maxIterations: maxIterations)
            var weights = [Double](repeating: 0, count: d)
            for (j, k) in columns.enumerated() { weights[k] = fitted.weights[j] }
            let model = LogisticRegression(intercept: fitted.intercept, weights: weights)
            guard nonNegative, let worst = columns.min(by: { weights[$0] < weights[$1] }), weights[worst] < 0 else {
                return model
            }
            active[worst] = false
        }
    }

    static func newton(features: [[Double]], labels: [Bool], columns: [Int], lambda: Double, prior: [Double],
                       maxIterations: Int) -> LogisticRegression {
        let m = columns.count + 1
        var beta = [Double](repeating: 0, count: m)
        for _ in 0..<maxIterations {
            var gradient = [Double](repeating: 0, count: m)
            var hessian = [Double](repeating: 0, count: m * m)
            var x = [Double](repeating: 1, count: m)
            for (i, row) in features.enumerated() {
                for (j, k) in columns.enumerated() { x[j + 1] = row[k] }
                var z = 0.0
                for j in 0..<m { z += beta[j] * x[j] }
                let p = sigmoid(z), w = max(p * (1 - p), 1e-12)
                let residual = p - (labels[i] ? 1 : 0)
                for j in 0..<m {
                    gradient[j] += residual * x[j]
                    let wx = w * x[j]
                    for l in j..<m { hessian[j * m + l] += wx * x[l] }
                }
            }
            for j in 0..<m { for l in 0..<j { hessian[j * m + l] = hessian[l * m + j] } }
            for j in 1..<m {
                gradient[j] += lambda * (beta[j] - prior[j - 1])
                hessian[j * m + j] += lambda
            }
            hessian[0] += 1e-9
            guard let step = solve(hessian, gradient, m) else { break }
            var change = 0.0
            for j in 0..<m { beta[j] -= step[j]; change = max(change, abs(step[j])) }
            if change < 1e-10 { break }
        }
        return LogisticRegression(intercept: beta[0], weights: Array(beta.dropFirst()))
    }

    /// Solves A x = b (A is m×m, row-major) by Gaussian elimination with partial pivoting.
    static func solve(_ a: [Double], _ b: [Double], _ m: Int) -> [Double]? {
        var a = a, b = b
        for col in 0..<m {
            var pivot = col
            for r in (col + 1)..<max(col + 1, m) where abs(a[r * m + col]) > abs(a[pivot * m + col]) { pivot = r }
            guard abs(a[pivot * m + col]) > 1e-300 else { return nil }
            if pivot != col {
                for c in 0..<m { a.swapAt(col * m + c, pivot * m + c) }
                b.swapAt(col, pivot)
            }
            for r in (col + 1)..<max(col + 1, m) {
                let f = a[r * m + col] / a[col * m + col]
                if f == 0 { continue }
                for c in col..<m { a[r * m + c] -= f * a[col * m + c] }
                b[r] -= f * b[col]
            }
        }
        var x = [Double](repeating: 0, count: m)
        for r in stride(from: m - 1, through: 0, by: -1) {
            var s = b[r]
            for c in (r + 1)..<max(r + 1, m) { s -= a[r * m + c] * x[c] }
            x[r] = s / a[r * m + r]
        }
        return x
    }
}

/// Area under the ROC curve: the probability that a random positive scores above a random
/// negative, ties counting ½ (the Mann–Whitney U statistic / (n₊ n₋), with average ranks).
/// `nil` when there is no positive or no negative. Twin: `sklearn.metrics.roc_auc_score`.
///
/// - Complexity: O(n log n).
public func rocAUC(scores: [Double], labels: [Bool]) -> Double? {
    let positives = labels.filter { $0 }.count, negatives = labels.count - positives
    guard positives > 0, negatives > 0 else { return nil }
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var rankSum = 0.0, i = 0
    while i < order.count {
        var j = i
        while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
        let rank = Double(i + j) / 2 + 1
        for t in i...j where labels[order[t]] { rankSum += rank }
        i = j + 1
    }
    let u = rankSum - Double(positives) * Double(positives + 1) / 2
    return u / (Double(positives) * Double(negatives))
}
