//===----------------------------------------------------------------------===//
// EgoView: one contact's network to h hops, the contact in the centre, rings by distance
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// The `ego` view: the contacts within `hops` hops of the ego (ties followed both ways in a
/// directed graph) as rings round the ego, ring k = k hops, positions computed by ``RingLayout``
/// and drawn pinned (neato), so the rings are exact and drawn as dashed circles.
///
/// The first ring is ordered by community (then importance), so that contacts of one community
/// sit together and lines stay short. Every contact further out hangs under its parent — its
/// strongest tie on the ring inside — and sits beside it. The parent ties are drawn as usual,
/// every other tie among drawn contacts faded. The first ring keeps up to
/// ``ViewOptions/summaryThreshold`` contacts; each further ring up to
/// ``ViewOptions/outerRingLimit``: every parent shows its most important children up to a common
/// cap, and one "+N more" box for the rest (``ViewOptions/full`` draws all). With another
/// `--layout` (twopi: `root` is the ego) the drawing is laid out by that engine instead.
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
        let rank = input.ranking()
        var position = [Int](repeating: 0, count: n)
        for (i, u) in rank.enumerated() { position[u] = i }
        // Strength of each tie, both ways, for choosing parents: O(m) once.
        var strongest = [Int: Double]()
        for e in 0 ..< g.edgeCount {
            let a = Int(g.edgeSource[e]), b = Int(g.edgeTarget[e])
            guard distance[a] >= 0 && distance[b] >= 0 && abs(distance[a] - distance[b]) == 1 else { continue }
            let key = distance[a] < distance[b] ? a * n + b : b * n + a
            strongest[key] = max(strongest[key] ?? 0, input.strength[e])
        }
        let byCommunity: (Int, Int) -> Bool = { x, y in
            let gx = input.group(x) ?? Int.max, gy = input.group(y) ?? Int.max
            return gx != gy ? gx < gy : position[x] < position[y]
        }

        // Ring by ring: the first ring ordered by community; on each further ring, every contact's
        // parent is its strongest tie on the ring inside (kept contacts only), its children the
        // most important ones up to the limit per parent, the rest one "+N more" marker.
        var kept = [Bool](repeating: false, count: n)
        kept[ego] = true
        var chosen: [Int] = [ego]
        var parentOf = [Int](repeating: -1, count: n)
        var childrenOf = [Int: [Int]]()
        var hidden = [Int: [Int]]()  // parent → children left out
        let firstLimit = options.full ? Int.max : options.summaryThreshold
        let outerLimit = options.full ? Int.max : options.outerRingLimit
        for d in layers.indices.dropFirst() {
            var order = [Int: Int]()  // kept node of ring d − 1 → its place on the ring
            for (i, u) in chosen.enumerated() where distance[u] == d - 1 { order[u] = i }
            var children = [Int: [Int]]()
            for u in layers[d] {
                var best = -1, bestStrength = -1.0
                var neighbours = g.neighbors(u).map(Int.init)
                if g.isDirected { neighbours += g.inNeighbors(u).map(Int.init) }
                for v in neighbours where kept[v] && distance[v] == d - 1 {
                    let s = strongest[v * n + u] ?? 0
                    if s > bestStrength || (s == bestStrength && order[v]! < order[best]!) { best = v; bestStrength = s }
                }
                if best >= 0 { children[best, default: []].append(u) }
            }
            let parents = children.keys.sorted { order[$0]! < order[$1]! }
            for p in parents { children[p]!.sort(by: d == 1 ? byCommunity : { position[$0] < position[$1] }) }
            let limit = d == 1 ? firstLimit : outerLimit
            let total = children.values.map(\.count).reduce(0, +)
            var cap = Int.max
            if total > limit {
                // The largest per-parent cap whose total fits the limit.
                cap = 0
                while children.values.map({ min($0.count, cap + 1) }).reduce(0, +) <= limit { cap += 1 }
            }
            for p in parents {
                let list = children[p]!
                let shown = d == 1 ? (list.count > limit ? Array(list.prefix(limit)) : list) : Array(list.prefix(cap))
                if shown.count < list.count { hidden[p] = Array(list.dropFirst(shown.count)) }
                for u in shown {
                    kept[u] = true
                    parentOf[u] = p
                    childrenOf[p, default: []].append(u)
                }
            }
            // The ring's order: children grouped under their parents, parents in ring order.
            var ringOrder: [Int] = []
            func add(_ p: Int) { ringOrder += childrenOf[p] ?? [] }
            if d == 1 { add(ego) } else { for p in chosen where distance[p] == d - 1 { add(p) } }
            chosen += ringOrder
        }
        let drawn = chosen.count
        var drawing = NetworkDrawing(title: "Ego network of \(input.names[ego]) to \(hops) hop\(hops == 1 ? "" : "s"): \(drawn) contacts",
                                     isDirected: g.isDirected)
        input.apply(to: &drawing)
        drawing.nodes = NetworkView.contactNodes(input, chosen, labels: options.labels,
                                                 emphasis: { $0 == ego ? .ego : [] },
                                                 extraTooltip: { ["hops from \(input.names[ego]): \(distance[$0])"] })
        var slot = [Int](repeating: -1, count: n)
        for (i, u) in chosen.enumerated() { slot[u] = i }
        // Tree ties (to the parent) as they are; the other ties among drawn contacts faded.
        for e in 0 ..< g.edgeCount {
            let s = Int(g.edgeSource[e]), t = Int(g.edgeTarget[e])
            let a = slot[s], b = slot[t]
            guard a >= 0 && b >= 0 else { continue }
            var edge = input.edge(e, a, b)
            if parentOf[s] != t && parentOf[t] != s { edge.isFaded = true }
            drawing.edges.append(edge)
        }
        // "+N more" markers, one per parent with children left out, on the ring of those children.
        var ringParent = chosen.map { parentOf[$0] >= 0 ? slot[parentOf[$0]] : -1 }
        var ringOf = chosen.map { distance[$0] }
        var markers = 0
        for p in chosen where hidden[p] != nil {
            let left = hidden[p]!
            let names = left.prefix(8).map { input.names[$0] }.joined(separator: ", ") + (left.count > 8 ? ", …" : "")
            drawing.nodes.append(.init(id: "more via \(input.ids[p])", label: ["+\(left.count) more"],
                                       tooltip: ["\(left.count) more contact\(left.count == 1 ? "" : "s") reached through \(input.names[p])", names],
                                       size: 0, group: nil, kind: .summary(memberCount: left.count)))
            drawing.edges.append(.init(a: slot[p], b: drawing.nodes.count - 1, strength: 0.3, isAggregate: true,
                                       tooltip: "\(input.names[p]) — \(left.count) more"))
            ringParent.append(slot[p])
            ringOf.append(distance[p] + 1)
            markers += left.count
        }
        // Children listed in ring order: markers go after their parent's shown children.
        let style = DrawingStyle()
        let halfSizes = drawing.nodes.map { node -> (w: Double, h: Double) in
            if case .summary = node.kind { return (Double((node.label.first ?? "").count) * 0.55 * 10 / 2 + 8, 12) }
            let circle = style.contactWidth(node) * 72 / 2
            let size = max(0, min(1, node.size.isFinite ? node.size : 0))
            let label = Double(node.label.map(\.count).max() ?? 0) * 0.55 * (9 + 5 * size) / 2
            return (max(circle, label) + 2, max(circle, 8))
        }
        let (positions, radii) = RingLayout.layout(parent: ringParent, ring: ringOf, halfSize: halfSizes)
        drawing.pinned = PinnedLayout(positions: positions, rings: radii)
        drawing.root = 0
        drawing.preferredEngine = .neato
        if drawn < reachable {
            drawing.notes.append("\(reachable - drawn) of the \(reachable) contacts within \(hops) hops are not drawn (\(markers) of them counted in the \"+N more\" boxes; the least important per contact of the ring inside); --full draws all.")
        }
        return drawing
    }
}
