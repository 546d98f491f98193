/// A binary min-heap of `(key, node)` entries with lazy deletion, for Dijkstra.
///
/// One contiguous array of entries; sift-up and sift-down move a hole instead of swapping.
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
            var i = h.count - 1
            let moving = h[i]
            while i > 0 {
                let p = (i - 1) >> 1
                if moving.key < h[p].key { h[i] = h[p]; i = p } else { break }
            }
            h[i] = moving
        }
    }

    mutating func pop() -> (key: Double, node: Int32) {
        let top = entries[0]
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries.withUnsafeMutableBufferPointer { h in
                let n = h.count
                var i = 0
                while true {
                    let l = 2 * i + 1
                    if l >= n { break }
                    var c = l
                    if l + 1 < n && h[l + 1].key < h[l].key { c = l + 1 }
                    if h[c].key < last.key { h[i] = h[c]; i = c } else { break }
                }
                h[i] = last
            }
        }
        return (top.key, top.node)
    }
}
