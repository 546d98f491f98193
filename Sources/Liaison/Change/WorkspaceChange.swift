//===----------------------------------------------------------------------===//
// WorkspaceChange: what changed in the network between two dates (`liaison diff`)
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// The settings of a comparison between two dates.
public struct ChangeOptions: Sendable, Equatable {
    /// A tie strengthened or weakened when its strength moved by at least this much (default 0.1).
    ///
    /// Why 0.1: the model's classes are 0.3 wide (weak < 0.3 ≤ medium < 0.6 ≤ strong), so 0.1 is a
    /// third of a class — enough that a tie listed as changed has moved visibly, not by the few
    /// hundredths one more or one fewer e-mail gives, yet small enough that a tie losing a class
    /// (crossing 0.6 or 0.3 from near the middle of its band) is listed.
    public var tieThreshold: Double = 0.1
    /// A contact's value changed when its quality score moved by at least this much (default 0.1:
    /// the same tenth of the 0–1 scale).
    public var valueThreshold: Double = 0.1
    /// A contact plays a bridging role when it ranks among this many bridge contacts (default 20).
    public var bridgeTop: Int = 20
    /// The smallest community (in contacts tied at both dates) that counts in a merge or split.
    public var minCommunitySize: Int = 3
    /// Seed of the Leiden communities at both dates (the same seed for both).
    public var seed: UInt64 = 0
    /// Betweenness for the bridge ranking: exact or estimated, as `liaison bridges` decides.
    public var betweenness: BetweennessPolicy = .automatic

    public init(tieThreshold: Double = 0.1, valueThreshold: Double = 0.1, bridgeTop: Int = 20,
                minCommunitySize: Int = 3, seed: UInt64 = 0, betweenness: BetweennessPolicy = .automatic) {
        self.tieThreshold = tieThreshold
        self.valueThreshold = valueThreshold
        self.bridgeTop = bridgeTop
        self.minCommunitySize = minCommunitySize
        self.seed = seed
        self.betweenness = betweenness
    }
}

/// A tie that changed between the two dates.
public struct TieChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// No strength at the earlier date, some at the later one.
        case appeared
        /// Dormant at the later date and not at the earlier one (the model's `dormant` class).
        case becameDormant = "became_dormant"
        case strengthened, weakened
    }
    public var kind: Kind
    /// The pair, a < b.
    public var a: ContactIndex
    public var b: ContactIndex
    /// The strength at each date (0 when there was no tie yet).
    public var before: Double
    public var after: Double
    public var classBefore: TieClass?
    public var classAfter: TieClass
    public var lastTouch: Date?
    public var delta: Double { after - before }
}

/// A contact whose value or bridging role changed.
public struct ContactChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case valueUp = "value_up", valueDown = "value_down"
        /// Entered the top `bridgeTop` bridge contacts / left them.
        case becameBridge = "became_bridge", noLongerBridge = "no_longer_bridge"
    }
    public var kind: Kind
    public var contact: ContactIndex
    /// The quality score at each date (nil: not scored).
    public var valueBefore: Double?
    public var valueAfter: Double?
    /// The rank among bridge contacts at each date (1 = first; nil: not ranked, i.e. no ties).
    public var bridgeRankBefore: Int?
    public var bridgeRankAfter: Int?
}

/// Communities that merged or split.
public struct CommunityChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case merged, split }
    public var kind: Kind
    /// The earlier communities (one for a split), each as its members (contacts tied at both dates).
    public var before: [[ContactIndex]]
    /// The later communities (one for a merge).
    public var after: [[ContactIndex]]
    /// Jaccard index of each part with the whole: for a merge, each earlier community with the
    /// merged one; for a split, the split community with each later part.
    public var jaccard: [Double]
}

/// A goal target reached between the two dates: a touch with it or an introduction to it.
public struct ReachedTarget: Sendable, Equatable {
    public enum How: String, Sendable { case touch, introduction }
    public var contact: ContactIndex
    /// The first touch or introduction in the period.
    public var date: Date
    public var how: How
    /// Who reached it: the owner (you, or a team member) or, for an introduction, the introducer.
    public var by: ContactIndex
    /// No touch with it before the period: a new relationship.
    public var firstEver: Bool
}

public struct GoalProgress: Sendable, Equatable {
    public var goal: Goal
    /// Contacts matching the goal (at the earlier date, for a `new = true` goal: not tied to you then).
    public var targets: Int
    public var reached: [ReachedTarget]
}

