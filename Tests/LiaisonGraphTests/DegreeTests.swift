import Testing
@testable import LiaisonGraph

@Suite struct DegreeTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        expectColumn(f.graph.degrees().map(Double.init), f.values("degree"), "degree", f)
        expectColumn(f.graph.strengths(), f.values("strength"), "strength", f)
    }

    @Test func directedCountsBothDirections() throws {
        let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 2), (1, 0, 4), (2, 1, 1)], directed: true)
        #expect(g.degrees() == [2, 3, 1])
        #expect(g.strengths() == [6, 7, 1])
    }

    @Test func emptyGraph() throws {
        let g = try Graph(nodeCount: 0, edges: [])
        #expect(g.degrees() == [] && g.strengths() == [])
    }
}
