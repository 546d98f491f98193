//===----------------------------------------------------------------------===//
// RingLayout: a radial tree — the root in the centre, ring k = k hops, children beside their parent
//===----------------------------------------------------------------------===//

import Foundation

/// Positions for a tree drawn on concentric rings (the radial layout of Eades, "Drawing free
/// trees", 1992, as in Graphviz's twopi: Wills, "NicheWorks", 1997), computed here so that the
/// rings stay exact instead of being bent by overlap removal:
///
/// - every node but the root has a parent on the ring inside its own; children are kept in the
///   order given (the ego view orders them by community, then by importance);
/// - each node gets an angular sector in proportion to the room its subtree needs (the larger of
///   its own width along the ring and the sum of its children's), inside its parent's sector, and sits in the middle of it, so a node's children fan out beside it and no
///   two subtrees interleave (tree edges never cross);
/// - ring k's radius is the smallest that keeps every pair of neighbours on the ring apart by the
///   room their circles and labels take along the ring (a horizontal label of half-width w and
///   half-height h at angle θ reaches w·|sin θ| + h·|cos θ| along the ring), and at least
///   ``minimumGap`` and 30 % beyond ring k − 1, so that a crowded first ring does not press the
///   second against it.
///
/// O(n log n) for n nodes (the sort per ring).
public enum RingLayout {
    /// The least distance between two rings, in points.
    public static let minimumGap = 80.0

    /// - Parameters:
    ///   - parent: per node, its parent's index, or -1 for the root (exactly one root).
    ///   - ring: per node, its ring (0 for the root, parent's ring + 1 for the others).
    ///   - halfSize: per node, the half-width and half-height (points) of its circle and label.
    /// - Returns: positions in points with the root at (0, 0), and the radius of each ring 1…max.
    public static func layout(parent: [Int], ring: [Int], halfSize: [(w: Double, h: Double)]) -> (positions: [DrawingPoint], radii: [Double]) {
        let n = parent.count
        precondition(ring.count == n && halfSize.count == n, "RingLayout: one ring and size per node")
        var positions = [DrawingPoint](repeating: DrawingPoint(0, 0), count: n)
        guard let root = parent.firstIndex(of: -1) else { return (positions, []) }
        var children = [[Int]](repeating: [], count: n)
        for v in 0 ..< n where parent[v] >= 0 { children[parent[v]].append(v) }
        // Room each subtree needs along the rings: a node's own width along its ring (circle and
        // label, worst case) or its children's, whichever is more; children before parents.
        var leaves = (0 ..< n).map { 2 * max(halfSize[$0].w, halfSize[$0].h) + 6 }
        for v in (0 ..< n).sorted(by: { ring[$0] > ring[$1] }) where !children[v].isEmpty {
            leaves[v] = max(leaves[v], children[v].map { leaves[$0] }.reduce(0, +))
        }
        // Angles: clockwise from the top, each subtree in its sector.
        var angle = [Double](repeating: 0, count: n)
        var stack: [(node: Int, start: Double, width: Double)] = [(root, .pi / 2, 2 * .pi)]
        while let (v, start, width) = stack.popLast() {
            var from = start
            for c in children[v] {
                let share = width * leaves[c] / leaves[v]
                angle[c] = from - share / 2
                stack.append((c, from, share))
                from -= share
            }
        }
        // Radii: room for neighbours along each ring.
        let rings = (ring.max() ?? 0)
        var radii: [Double] = []
        var previous = 0.0
        for k in stride(from: 1, through: rings, by: 1) {
            let onRing = (0 ..< n).filter { ring[$0] == k }.sorted { angle[$0] > angle[$1] }
            var r = max(previous + minimumGap, previous * 1.3)
            if onRing.count > 1 {
                for (i, a) in onRing.enumerated() {
                    let b = onRing[(i + 1) % onRing.count]
                    var gap = angle[a] - angle[b]
                    if gap <= 0 { gap += 2 * .pi }
                    let mid = angle[a] - gap / 2
                    let reach = { (v: Int) in halfSize[v].w * abs(sin(mid)) + halfSize[v].h * abs(cos(mid)) }
                    let needed = reach(a) + reach(b) + 6
                    // Chord length 2r·sin(gap/2) must be at least `needed`.
                    let half = min(gap / 2, .pi / 2)
                    r = max(r, needed / (2 * sin(half)))
                }
            }
            radii.append(r)
            previous = r
        }
        for v in 0 ..< n where v != root {
            let r = radii[ring[v] - 1]
            positions[v] = DrawingPoint(r * cos(angle[v]), r * sin(angle[v]))
        }
        return (positions, radii)
    }
}