/// What changed between `since` and `asOf` (SPEC §5 measures evaluated twice, on only the data
/// dated on or before each date).
public struct WorkspaceChange: Sendable {
    public var since: Date
    public var asOf: Date
    public var options: ChangeOptions
    /// The owners whose touches count for goal progress (you, or the team).
    public var owners: [ContactIndex]
    public var ties: [TieChange]
    public var contacts: [ContactChange]
    public var communities: [CommunityChange]
    /// Communities at each date (Leiden, non-singleton, over contacts with a tie).
    public var communityCounts: (before: Int, after: Int)
    public var goals: [GoalProgress]
}

extension Workspace {
    /// The changes between `since` and `asOf` (default: the workspace's date).
    ///
    /// Method: the tie-strength model of liaison.toml is evaluated at both dates
    /// (`tieStrengths(asOf:model:)` reads only the interactions, deals, introductions and declared
    /// `since` dates on or before its date; declared strengths in ties.csv carry no date and count at
    /// both), and so are contact quality (`contactQuality`, its window ending at each date), the
    /// bridge ranking (`BridgeContactRanking`, the rank among `bridgeTop`) and Leiden communities
    /// (the same seed). Ties: `appeared` (strength 0 → > 0), `becameDormant` (the model's dormant class at
    /// `asOf` only), else `strengthened` / `weakened` when |Δs| ≥ `tieThreshold`. Contacts: value up /
    /// down when |Δquality| ≥ `valueThreshold`; became / no longer a bridge when the contact entered
    /// or left the top `bridgeTop`. Communities: `Partition.evolution` over the contacts tied at both
    /// dates. Goals: the matching contacts an owner touched, or was introduced to (made, accepted
    /// or converted), in (since, asOf].
    ///
    /// - Complexity: twice the tie model, contact quality, Leiden and the bridge ranking, plus
    ///   O(P log P) to sort P changed ties and O(I) for goal progress over I interactions.
    ///
    /// `current`: the later date's measures when the caller has already computed them (the HTML
    /// report has, for its own sections); they must be those of `asOf` with liaison.toml's models,
    /// the Leiden seed and betweenness policy of `options`, and the ego `me`
    /// (`ChangeSnapshot(strengths:quality:graph:communities:ranking:)`). Only the earlier date is
    /// then computed here.
    ///
    /// `earlier`: the same for `since` (`changeSnapshot(asOf:options:)`), for instance computed on
    /// another thread beside the caller's own work (the HTML report does).
    public func changes(since: Date, asOf date: Date? = nil, owners: [ContactIndex]? = nil,
                        options: ChangeOptions = .init(), current: ChangeSnapshot? = nil,
                        earlier earlierSide: ChangeSnapshot? = nil) -> WorkspaceChange {
        let asOf = date ?? self.asOf
        let owners = owners ?? me.map { [$0] } ?? []
        if let current { precondition(current.strengths.asOf == asOf, "the snapshot is of another date") }
        if let earlierSide { precondition(earlierSide.strengths.asOf == since, "the snapshot is of another date") }
        // The two dates are independent: with neither given, the earlier one is computed on a
        // second thread meanwhile.
        let background = earlierSide == nil && current == nil
            ? BackgroundResult { self.changeSnapshot(asOf: since, options: options) } : nil
        let after = current ?? changeSnapshot(asOf: asOf, options: options)
        let before = earlierSide ?? background?.value ?? changeSnapshot(asOf: since, options: options)
        let earlier = before.strengths
        let later = after.strengths

        // Ties: both lists are sorted by (a, b); walk them together.
        var ties = [TieChange]()
        var i = 0
        for t in later.ties where t.strength > 0 {
            while i < earlier.ties.count && (earlier.ties[i].a, earlier.ties[i].b) < (t.a, t.b) { i += 1 }
            let old = i < earlier.ties.count && earlier.ties[i].a == t.a && earlier.ties[i].b == t.b ? earlier.ties[i] : nil
            let before = old?.strength ?? 0
            let oldClass = before > 0 ? old?.tieClass : nil
            let kind: TieChange.Kind
            if before <= 0 {
                kind = .appeared
            } else if t.tieClass == .dormant && oldClass != .dormant {
                kind = .becameDormant
            } else if t.strength - before >= options.tieThreshold {
                kind = .strengthened
            } else if before - t.strength >= options.tieThreshold {
                kind = .weakened
            } else {
                continue
            }
            ties.append(TieChange(kind: kind, a: t.a, b: t.b, before: before, after: t.strength,
                                  classBefore: oldClass, classAfter: t.tieClass, lastTouch: t.lastTouch))
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: TieChange.Kind.allCases.enumerated().map { ($1, $0) })
        ties.sort { x, y in
            if x.kind != y.kind { return kindOrder[x.kind]! < kindOrder[y.kind]! }
            if abs(x.delta) != abs(y.delta) { return abs(x.delta) > abs(y.delta) }
            return (x.a, x.b) < (y.a, y.b)
        }

        // Value and bridging role.
        let qBefore = before.quality, qAfter = after.quality
        let graphBefore = before.graph, graphAfter = after.graph
        let partBefore = before.communities, partAfter = after.communities
        let rankBefore = before.bridgeRanks, rankAfter = after.bridgeRanks
        var changed = [ContactChange]()
        for c in contacts.indices where ContactIndex(c) != me {
            let vb = qBefore[c].quality, va = qAfter[c].quality
            let rb = rankBefore[c], ra = rankAfter[c]
            func change(_ kind: ContactChange.Kind) -> ContactChange {
                ContactChange(kind: kind, contact: ContactIndex(c), valueBefore: vb, valueAfter: va,
                              bridgeRankBefore: rb, bridgeRankAfter: ra)
            }
            let d = (va ?? 0) - (vb ?? 0)
            if (va != nil || vb != nil) && d >= options.valueThreshold { changed.append(change(.valueUp)) }
            if (va != nil || vb != nil) && -d >= options.valueThreshold { changed.append(change(.valueDown)) }
            let wasBridge = rb.map { $0 <= options.bridgeTop } ?? false
            let isBridge = ra.map { $0 <= options.bridgeTop } ?? false
            if isBridge && !wasBridge { changed.append(change(.becameBridge)) }
            if wasBridge && !isBridge { changed.append(change(.noLongerBridge)) }
        }
        let contactOrder = Dictionary(uniqueKeysWithValues: ContactChange.Kind.allCases.enumerated().map { ($1, $0) })
        changed.sort { x, y in
            if x.kind != y.kind { return contactOrder[x.kind]! < contactOrder[y.kind]! }
            switch x.kind {
            case .valueUp, .valueDown:
                let dx = abs((x.valueAfter ?? 0) - (x.valueBefore ?? 0)), dy = abs((y.valueAfter ?? 0) - (y.valueBefore ?? 0))
                if dx != dy { return dx > dy }
            case .becameBridge:
                if x.bridgeRankAfter != y.bridgeRankAfter { return x.bridgeRankAfter! < y.bridgeRankAfter! }
            case .noLongerBridge:
                if x.bridgeRankBefore != y.bridgeRankBefore { return x.bridgeRankBefore! < y.bridgeRankBefore! }
            }
            return x.contact < y.contact
        }

        // Communities: over the contacts with a tie at both dates.
        let included = (0 ..< contacts.count).map { graphBefore.degree($0) > 0 && graphAfter.degree($0) > 0 }
        let evolution = partBefore.evolution(to: partAfter, included: included, minSize: options.minCommunitySize)
        func members(_ part: Partition, _ community: Int) -> [ContactIndex] {
            (0 ..< contacts.count).filter { included[$0] && Int(part.community[$0]) == community }.map { ContactIndex($0) }
        }
        var communities = [CommunityChange]()
        for m in evolution.merges {
            communities.append(CommunityChange(
                kind: .merged, before: m.before.map { members(partBefore, $0) }, after: [members(partAfter, m.after)],
                jaccard: m.before.map { evolution.overlap(before: $0, after: m.after)?.jaccard ?? 0 }))
        }
        for s in evolution.splits {
            communities.append(CommunityChange(
                kind: .split, before: [members(partBefore, s.before)], after: s.after.map { members(partAfter, $0) },
                jaccard: s.after.map { evolution.overlap(before: s.before, after: $0)?.jaccard ?? 0 }))
        }
        let counted = { (sizes: [Int]) in sizes.filter { $0 >= 2 }.count }

        return WorkspaceChange(
            since: since, asOf: asOf, options: options, owners: owners, ties: ties, contacts: changed,
            communities: communities,
            communityCounts: (counted(evolution.sizesBefore), counted(evolution.sizesAfter)),
            goals: goalProgress(since: since, asOf: asOf, owners: owners, earlier: earlier))
    }

