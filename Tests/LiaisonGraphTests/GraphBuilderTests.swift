import Testing
@testable import LiaisonGraph

@Test func builderMergesParallelEdgesAndDropsSelfLoops() throws {
    let g = try Graph(nodeCount: 4, sources: [0, 1, 1, 2, 3], targets: [1, 2, 0, 2, 1], weights: [1, 2, 3, 5, 0.5])
    #expect(g.edgeCount == 3)
    #expect(g.weight(from: 0, to: 1) == 4)
    #expect(g.weight(from: 1, to: 0) == 4)
    #expect(g.weight(from: 3, to: 1) == 0.5)
    #expect(g.buildReport == { var r = Graph.BuildReport(); r.selfLoops = 1; r.mergedParallelEdges = 1; return r }())
    #expect(Array(g.neighbors(1)) == [0, 2, 3])
    g._checkInvariants()
}

@Test func directedGraphKeepsInRows() throws {
    let g = try Graph(nodeCount: 3, edges: [(0, 1), (2, 1), (1, 0)], directed: true)
    #expect(g.edgeCount == 3)
    #expect(Array(g.neighbors(1)) == [0])
    #expect(Array(g.inNeighbors(1)) == [0, 2])
    #expect(g.weight(from: 2, to: 1) == 1 && g.weight(from: 1, to: 2) == nil)
}

@Test func builderRejectsBadWeights() {
    #expect(throws: GraphInputError.nonPositiveWeight(edge: 1, weight: 0)) {
        try Graph(nodeCount: 2, sources: [0, 0], targets: [1, 1], weights: [1, 0])
    }
    #expect(throws: GraphInputError.nodeOutOfRange(edge: 0, node: 5, nodeCount: 2)) {
        try Graph(nodeCount: 2, sources: [5], targets: [1])
    }
}
