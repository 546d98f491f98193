//===----------------------------------------------------------------------===//
// PathBuffer: Yen's candidate list B, ordered exactly as NetworkX orders it
//===----------------------------------------------------------------------===//

/// Yen's list B of candidate paths: a min-heap keyed by `(cost, insertion counter)` that ignores a
/// path already waiting in it.
///
/// This is NetworkX's `PathBuffer` (networkx/algorithms/simple_paths.py): `push` does nothing when
/// the same node sequence is already buffered (its counter is not advanced then), and among equal
/// costs the path pushed first pops first. A path that was popped may be pushed again later.
///
/// - Complexity: `push` O(log *b* + *ℓ*) and `pop` O(log *b* + *ℓ*) for *b* buffered paths of
///   *ℓ* nodes (hashing the node sequence).
struct PathBuffer: Sendable {
    struct Entry: Comparable, Sendable {
        var cost: Double
        var counter: Int
        var nodes: [Int32]
        static func < (a: Entry, b: Entry) -> Bool {
            a.cost != b.cost ? a.cost < b.cost : a.counter < b.counter
        }
        static func == (a: Entry, b: Entry) -> Bool { a.cost == b.cost && a.counter == b.counter }
    }

    private var heap = BinaryMinHeap<Entry>()
    private var buffered = Set<[Int32]>()
    private var counter = 0

    init() {}

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }

    /// Adds `nodes` with `cost` unless the same path is already buffered.
    mutating func push(cost: Double, nodes: [Int32]) {
        guard buffered.insert(nodes).inserted else { return }
        heap.push(Entry(cost: cost, counter: counter, nodes: nodes))
        counter += 1
    }

    /// Removes and returns the cheapest path (earliest pushed among equal costs).
    mutating func pop() -> (cost: Double, nodes: [Int32])? {
        guard let e = heap.popMin() else { return nil }
        buffered.remove(e.nodes)
        return (e.cost, e.nodes)
    }
}
