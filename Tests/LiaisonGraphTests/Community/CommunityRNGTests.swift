import Testing
@testable import LiaisonGraph

/// SplitMix64 reference outputs for seed 0 (Steele et al.; the same values as Vigna's splitmix64.c
/// seeded with 0): 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4.
@Test func splitMixMatchesReferenceOutputs() {
    var rng = CommunityRNG(seed: 0)
    #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
    #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
}

@Test func permutationIsAPermutationAndSeeded() {
    var a = CommunityRNG(seed: 5), b = CommunityRNG(seed: 5)
    let p = a.permutation(100)
    #expect(p == b.permutation(100))
    #expect(p.sorted() == (0 ..< 100).map { Int32($0) })
    #expect(p != (0 ..< 100).map { Int32($0) })
    var c = CommunityRNG(seed: 1)
    for _ in 0 ..< 1000 { let x = c.nextUnit(); #expect(x >= 0 && x < 1) }
}
