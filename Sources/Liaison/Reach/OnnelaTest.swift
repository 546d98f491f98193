//===----------------------------------------------------------------------===//
// The Onnela test: does the network fall apart faster when weak ties go first?
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// The relative size of the largest connected component as ties are removed in three orders:
/// weakest first, strongest first, and at random (a baseline).
public struct OnnelaCurve: Sendable {
    /// Fractions of ties removed (0 … 1).
    public let fractions: [Double]
    /// Largest component after removing that fraction of ties weakest-first, relative to the
    /// largest component of the whole graph.
    public let weakFirst: [Double]
    public let strongFirst: [Double]
    public let randomOrder: [Double]
    /// Largest component of the whole graph (nodes).
    public let initialLargest: Int

    /// Area under each curve (trapezoid rule over `fractions`): lower means faster fragmentation.
    public var weakFirstArea: Double { area(weakFirst) }
    public var strongFirstArea: Double { area(strongFirst) }
    public var randomArea: Double { area(randomOrder) }

    /// True when removing weak ties first shrinks the largest component more (smaller area) than
    /// removing strong ties first — Onnela et al.'s finding for mobile-phone calls.
    public var weakTiesHoldTheNetworkTogether: Bool { weakFirstArea < strongFirstArea }

    private func area(_ y: [Double]) -> Double {
        var a = 0.0
        for i in 1 ..< max(1, fractions.count) { a += (fractions[i] - fractions[i - 1]) * (y[i] + y[i - 1]) / 2 }
        return a
    }
}

extension Graph {
    /// The Onnela test (Onnela et al. 2007, Fig. 3): remove ties in order of increasing weight (weak
    /// first) or decreasing weight (strong first) and record the relative size of the largest
    /// connected component at each fraction removed. Equal weights are ordered by a seeded shuffle
    /// (so a heavily tied weight distribution, e.g. counts, does not favour edge-id order); the
    /// random baseline uses the same seed. Directed graphs are read as undirected.
    ///
    /// Each order is computed in one pass: edges are *added* in the reverse of the removal order to
    /// a union-find structure (union by size, path halving), and the largest component after
    /// removing the first *k* edges is the one after adding the last *m* − *k*.
    ///
    /// - Reference: J.-P. Onnela et al., "Structure and tie strengths in mobile communication
    ///   networks", PNAS 104(18), 7332–7336 (2007), doi:10.1073/pnas.0610245104.
    /// - Complexity: O(*m* log *m*) for the sorts, O(*m* α(*n*)) for the sweeps; O(*n* + *m*) space.
    public func onnelaTest(fractions: [Double] = (0 ... 10).map { Double($0) / 10 }, seed: UInt64 = 0) -> OnnelaCurve {
        var rng = CommunityRNG(seed: seed)
        let m = edgeCount
        let shuffled = rng.permutation(m)
        // Stable sorts of a shuffled order: equal weights stay in shuffled order.
        var position = [Int](repeating: 0, count: m)
        for (i, e) in shuffled.enumerated() { position[Int(e)] = i }
        let weakest = shuffled.sorted { a, b in
            let wa = edgeWeight[Int(a)], wb = edgeWeight[Int(b)]
            return wa != wb ? wa < wb : position[Int(a)] < position[Int(b)]
        }
        let strongest = shuffled.sorted { a, b in
            let wa = edgeWeight[Int(a)], wb = edgeWeight[Int(b)]
            return wa != wb ? wa > wb : position[Int(a)] < position[Int(b)]
        }
        let random = rng.permutation(m).map { shuffled[Int($0)] }

        let full = largestAfterRemoving(order: weakest)
        let initial = max(1, full[0])
        func curve(_ order: [Int32]) -> [Double] {
            let sizes = largestAfterRemoving(order: order)
            return fractions.map { f in
                let k = min(m, max(0, Int((f * Double(m)).rounded())))
                return Double(sizes[k]) / Double(initial)
            }
        }
        return OnnelaCurve(fractions: fractions, weakFirst: curve(weakest), strongFirst: curve(strongest),
                           randomOrder: curve(random), initialLargest: full[0])
    }

    /// `result[k]` = largest component size after removing `order[0 ..< k]`. O(m α(n)).
    func largestAfterRemoving(order: [Int32]) -> [Int] {
        let m = order.count
        var parent = (0 ..< nodeCount).map { $0 }
        var size = [Int](repeating: 1, count: nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var result = [Int](repeating: 0, count: m + 1)
        var largest = nodeCount > 0 ? 1 : 0
        result[m] = largest
        for k in stride(from: m - 1, through: 0, by: -1) {
            let e = Int(order[k])
            var a = find(Int(edgeSource[e])), b = find(Int(edgeTarget[e]))
            if a != b {
                if size[a] < size[b] { swap(&a, &b) }
                parent[b] = a; size[a] += size[b]
                largest = max(largest, size[a])
            }
            result[k] = largest
        }
        return result
    }
}
