/// An indexed 4-ary min-heap of `(key, node)` entries for Dijkstra: each node is in the heap at
/// most once, and pushing a node that is already there lowers its key (decrease-key) instead of
/// adding a stale entry — the heap stays as small as the search frontier and no pop is wasted.
///
/// The four children of entry i are 4i+1 … 4i+4 (one cache line of 16-byte entries); `position`
/// maps a node to its entry (−1 when absent). Pop moves the hole from the root down to a leaf,
/// always to the smallest child (no comparison with the moving entry on the way down, so one
/// unpredictable branch per level goes), then sifts the last entry up from there — Floyd's
/// bottom-up heuristic. Against the lazy binary heap it replaces, weighted closeness and
/// betweenness on bench/ G2 spend about half as long in the heap (bench/README.md).
///
/// The heap is deterministic (same operations → same pops); which of two equal keys pops first
/// does not change any result of this module (ties are resolved by distances, not by pop order).
/// Push and pop are O(log *size*); buffers are allocated once per scratch (`deallocate()`).
struct _MinHeap {
    struct Entry { var key: Double; var node: Int32 }
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let position: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    /// - Parameter capacity: the number of nodes (node ids are `0 ..< capacity`).
    init(capacity: Int = 0) {
        entries = .allocate(capacity: max(capacity, 1))
        position = .allocate(capacity: max(capacity, 1))
        position.initialize(repeating: -1)
    }

    func deallocate() { entries.deallocate(); position.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The smallest key (the heap must not be empty).
    var minKey: Double { entries[0].key }

    /// The node with the smallest key (the heap must not be empty).
    var minNode: Int32 { entries[0].node }

    mutating func removeAll() {
        for i in 0 ..< count { position[Int(entries[i].node)] = -1 }
        count = 0
    }

    /// Calls `body` with every node still in the heap (in storage order).
    func forEachNode(_ body: (Int32) -> Void) { for i in 0 ..< count { body(entries[i].node) } }

    /// Inserts `node` with `key`, or lowers its key when it is already in the heap (a larger
    /// key for a present node is ignored: Dijkstra only ever lowers).
    mutating func push(_ key: Double, _ node: Int32) {
        let at = Int(position[Int(node)])
        if at >= 0 {
            if key < entries[at].key { siftUp(from: at, Entry(key: key, node: node)) }
            return
        }
        count += 1
        siftUp(from: count - 1, Entry(key: key, node: node))
    }

    @inline(__always)
    private func siftUp(from start: Int, _ moving: Entry) {
        var i = start
        while i > 0 {
            let p = (i - 1) >> 2
            let parent = entries[p]
            if moving.key < parent.key {
                entries[i] = parent; position[Int(parent.node)] = Int32(i); i = p
            } else { break }
        }
        entries[i] = moving; position[Int(moving.node)] = Int32(i)
    }

    mutating func pop() -> (key: Double, node: Int32) {
        let top = entries[0]
        position[Int(top.node)] = -1
        count -= 1
        let n = count
        if n > 0 {
            let last = entries[n]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= n { break }
                var c = first
                var best = entries[first].key
                let end = min(first + 4, n)
                var k = first + 1
                while k < end {
                    let key = entries[k].key
                    if key < best { best = key; c = k }
                    k += 1
                }
                let child = entries[c]
                entries[i] = child; position[Int(child.node)] = Int32(i); i = c
            }
            siftUp(from: i, last)
        }
        return (top.key, top.node)
    }
}
