//===----------------------------------------------------------------------===//
// NetworkView: the whole network, or a readable summary of a large one
//===----------------------------------------------------------------------===//

/// The `network` view: every node coloured by group, sized by the measure, every tie with its
/// strength, class and bridge flags; labels on the top N nodes by the measure. With groups, each
/// group is a region of its own (``RegionLayout``: a named disc of its colour), and the legend
/// shows colour swatches.
///
/// Above ``ViewOptions/summaryThreshold`` nodes (and without ``ViewOptions/full``) it draws a
/// summary instead, and says so in the legend: the ``ViewOptions/summaryTop`` nodes with the
/// highest measure and the ties among them, and every other node collapsed into one box per group
/// (the ``ViewOptions/summaryGroups`` largest; the rest into one "other" box), with one line per
/// pair of boxes (or box and node) whose width is the number of ties it stands for.
public enum NetworkView {
    public static func drawing(_ input: DrawingInput, options: ViewOptions = ViewOptions(),
                               title: String = "Network") -> NetworkDrawing {
        let n = input.graph.nodeCount
        if n > options.summaryThreshold && !options.full {
            return summary(input, options: options, title: title)
        }
        var drawing = NetworkDrawing(title: "\(title): \(n) contacts, \(input.graph.edgeCount) ties",
                                     isDirected: input.graph.isDirected)
        input.apply(to: &drawing)
        drawing.nodes = contactNodes(input, Array(0 ..< n), labels: options.labels)
        drawing.edges = (0 ..< input.graph.edgeCount).map {
            input.edge($0, Int(input.graph.edgeSource[$0]), Int(input.graph.edgeTarget[$0]))
        }
        drawing.preferredEngine = n <= 150 ? .neato : .sfdp
        if input.groups != nil && n > 1 && options.regions {
            // Communities as regions (RegionLayout), drawn pinned under neato; if Graphviz cannot
            // lay the parts out, the plain layout remains.
            if let pinned = try? RegionLayout.layout(drawing) {
                drawing.pinned = pinned
                drawing.preferredEngine = .neato
            }
        }
        return drawing
    }

    /// Drawing nodes for the graph nodes `chosen` (in that order), labelled if among the top
    /// `labels` of the ranking.
    static func contactNodes(_ input: DrawingInput, _ chosen: [Int], labels: Int,
                             emphasis: (Int) -> NetworkDrawing.Emphasis = { _ in [] },
                             extraTooltip: (Int) -> [String] = { _ in [] }) -> [NetworkDrawing.Node] {
        let sizes = input.relativeSizes()
        var labelled = [Bool](repeating: false, count: input.graph.nodeCount)
        var isChosen = [Bool](repeating: false, count: input.graph.nodeCount)
        for u in chosen { isChosen[u] = true }
        var left = labels
        for u in input.ranking() where left > 0 && isChosen[u] {
            labelled[u] = true
            left -= 1
        }
        return chosen.map { u in
            let e = emphasis(u)
            let showLabel = labelled[u] || e.contains(.ego) || e.contains(.target) || e.contains(.highlighted)
            return NetworkDrawing.Node(id: input.ids[u], label: showLabel ? [input.names[u]] : [],
                                       tooltip: input.tooltip(u, extra: extraTooltip(u)), size: sizes[u],
                                       group: input.group(u), kind: .contact, emphasis: e)
        }
    }

