/// A 4-ary min-heap of `(key, node)` entries with lazy deletion, for Dijkstra.
///
/// One contiguous array of entries; the four children of entry i are 4i+1 … 4i+4 (one cache line
/// of 16-byte entries). Push sifts a hole up. Pop moves the hole from the root down to a leaf,
/// always to the smallest child (no comparison with the moving entry on the way down, so the one
/// unpredictable branch per level goes), then sifts the last entry up from there — Floyd's
/// bottom-up heuristic; the last entry almost always belongs near the bottom. With the halved depth
/// of a 4-ary tree this made the pops of weighted betweenness about a third cheaper than those of
/// the binary heap with hole sifting it replaces (bench/README.md).
///
/// The heap is deterministic (same operations → same pops); which of two equal keys pops first
/// does not change any result of this module (ties are resolved by distances, not by pop order).
/// Push and pop are O(log *size*); `removeAll` keeps the capacity for the next source.
struct _MinHeap {
    struct Entry { var key: Double; var node: Int32 }
    private var entries: [Entry] = []

    init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Calls `body` with every node still in the heap (in storage order).
    func forEachNode(_ body: (Int32) -> Void) { for e in entries { body(e.node) } }

    mutating func push(_ key: Double, _ node: Int32) {
        entries.append(Entry(key: key, node: node))
        entries.withUnsafeMutableBufferPointer { h in
            _MinHeap.siftUp(h, from: h.count - 1, Entry(key: key, node: node))
        }
    }

    @inline(__always)
    private static func siftUp(_ h: UnsafeMutableBufferPointer<Entry>, from start: Int, _ moving: Entry) {
        var i = start
        while i > 0 {
            let p = (i - 1) >> 2
            if moving.key < h[p].key { h[i] = h[p]; i = p } else { break }
        }
        h[i] = moving
    }

    mutating func pop() -> (key: Double, node: Int32) {
        let top = entries[0]
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries.withUnsafeMutableBufferPointer { h in
                let n = h.count
                var i = 0
                while true {
                    let first = 4 * i + 1
                    if first >= n { break }
                    var c = first
                    var best = h[first].key
                    let end = min(first + 4, n)
                    var k = first + 1
                    while k < end {
                        let key = h[k].key
                        if key < best { best = key; c = k }
                        k += 1
                    }
                    h[i] = h[c]; i = c
                }
                _MinHeap.siftUp(h, from: i, last)
            }
        }
        return (top.key, top.node)
    }
}
