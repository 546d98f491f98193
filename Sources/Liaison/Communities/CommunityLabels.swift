//===----------------------------------------------------------------------===//
// CommunityLabels: a community named by what its members share ("fintech · London")
//===----------------------------------------------------------------------===//

import Foundation

/// Names communities by what their members have in common, so that a sentence can say "connects
/// fintech · London with logistics · Warsaw" instead of "community 3".
///
/// The rule, for each community (in the order given):
/// 1. for each attribute in the order industry, organization, city: take the most common non-empty
///    value among the members (equal counts: the value first in Unicode order, so the label does not
///    depend on the input order); keep it when at least half of the members that have that
///    attribute set share it, and at least 2 members do;
///    once a value is kept, the later attributes are judged among the members that hold it, so a
///    second value describes the same people ("fintech · London" means fintech people in London,
///    never fintech people elsewhere beside Londoners of other trades);
/// 2. the label is the first two kept values, in that attribute order, joined by " · ";
/// 3. with no kept value, "community N", N the community's 1-based position in the order given;
/// 4. a label already used by an earlier community gets " (2)", " (3)", … in order.
///
/// - Complexity: O(Σ |members|) expected (one count per attribute per member), plus sorting the
///   distinct values of each community.
public enum CommunityLabels {
    /// One label per community.
    /// - Parameters:
    ///   - members: the member indices of each community (into `contacts`), in the report's order.
    ///   - contacts: the workspace's contacts (`nil` for a plain graph: every label is "community N").
    public static func labels(members: [[Int]], contacts: [Contact]?) -> [String] {
        var out = [String]()
        var used = [String: Int]()
        for (c, group) in members.enumerated() {
            var kept = [String]()
            if let contacts {
                var holders = group
                // Closures rather than key paths: a key path read copies the whole Contact.
                let attributes: [(Contact) -> String] = [{ $0.industry }, { $0.organization }, { $0.city }]
                for attribute in attributes where kept.count < 2 {
                    guard let v = shared(holders.map { attribute(contacts[$0]) }) else { continue }
                    kept.append(v)
                    holders = holders.filter { trimmed(attribute(contacts[$0])) == v }
                }
            }
            var label = kept.isEmpty ? "community \(c + 1)" : kept.prefix(2).joined(separator: " · ")
            let seen = used[label, default: 0] + 1
            used[label] = seen
            if seen > 1 { label += " (\(seen))" }
            out.append(label)
        }
        return out
    }

    /// The value most members share, when at least half of the members with a value (and at least
    /// two) have it; `nil` otherwise. Values are compared after trimming spaces.
    static func shared(_ values: [String]) -> String? {
        var counts = [String: Int]()
        var set = 0
        for raw in values {
            let v = trimmed(raw)
            guard !v.isEmpty else { continue }
            set += 1
            counts[v, default: 0] += 1
        }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
        return best.value >= 2 && 2 * best.value >= set ? best.key : nil
    }

    /// `s` without leading and trailing spaces (`CharacterSet.whitespaces`); most values have
    /// none and are returned without going through Foundation.
    static func trimmed(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        if !spaces.contains(first) && !spaces.contains(last) { return s }
        return s.trimmingCharacters(in: spaces)
    }

    private static let spaces = CharacterSet.whitespaces
}