    static func summary(_ input: DrawingInput, options: ViewOptions, title: String) -> NetworkDrawing {
        let g = input.graph, n = g.nodeCount
        let top = Array(input.ranking().prefix(options.summaryTop))
        var drawing = NetworkDrawing(title: "\(title) (summary): \(n) contacts, \(g.edgeCount) ties",
                                     isDirected: g.isDirected)
        input.apply(to: &drawing)
        // slot[u] = the drawing node that stands for u: itself if in the top, else its group's box.
        var slot = [Int](repeating: -1, count: n)
        drawing.nodes = contactNodes(input, top, labels: options.labels)
        for (i, u) in top.enumerated() { slot[u] = i }

        // Boxes: one per group (biggest first) up to the limit, then one for everything else.
        let groupCount = input.groupNames.count
        var members = [Int](repeating: 0, count: groupCount + 1) // last = no group / other
        for u in 0 ..< n where slot[u] < 0 {
            members[min(input.group(u) ?? groupCount, groupCount)] += 1
        }
        var boxOfGroup = [Int](repeating: -1, count: groupCount + 1)
        var otherBox = -1
        var otherCount = 0, otherGroups = 0
        for grp in 0 ..< groupCount where members[grp] > 0 && boxOfGroup[grp] < 0 {
            if drawing.nodes.count - top.count < options.summaryGroups {
                boxOfGroup[grp] = drawing.nodes.count
                drawing.nodes.append(.init(id: "", label: [], size: 0, group: grp, kind: .summary(memberCount: members[grp])))
            } else {
                otherCount += members[grp]
                otherGroups += 1
            }
        }
        otherCount += members[groupCount]
        if otherCount > 0 {
            otherBox = drawing.nodes.count
            drawing.nodes.append(.init(id: "", label: [], size: 0, group: nil, kind: .summary(memberCount: otherCount)))
        }
        let biggest = Double(members.max() ?? 1)
        for i in top.count ..< drawing.nodes.count {
            guard case let .summary(count) = drawing.nodes[i].kind else { continue }
            let name: String
            if let grp = drawing.nodes[i].group {
                name = input.groupNames[grp]
            } else {
                name = otherGroups > 0 ? "\(otherGroups) smaller group\(otherGroups == 1 ? "" : "s") and the rest" : "others"
            }
            drawing.nodes[i].id = "summary: \(name)"
            drawing.nodes[i].label = [name, "\(count) more contact\(count == 1 ? "" : "s")"]
            drawing.nodes[i].tooltip = ["\(count) contact\(count == 1 ? "" : "s") not among the top \(top.count) by \(input.size.name)",
                                        input.groupMeaning.isEmpty ? "" : "\(input.groupMeaning): \(name)"].filter { !$0.isEmpty }
            drawing.nodes[i].size = Double(count) / biggest
        }
        for u in 0 ..< n where slot[u] < 0 {
            let grp = input.group(u) ?? groupCount
            slot[u] = boxOfGroup[min(grp, groupCount)] >= 0 ? boxOfGroup[min(grp, groupCount)] : otherBox
        }

        // Ties: top–top as they are; anything touching a box aggregated per pair of drawing nodes.
        var aggregated = [Int: (count: Int, strength: Double)]()
        let k = drawing.nodes.count
        for e in 0 ..< g.edgeCount {
            let a = slot[Int(g.edgeSource[e])], b = slot[Int(g.edgeTarget[e])]
            if a < top.count && b < top.count {
                drawing.edges.append(input.edge(e, a, b))
            } else if a != b {
                let key = g.isDirected ? a * k + b : min(a, b) * k + max(a, b)
                let old = aggregated[key] ?? (0, 0)
                aggregated[key] = (old.count + 1, old.strength + input.strength[e])
            }
        }
        let most = Double(aggregated.values.map(\.count).max() ?? 1)
        for key in aggregated.keys.sorted() {
            let (count, total) = aggregated[key]!
            let a = key / k, b = key % k
            drawing.edges.append(.init(a: a, b: b, strength: 0.1 + 0.9 * (Double(count) / most).squareRoot(),
                                       tieClass: .medium, isAggregate: true,
                                       tooltip: "\(count) tie\(count == 1 ? "" : "s"), mean strength \(formatMeasure(total / Double(count)))"))
        }
        drawing.notes = ["Summary of a large network: the \(top.count) contacts with the highest \(input.size.name) and their ties;",
                         "the other \(n - top.count) are collapsed into boxes\(input.groupMeaning.isEmpty ? "" : " by \(input.groupMeaning)").",
                         "Use --full to draw all \(n)."]
        drawing.preferredEngine = .sfdp
        return drawing
    }
}
