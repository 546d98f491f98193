//===----------------------------------------------------------------------===//
// Partition: a community label per node
//===----------------------------------------------------------------------===//

/// An assignment of every node of a graph to exactly one community.
///
/// Labels are dense, `0 ..< count`. The canonical numbering (what every algorithm here returns)
/// orders communities by decreasing size, ties broken by their smallest member, so that community 0
/// is the largest and the output does not depend on internal bookkeeping.
///
/// - Complexity: construction is O(*n* + *k* log *k*) for *k* communities; `members()` is O(*n*).
public struct Partition: Sendable, Equatable {
    /// `community[u]` is the community of node `u`.
    public let community: [Int32]
    /// Number of communities.
    public let count: Int

    /// A partition from arbitrary non-negative labels (equal labels = same community), renumbered
    /// canonically (largest community first, ties by smallest member).
    public init<L: BinaryInteger>(labels: [L]) {
        // First-appearance renumbering, then sort communities by (-size, first member).
        var firstIndex = [Int: Int32]()
        var dense = [Int32](repeating: 0, count: labels.count)
        var sizes = [Int](), firstMember = [Int]()
        for (u, l) in labels.enumerated() {
            let key = Int(l)
            if let c = firstIndex[key] { dense[u] = c; sizes[Int(c)] += 1; continue }
            let c = Int32(sizes.count)
            firstIndex[key] = c; dense[u] = c; sizes.append(1); firstMember.append(u)
        }
        let order = (0 ..< sizes.count).sorted { a, b in
            sizes[a] != sizes[b] ? sizes[a] > sizes[b] : firstMember[a] < firstMember[b]
        }
        var rank = [Int32](repeating: 0, count: sizes.count)
        for (r, c) in order.enumerated() { rank[c] = Int32(r) }
        self.community = dense.map { rank[Int($0)] }
        self.count = sizes.count
    }

    /// A partition from lists of members. Every node `0 ..< nodeCount` must appear exactly once.
    public init(nodeCount: Int, groups: [[Int]]) {
        var labels = [Int](repeating: -1, count: nodeCount)
        for (c, g) in groups.enumerated() {
            for u in g {
                precondition(labels[u] == -1, "node \(u) is in two groups")
                labels[u] = c
            }
        }
        precondition(!labels.contains(-1), "every node must be in a group")
        self.init(labels: labels)
    }

    /// Every node in its own community.
    public static func singletons(_ nodeCount: Int) -> Partition { Partition(labels: Array(0 ..< nodeCount)) }

    public var nodeCount: Int { community.count }

    /// The members of each community, in increasing node order. O(*n*).
    public func members() -> [[Int]] {
        var groups = [[Int]](repeating: [], count: count)
        for (u, c) in community.enumerated() { groups[Int(c)].append(u) }
        return groups
    }

    /// Number of nodes in each community.
    public func sizes() -> [Int] {
        var s = [Int](repeating: 0, count: count)
        for c in community { s[Int(c)] += 1 }
        return s
    }
}
