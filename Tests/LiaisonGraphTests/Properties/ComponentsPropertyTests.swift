import PropertyBased
import Testing
@testable import LiaisonGraph

/// Issue 19, item 3: graph algorithms against naive versions, property-based with shrinking: a
/// failing graph shrinks to the fewest edges that still disagree.
@Suite struct ComponentsPropertyTests {
    /// Up to 25 nodes and 40 edges given as node pairs; self-loops are dropped before building.
    static let graph = zip(Gen.int(in: 1 ... 25), zip(Gen.int(in: 0 ... 24), Gen.int(in: 0 ... 24)).array(of: 0 ... 40))

    static func edges(_ n: Int, _ pairs: [(Int, Int)]) -> [(Int, Int)] {
        pairs.map { ($0.0 % n, $0.1 % n) }.filter { $0.0 != $0.1 }
    }

    /// Breadth-first search from each unlabelled node in increasing order, over an adjacency set:
    /// components numbered by their smallest node, as `connectedComponents` documents.
    static func naiveComponents(_ n: Int, _ edges: [(Int, Int)]) -> [Int32] {
        var adjacent = [Set<Int>](repeating: [], count: n)
        for (a, b) in edges { adjacent[a].insert(b); adjacent[b].insert(a) }
        var label = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        for s in 0 ..< n where label[s] < 0 {
            label[s] = next
            var queue = [s]
            while let u = queue.popLast() {
                for v in adjacent[u] where label[v] < 0 { label[v] = next; queue.append(v) }
            }
            next += 1
        }
        return label
    }

    @Test func issue19ConnectedComponentsEqualBreadthFirstSearch() async throws {
        await propertyCheck(count: 300, input: Self.graph) { n, pairs in
            let e = Self.edges(n, pairs)
            guard let g = try? Graph(nodeCount: n, edges: e) else { Issue.record("graph not built"); return }
            let c = g.connectedComponents()
            let naive = Self.naiveComponents(n, e)
            #expect(c.label == naive)
            #expect(c.count == Int(naive.max().map { $0 + 1 } ?? 0))
        }
    }

    /// Degree = distinct neighbours; strength = the number of times the pair was listed (parallel
    /// edges are merged by summing their weights of 1), counted in a dictionary.
    @Test func issue19DegreeAndStrengthEqualADictionaryCount() async throws {
        await propertyCheck(count: 300, input: Self.graph) { n, pairs in
            let e = Self.edges(n, pairs)
            guard let g = try? Graph(nodeCount: n, edges: e) else { Issue.record("graph not built"); return }
            var listed: [Int: Int] = [:], neighbours: [Int: Set<Int>] = [:]
            for (a, b) in e {
                listed[a, default: 0] += 1; listed[b, default: 0] += 1
                neighbours[a, default: []].insert(b); neighbours[b, default: []].insert(a)
            }
            for u in 0 ..< n {
                #expect(g.degree(u) == neighbours[u]?.count ?? 0, "degree of \(u)")
                #expect(g.strength(u) == Double(listed[u] ?? 0), "strength of \(u)")
            }
        }
    }
}
