//===----------------------------------------------------------------------===//
// shortestSimplePaths(from:to:): Yen's k shortest loopless paths, lazily
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopless path and its cost (the sum of its arc costs).
public struct SimplePath: Sendable, Hashable {
    /// The nodes from source to target; consecutive nodes are adjacent.
    public let nodes: [Int]
    /// Σ cost(arc), summed from the source, as NetworkX sums it.
    public let cost: Double

    public init(nodes: [Int], cost: Double) {
        self.nodes = nodes
        self.cost = cost
    }

    /// Number of arcs (edges) on the path.
    public var hopCount: Int { nodes.count - 1 }
}

/// An arc cost that is negative, infinite or NaN after the cost transform.
public enum PathCostError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidCost(edge: Int, source: Int, target: Int, weight: Double, cost: Double)

    public var description: String {
        switch self {
        case let .invalidCost(edge, s, t, w, c):
            return "edge \(edge) (\(s)–\(t)): weight \(w) gives cost \(c); costs must be finite and ≥ 0"
        }
    }
}

extension Graph {
    /// The cost that turns a tie strength w ∈ (0, 1] into an additive length: −ln w. The cheapest
    /// path under it is the most reliable one, reliability = Π w = exp(−Σ cost).
    public static let reliabilityCost: @Sendable (Double) -> Double = { -log($0) }

