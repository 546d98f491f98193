import Testing
@testable import LiaisonGraph

@Test func partitionIsCanonicalLargestFirst() {
    let p = Partition(labels: [7, 3, 3, 9, 3, 7])
    #expect(p.count == 3)
    #expect(p.community == [1, 0, 0, 2, 0, 1])
    #expect(p.members() == [[1, 2, 4], [0, 5], [3]])
    #expect(p.sizes() == [3, 2, 1])
    #expect(Partition(labels: [1, 1, 0]) == Partition(labels: [5, 5, 2]))
}
