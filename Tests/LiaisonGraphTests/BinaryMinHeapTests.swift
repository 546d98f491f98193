import Testing
@testable import LiaisonGraph

@Test func heapPopsInSortedOrder() {
    for seed in UInt64(0) ..< 50 {
        var rng = SplitMix64(seed: seed)
        let values = (0 ..< Int.random(in: 0 ... 60, using: &rng)).map { _ in Int.random(in: -20 ... 20, using: &rng) }
        var heap = BinaryMinHeap<Int>()
        for v in values { heap.push(v) }
        #expect(heap.count == values.count)
        var out = [Int]()
        while let v = heap.popMin() { out.append(v) }
        #expect(out == values.sorted(), "seed \(seed)")
        #expect(heap.isEmpty && heap.min == nil)
    }
}