    /// One date's side of `changes(since:asOf:owners:options:current:earlier:)`: the tie model of
    /// liaison.toml at `date`, contact quality, the strength graph, its Leiden communities (seed
    /// of `options`) and each contact's bridge rank (betweenness policy of `options`, ego `me`).
    /// Independent of any other date, so two sides can be computed on two threads.
    public func changeSnapshot(asOf date: Date, options: ChangeOptions = .init()) -> ChangeSnapshot {
        let strengths = tieStrengths(asOf: date, model: config.tieStrength)
        let quality = contactQuality(strengths: strengths, model: config.quality)
        let graph = strengthGraph(from: strengths).graph
        let part = graph.leidenCommunities(.init(seed: options.seed)).partition
        var ranks = [Int?](repeating: nil, count: contacts.count)
        if graph.edgeCount > 0 {
            let measures = BridgeMeasures(graph: graph, communities: part, betweenness: options.betweenness)
            let ranking = BridgeContactRanking(graph: graph, measures: measures, names: contacts.map(\.name),
                                               ego: me.map(Int.init))
            ranks = ChangeSnapshot.ranks(ranking, graph: graph)
        }
        return ChangeSnapshot(strengths: strengths, quality: quality, graph: graph, communities: part, bridgeRanks: ranks)
    }

