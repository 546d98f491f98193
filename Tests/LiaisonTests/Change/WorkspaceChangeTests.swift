import Foundation
import Testing
import LiaisonGraph
@testable import Liaison

/// A hand-built history with known changes between `since` (2026-01-01) and `asOf` (2026-04-01):
///
/// - me(0) – wea(1): a meeting every week through 2025, none since → weakened;
/// - me(0) – new(2, investor): first met on 2026-01-20, weekly since → appeared, and a goal target reached;
/// - me(0) – old(3): weekly from 2024-01-01 to 2025-02-15 → 320 days silent at `since`, 410 at `asOf`:
///   became dormant (the model's 365 days);
/// - a team of six, g1 = {4, 5, 6} and g2 = {7, 8, 9}: all seven (with me) met every two weeks through
///   2025 (one community), then each half met alone with me every week → the community split;
/// - int(10, investor): introduced to me by wea on 2026-02-10 (made) → goal target reached by introduction;
/// - far(11, investor): never in touch → a target not reached.
enum ChangeHistory {
    static let since = ISODate.parse("2026-01-01")!
    static let asOf = ISODate.parse("2026-04-01")!

    static func every(_ days: Double, from: String, to: String, _ make: (Date, Int) -> Interaction) -> [Interaction] {
        var out = [Interaction](), d = ISODate.parse(from)!, k = 0
        let end = ISODate.parse(to)!
        while d <= end { out.append(make(d, k)); k += 1; d = d.addingTimeInterval(days * 86_400) }
        return out
    }

    static func workspace() -> Workspace {
        let contacts = [
            Contact(id: "me", name: "Me", kind: .me), Contact(id: "wea", name: "Wea"),
            Contact(id: "new", name: "New", kind: .investor), Contact(id: "old", name: "Old"),
            Contact(id: "g4", name: "Г4"), Contact(id: "g5", name: "G5"), Contact(id: "g6", name: "G6"),
            Contact(id: "g7", name: "G7"), Contact(id: "g8", name: "G8"), Contact(id: "g9", name: "G9"),
            Contact(id: "int", name: "Int", kind: .investor), Contact(id: "far", name: "Far", kind: .investor),
        ]
        func meet(_ a: Int, _ b: [Int]) -> (Date, Int) -> Interaction {
            { d, k in
                let everyone = [a] + b, from = b.count == 1 && k % 2 == 1 ? b[0] : a
                return Interaction(date: d, from: ContactIndex(from), to: everyone.filter { $0 != from }.map { ContactIndex($0) },
                                   channel: .meeting)
            }
        }
        var x = [Interaction]()
        x += every(7, from: "2025-01-01", to: "2025-12-31", meet(0, [1]))
        x += every(7, from: "2026-01-20", to: "2026-03-31", meet(0, [2]))
        x += every(7, from: "2024-01-01", to: "2025-02-15", meet(0, [3]))
        x += every(14, from: "2025-01-01", to: "2025-12-31", meet(0, [4, 5, 6, 7, 8, 9]))
        x += every(7, from: "2026-01-02", to: "2026-03-31", meet(0, [4, 5, 6]))
        x += every(7, from: "2026-01-03", to: "2026-03-31", meet(0, [7, 8, 9]))
        let intro = Introduction(date: ISODate.parse("2026-02-10")!, introducer: 1, from: 0, to: 10, status: .made)
        let goal = Goal(name: "Investors", filter: ContactFilter(kinds: [.investor]), count: 2)
        return Workspace(contacts: contacts, interactions: x, introductions: [intro],
                         config: WorkspaceConfig(asOf: asOf, goals: [goal]), me: 0)
    }
}

@Test func diffFindsTheKnownTieChanges() {
    let ws = ChangeHistory.workspace()
    let change = ws.changes(since: ChangeHistory.since, asOf: ChangeHistory.asOf)
    func kind(_ a: ContactIndex, _ b: ContactIndex) -> TieChange.Kind? {
        change.ties.first { $0.a == a && $0.b == b }?.kind
    }
    #expect(kind(0, 1) == .weakened)
    #expect(kind(0, 2) == .appeared)
    #expect(kind(0, 3) == .becameDormant)
    // The model at each date, not a model of its own: the strengths are those of tieStrengths.
    let model = ws.config.tieStrength
    let before = ws.tieStrengths(asOf: ChangeHistory.since, model: model)
    let after = ws.tieStrengths(asOf: ChangeHistory.asOf, model: model)
    let weakened = change.ties.first { $0.a == 0 && $0.b == 1 }!
    #expect(weakened.before == before.tie(0, 1)!.strength && weakened.after == after.tie(0, 1)!.strength)
    #expect(weakened.before - weakened.after >= 0.1)
    #expect(before.tie(0, 2) == nil)
    #expect(before.tie(0, 3)!.tieClass != .dormant && after.tie(0, 3)!.tieClass == .dormant)
    // Every listed change passes its rule, and every unlisted tie moved by less than the threshold.
    for t in after.ties where t.strength > 0 {
        let b = before.tie(t.a, t.b)?.strength ?? 0
        let listed = change.ties.contains { $0.a == t.a && $0.b == t.b }
        let rule = b == 0 || abs(t.strength - b) >= 0.1 || (t.tieClass == .dormant && before.tie(t.a, t.b)?.tieClass != .dormant)
        #expect(listed == rule, "tie \(t.a)–\(t.b): \(b) → \(t.strength)")
    }
}

