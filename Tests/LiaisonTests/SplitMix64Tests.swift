import LiaisonGraph
import Testing
@testable import Liaison

// Reference outputs of Vigna's splitmix64.c, recomputed with a 6-line Python transcription of it
// (state += 0x9E3779B97F4A7C15; two xor-shift-multiply rounds): seed 1234567 gives the sequence
// quoted in many SplitMix64 test suites.
@Test func splitMixMatchesTheReferenceSequence() {
    var a = SplitMix64(seed: 1_234_567)
    #expect((0 ..< 5).map { _ in a.next() } == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973,
                                               9_817_491_932_198_370_423, 4_593_380_528_125_082_431,
                                               16_408_922_859_458_223_821])
    var b = SplitMix64(seed: 0)
    #expect((0 ..< 3).map { _ in b.next() } == [16_294_208_416_658_607_535, 7_960_286_522_194_355_700,
                                               487_617_019_471_545_679])
}

@Test func splitMixDrawsStayInRangeAndCoverIt() {
    var rng = SplitMix64(seed: 42)
    var seen = [Int](repeating: 0, count: 7)
    for _ in 0 ..< 7000 {
        let k = rng.below(7)
        seen[k] += 1
        let u = rng.uniform()
        #expect(u >= 0 && u < 1)
    }
    // Each bucket expects 1000; 6 standard deviations is about ±190.
    #expect(seen.allSatisfy { abs($0 - 1000) < 190 }, "\(seen)")
}

@Test func poissonMeanIsLambda() {
    for lambda in [0.3, 4.0, 55.0] {
        var rng = SplitMix64(seed: 9)
        let n = 20_000
        let mean = Double((0 ..< n).reduce(0) { s, _ in s + rng.poisson(lambda) }) / Double(n)
        // Standard error sqrt(λ/n); allow 6 of them.
        #expect(abs(mean - lambda) < 6 * (lambda / Double(n)).squareRoot(), "λ=\(lambda) mean=\(mean)")
    }
}

@Test func streamsAreIndependentAndReproducible() {
    var a = SplitMix64(seed: 5, stream: 1), b = SplitMix64(seed: 5, stream: 1), c = SplitMix64(seed: 5, stream: 2)
    let xa = (0 ..< 4).map { _ in a.next() }, xb = (0 ..< 4).map { _ in b.next() }, xc = (0 ..< 4).map { _ in c.next() }
    #expect(xa == xb)
    #expect(xa != xc)
}
