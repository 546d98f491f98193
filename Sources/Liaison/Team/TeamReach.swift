//===----------------------------------------------------------------------===//
// TeamReach: weak-tie reach of a team, member by member and as a whole
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// The weak-tie reach (Granovetter 1973; `Graph.weakTieReach`) of every owner of a team, each in
/// their own view of the workspace (`Workspace.ownerView`: the ties their own touches made), and of
/// the team as a whole: the union of the members' sets, the owners themselves left out. A contact
/// is reached by the team "only through weak ties" when no member reaches it with strong ties
/// alone. `onlyThisMember` counts the contacts no other member reaches at all: what the team would
/// lose without them.
///
/// - Complexity: one tie model and two BFS per owner (see `weakTieReach`), O(O · n) for the unions.
public struct TeamReach: Sendable {
    public struct Member: Sendable {
        public var owner: Int
        public var strongOnly: Int
        public var anyTies: Int
        public var onlyThroughWeak: Int
        public var onlyThisMember: Int
    }
    public var hops: Int
    public var strongThreshold: Double
    public var members: [Member]
    /// The team's sets, as counts.
    public var strongOnly: Int
    public var anyTies: Int
    public var onlyThroughWeak: Int
}

extension Workspace {
    public func teamReach(owners: [ContactIndex]? = nil, asOf date: Date? = nil, hops: Int = 2,
                          strongThreshold: Double? = nil) -> TeamReach {
        let owners = (owners ?? self.owners).map(Int.init)
        let model = config.tieStrength, threshold = strongThreshold ?? model.strongThreshold
        let isOwner = Set(owners)
        var reaches = [WeakTieReach]()
        for m in owners {
            let view = ownerView(ContactIndex(m))
            let graph = view.strengthGraph(asOf: date ?? asOf, model: model).graph
            reaches.append(graph.weakTieReach(ego: m, hops: hops, strongThreshold: threshold))
        }
        var strong = [Bool](repeating: false, count: contacts.count)
        var reachedBy = [Int](repeating: 0, count: contacts.count)
        for r in reaches {
            for c in r.strongOnly where !isOwner.contains(c) { strong[c] = true }
            for c in r.anyTies where !isOwner.contains(c) { reachedBy[c] += 1 }
        }
        let members = zip(owners, reaches).map { m, r in
            let any = r.anyTies.filter { !isOwner.contains($0) }
            return TeamReach.Member(owner: m, strongOnly: r.strongOnly.filter { !isOwner.contains($0) }.count,
                                    anyTies: any.count, onlyThroughWeak: r.onlyThroughWeak.filter { !isOwner.contains($0) }.count,
                                    onlyThisMember: any.filter { reachedBy[$0] == 1 }.count)
        }
        let any = reachedBy.filter { $0 > 0 }.count, strongCount = strong.filter { $0 }.count
        return TeamReach(hops: hops, strongThreshold: threshold, members: members, strongOnly: strongCount,
                         anyTies: any, onlyThroughWeak: any - strongCount)
    }
}

extension TeamReach {
    public func table(in ws: Workspace) -> String {
        var t = TextTable(headers: ["member", "strong ties only", "any ties", "only through weak", "only this member"],
                          alignments: [.left, .right, .right, .right, .right])
        for m in members {
            t.append([ws.contacts[m.owner].name, String(m.strongOnly), String(m.anyTies), String(m.onlyThroughWeak),
                      String(m.onlyThisMember)])
        }
        t.append(["the team", String(strongOnly), String(anyTies), String(onlyThroughWeak), ""])
        return "Team reach within \(hops) hops (strong: tie strength ≥ \(CSVWriter.format(strongThreshold))), "
            + "each member in their own ties:\n" + t.rendered()
    }

    public func csv(in ws: Workspace) -> String {
        var w = CSVWriter()
        w.row(["member", "name", "strong_only", "any_ties", "only_through_weak", "only_this_member"])
        for m in members {
            w.text(ws.contacts[m.owner].id); w.text(ws.contacts[m.owner].name)
            w.number(m.strongOnly); w.number(m.anyTies); w.number(m.onlyThroughWeak); w.number(m.onlyThisMember); w.endRow()
        }
        w.text(""); w.text("the team"); w.number(strongOnly); w.number(anyTies); w.number(onlyThroughWeak); w.empty(); w.endRow()
        return w.output
    }

    public func json(in ws: Workspace) -> JSONValue {
        .object([
            ("hops", .integer(hops)), ("strong_threshold", .number(strongThreshold)),
            ("strong_only", .integer(strongOnly)), ("any_ties", .integer(anyTies)), ("only_through_weak", .integer(onlyThroughWeak)),
            ("members", .array(members.map { m in
                .object([("id", .string(ws.contacts[m.owner].id)), ("name", .string(ws.contacts[m.owner].name)),
                         ("strong_only", .integer(m.strongOnly)), ("any_ties", .integer(m.anyTies)),
                         ("only_through_weak", .integer(m.onlyThroughWeak)), ("only_this_member", .integer(m.onlyThisMember))])
            })),
        ])
    }
}
