//===----------------------------------------------------------------------===//
// CommunityNames: a community named by what its members share
//===----------------------------------------------------------------------===//

import Foundation

/// Names for communities from their members' attributes, so that a drawing says "logistics ·
/// Hamburg" where it used to say "community 3".
///
/// The rule (one function, so that the domain's canonical `CommunityLabels` can replace it):
/// for each community and for each attribute in the order given (the drawings pass industry,
/// organisation, city), take the most common non-empty value (ties: the alphabetically first);
/// keep it if at least half of the members that have a value for that attribute have this one,
/// and at least 2 members have it. The name is the first two kept values joined by " · ", or
/// "community N" (N = index + 1) when none is kept. A name that an earlier community already
/// has gets " (2)", " (3)", … added. O(n · a) for n members and a attributes.
public enum CommunityNames {
    /// - Parameters:
    ///   - community: the community index per node (negative = none), 0 ..< `count`.
    ///   - count: the number of communities.
    ///   - attributes: per node, the attribute values in priority order (all rows the same length).
    public static func names(community: [Int], count: Int, attributes: [[String]]) -> [String] {
        precondition(attributes.count == community.count, "CommunityNames: one attribute row per node")
        let width = attributes.first?.count ?? 0
        // counts[c][a][value]
        var counts = [[[String: Int]]](repeating: [[String: Int]](repeating: [:], count: width), count: count)
        for (u, c) in community.enumerated() where c >= 0 && c < count {
            for (a, value) in attributes[u].prefix(width).enumerated() {
                let v = value.trimmingCharacters(in: .whitespaces)
                if !v.isEmpty { counts[c][a][v, default: 0] += 1 }
            }
        }
        var taken = [String: Int]()
        return (0 ..< count).map { c in
            var kept: [String] = []
            for a in 0 ..< width where kept.count < 2 {
                let withValue = counts[c][a].values.reduce(0, +)
                guard let (value, n) = counts[c][a].min(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key })
                else { continue }
                if n >= 2 && 2 * n >= withValue { kept.append(value) }
            }
            let base = kept.isEmpty ? "community \(c + 1)" : kept.joined(separator: " · ")
            let seen = taken[base, default: 0] + 1
            taken[base] = seen
            return seen == 1 ? base : "\(base) (\(seen))"
        }
    }
}
