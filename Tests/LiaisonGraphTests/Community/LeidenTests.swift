import Testing
@testable import LiaisonGraph

@Test(arguments: CommunityFixture.names)
func leidenMeanModularityIsAtLeastNetworkXLouvain(_ name: String) throws {
    let f = try CommunityFixture.load(name)
    for reference in f.louvain {
        var sum = 0.0, louvainSum = 0.0
        for seed in 0 ..< 10 {
            let options = CommunityOptions(resolution: reference.resolution, seed: UInt64(seed))
            let r = f.graph.leidenCommunities(options)
            #expect(abs(r.modularity - f.graph.modularity(r.partition, resolution: reference.resolution)) < 1e-12)
            #expect(communitiesAreConnected(f.graph, r.partition), "\(name) seed \(seed)")
            sum += r.modularity
            louvainSum += f.graph.louvainCommunities(options).modularity
        }
        #expect(sum / 10 >= reference.mean - 1e-9, "\(name) γ=\(reference.resolution): \(sum / 10) < NetworkX \(reference.mean)")
        #expect(sum >= louvainSum - 1e-9, "\(name) γ=\(reference.resolution): Leiden below our Louvain")
    }
}

@Test func leidenIsDeterministicForASeed() throws {
    let f = try CommunityFixture.load("random_partition_5")
    #expect(f.graph.leidenCommunities(.init(seed: 9)).partition == f.graph.leidenCommunities(.init(seed: 9)).partition)
}

@Test(arguments: ["planted_4x32", "random_partition_5"])
func leidenRecoversPlantedPartition(_ name: String) throws {
    let f = try CommunityFixture.load(name)
    let truth = Partition(labels: f.planted!)
    for seed in 0 ..< 5 {
        #expect(adjustedRandIndex(f.graph.leidenCommunities(.init(seed: UInt64(seed))).partition, truth) >= 0.9)
    }
}

/// Two cliques K5 joined by a single edge, plus a disconnected triangle: the three communities.
@Test func leidenFindsObviousCommunities() throws {
    var edges = [(Int, Int)]()
    for a in 0 ..< 5 { for b in a + 1 ..< 5 { edges.append((a, b)); edges.append((a + 5, b + 5)) } }
    edges += [(4, 5), (10, 11), (11, 12), (10, 12)]
    let g = try Graph(nodeCount: 13, edges: edges)
    let r = g.leidenCommunities()
    #expect(r.partition.members() == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12]])
}

/// Every community induces a connected subgraph (BFS restricted to the community).
func communitiesAreConnected(_ g: Graph, _ p: Partition) -> Bool {
    var seen = [Bool](repeating: false, count: g.nodeCount)
    var reached = [Int](repeating: 0, count: p.count)
    var started = [Bool](repeating: false, count: p.count)
    for s in 0 ..< g.nodeCount where !started[Int(p.community[s])] {
        let c = p.community[s]
        started[Int(c)] = true
        var stack = [s]; seen[s] = true
        while let u = stack.popLast() {
            reached[Int(c)] += 1
            for v in g.neighbors(u) where !seen[Int(v)] && p.community[Int(v)] == c {
                seen[Int(v)] = true; stack.append(Int(v))
            }
        }
    }
    return reached == p.sizes()
}

/// A directed graph is read as undirected: arcs 0→1 and 1→0 (weight 1 each) become one edge of
/// weight 2, and the modularity returned is that of the undirected reading.
@Test func directedGraphIsReadAsUndirected() throws {
    let g = try Graph(nodeCount: 6, sources: [0, 1, 1, 2, 3, 4, 4, 5, 2], targets: [1, 0, 2, 0, 4, 3, 5, 3, 3],
                      directed: true)
    let u = g.undirected()
    #expect(u.weight(from: 0, to: 1) == 2)
    for r in [g.leidenCommunities(), g.louvainCommunities()] {
        #expect(abs(r.modularity - u.modularity(r.partition)) < 1e-12)
        #expect(r.partition.members() == [[0, 1, 2], [3, 4, 5]])
    }
}
