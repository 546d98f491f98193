//===----------------------------------------------------------------------===//
// Graph: an immutable compressed-sparse-row (CSR) graph.
//===----------------------------------------------------------------------===//

/// An immutable weighted graph in compressed sparse rows, undirected or directed.
///
/// Nodes are the dense indices `0 ..< nodeCount` (32-bit). Every edge has an id in
/// `0 ..< edgeCount`; `edgeSource`, `edgeTarget`, `edgeWeight` describe it (for undirected graphs
/// `edgeSource < edgeTarget`, and edges are sorted by `(source, target)`).
///
/// The adjacency of node `u` is the slot range `offsets[u] ..< offsets[u + 1]`: `targets[slot]` is the
/// neighbour, `weights[slot]` the weight and `slotEdge[slot]` the edge id. An undirected edge is stored
/// in both rows; a directed graph also keeps the reversed rows (`inOffsets`, `inSources`, …) so that
/// in-neighbours are a slice too. Rows are sorted by neighbour index. The graph is simple: parallel
/// edges are merged by the builder (weights summed) and self-loops are dropped.
///
/// Space: O(*n* + *m*). Every accessor is O(1) and allocates nothing.
public struct Graph: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool

    /// Out-rows (all rows when undirected): `nodeCount + 1` entries.
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]
    public let slotEdge: [Int32]

    /// In-rows of a directed graph; for an undirected graph these equal the out-rows.
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]
    public let inSlotEdge: [Int32]

    public let edgeSource: [Int32]
    public let edgeTarget: [Int32]
    public let edgeWeight: [Double]

    /// What the builder merged or dropped.
    public let buildReport: BuildReport

    @inlinable public var edgeCount: Int { edgeSource.count }

    /// Out-degree (degree when undirected): number of distinct neighbours.
    @inlinable public func degree(_ u: Int) -> Int { offsets[u + 1] - offsets[u] }
    @inlinable public func inDegree(_ u: Int) -> Int { inOffsets[u + 1] - inOffsets[u] }

    /// The out-neighbours of `u` (neighbours when undirected), sorted. O(1), no allocation.
    @inlinable public func neighbors(_ u: Int) -> ArraySlice<Int32> { targets[offsets[u] ..< offsets[u + 1]] }
    @inlinable public func inNeighbors(_ u: Int) -> ArraySlice<Int32> { inSources[inOffsets[u] ..< inOffsets[u + 1]] }

    init(nodeCount: Int, isDirected: Bool,
         offsets: [Int], targets: [Int32], weights: [Double], slotEdge: [Int32],
         inOffsets: [Int], inSources: [Int32], inWeights: [Double], inSlotEdge: [Int32],
         edgeSource: [Int32], edgeTarget: [Int32], edgeWeight: [Double], buildReport: BuildReport = .init()) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.slotEdge = slotEdge
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
        self.inSlotEdge = inSlotEdge
        self.edgeSource = edgeSource
        self.edgeTarget = edgeTarget
        self.edgeWeight = edgeWeight
        self.buildReport = buildReport
    }

    /// The weight of edge `u`–`v` (arc `u`→`v` when directed), or `nil`. O(log deg(u)).
    public func weight(from u: Int, to v: Int) -> Double? {
        _slot(from: u, to: v).map { weights[$0] }
    }

    /// The out-row slot of arc `u` → `v` (of edge `u`–`v` in `u`'s row when undirected), or `nil`:
    /// a binary search of `u`'s row, which is sorted by neighbour. The one slot look-up of the
    /// module (`weight(from:to:)`, Yen's blocked arcs, the weighted overlap). O(log deg(u)).
    @inline(__always)
    func _slot(from u: Int, to v: Int) -> Int? {
        var lo = offsets[u], hi = offsets[u + 1]
        let key = Int32(v)
        while lo < hi {
            let mid = (lo + hi) >> 1
            let t = targets[mid]
            if t == key { return mid }
            if t < key { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The first slot in `range` (part of one sorted row) whose neighbour is ≥ `v`, or
    /// `range.upperBound`. O(log |range|).
    @inline(__always)
    func _lowerBound(of v: Int, in range: Range<Int>) -> Int {
        var lo = range.lowerBound, hi = range.upperBound
        let key = Int32(v)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if targets[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Above this ratio of row lengths, a neighbour-set intersection walks the short row and
    /// binary-searches the long one (O(k log K)) instead of scanning or merging the long one
    /// (O(K)): a hub's row is then not read once per neighbour.
    static let _gallopRatio = 8

    /// Sum of the weights of the edges at `u` (out-edges when directed).
    public func strength(_ u: Int) -> Double {
        var s = 0.0
        for slot in offsets[u] ..< offsets[u + 1] { s += weights[slot] }
        return s
    }

    /// Sum of the weights of the in-edges at `u` (equals `strength` when undirected).
    public func inStrength(_ u: Int) -> Double {
        var s = 0.0
        for slot in inOffsets[u] ..< inOffsets[u + 1] { s += inWeights[slot] }
        return s
    }

    /// The same nodes and edges with every weight replaced by `transform(weight)`.
    /// Used to turn strengths into distances (1/w) or costs (−ln w) once, outside hot loops.
    public func mapWeights(_ transform: (Double) -> Double) -> Graph {
        Graph(nodeCount: nodeCount, isDirected: isDirected,
              offsets: offsets, targets: targets, weights: weights.map(transform), slotEdge: slotEdge,
              inOffsets: inOffsets, inSources: inSources,
              inWeights: isDirected ? inWeights.map(transform) : weights.map(transform), inSlotEdge: inSlotEdge,
              edgeSource: edgeSource, edgeTarget: edgeTarget, edgeWeight: edgeWeight.map(transform),
              buildReport: buildReport)
    }
}
