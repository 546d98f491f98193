@testable import LiaisonGraph

/// A random simple graph on ≤ `maxNodes` nodes with weights from {1, 2, 4, 8}.
func randomGraph(_ rng: inout SplitMix64, maxNodes: Int, directed: Bool) -> Graph {
    let n = Int.random(in: 1 ... maxNodes, using: &rng)
    var edges: [(Int, Int, Double)] = []
    let p = Double.random(in: 0.15 ... 0.6, using: &rng)
    for u in 0 ..< n {
        for v in 0 ..< n where u != v && (directed || u < v) {
            if Double.random(in: 0 ..< 1, using: &rng) < p {
                edges.append((u, v, [1.0, 2, 4, 8].randomElement(using: &rng)!))
            }
        }
    }
    return try! Graph(nodeCount: n, weightedEdges: edges, directed: directed)
}

/// The graph as DOT, for failure messages.
func dot(_ g: Graph) -> String {
    let arrow = g.isDirected ? "->" : "--"
    var s = (g.isDirected ? "digraph" : "graph") + " {\n"
    for e in 0 ..< g.edgeCount { s += "  \(g.edgeSource[e]) \(arrow) \(g.edgeTarget[e]) [weight=\(g.edgeWeight[e])]\n" }
    return s + "}"
}

/// All-pairs distances (d = 1/w) by Floyd–Warshall.
func naiveDistances(_ g: Graph, length: (Double) -> Double = { 1 / $0 }) -> [[Double]] {
    let n = g.nodeCount
    var d = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
    for u in 0 ..< n { d[u][u] = 0 }
    for e in 0 ..< g.edgeCount {
        let u = Int(g.edgeSource[e]), v = Int(g.edgeTarget[e]), l = length(g.edgeWeight[e])
        d[u][v] = min(d[u][v], l)
        if !g.isDirected { d[v][u] = min(d[v][u], l) }
    }
    for k in 0 ..< n { for i in 0 ..< n { for j in 0 ..< n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] } } }
    return d
}

/// Unnormalised betweenness by listing every shortest path of every ordered pair (undirected:
/// halved), with exact distances (weights in {1,2,4,8}).
func naiveBetweenness(_ g: Graph) -> [Double] {
    let n = g.nodeCount
    let d = naiveDistances(g)
    var score = [Double](repeating: 0, count: n)
    for s in 0 ..< n {
        for t in 0 ..< n where s != t && d[s][t].isFinite {
            var paths: [[Int]] = []
            func walk(_ path: [Int]) {
                let v = path.last!
                if v == t { paths.append(path); return }
                for w in g.neighbors(v) {
                    let w = Int(w)
                    if d[s][v] + 1 / g.weight(from: v, to: w)! == d[s][w] && d[s][w] + d[w][t] == d[s][t] {
                        walk(path + [w])
                    }
                }
            }
            walk([s])
            for p in paths { for v in p.dropFirst().dropLast() { score[v] += 1 / Double(paths.count) } }
        }
    }
    return g.isDirected ? score : score.map { $0 / 2 }
}
