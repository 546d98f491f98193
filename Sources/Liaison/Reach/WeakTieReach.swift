//===----------------------------------------------------------------------===//
// Weak-tie reach of an ego (SPEC §5.6)
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// How far an ego reaches within *h* hops through strong ties only and through any ties, and what
/// each of the ego's ties reaches that no other tie of the ego does (Granovetter 1973: weak ties
/// are the ones that carry you into other circles).
public struct WeakTieReach: Sendable {
    /// What one tie of the ego reaches.
    public struct TieReach: Sendable {
        /// The ego's contact at the other end of the tie.
        public let contact: Int
        /// The tie's strength (the edge weight).
        public let strength: Double
        public let isWeak: Bool
        /// Contacts within *h* hops along paths that start with this tie (not passing the ego),
        /// the contact itself included.
        public let reach: Int
        /// Of those, the ones that no other tie of the ego reaches within *h* hops (the contact
        /// itself excluded).
        public let uniqueContacts: [Int]
        /// Communities touched by this tie's reach and by no other tie's reach (empty without a
        /// partition).
        public let uniqueCommunities: [Int]
        /// "New communities": communities this tie's reach touches that none of the ego's strong
        /// ties reaches (other than this tie itself, when it is strong), the ego's own community
        /// left out — the circles the tie opens that your close ties do not (Granovetter 1973:
        /// weak ties carry you into other circles). Sorted; empty without a partition.
        public let newCommunities: [Int]
    }

    public let ego: Int
    public let hops: Int
    /// Ties of weight ≥ this are strong.
    public let strongThreshold: Double
    /// Contacts within *h* hops using strong ties only (the ego excluded), sorted.
    public let strongOnly: [Int]
    /// Contacts within *h* hops using any ties (the ego excluded), sorted.
    public let anyTies: [Int]
    /// `anyTies` minus `strongOnly`: reachable only through at least one weak tie.
    public let onlyThroughWeak: [Int]
    /// Every tie of the ego, by decreasing number of unique contacts, then increasing strength.
    public let ties: [TieReach]

    public var weakTies: [TieReach] { ties.filter(\.isWeak) }
}

