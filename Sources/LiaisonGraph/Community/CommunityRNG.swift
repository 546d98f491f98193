//===----------------------------------------------------------------------===//
// A small seeded generator for the community algorithms
//===----------------------------------------------------------------------===//

/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators",
/// OOPSLA, doi:10.1145/2660193.2660195): a 64-bit state advanced by a Weyl constant and mixed.
/// Deterministic for a seed on every platform, unlike `SystemRandomNumberGenerator`.
public struct CommunityRNG: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in `0 ..< bound` (Lemire's multiply-shift with rejection).
    public mutating func nextIndex(_ bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }

    /// Fisher–Yates shuffle of `0 ..< n`.
    public mutating func permutation(_ n: Int) -> [Int32] {
        var p = (0 ..< n).map { Int32($0) }
        if n < 2 { return p }
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = nextIndex(i + 1)
            p.swapAt(i, j)
        }
        return p
    }
}
