//===----------------------------------------------------------------------===//
// A small seeded generator for the community algorithms
//===----------------------------------------------------------------------===//

/// The generator of the community algorithms: the core's SplitMix64, with the draws they use.
public typealias CommunityRNG = SplitMix64

extension SplitMix64 {
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
