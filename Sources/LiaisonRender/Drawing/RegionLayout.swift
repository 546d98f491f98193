//===----------------------------------------------------------------------===//
// RegionLayout: each group laid out on its own, then the groups placed as discs
//===----------------------------------------------------------------------===//

import Foundation

/// Positions that put every group of a drawing in a region of its own, in two stages (the
/// "divide and conquer" of group-in-a-box layouts: Rodrigues et al., "Group-in-a-Box Layout for
/// Multi-faceted Analysis of Communities", SocialCom 2011; Graphviz's own `pack` does the same
/// for connected components):
///
/// 1. each group's members with the ties among them are laid out alone (neato up to 150
///    members, sfdp above, with the drawing's node sizes and labels, so overlap removal leaves
///    room for the labels), and the group is enclosed in the smallest disc round its centroid
///    that holds every member and its label, plus a band at the top for the group's name;
/// 2. the groups become one node each, a circle as wide as its disc, with one edge per pair of
///    groups that share ties (`len` = the two radii plus a gap, `weight` = how many ties); neato
///    lays that graph out and removes overlaps (`overlap=prism`), so the discs never overlap and
///    groups with many ties between them end up side by side; `pack` places groups without ties
///    to the rest (isolates, other components) around them.
///
/// A member's position is its group's centre plus its offset from the centroid in stage 1. A
/// node without a group is a group of one. Cost: stage 1 is one neato run per group (neato is
/// O(k²) per iteration in the group size k), stage 2 one neato run on the group graph.
///
/// Measured (RegionLayoutTests, from the positions Graphviz draws): mean distance between members
/// of one community / mean distance between members of different communities, one neato layout of
/// the whole network → regions: demo workspace 0.65 → 0.13, Les Misérables 0.63 → 0.19, Zachary's
/// karate club 0.48 → 0.27.
public enum RegionLayout {
    /// Space between a group's members and the edge of its disc, and the band for its name (points).
    static let padding = 10.0
    static let nameBand = 22.0