    /// The goals' targets reached in (since, asOf]: a touch between an owner and the target, or an
    /// introduction of an owner to it that was made, accepted or converted. O(I·k + N·G).
    func goalProgress(since: Date, asOf: Date, owners: [ContactIndex], earlier: TieStrengths) -> [GoalProgress] {
        guard !config.goals.isEmpty else { return [] }
        let owner = Set(owners)
        var first = [ContactIndex: ReachedTarget](), touchedBefore = Set<ContactIndex>()
        func note(_ target: ContactIndex, _ date: Date, _ how: ReachedTarget.How, _ by: ContactIndex) {
            guard !owner.contains(target) else { return }
            if date <= since { touchedBefore.insert(target); return }
            guard date <= asOf else { return }
            if let seen = first[target], (seen.date, seen.how == .touch ? 0 : 1) <= (date, how == .touch ? 0 : 1) { return }
            first[target] = ReachedTarget(contact: target, date: date, how: how, by: by, firstEver: true)
        }
        for x in interactions where x.date <= asOf {
            if owner.contains(x.from) {
                for t in x.to { note(t, x.date, .touch, x.from) }
            } else if let o = x.to.first(where: owner.contains) {
                note(x.from, x.date, .touch, o)
            }
        }
        for intro in introductions where owner.contains(intro.from)
            && [.made, .accepted, .converted].contains(intro.status) {
            note(intro.to, intro.date, .introduction, intro.introducer)
        }
        return config.goals.map { goal in
            var targets = 0, reached = [ReachedTarget]()
            for c in contacts.indices where !owner.contains(ContactIndex(c)) && goal.filter.matches(contacts[c]) {
                if goal.newOnly && owners.contains(where: { (earlier.tie($0, ContactIndex(c))?.strength ?? 0) > 0 }) { continue }
                targets += 1
                if var r = first[ContactIndex(c)] {
                    r.firstEver = !touchedBefore.contains(ContactIndex(c))
                    reached.append(r)
                }
            }
            reached.sort { ($0.date, $0.contact) < ($1.date, $1.contact) }
            return GoalProgress(goal: goal, targets: targets, reached: reached)
        }
    }
}

/// The later date's side of a `Workspace.changes(since:asOf:owners:options:current:)` comparison,
/// already computed by its caller: tie strengths, contact quality, the strength graph, its Leiden
/// communities and each contact's bridge rank (nil: no tie).
public struct ChangeSnapshot: Sendable {
    public var strengths: TieStrengths
    public var quality: [ContactQuality]
    public var graph: Graph
    public var communities: Partition
    public var bridgeRanks: [Int?]

    /// - Parameter ranking: the bridge ranking of `graph` with ego `me` (the scores and order do
    ///   not depend on the community labels or sides a caller gave it).
    public init(strengths: TieStrengths, quality: [ContactQuality], graph: Graph, communities: Partition,
                ranking: BridgeContactRanking) {
        self.strengths = strengths
        self.quality = quality
        self.graph = graph
        self.communities = communities
        bridgeRanks = Self.ranks(ranking, graph: graph)
    }

    init(strengths: TieStrengths, quality: [ContactQuality], graph: Graph, communities: Partition, bridgeRanks: [Int?]) {
        self.strengths = strengths
        self.quality = quality
        self.graph = graph
        self.communities = communities
        self.bridgeRanks = bridgeRanks
    }

    /// Rank per node of the contacts with at least one tie; nil for the others and for every node
    /// of a graph without edges.
    static func ranks(_ ranking: BridgeContactRanking, graph g: Graph) -> [Int?] {
        var rank = [Int?](repeating: nil, count: g.nodeCount)
        guard g.edgeCount > 0 else { return rank }
        for c in ranking.contacts where g.degree(c.node) > 0 { rank[c.node] = c.rank }
        return rank
    }
}
