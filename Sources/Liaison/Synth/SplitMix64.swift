//===----------------------------------------------------------------------===//
// SplitMix64 and the few distributions `synth` draws from
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// `synth` draws from the graph core's SplitMix64 and only through the draws below, so that a seed
/// gives the same workspace on every platform and Swift version (the standard library's
/// `random(in:using:)` algorithms are not promised to stay the same).
extension SplitMix64 {
    /// An independent stream for one part of the generator (`stream` distinguishes the parts), so
    /// that changing one option (say, the number of interactions) leaves the other files unchanged.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in 0 ..< n (multiply-shift; the bias is below 2⁻³² for the sizes used here).
    @inline(__always)
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(n) needs n > 0")
        return Int(((next() >> 32) &* UInt64(n)) >> 32)
    }

    /// True with probability `p`.
    @inline(__always)
    mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// Standard normal (Box–Muller, one of the pair).
    mutating func normal() -> Double {
        let u = 1 - uniform(), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }

    /// Log-normal with the given median and log-scale σ.
    mutating func logNormal(median: Double, sigma: Double) -> Double { median * exp(sigma * normal()) }

    /// Pareto with minimum `xm` and tail index `alpha` (heavy-tailed for alpha < 2).
    mutating func pareto(xm: Double, alpha: Double) -> Double { xm / pow(1 - uniform(), 1 / alpha) }

    /// Poisson(λ): Knuth's product method for λ < 30, a rounded normal approximation above.
    mutating func poisson(_ lambda: Double) -> Int {
        if lambda <= 0 { return 0 }
        if lambda < 30 {
            let limit = exp(-lambda)
            var k = 0, p = uniform()
            while p > limit { k += 1; p *= uniform() }
            return k
        }
        return max(0, Int((lambda + lambda.squareRoot() * normal()).rounded()))
    }

    /// An index drawn with probability proportional to `weights`.
    mutating func pick(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = uniform() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// An element of a non-empty array, uniformly.
    mutating func element<T>(_ array: [T]) -> T { array[below(array.count)] }
}

/// Draws indices in proportion to fixed weights in O(log n) (cumulative sums + binary search).
struct CumulativeSampler {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map { sum += $0; return sum }
    }

    var isEmpty: Bool { cumulative.isEmpty || cumulative.last! <= 0 }

    func draw(_ rng: inout SplitMix64) -> Int {
        let x = rng.uniform() * cumulative.last!
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
