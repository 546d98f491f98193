//===----------------------------------------------------------------------===//
// Bridge contacts as a table and as JSON (for `liaison bridges` and the report)
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// What the brokerage roles are counted over: a contact attribute or the detected communities.
public enum BrokerageGrouping: String, Sendable, CaseIterable {
    case community, organization, industry, city

    /// A group id per node. Attributes need a workspace (node i = contact i); an empty attribute is
    /// a group of its own per contact (unknown ≠ same). `nil` when the attribute is unavailable.
    public func groups(for network: AnalysisNetwork, communities: Partition) -> [Int]? {
        if self == .community { return communities.community.map(Int.init) }
        guard let ws = network.workspace, ws.contacts.count == network.graph.nodeCount else { return nil }
        var ids = [String: Int](), out = [Int]()
        for (i, c) in ws.contacts.enumerated() {
            let key: String
            switch self {
            case .organization: key = c.organization
            case .industry: key = c.industry
            case .city: key = c.city
            case .community: key = ""
            }
            if key.isEmpty { out.append(-1 - i); continue }
            if let g = ids[key] { out.append(g) } else { ids[key] = ids.count; out.append(ids.count - 1) }
        }
        return out
    }

    /// What each group id of `groups(for:communities:)` is called: the community label, or the
    /// attribute's value (groups with no value, negative ids, have no label).
    func labels(_ groups: [Int], _ network: AnalysisNetwork, communityLabels: [String]) -> [Int: String] {
        if self == .community { return Dictionary(uniqueKeysWithValues: communityLabels.enumerated().map { ($0.offset, $0.element) }) }
        guard let ws = network.workspace else { return [:] }
        var out = [Int: String]()
        for (i, g) in groups.enumerated() where g >= 0 && out[g] == nil {
            let c = ws.contacts[i]
            switch self {
            case .organization: out[g] = c.organization
            case .industry: out[g] = c.industry
            case .city: out[g] = c.city
            case .community: break
            }
        }
        return out
    }
}

extension BridgeContactRanking {
    /// A terminal table of the first `top` contacts with their reasons.
    public func table(names: [String], top: Int) -> String {
        var t = TextTable(headers: ["#", "contact", "score", "betweenness", "constraint", "why"],
                          alignments: [.right, .left, .right, .right, .right, .left])
        for c in contacts.prefix(top) {
            t.append([String(c.rank), names[c.node], decimalText(c.score, 2), decimalText(c.betweenness, 3),
                      c.constraint.isNaN ? "–" : decimalText(c.constraint, 2), c.reason])
        }
        return t.rendered()
    }

    /// JSON: an array of the first `top` contacts. Fields: rank, id, name, score, betweenness,
    /// constraint, participation, communities_spanned, articulation_point, cut_off,
    /// local_bridges [{id, span}] (span null = a bridge), community_bridges [ids], your_strength
    /// (null when not a direct contact), brokerage {coordinator, itinerant, representative,
    /// gatekeeper, liaison} (when groups are given), reason.
    public func json(ids: [String], names: [String], top: Int, brokerage: [BrokerageRoles]? = nil) -> JSONValue {
        .array(contacts.prefix(top).map { c in
            var fields: [(String, JSONValue)] = [
                ("rank", .integer(c.rank)), ("id", .string(ids[c.node])), ("name", .string(names[c.node])),
                ("score", .number(c.score)), ("betweenness", .number(c.betweenness)),
                ("constraint", .number(c.constraint)), ("participation", .number(c.participation)),
                ("communities_spanned", .integer(c.communitiesSpanned)),
                ("articulation_point", .bool(c.isArticulationPoint)), ("cut_off", .integer(c.cutOff)),
                ("local_bridges", .array(c.localBridges.map { .object([("id", .string(ids[$0.neighbor])),
                                                                       ("span", $0.span.map { .integer($0) } ?? .null)]) })),
                ("community_bridges", .array(c.communityBridges.map { .string(ids[$0]) })),
                ("your_strength", .number(c.egoStrength)),
                ("connects", .array(c.sides.map { side in
                    .object([("group", .string(side.label)), ("contacts", .integer(side.count)),
                             ("people", .array(side.people.map { .string(ids[$0]) }))])
                })),
            ]
            if let b = brokerage?[c.node] {
                fields.append(("brokerage", .object([
                    ("coordinator", .integer(b.coordinator)), ("itinerant", .integer(b.itinerant)),
                    ("representative", .integer(b.representative)), ("gatekeeper", .integer(b.gatekeeper)),
                    ("liaison", .integer(b.liaison)),
                ])))
            }
            fields.append(("reason", .string(c.reason)))
            return .object(fields)
        })
    }
}
