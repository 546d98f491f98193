//===----------------------------------------------------------------------===//
// BridgeSides: which two groups a bridge contact connects, and who is on each side
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// One side of a bridge contact: a group (a community, or the contacts sharing an industry,
/// organisation or city) and the contact's strongest ties in it.
public struct BridgeSide: Sendable, Equatable {
    public let label: String
    /// Up to three of the contact's neighbours in the group, strongest tie first (then by name).
    public let people: [Int]
    /// How many of the contact's neighbours are in the group.
    public let count: Int
}

/// The groups a contact connects, for the plain-words sentence of `liaison bridges` ("connects
/// fintech · London (Anna Ivanova, Tom Baker) with logistics · Warsaw (…)").
///
/// For contact *v*: its neighbours (the ego left out: the sentence is written to the ego) are
/// grouped by `groups` (a group id per node, negative = no group, e.g. no industry given); the
/// groups are ordered by how many neighbours they hold, then by the summed tie strength, then by
/// label; the first two are the sides. With neighbours in fewer than two groups there are no sides.
///
/// - Complexity: O(deg(*v*) log deg(*v*)) per contact.
public struct BridgeSides: Sendable {
    public let groups: [Int]
    public let labels: [Int: String]

    /// - Parameters:
    ///   - groups: a group id per node; negative = none.
    ///   - labels: what each group id is called.
    public init(groups: [Int], labels: [Int: String]) {
        self.groups = groups
        self.labels = labels
    }

    /// The two largest groups among `v`'s neighbours (not counting `excluding`), each with up to
    /// three people; empty when the neighbours are in fewer than two groups.
    public func sides(of v: Int, in g: Graph, names: [String], excluding: Int?) -> [BridgeSide] {
        var byGroup = [Int: [(u: Int, w: Double)]]()
        for slot in g.offsets[v] ..< g.offsets[v + 1] {
            let u = Int(g.targets[slot])
            guard u != excluding, u != v, groups[u] >= 0 else { continue }
            byGroup[groups[u], default: []].append((u, g.weights[slot]))
        }
        guard byGroup.count >= 2 else { return [] }
        let ranked = byGroup.map { (group: $0.key, members: $0.value, weight: $0.value.reduce(0) { $0 + $1.w }) }
            .sorted { x, y in
                if x.members.count != y.members.count { return x.members.count > y.members.count }
                if x.weight != y.weight { return x.weight > y.weight }
                return (labels[x.group] ?? "", x.group) < (labels[y.group] ?? "", y.group)
            }
        return ranked.prefix(2).map { side in
            let people = side.members.sorted { $0.w != $1.w ? $0.w > $1.w : (names[$0.u], $0.u) < (names[$1.u], $1.u) }
            return BridgeSide(label: labels[side.group] ?? "group \(side.group + 1)",
                              people: people.prefix(3).map(\.u), count: side.members.count)
        }
    }

    /// "connects A (x, y) with B (z)", names through `TextTable.sanitize`; `nil` without two sides.
    public static func phrase(_ sides: [BridgeSide], names: [String]) -> String? {
        guard sides.count == 2 else { return nil }
        func side(_ s: BridgeSide) -> String {
            let more = s.count > s.people.count ? ", +\(s.count - s.people.count)" : ""
            return TextTable.sanitize(s.label) + " (" + s.people.map { TextTable.sanitize(names[$0]) }.joined(separator: ", ") + more + ")"
        }
        return "connects \(side(sides[0])) with \(side(sides[1]))"
    }
}
