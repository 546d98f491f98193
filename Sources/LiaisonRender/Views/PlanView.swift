//===----------------------------------------------------------------------===//
// PlanView: introduction paths highlighted over a faded network
//===----------------------------------------------------------------------===//

/// The `plan` view: each path (a list of node indices, from the asker to the target) drawn in
/// thick red over the rest of the network, faded. A step between two nodes that are not tied is
/// an introduction to ask for and is drawn as a red dashed line. The first node of each path is
/// outlined as the ego, the last as a target; every node on a path is labelled.
///
/// Above ``ViewOptions/summaryThreshold`` nodes (and without ``ViewOptions/full``) the faded context
/// is cut to the neighbours of the path nodes (highest measure first) up to the threshold.
public enum PlanView {
    public static func drawing(_ input: DrawingInput, paths: [[Int]], options: ViewOptions = ViewOptions(),
                               title: String = "Introduction plan") -> NetworkDrawing {
        let g = input.graph, n = g.nodeCount
        for path in paths {
            precondition(path.allSatisfy { (0 ..< n).contains($0) }, "PlanView: a path node is out of range")
        }
        var onPath = [Bool](repeating: false, count: n)
        var emphasis = [NetworkDrawing.Emphasis](repeating: [], count: n)
        for path in paths {
            for u in path { onPath[u] = true; emphasis[u].insert(.highlighted) }
            if let first = path.first, path.count > 1 { emphasis[first].insert(.ego) }
            if let last = path.last, path.count > 1 { emphasis[last].insert(.target) }
        }
        var chosen = (0 ..< n).filter { onPath[$0] }
        let drawAll = n <= options.summaryThreshold || options.full
        if drawAll {
            chosen += (0 ..< n).filter { !onPath[$0] }
        } else {
            var near = [Bool](repeating: false, count: n)
            for u in chosen {
                for v in g.neighbors(u) where !onPath[Int(v)] { near[Int(v)] = true }
                if g.isDirected { for v in g.inNeighbors(u) where !onPath[Int(v)] { near[Int(v)] = true } }
            }
            let room = max(0, options.summaryThreshold - chosen.count)
            chosen += input.ranking().filter { near[$0] }.prefix(room)
        }
        for u in 0 ..< n where !onPath[u] { emphasis[u] = [.faded] }

        var drawing = NetworkDrawing(title: "\(title): \(paths.count) path\(paths.count == 1 ? "" : "s")", isDirected: g.isDirected)
        input.apply(to: &drawing)
        // Only path nodes get labels: the faded context stays quiet.
        drawing.nodes = NetworkView.contactNodes(input, chosen, labels: 0, emphasis: { emphasis[$0] })
        var slot = [Int](repeating: -1, count: n)
        for (i, u) in chosen.enumerated() { slot[u] = i }

        // Steps of the paths as unordered (directed: ordered) pairs.
        var steps = Set<Int>()
        func key(_ a: Int, _ b: Int) -> Int { g.isDirected ? a * n + b : min(a, b) * n + max(a, b) }
        for path in paths where path.count > 1 {
            for i in 1 ..< path.count where path[i - 1] != path[i] { steps.insert(key(path[i - 1], path[i])) }
        }
        var tied = Set<Int>()
        for e in 0 ..< g.edgeCount {
            let s = Int(g.edgeSource[e]), t = Int(g.edgeTarget[e])
            let a = slot[s], b = slot[t]
            guard a >= 0 && b >= 0 else { continue }
            var edge = input.edge(e, a, b)
            if steps.contains(key(s, t)) {
                edge.isHighlighted = true
                tied.insert(key(s, t))
            } else {
                edge.isFaded = true
                edge.isBridge = false
                edge.isLocalBridge = false
            }
            drawing.edges.append(edge)
        }
        for path in paths where path.count > 1 {
            for i in 1 ..< path.count where path[i - 1] != path[i] {
                let k = key(path[i - 1], path[i])
                guard !tied.contains(k) else { continue }
                tied.insert(k)
                drawing.edges.append(.init(a: slot[path[i - 1]], b: slot[path[i]], strength: 1, isProposed: true,
                                           tooltip: "introduction to ask for: \(input.names[path[i - 1]]) → \(input.names[path[i]])"))
            }
        }
        if chosen.count < n {
            drawing.notes.append("Context cut to \(chosen.count - chosen.filter { onPath[$0] }.count) neighbours of the paths (of \(n) contacts); --full draws all.")
        }
        drawing.preferredEngine = chosen.count <= 150 ? .neato : .sfdp
        return drawing
    }
}
