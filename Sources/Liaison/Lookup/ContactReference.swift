//===----------------------------------------------------------------------===//
// ContactReference: an id or a name the user typed, resolved to one contact
//===----------------------------------------------------------------------===//

import Foundation

/// A contact the user named on the command line (`--ego`, `--explain`, `--path`, `--from`, …) that
/// matches no contact, or more than one. Every command reports it the same way, with the closest
/// ids and names as suggestions, and exits 65 (the reference is data the user gave).
public struct UnknownContact: Error, Sendable, CustomStringConvertible {
    /// What the user typed.
    public var reference: String
    /// Where: "--ego", "--path anna,boris", …
    public var option: String
    /// True when the text is the name of several contacts.
    public var ambiguous: Bool
    /// Ids (with names) the user may have meant, closest first.
    public var suggestions: [String]

    public var description: String {
        let shown = TextTable.sanitize(reference)
        var text = ambiguous
            ? "\(option) \(shown): several contacts have this name; give the id"
            : "\(option) \(shown): no contact has this id or name"
        if !suggestions.isEmpty {
            text += " (\(ambiguous ? "one of" : "did you mean") " + suggestions.map(TextTable.sanitize).joined(separator: ", ") + ")"
        }
        return text
    }
}

/// Resolves what the user typed to a node: an exact id first, then a name that exactly one contact
/// has (compared case-, diacritic- and width-insensitively, as goal filters compare text).
public struct ContactDirectory: Sendable {
    public let ids: [String]
    public let names: [String]
    private let byID: [String: Int]

    public init(ids: [String], names: [String]) {
        self.ids = ids
        self.names = names
        var byID = [String: Int](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() where byID[id] == nil { byID[id] = i }
        self.byID = byID
    }

    public init(_ network: AnalysisNetwork) { self.init(ids: network.ids, names: network.names) }

    /// The node of `reference`, or `UnknownContact` with suggestions.
    ///
    /// - Complexity: O(1) for an id; O(n) for a name or a miss (n contacts), plus O(n·L²) string
    ///   distances for the suggestions of a miss (L the length of the reference).
    public func resolve(_ reference: String, option: String) throws -> Int {
        if let i = byID[reference] { return i }
        let folded = ContactFilter.fold(reference)
        let named = names.indices.filter { ContactFilter.fold(names[$0]) == folded }
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw UnknownContact(reference: reference, option: option, ambiguous: true,
                                 suggestions: named.prefix(5).map { "\(ids[$0]) (\(names[$0]))" })
        }
        throw UnknownContact(reference: reference, option: option, ambiguous: false,
                             suggestions: closest(to: folded, count: 3))
    }

    /// The ids whose id or name is nearest to `folded` by edit distance, within a third of its length.
    private func closest(to folded: String, count: Int) -> [String] {
        let target = Array(folded.unicodeScalars)
        let limit = max(2, target.count / 3)
        var scored: [(distance: Int, node: Int)] = []
        for i in ids.indices {
            let d = min(Self.editDistance(target, Array(ContactFilter.fold(ids[i]).unicodeScalars), limit: limit),
                        Self.editDistance(target, Array(ContactFilter.fold(names[i]).unicodeScalars), limit: limit))
            if d <= limit { scored.append((d, i)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : ids[$0.node] < ids[$1.node] }
        return scored.prefix(count).map { ids[$0.node] == names[$0.node] ? ids[$0.node] : "\(ids[$0.node]) (\(names[$0.node]))" }
    }

    /// Levenshtein distance (insertions, deletions, substitutions), cut off above `limit`
    /// (returns `limit + 1` then). Two rows: O(|a|·|b|) time, O(|b|) space.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0 ... b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1 ... b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension Workspace {
    /// The contacts by id and name, for resolving what the user typed.
    public var contactDirectory: ContactDirectory {
        ContactDirectory(ids: contacts.map(\.id), names: contacts.map(\.name))
    }
}
