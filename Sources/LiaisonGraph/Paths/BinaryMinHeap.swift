//===----------------------------------------------------------------------===//
// BinaryMinHeap: the priority queue under Yen's candidate buffer and the spur search
//===----------------------------------------------------------------------===//

/// A binary min-heap over contiguous storage (Williams 1964), for the path searches in this folder.
///
/// Elements carry their own tie-breaking: the path code keys them by `(cost, insertion counter)`,
/// as NetworkX's `heapq` entries `(cost, next(counter), path)` are, so that equal costs pop in the
/// order they were pushed and the output is deterministic.
///
/// - Complexity: `push` and `popMin` O(log *n*); `min` O(1).
struct BinaryMinHeap<Element: Comparable>: Sendable where Element: Sendable {
    private(set) var storage: [Element] = []

    init() {}

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }
    var min: Element? { storage.first }

    mutating func removeAll(keepingCapacity: Bool = true) { storage.removeAll(keepingCapacity: keepingCapacity) }

    mutating func push(_ element: Element) {
        storage.append(element)
        var child = storage.count - 1
        storage.withUnsafeMutableBufferPointer { a in
            while child > 0 {
                let parent = (child - 1) >> 1
                if a[child] < a[parent] {
                    a.swapAt(child, parent)
                    child = parent
                } else { break }
            }
        }
    }

    mutating func popMin() -> Element? {
        guard !storage.isEmpty else { return nil }
        if storage.count == 1 { return storage.removeLast() }
        let top = storage[0]
        storage[0] = storage.removeLast()
        let n = storage.count
        storage.withUnsafeMutableBufferPointer { a in
            var parent = 0
            while true {
                let left = 2 * parent + 1
                if left >= n { break }
                let right = left + 1
                let smaller = right < n && a[right] < a[left] ? right : left
                if a[smaller] < a[parent] {
                    a.swapAt(smaller, parent)
                    parent = smaller
                } else { break }
            }
        }
        return top
    }
}