    /// The loopless paths from `source` to `target`, cheapest first (Yen 1971), as a lazy sequence:
    /// take `.prefix(k)` for the *k* shortest.
    ///
    /// Definition: a path's cost is Σ cost(w_e) over its edges, with `cost` applied to each edge
    /// weight once (identity by default; `Graph.reliabilityCost` for −ln w). Yen's algorithm finds
    /// the (k+1)-th path as the cheapest "deviation" of the k-th: for each prefix (root) of it, the
    /// cheapest spur from the root's last node to `target` that avoids the root's other nodes and
    /// every edge by which an earlier path with the same root left it. Candidates wait in a heap
    /// keyed by (cost, insertion counter), so that equal costs come out in the order they were found.
    ///
    ///     // 0 —1— 1 —1— 3,  0 —1— 2 —2— 3,  0 —5— 3
    ///     let g = try Graph(nodeCount: 4, sources: [0, 1, 0, 2, 0], targets: [1, 3, 2, 3, 3],
    ///                       weights: [1, 1, 1, 2, 5])
    ///     g.shortestSimplePaths(from: 0, to: 3).map(\.nodes)   // [[0, 1, 3], [0, 2, 3], [0, 3]]
    ///     g.shortestSimplePaths(from: 0, to: 3).map(\.cost)    // [2.0, 3.0, 5.0]
    ///
    /// - Parameters:
    ///   - cost: maps an edge weight to its non-negative cost; applied once per edge, up front.
    ///   - maxHops: paths with more edges are never produced (the spur searches are hop-limited,
    ///     so this is not a filter over an unbounded enumeration). `nil`: no limit.
    ///   - avoiding: nodes no path may pass through. `source` and `target` themselves are allowed.
    ///   - avoidingSteps: arcs `(u, v)` no path may take in the direction u → v (for an undirected
    ///     graph, v → u stays allowed; give both to forbid the edge).
    /// - Returns: a lazy sequence of `SimplePath`; empty when no path exists. When
    ///   `source == target` it holds the single path `[source]` of cost 0, as NetworkX's does.
    /// - Throws: `PathCostError` when `cost` gives a negative or non-finite value for some edge.
    /// - Complexity: O(*k n* (*m* + *n* log *n*)) for the first *k* paths (*n* spur searches per
    ///   path, each a Dijkstra), O(*k n H* (*m* + *n* log *n*)) with a hop limit *H*; O(*n* + *m*)
    ///   scratch plus the candidates. Creating the sequence costs O(*m* + *n* log *n*): the costs and
    ///   one search from the target whose result bounds every spur search from below — hop
    ///   distances (a breadth-first search) with a hop limit, cost distances (a reverse Dijkstra,
    ///   turning each spur search into A*) without one. In practice spur searches then visit little
    ///   more than the nodes near the paths they return.
    /// - Note: The twin is `networkx.shortest_simple_paths(G, source, target, weight="cost")`,
    ///   which has neither `maxHops` nor blocked nodes; with neither, both yield the same paths in
    ///   the same order up to paths of equal cost (NetworkX's spur search is a bidirectional
    ///   Dijkstra, which may pick a different one of several equally cheap spurs). Checked against
    ///   fixtures written by bench/oracle/paths.py, to 1e-9 relative (Guides: docs/planning.md).
    ///
    /// [Yen 1971]: https://doi.org/10.1287/mnsc.17.11.712
    public func shortestSimplePaths(from source: Int, to target: Int,
                                    cost: (Double) -> Double = { $0 },
                                    maxHops: Int? = nil,
                                    avoiding: [Int] = [],
                                    avoidingSteps: [(Int, Int)] = []) throws -> ShortestSimplePaths {
        precondition(source >= 0 && source < nodeCount, "source \(source) out of range 0..<\(nodeCount)")
        precondition(target >= 0 && target < nodeCount, "target \(target) out of range 0..<\(nodeCount)")
        precondition(maxHops.map { $0 >= 0 } ?? true, "maxHops must be ≥ 0")
        var slotCost = [Double](repeating: 0, count: targets.count)
        var costOfEdge = [Double](repeating: 0, count: edgeCount)
        for e in 0 ..< edgeCount {
            let c = cost(edgeWeight[e])
            guard c.isFinite, c >= 0 else {
                throw PathCostError.invalidCost(edge: e, source: Int(edgeSource[e]), target: Int(edgeTarget[e]),
                                                weight: edgeWeight[e], cost: c)
            }
            costOfEdge[e] = c
        }
        for slot in 0 ..< targets.count { slotCost[slot] = costOfEdge[Int(slotEdge[slot])] }
        var nodeBlocked = [Bool](repeating: false, count: nodeCount)
        for v in avoiding where v != source && v != target {
            precondition(v >= 0 && v < nodeCount, "avoided node \(v) out of range 0..<\(nodeCount)")
            nodeBlocked[v] = true
        }
        var slotBlocked = [Bool](repeating: false, count: targets.count)
        for (u, v) in avoidingSteps {
            precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "avoided step \(u)→\(v) out of range")
            if let slot = _slot(from: u, to: v) { slotBlocked[slot] = true }
        }
        let bounds = _boundsToTarget(target, maxHops: maxHops, costOfEdge: costOfEdge, nodeBlocked: nodeBlocked)
        return ShortestSimplePaths(graph: self, slotCost: slotCost, source: source, target: target,
                                   maxHops: maxHops, nodeBlocked: nodeBlocked, slotBlocked: slotBlocked,
                                   hopsToTarget: bounds.hops, costToTarget: bounds.cost)
    }

    /// The lower bounds that confine every spur search of one Yen sequence, from one search from
    /// `target` along the in-rows (`_SingleSource`), through no blocked node (the target itself is
    /// expanded) and ignoring the blocked steps, which only lengthen paths:
    /// - with a hop limit *H*, hop distances to the target (a breadth-first search that expands
    ///   no node at depth *H*): a spur search never creates a label that cannot reach the target
    ///   within the hops left; unreached nodes get `Int32.max`;
    /// - without one, cost distances to the target (a reverse Dijkstra with exact minima), a
    ///   consistent lower bound that turns each spur search into A*; unreached nodes get +∞.
    ///
    /// - Complexity: O(*n* + *m*) with a hop limit, O(*m* + *n* log *n*) without; O(*n*) scratch.
    func _boundsToTarget(_ target: Int, maxHops: Int?, costOfEdge: [Double],
                         nodeBlocked: [Bool]) -> (hops: [Int32]?, cost: [Double]?) {
        var scratch = _SingleSource(nodeCount: nodeCount)
        defer { scratch.deallocate() }
        return nodeBlocked.withUnsafeBufferPointer { blocked -> (hops: [Int32]?, cost: [Double]?) in
            if let maxHops {
                _withRows(inOffsets, inSources, inWeights) { rows in   // lengths unused: uniform 1
                    scratch.search(rows, from: target, uniform: 1,
                                   limits: _SearchLimits(closed: blocked, expandBelow: Double(maxHops)))
                }
                return (scratch.dist.map { $0.isFinite ? Int32($0) : Int32.max }, nil)
            }
            let inSlotCost = inSlotEdge.map { costOfEdge[Int($0)] }
            _withRows(inOffsets, inSources, inSlotCost) { rows in
                scratch.search(rows, from: target, uniform: nil,
                               limits: _SearchLimits(closed: blocked, exactMinimum: true))
            }
            return (nil, scratch.distances)
        }
    }
}

