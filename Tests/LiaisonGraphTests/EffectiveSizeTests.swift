import Testing
@testable import LiaisonGraph

@Suite struct EffectiveSizeTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        expectColumn(f.graph.effectiveSize(), f.values("effective_size"), "effective_size", f)
        expectColumn(f.graph.efficiency(), f.values("efficiency"), "efficiency", f)
    }

    /// Borgatti's n − 2t/n for the hub of a triangle plus pendant: 3 − 2·1/3; isolated → NaN.
    @Test func borgattiByHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (1, 2), (0, 3)])
        let e = g.effectiveSize(), eff = g.efficiency()
        #expect(close(e[0], 3 - 2.0 / 3.0) && close(eff[0], (3 - 2.0 / 3.0) / 3))
        #expect(e[4].isNaN && eff[4].isNaN)
    }

    @Test func emptyGraph() throws {
        let g = try Graph(nodeCount: 0, edges: [])
        #expect(g.effectiveSize() == [] && g.efficiency() == [])
    }
}
