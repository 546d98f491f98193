//===----------------------------------------------------------------------===//
// Repeated rounds of a community method, shared by Louvain and Leiden
//===----------------------------------------------------------------------===//

/// Runs `round` — one pass of a method (Louvain's multilevel procedure, one Leiden iteration)
/// from the partition found so far, starting with singletons — at most `options.maxIterations`
/// times (at least once). A round's partition is kept only when it raises modularity; the rounds
/// stop when one raises it by no more than `options.threshold`. `round` returns the number of
/// levels or iterations it performed; the result reports their sum.
func _repeatRounds(_ base: CommunityLevelGraph, _ options: CommunityOptions,
                   _ round: (_ labels: inout [Int32]) -> Int) -> CommunityResult {
    let γ = options.resolution
    var labels = (0 ..< base.nodeCount).map { Int32($0) }
    guard base.totalWeight > 0 else {
        return CommunityResult(partition: Partition(labels: labels), modularity: 0, levels: 0)
    }
    var current = base.modularity(labels: labels, count: base.nodeCount, resolution: γ)
    var levels = 0, rounds = 0
    while rounds < max(1, options.maxIterations) {
        var next = labels
        levels += round(&next)
        let count = densify(&next)
        let q = base.modularity(labels: next, count: count, resolution: γ)
        rounds += 1
        if q > current { labels = next }
        if q - current <= options.threshold { break }
        current = q
    }
    let p = Partition(labels: labels)
    // Q of the undirected reading (equal to `modularity(p)` when the graph is undirected).
    return CommunityResult(partition: p, modularity: base.modularity(labels: p.community, count: p.count, resolution: γ),
                           levels: levels)
}
