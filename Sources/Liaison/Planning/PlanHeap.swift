//===----------------------------------------------------------------------===//
// PlanHeap: the planner's options in assignment order (a binary max-heap)
//===----------------------------------------------------------------------===//

/// Options of `IntroductionPlanner.plan` ordered as the assignment takes them: higher score
/// first, then lower goal index, lower target, lower rank (a bound has rank −1). A binary heap
/// (Williams 1964): O(log n) push and pop.
struct PlanHeap<Item> {
    struct Entry {
        var score: Double
        var goal: Int
        var target: Int
        var rank: Int
        /// nil: a bound on a target's options, not an option.
        var item: Item?
    }

    private var entries: [Entry] = []

    static func comesFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.goal != b.goal { return a.goal < b.goal }
        if a.target != b.target { return a.target < b.target }
        return a.rank < b.rank
    }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    mutating func push(_ e: Entry) {
        entries.append(e)
        var i = entries.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.comesFirst(entries[i], entries[parent]) else { break }
            entries.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !entries.isEmpty else { return nil }
        entries.swapAt(0, entries.count - 1)
        let top = entries.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < entries.count && Self.comesFirst(entries[l], entries[best]) { best = l }
            if r < entries.count && Self.comesFirst(entries[r], entries[best]) { best = r }
            if best == i { break }
            entries.swapAt(i, best)
            i = best
        }
        return top
    }
}