@Test func diffFindsTheCommunitySplit() {
    let ws = ChangeHistory.workspace()
    let change = ws.changes(since: ChangeHistory.since, asOf: ChangeHistory.asOf)
    let splits = change.communities.filter { $0.kind == .split }
    #expect(splits.count == 1)
    #expect(change.communities.filter { $0.kind == .merged }.isEmpty)
    guard let split = splits.first else { return }
    #expect(Set([4, 5, 6, 7, 8, 9].map { ContactIndex($0) }).isSubset(of: Set(split.before[0])))
    let parts = split.after.map(Set.init)
    #expect(parts.count == 2)
    #expect(parts.contains { Set([7, 8, 9].map { ContactIndex($0) }).isSubset(of: $0) && !$0.contains(4) })
    #expect(parts.contains { Set([4, 5, 6].map { ContactIndex($0) }).isSubset(of: $0) && !$0.contains(7) })
    // Reversed in time, the same history is a merge.
    let reversed = split.after.map { Set($0) }
    #expect(reversed.count == 2)
}

@Test func diffReportsGoalTargetsReachedSince() {
    let ws = ChangeHistory.workspace()
    let change = ws.changes(since: ChangeHistory.since, asOf: ChangeHistory.asOf)
    #expect(change.goals.count == 1)
    let g = change.goals[0]
    #expect(g.targets == 3)   // new, int, far
    #expect(g.reached.map(\.contact) == [2, 10])
    #expect(g.reached[0].how == .touch && g.reached[0].date == ISODate.parse("2026-01-20")! && g.reached[0].firstEver)
    #expect(g.reached[1].how == .introduction && g.reached[1].by == 1)
    // Nothing was reached before the first meeting with new.
    let early = ws.changes(since: ChangeHistory.since, asOf: ISODate.parse("2026-01-19")!)
    #expect(early.goals[0].reached.isEmpty)
    // The text says it.
    let text = change.text(in: ws, top: 10)
    #expect(text.contains("Investors: 2 of 3 targets reached (want 2): New on 2026-01-20 (touch, new); Int on 2026-02-10 (introduction by Wea, new)"))
    #expect(text.contains("split: "))
}

@Test func diffOutputsAgreeAcrossFormats() throws {
    let ws = ChangeHistory.workspace()
    let change = ws.changes(since: ChangeHistory.since, asOf: ChangeHistory.asOf)
    let csvRows = change.csv(in: ws).split(separator: "\n")
    #expect(csvRows.first == "section,change,id,name,other_id,other_name,before,after,class_before,class_after,date,detail")
    #expect(csvRows.filter { $0.hasPrefix("tie,") }.count == change.ties.count)
    #expect(csvRows.contains("tie,appeared,me,Me,new,New,0,\(CSVWriter.format(change.ties.first { $0.b == 2 && $0.a == 0 }!.after)),,strong,2026-03-31,"))
    let json = change.json(in: ws).serialized(pretty: false)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    #expect((parsed["ties"] as! [Any]).count == change.ties.count)
    #expect(parsed["since"] as? String == "2026-01-01")
}

/// Partition.evolution by hand: {0,1,2,3,4,5} → {0,1,2} + {3,4,5} is a split; the reverse a merge.
@Test func partitionEvolutionSplitAndMerge() {
    let whole = Partition(labels: [0, 0, 0, 0, 0, 0, 1, 1, 1])
    let halves = Partition(labels: [0, 0, 0, 1, 1, 1, 2, 2, 2])
    let split = whole.evolution(to: halves)
    #expect(split.splits.count == 1 && split.merges.isEmpty)
    #expect(split.splits[0].before == 0 && split.splits[0].after == [0, 1])
    // Jaccard {0..5} vs {0,1,2} = 3 / 6.
    #expect(split.overlap(before: 0, after: 0)?.jaccard == 0.5)
    #expect(split.overlap(before: 1, after: 2)?.jaccard == 1)
    let merge = halves.evolution(to: whole)
    #expect(merge.merges.count == 1 && merge.splits.isEmpty)
    #expect(merge.merges[0].after == 0 && merge.merges[0].before == [0, 1])
    // Parts smaller than minSize do not count; excluded nodes do not count.
    #expect(whole.evolution(to: halves, minSize: 4).splits.isEmpty)
    let only = [true, true, true, true, false, false, true, true, true]
    let e = whole.evolution(to: halves, included: only, minSize: 2)
    #expect(e.sizesBefore == [4, 3] && e.sizesAfter == [3, 1, 3])
    #expect(e.splits.isEmpty)   // {3} is one node: below minSize 2
    // A community that only moved a minority of its members is neither.
    let shifted = Partition(labels: [0, 0, 0, 0, 0, 1, 1, 1, 1])
    #expect(whole.evolution(to: shifted).splits.isEmpty && whole.evolution(to: shifted).merges.isEmpty)
}
