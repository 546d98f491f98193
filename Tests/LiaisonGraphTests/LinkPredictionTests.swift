import Testing
@testable import LiaisonGraph

@Suite struct LinkPredictionTests {
    @Test(arguments: MeasureFixture.all.filter { !$0.directed })
    func matchesNetworkX(_ f: MeasureFixture) {
        let pairs = f.intLists("link_pairs").map { ($0[0], $0[1]) }
        expectColumn(f.graph.jaccard(pairs: pairs), f.values("jaccard"), "jaccard", f)
        expectColumn(f.graph.adamicAdar(pairs: pairs), f.values("adamic_adar"), "adamic_adar", f)
        expectColumn(f.graph.resourceAllocation(pairs: pairs), f.values("resource_allocation"), "resource_allocation", f)
    }

    /// 0 and 2 share neighbour 1 (degree 3: 0, 2, 3): Jaccard 1/1, Adamic–Adar 1/ln 3, RA 1/3.
    @Test func byHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (1, 3)])
        #expect(g.jaccard(pairs: [(0, 2), (0, 4)]) == [1, 0])
        #expect(close(g.adamicAdar(pairs: [(0, 2)])[0], 1 / 1.0986122886681098))
        #expect(g.resourceAllocation(pairs: [(0, 2)]) == [1.0 / 3.0])
    }
}