extension Graph {
    /// The weak-tie reach of `ego` within `hops` hops; ties of weight ≥ `strongThreshold` are strong,
    /// all others weak. A directed graph is followed along its arcs (out-neighbours).
    ///
    /// - Unique reach of tie (ego, x): R_x = {x} ∪ nodes within *h* − 1 hops of *x* in the graph
    ///   without the ego; unique(x) = R_x \ ({x} ∪ ∪_{y ≠ x} R_y) — x itself is excluded, the ego
    ///   reaches it directly, not through it. A community is uniquely reached by *x*
    ///   when R_x meets it and no other R_y does.
    /// - New communities of tie x: C(R_x) \ ({c(ego)} ∪ ∪_{y strong, y ≠ x} C(R_y)), C(S) the
    ///   communities S meets, c(ego) the ego's own community. "Reached by no other tie" is almost
    ///   always empty in a real network (some other acquaintance reaches every circle within two
    ///   hops); what Granovetter's argument asks is whether the circle lies beyond your strong
    ///   ties, so only those are subtracted.
    /// - No NetworkX twin; each set is a depth-limited breadth-first search
    ///   (`nx.single_source_shortest_path_length(G, ego, cutoff=h)` on the right subgraph).
    /// - Complexity: two BFS for the reach sets, plus one depth-(*h*−1) BFS per tie of the ego:
    ///   O(deg(ego) · |ball of radius h − 1|) time, O(*n*) space.
    public func weakTieReach(ego: Int, hops: Int = 2, strongThreshold: Double,
                             communities: Partition? = nil) -> WeakTieReach {
        precondition(ego >= 0 && ego < nodeCount && hops >= 1)
        var mark = [Int32](repeating: -1, count: nodeCount)
        var stamp: Int32 = 0

        // Depth-limited BFS from `start` (depth `limit`), skipping `banned`, along edges passing
        // `allow`; calls `visit` for each reached node other than the start's exclusions.
        func ball(from start: Int, limit: Int, banned: Int, allow: (Double) -> Bool, visit: (Int) -> Void) {
            stamp += 1
            var frontier = [start], next = [Int]()
            mark[start] = stamp
            if banned >= 0 { mark[banned] = stamp }
            visit(start)
            var depth = 0
            while depth < limit && !frontier.isEmpty {
                next.removeAll(keepingCapacity: true)
                for u in frontier {
                    for slot in offsets[u] ..< offsets[u + 1] where allow(weights[slot]) {
                        let v = Int(targets[slot])
                        if mark[v] == stamp { continue }
                        mark[v] = stamp; next.append(v); visit(v)
                    }
                }
                swap(&frontier, &next)
                depth += 1
            }
        }

        var strong = [Int](), all = [Int]()
        ball(from: ego, limit: hops, banned: -1, allow: { $0 >= strongThreshold }) { if $0 != ego { strong.append($0) } }
        ball(from: ego, limit: hops, banned: -1, allow: { _ in true }) { if $0 != ego { all.append($0) } }
        strong.sort(); all.sort()
        var inStrong = [Bool](repeating: false, count: nodeCount)
        for v in strong { inStrong[v] = true }
        let onlyWeak = all.filter { !inStrong[$0] }

        // Owner of each node: -1 unreached, slot index of the single tie reaching it, -2 several.
        let tieSlots = Array(offsets[ego] ..< offsets[ego + 1])
        var owner = [Int](repeating: -1, count: nodeCount)
        var reachCount = [Int](repeating: 0, count: tieSlots.count)
        let k = communities?.count ?? 0
        var communityOwner = [Int](repeating: -1, count: k)
        // The communities each tie's reach meets, and how many strong ties' reaches meet each.
        var met = [[Int]](repeating: [], count: tieSlots.count)
        var metStamp = [Int](repeating: -1, count: k)
        var strongCover = [Int](repeating: 0, count: k)
        for (i, slot) in tieSlots.enumerated() {
            let x = Int(targets[slot])
            let isStrong = weights[slot] >= strongThreshold
            ball(from: x, limit: hops - 1, banned: ego, allow: { _ in true }) { v in
                reachCount[i] += 1
                owner[v] = owner[v] == -1 ? i : (owner[v] == i ? i : -2)
                if let p = communities {
                    let c = Int(p.community[v])
                    communityOwner[c] = communityOwner[c] == -1 ? i : (communityOwner[c] == i ? i : -2)
                    if metStamp[c] != i {
                        metStamp[c] = i
                        met[i].append(c)
                        if isStrong { strongCover[c] += 1 }
                    }
                }
            }
        }
        let egoCommunity = communities.map { Int($0.community[ego]) } ?? -1
        let newCommunities = tieSlots.indices.map { i in
            let own = weights[tieSlots[i]] >= strongThreshold ? 1 : 0
            return met[i].filter { $0 != egoCommunity && strongCover[$0] - own == 0 }.sorted()
        }
        var unique = [[Int]](repeating: [], count: tieSlots.count)
        // The tie's own contact is not part of its unique reach: the ego reaches it directly.
        for v in 0 ..< nodeCount where owner[v] >= 0 && v != Int(targets[tieSlots[owner[v]]]) { unique[owner[v]].append(v) }
        var uniqueCommunities = [[Int]](repeating: [], count: tieSlots.count)
        for c in 0 ..< k where communityOwner[c] >= 0 { uniqueCommunities[communityOwner[c]].append(c) }
        var ties = tieSlots.enumerated().map { i, slot in
            WeakTieReach.TieReach(contact: Int(targets[slot]), strength: weights[slot],
                                  isWeak: weights[slot] < strongThreshold, reach: reachCount[i],
                                  uniqueContacts: unique[i], uniqueCommunities: uniqueCommunities[i],
                                  newCommunities: newCommunities[i])
        }
        ties.sort { a, b in
            if a.uniqueContacts.count != b.uniqueContacts.count { return a.uniqueContacts.count > b.uniqueContacts.count }
            if a.strength != b.strength { return a.strength < b.strength }
            return a.contact < b.contact
        }
        return WeakTieReach(ego: ego, hops: hops, strongThreshold: strongThreshold, strongOnly: strong,
                            anyTies: all, onlyThroughWeak: onlyWeak, ties: ties)
    }

    /// The median edge weight (the default strong/weak threshold for plain graphs: the stronger
    /// half of the ties is strong). 0 without edges.
    public func medianWeight() -> Double {
        guard edgeCount > 0 else { return 0 }
        let s = edgeWeight.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
