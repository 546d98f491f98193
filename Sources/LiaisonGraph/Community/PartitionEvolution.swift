//===----------------------------------------------------------------------===//
// Community evolution: which communities of an earlier partition merged or split in a later one
//===----------------------------------------------------------------------===//

/// How the communities of an earlier partition became those of a later one of the same nodes.
///
/// ## Definition
/// Only the nodes marked `included` count (for example: nodes with at least one edge at both
/// dates, so that newcomers and leavers do not dilute the comparison); community sizes below are
/// sizes over those nodes. For an earlier community A and a later community B, with ∩ their
/// shared included nodes:
///
/// - A **continues into** B when |A ∩ B| > ½ |A| (a strict majority of A is in B: at most one B);
/// - B **descends from** A when |A ∩ B| > ½ |B| (a strict majority of B came from A: at most one A);
/// - B is a **merge** when at least two earlier communities of at least `minSize` nodes continue
///   into it; A is a **split** when at least two later communities of at least `minSize` nodes
///   descend from it.
///
/// Every pair is also given its Jaccard index |A ∩ B| / |A ∪ B|, the similarity Greene, Doyle &
/// Cunningham (2010, "Tracking the evolution of communities in dynamic social networks", ASONAM)
/// match communities by; the majority rule is the relative-overlap reading of Palla, Barabási &
/// Vicsek (2007, "Quantifying social group evolution", Nature 446), where a community's successor
/// is the one holding most of its members. The majority rule is used for the verdict because a
/// merge lowers the Jaccard index of every part (each part is small next to the merged whole) while
/// leaving the part wholly inside it.
///
/// - Complexity: O(n + p) time for n nodes and p distinct (A, B) pairs that share a node; O(p) memory.
public struct PartitionEvolution: Sendable, Equatable {
    /// Two communities that share included nodes.
    public struct Overlap: Sendable, Equatable {
        /// Community numbers in the earlier and the later partition.
        public var before: Int
        public var after: Int
        public var shared: Int
        public var jaccard: Double
    }

    /// Included sizes of the earlier and later communities.
    public var sizesBefore: [Int]
    public var sizesAfter: [Int]
    /// Every pair sharing at least one included node, by (before, after).
    public var overlaps: [Overlap]
    /// Later communities with their earlier parts (≥ 2 each), by later community.
    public var merges: [(after: Int, before: [Int])]
    /// Earlier communities with their later parts (≥ 2 each), by earlier community.
    public var splits: [(before: Int, after: [Int])]

    public static func == (l: Self, r: Self) -> Bool {
        l.sizesBefore == r.sizesBefore && l.sizesAfter == r.sizesAfter && l.overlaps == r.overlaps
            && l.merges.map(\.after) == r.merges.map(\.after) && l.merges.map(\.before) == r.merges.map(\.before)
            && l.splits.map(\.before) == r.splits.map(\.before) && l.splits.map(\.after) == r.splits.map(\.after)
    }

    /// The overlap of one pair, if they share a node.
    public func overlap(before a: Int, after b: Int) -> Overlap? {
        overlaps.first { $0.before == a && $0.after == b }
    }
}

extension Partition {
    /// How this (earlier) partition's communities merged and split into `later`'s
    /// (`PartitionEvolution` gives the definition).
    ///
    /// - Parameters:
    ///   - later: a partition of the same nodes.
    ///   - included: which nodes count (nil: all).
    ///   - minSize: the smallest community (in included nodes) that counts as a part of a merge or split.
    public func evolution(to later: Partition, included: [Bool]? = nil, minSize: Int = 3) -> PartitionEvolution {
        precondition(later.nodeCount == nodeCount, "partitions of different node sets")
        precondition(included == nil || included!.count == nodeCount)
        var sizesBefore = [Int](repeating: 0, count: count), sizesAfter = [Int](repeating: 0, count: later.count)
        var shared = [Int: Int]()
        for u in 0 ..< nodeCount where included?[u] ?? true {
            let a = Int(community[u]), b = Int(later.community[u])
            sizesBefore[a] += 1; sizesAfter[b] += 1
            shared[a &* later.count &+ b, default: 0] += 1
        }
        var overlaps = shared.map { key, n in
            let a = key / later.count, b = key % later.count
            return PartitionEvolution.Overlap(before: a, after: b, shared: n,
                                              jaccard: Double(n) / Double(sizesBefore[a] + sizesAfter[b] - n))
        }
        overlaps.sort { ($0.before, $0.after) < ($1.before, $1.after) }
        var partsOfAfter = [Int: [Int]](), partsOfBefore = [Int: [Int]]()
        for o in overlaps {
            if 2 * o.shared > sizesBefore[o.before], sizesBefore[o.before] >= minSize {
                partsOfAfter[o.after, default: []].append(o.before)
            }
            if 2 * o.shared > sizesAfter[o.after], sizesAfter[o.after] >= minSize {
                partsOfBefore[o.before, default: []].append(o.after)
            }
        }
        let merges = partsOfAfter.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }
            .map { (after: $0.key, before: $0.value) }
        let splits = partsOfBefore.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }
            .map { (before: $0.key, after: $0.value) }
        return PartitionEvolution(sizesBefore: sizesBefore, sizesAfter: sizesAfter, overlaps: overlaps,
                                  merges: merges, splits: splits)
    }
}
