//===----------------------------------------------------------------------===//
// Workspace.contactGraph(): who is linked to whom
//===----------------------------------------------------------------------===//

import LiaisonGraph

extension Workspace {
    /// The undirected contact graph: node i is `contacts[i]`; an edge joins two contacts who
    /// interacted (the sender and each recipient of an interaction) or who have a declared tie.
    ///
    /// The weight is, for now, the number of interactions between the pair plus one per declared tie
    /// (parallel edges are summed by the graph builder). Tie strength (SPEC §5.1) replaces this weight;
    /// the structure — which pairs are linked — stays the same.
    ///
    /// - Complexity: O(n + number of (sender, recipient) pairs + ties), plus the builder's sort.
    public func contactGraph() throws -> Graph {
        var sources = [Int32](), targets = [Int32]()
        let pairs = interactions.reduce(0) { $0 + $1.to.count } + ties.count
        sources.reserveCapacity(pairs)
        targets.reserveCapacity(pairs)
        for i in interactions {
            for t in i.to where t != i.from {
                sources.append(i.from)
                targets.append(t)
            }
        }
        for t in ties where t.a != t.b {
            sources.append(t.a)
            targets.append(t.b)
        }
        return try Graph(nodeCount: contacts.count, sources: sources, targets: targets, weights: nil, directed: false)
    }
}