/// The lazy sequence of `Graph.shortestSimplePaths(from:to:cost:maxHops:avoiding:avoidingSteps:)`.
/// Each iterator runs Yen's algorithm from the start; iterating is O(path) per path beyond the
/// searches, and no work is done for paths not asked for.
public struct ShortestSimplePaths: Sequence, LazySequenceProtocol, Sendable {
    let graph: Graph
    let slotCost: [Double]
    let source: Int
    let target: Int
    let maxHops: Int?
    let nodeBlocked: [Bool]
    let slotBlocked: [Bool]
    let hopsToTarget: [Int32]?
    let costToTarget: [Double]?

    public func makeIterator() -> Iterator { Iterator(self) }

    public struct Iterator: IteratorProtocol, Sendable {
        private let base: ShortestSimplePaths
        private var nodeBlocked: [Bool]
        private var slotBlocked: [Bool]
        private var search: RestrictedDijkstra
        /// Yen's list A: the paths already produced.
        private var produced: [[Int32]] = []
        /// Yen's list B.
        private var candidates = PathBuffer()
        private var started = false
        private var finished = false

        init(_ base: ShortestSimplePaths) {
            self.base = base
            nodeBlocked = base.nodeBlocked
            slotBlocked = base.slotBlocked
            search = RestrictedDijkstra(nodeCount: base.graph.nodeCount)
        }

        public mutating func next() -> SimplePath? {
            if finished { return nil }
            if !started {
                started = true
                if let first = search.shortestPath(in: base.graph, slotCost: base.slotCost, from: base.source,
                                                   to: base.target, maxHops: base.maxHops,
                                                   nodeBlocked: nodeBlocked, slotBlocked: slotBlocked,
                                                   hopsToTarget: base.hopsToTarget, costToTarget: base.costToTarget) {
                    candidates.push(cost: first.cost, nodes: first.nodes)
                }
            } else if let previous = produced.last {
                pushDeviations(of: previous)
            }
            guard let best = candidates.pop() else {
                finished = true
                return nil
            }
            produced.append(best.nodes)
            return SimplePath(nodes: best.nodes.map(Int.init), cost: best.cost)
        }

        /// Yen's step: for each root `previous[..<i]`, the cheapest spur from `previous[i-1]`
        /// avoiding the root's other nodes and the arcs by which produced paths left this root.
        private mutating func pushDeviations(of previous: [Int32]) {
            let g = base.graph
            var rootCost = 0.0
            var blockedRootNodes: [Int] = []
            var blockedArcs: [Int] = []
            for i in 1 ..< previous.count {
                let spurNode = Int(previous[i - 1])
                if i >= 2 { rootCost += base.slotCost[g._slot(from: Int(previous[i - 2]), to: spurNode)!] }
                for path in produced where path.count > i && path[..<i].elementsEqual(previous[..<i]) {
                    if let slot = g._slot(from: Int(path[i - 1]), to: Int(path[i])), !slotBlocked[slot] {
                        slotBlocked[slot] = true
                        blockedArcs.append(slot)
                    }
                }
                let hopsLeft = base.maxHops.map { $0 - (i - 1) }
                if hopsLeft.map({ $0 > 0 }) ?? true,
                   let spur = search.shortestPath(in: g, slotCost: base.slotCost, from: spurNode, to: base.target,
                                                  maxHops: hopsLeft, nodeBlocked: nodeBlocked, slotBlocked: slotBlocked,
                                                  hopsToTarget: base.hopsToTarget, costToTarget: base.costToTarget) {
                    candidates.push(cost: rootCost + spur.cost, nodes: Array(previous[..<(i - 1)]) + spur.nodes)
                }
                // Arcs blocked for this root leave nodes that are blocked from now on, so they can
                // be released now; the root's nodes stay blocked for the longer roots.
                for slot in blockedArcs { slotBlocked[slot] = false }
                blockedArcs.removeAll(keepingCapacity: true)
                if !nodeBlocked[spurNode] {
                    nodeBlocked[spurNode] = true
                    blockedRootNodes.append(spurNode)
                }
            }
            for v in blockedRootNodes { nodeBlocked[v] = false }
        }
    }
}
