//===----------------------------------------------------------------------===//
// EgoView: one contact's network to h hops, the contact in the centre, rings by distance
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// The `ego` view: the contacts within `hops` hops of the ego (ties followed both ways in a
/// directed graph) and the ties among them. Drawn with twopi rooted at the ego, each ring is one
/// hop further out (twopi's rings are breadth-first distances from the root, and every drawn node
/// keeps a drawn neighbour one ring further in, so the rings are the hop distances).
///
/// Above ``ViewOptions/summaryThreshold`` nodes (and without ``ViewOptions/full``), each ring keeps
/// its nodes with the highest measure among those tied to a kept node of the ring inside it, until
/// the threshold is reached; the legend says how many were left out.
public enum EgoView {
    public static func drawing(_ input: DrawingInput, ego: Int, hops: Int, options: ViewOptions = ViewOptions()) -> NetworkDrawing {
        let g = input.graph, n = g.nodeCount
        precondition((0 ..< n).contains(ego) && hops >= 0, "EgoView: ego \(ego) out of range or negative hops")
        // Breadth-first layers, O(n + m).
        var distance = [Int](repeating: -1, count: n)
        distance[ego] = 0
        var layers: [[Int]] = [[ego]]
        while layers.count <= hops {
            var next: [Int] = []
            for u in layers[layers.count - 1] {
                for v in g.neighbors(u) where distance[Int(v)] < 0 { distance[Int(v)] = layers.count; next.append(Int(v)) }
                if g.isDirected {
                    for v in g.inNeighbors(u) where distance[Int(v)] < 0 { distance[Int(v)] = layers.count; next.append(Int(v)) }
                }
            }
            if next.isEmpty { break }
            layers.append(next)
        }
        let reachable = layers.reduce(0) { $0 + $1.count }
        var kept = [Bool](repeating: false, count: n)
        var chosen: [Int] = [ego]
        kept[ego] = true
        let limit = options.full ? Int.max : options.summaryThreshold
        let rank = input.ranking()
        var position = [Int](repeating: 0, count: n)
        for (i, u) in rank.enumerated() { position[u] = i }
        for d in layers.indices.dropFirst() {
            var candidates = layers[d].filter { u in
                g.neighbors(u).contains { kept[Int($0)] && distance[Int($0)] == d - 1 }
                    || (g.isDirected && g.inNeighbors(u).contains { kept[Int($0)] && distance[Int($0)] == d - 1 })
            }
            candidates.sort { position[$0] < position[$1] }
            for u in candidates.prefix(max(0, limit - chosen.count)) {
                kept[u] = true
                chosen.append(u)
            }
        }
        var drawing = NetworkDrawing(title: "Ego network of \(input.names[ego]) to \(hops) hop\(hops == 1 ? "" : "s"): \(chosen.count) contacts",
                                     isDirected: g.isDirected)
        input.apply(to: &drawing)
        drawing.nodes = NetworkView.contactNodes(input, chosen, labels: options.labels,
                                                 emphasis: { $0 == ego ? .ego : [] },
                                                 extraTooltip: { ["hops from \(input.names[ego]): \(distance[$0])"] })
        var slot = [Int](repeating: -1, count: n)
        for (i, u) in chosen.enumerated() { slot[u] = i }
        for e in 0 ..< g.edgeCount {
            let a = slot[Int(g.edgeSource[e])], b = slot[Int(g.edgeTarget[e])]
            if a >= 0 && b >= 0 { drawing.edges.append(input.edge(e, a, b)) }
        }
        drawing.root = 0
        drawing.preferredEngine = .twopi
        if chosen.count < reachable {
            drawing.notes.append("\(reachable - chosen.count) of the \(reachable) contacts within \(hops) hops are left out (lowest \(input.size.name) per ring); --full draws all.")
        }
        return drawing
    }
}
