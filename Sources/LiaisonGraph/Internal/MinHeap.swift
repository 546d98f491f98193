/// A binary min-heap of `(key, node)` pairs with lazy deletion, for Dijkstra.
///
/// Ties on `key` are broken by insertion order (a running counter), as NetworkX's heap entries
/// `(distance, counter, node)` do, so runs are deterministic.
/// Push and pop are O(log *size*); `removeAll` keeps the capacity for the next source.
struct _MinHeap {
    private var keys: [Double] = []
    private var order: [UInt64] = []
    private var nodes: [Int32] = []
    private var counter: UInt64 = 0

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity); order.reserveCapacity(capacity); nodes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true); order.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true); counter = 0
    }

    @inline(__always) private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && order[i] < order[j])
    }

    @inline(__always) private mutating func swapAt(_ i: Int, _ j: Int) {
        keys.swapAt(i, j); order.swapAt(i, j); nodes.swapAt(i, j)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key); order.append(counter); nodes.append(node); counter &+= 1
        var i = keys.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            if less(i, p) { swapAt(i, p); i = p } else { break }
        }
    }

    mutating func pop() -> (key: Double, node: Int32) {
        let top = (keys[0], nodes[0])
        let last = keys.count - 1
        if last > 0 { swapAt(0, last) }
        keys.removeLast(); order.removeLast(); nodes.removeLast()
        var i = 0
        let n = keys.count
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < n && less(l, m) { m = l }
            if r < n && less(r, m) { m = r }
            if m == i { break }
            swapAt(i, m); i = m
        }
        return top
    }
}