    public static func layout(_ drawing: NetworkDrawing, style: DrawingStyle = DrawingStyle()) throws -> PinnedLayout {
        let n = drawing.nodes.count
        var unitOf = [Int](repeating: -1, count: n)
        var units: [[Int]] = []
        var unitGroup: [Int?] = []
        var unitOfGroup = [Int: Int]()
        for (i, node) in drawing.nodes.enumerated() {
            if let g = node.group, let u = unitOfGroup[g] {
                units[u].append(i)
                unitOf[i] = u
            } else {
                if let g = node.group { unitOfGroup[g] = units.count }
                unitOf[i] = units.count
                units.append([i])
                unitGroup.append(node.group)
            }
        }
        var inside = [[NetworkDrawing.Edge]](repeating: [], count: units.count)
        var between = [Int: Int]()
        for e in drawing.edges {
            let a = unitOf[e.a], b = unitOf[e.b]
            if a == b { inside[a].append(e) } else { between[min(a, b) * units.count + max(a, b), default: 0] += 1 }
        }

        // Stage 1: every group alone, centred on its centroid.
        var local = [DrawingPoint](repeating: DrawingPoint(0, 0), count: n)
        var radius = [Double](repeating: 0, count: units.count)
        for (u, members) in units.enumerated() {
            if members.count > 1 {
                var sub = NetworkDrawing(title: "", isDirected: drawing.isDirected)
                var index = [Int: Int]()
                for (k, i) in members.enumerated() {
                    index[i] = k
                    sub.nodes.append(drawing.nodes[i])
                }
                sub.edges = inside[u].map { e in
                    var e = e
                    e.a = index[e.a]!
                    e.b = index[e.b]!
                    return e
                }
                let engine: LayoutEngine = members.count <= 150 ? .neato : .sfdp
                var graph = style.graphvizGraph(for: sub, engine: engine)
                // No legend; parts of a group that are not tied to each other packed close together.
                graph.attributes.removeAll { $0.name == "label" }
                graph.attributes.append(.init("pack", "8"))
                let byName = try Graphviz.positions(graph, engine: engine)
                for (k, i) in members.enumerated() {
                    let p = byName[Graphviz.cSafe(graph.nodes[k].name)] ?? (0, 0)
                    local[i] = DrawingPoint(p.x, p.y)
                }
                let cx = members.map { local[$0].x }.reduce(0, +) / Double(members.count)
                let cy = members.map { local[$0].y }.reduce(0, +) / Double(members.count)
                for i in members { local[i] = DrawingPoint(local[i].x - cx, local[i].y - cy) }
            }
            var r = 0.0
            for i in members {
                r = max(r, local[i].distance(to: DrawingPoint(0, 0)) + extent(drawing.nodes[i], style))
            }
            let named = unitGroup[u] != nil && members.count > 1
            radius[u] = r + padding + (named ? nameBand : 0)
        }

        // Stage 2: the groups as discs, laid out by neato without overlaps.
        var centre = [DrawingPoint](repeating: DrawingPoint(0, 0), count: units.count)
        if units.count > 1 {
            var graph = GraphvizGraph(name: "regions", isDirected: false)
            graph.attributes = [.init("layout", "neato"), .init("overlap", "prism"), .init("sep", "+8"),
                                .init("splines", "false"), .init("pack", "12")]
            graph.nodeDefaults = [.init("shape", "circle"), .init("fixedsize", "true"), .init("label", "")]
            for u in units.indices {
                let width = inches(2 * radius[u])
                graph.addNode("g\(u)", [.init("width", width), .init("height", width)])
            }
            for key in between.keys.sorted() {
                let a = key / units.count, b = key % units.count
                graph.addEdge(a, b, [.init("len", inches(radius[a] + radius[b] + 16)),
                                     .init("weight", String(between[key]!))])
            }
            let byName = try Graphviz.positions(graph, engine: .neato)
            for u in units.indices {
                let p = byName["g\(u)"] ?? (0, 0)
                centre[u] = DrawingPoint(p.x, p.y)
            }
        }

        var positions = [DrawingPoint](repeating: DrawingPoint(0, 0), count: n)
        for i in 0 ..< n {
            let c = centre[unitOf[i]]
            positions[i] = DrawingPoint(c.x + local[i].x, c.y + local[i].y - (unitGroup[unitOf[i]] != nil && units[unitOf[i]].count > 1 ? nameBand / 2 : 0))
        }
        var regions: [PinnedLayout.Region] = []
        for (u, members) in units.enumerated() where members.count > 1 {
            guard let g = unitGroup[u] else { continue }
            regions.append(.init(group: g, centre: centre[u], radius: radius[u],
                                 label: g < drawing.groups.count ? drawing.groups[g] : "group \(g + 1)"))
        }
        return PinnedLayout(positions: positions, regions: regions)
    }

    /// How far a node reaches from its centre: its circle, or half its label's width.
    static func extent(_ node: NetworkDrawing.Node, _ style: DrawingStyle) -> Double {
        let circle = style.contactWidth(node) * 72 / 2
        let size = max(0, min(1, node.size.isFinite ? node.size : 0))
        let characters = Double(node.label.map(\.count).max() ?? 0)
        return max(circle, characters * 0.55 * (9 + 5 * size) / 2 + 4)
    }

    static func inches(_ points: Double) -> String {
        String(format: "%.3f", points / 72)
    }
}

/// The figure of merit of a group layout: the mean distance between nodes of one group divided by
/// the mean distance between nodes of different groups, over all pairs of nodes that have a
/// group (lower = the groups read as regions; about 1 when the groups are scattered). O(n²).
public func groupSeparationRatio(positions: [DrawingPoint], groups: [Int?]) -> Double {
    var same = 0.0, sameCount = 0.0, other = 0.0, otherCount = 0.0
    for i in positions.indices {
        guard let gi = groups[i] else { continue }
        for j in positions.indices where j > i {
            guard let gj = groups[j] else { continue }
            let d = positions[i].distance(to: positions[j])
            if gi == gj { same += d; sameCount += 1 } else { other += d; otherCount += 1 }
        }
    }
    guard sameCount > 0, otherCount > 0, other > 0 else { return .nan }
    return (same / sameCount) / (other / otherCount)
}
