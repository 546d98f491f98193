import Foundation
import LiaisonGraph

//===----------------------------------------------------------------------===//
// ContactProfile: one page per person (`liaison show`, and the report's contact pages)
//===----------------------------------------------------------------------===//

/// Everything Liaison knows about one contact, as plain values, computed once: who they are, their
/// KPIs with the evidence, the tie with you and why it has its strength, their strongest ties, the
/// groups they bridge, what they can do for your goals, the introductions they made and received,
/// and the last touches. `liaison show` prints it (`ContactProfile+Output`); a renderer (the HTML
/// report) can lay out the same values.
///
/// Each part reuses the measure that defines it elsewhere: the KPIs are `contactQuality` (the row
/// `liaison contacts` prints), the tie is `tieStrengths` with `explainTie` (as `ties --explain`),
/// bridging is `BridgeContactReport` (as `liaison bridges`, same seed), goals are liaison.toml's
/// `[[goal]]` filters.
public struct ContactProfile: Sendable {
    /// A tie of the contact with someone else.
    public struct TieLine: Sendable, Equatable {
        public var other: Int
        public var strength: Double
        public var tieClass: TieClass
        public var lastTouch: Date?
    }

    /// The contact's tie with you.
    public struct TieWithYou: Sendable, Equatable {
        public var strength: Double
        public var tieClass: TieClass
        /// The strength one fading window ago (`fadingWindowDays`), and the peak.
        public var past: Double
        public var peak: Double
        public var fadingWindowDays: Double
        public var touches: Int
        public var firstTouch: Date?
        public var lastTouch: Date?
        /// `ties --explain`'s sentences.
        public var explanation: [String]

        /// "rising", "falling" or "steady": the change over the fading window, at the two decimals
        /// the strengths are printed with.
        public var trend: String {
            let change = strength - past
            return change >= 0.005 ? "rising" : change <= -0.005 ? "falling" : "steady"
        }
    }

    /// The groups the contact bridges (Leiden communities of the tie graph, as `bridges` finds them).
    public struct Bridging: Sendable, Equatable {
        /// Rank among all contacts in `liaison bridges` (1 = the most influential bridge), of `of`.
        public var rank: Int
        public var of: Int
        public var score: Double
        /// The label of the contact's own community ("Anna Petrova's cluster").
        public var community: String
        /// Distinct communities among the contact's neighbours (its own included).
        public var communitiesSpanned: Int
        /// Labels of the other communities among the neighbours, most ties first.
        public var reaches: [String]
        /// Communities the contact is the only link to (a bridge edge between communities).
        public var onlyLinkTo: [String]
        public var betweenness: Double
        public var isArticulationPoint: Bool
        /// `bridges`' sentence.
        public var reason: String
    }

    /// A goal target one step from the contact that you are not tied to yourself (one you know
    /// you reach out to directly, as `plan` says): they know the target, so they can introduce you.
    public struct GoalLead: Sendable, Equatable {
        public var goal: String
        public var target: Int
        /// The contact's tie with the target.
        public var strength: Double
        /// Your own tie with the target: always `nil` now (targets you know are not leads); kept for the JSON shape.
        public var yourStrength: Double?
    }

    /// A KPI as `liaison contacts` labels it, its value and what it rests on.
    public struct KPI: Sendable, Equatable {
        public var label: String
        public var value: String
        public var evidence: String
    }

    public var contact: Int
    public var asOf: Date
    /// The workspace's me (or `--ego`); `nil` without one.
    public var ego: Int?
    public var quality: ContactQuality
    public var kpis: [KPI]
    public var tieWithYou: TieWithYou?
    public var strongestTies: [TieLine]
    public var bridging: Bridging?
    public var goalLeads: [GoalLead]
    /// introductions.csv rows where the contact is the introducer, newest first.
    public var introductionsMade: [Introduction]
    /// Rows where the contact is introduced (`from`) or introduced to (`to`), newest first.
    public var introductionsReceived: [Introduction]
    /// The latest interactions the contact took part in, up to the date, newest first.
    public var lastTouches: [Interaction]
    /// The goals the contact is a target of herself (matches the filter; with `new`, not tied to
    /// you): for those she is pitched, not asked for introductions (the planner's rule), so no
    /// goal leads are listed for them.
    public var goalsAsTarget: [String] = []
}

/// What the profiles of many contacts share, computed once: the tie strengths, every contact's
/// KPIs, the bridge ranking of `liaison bridges`, and per contact its ties and its touches up to
/// the date. `liaison show` builds one for one profile; the HTML report one for all its panels.
public struct ProfileContext {
    public let ego: ContactIndex?
    public let strengths: TieStrengths
    public let quality: [ContactQuality]
    /// The bridge ranking of `liaison bridges` and the communities it names.
    let ranking: BridgeContactRanking
    let communities: Partition
    /// Per contact: the indices (into `strengths.ties`) of its ties with a positive strength.
    let tiesOf: [[Int]]
    /// Per contact: the interactions (indices) it took part in up to the date, in input order.
    let touchesOf: [[Int]]
}

extension Workspace {
    /// The shared part of every profile as of `asOf` (default: the workspace's date), seen from
    /// `ego` (default: me).
    ///
    /// - Complexity: the tie strengths and KPIs (O(I·k + P + C)), the bridge measures of
    ///   `liaison bridges` (betweenness, exact or estimated by `BetweennessPolicy.automatic`, and
    ///   Leiden), then O(T + I·k) for the per-contact indexes.
    public func profileContext(ego: ContactIndex? = nil, asOf date: Date? = nil, seed: UInt64 = 0) throws -> ProfileContext {
        let ego = ego ?? me
        let strengths = tieStrengths(asOf: date, model: config.tieStrength)
        let quality = contactQuality(strengths: strengths, model: config.quality)
        let network = AnalysisNetwork(network: strengthGraph(from: strengths), names: contacts.map(\.name),
                                      workspace: self, ego: ego.map(Int.init), ties: strengths)
        let report = try BridgeContactReport(network, ego: ego.map(Int.init), grouping: .community, seed: seed)
        return profileContext(ego: ego, strengths: strengths, quality: quality, ranking: report.ranking,
                              communities: report.communities)
    }

    /// The shared part of every profile from what a caller has already computed (the HTML report
    /// has the tie strengths, the KPIs and the bridge ranking over its communities): only the
    /// per-contact indexes are built here, in O(T + I·k).
    public func profileContext(ego: ContactIndex?, strengths: TieStrengths, quality: [ContactQuality],
                               ranking: BridgeContactRanking, communities: Partition) -> ProfileContext {
        var tiesOf = [[Int]](repeating: [], count: contacts.count)
        for (k, t) in strengths.ties.enumerated() where t.strength > 0 {
            tiesOf[Int(t.a)].append(k)
            if t.b != t.a { tiesOf[Int(t.b)].append(k) }
        }
        var touchesOf = [[Int]](repeating: [], count: contacts.count)
        for (k, i) in interactions.enumerated() where i.date <= strengths.asOf {
            touchesOf[Int(i.from)].append(k)
            // Each recipient once, the sender never; a scan of the earlier recipients for short
            // lists (no set allocated per interaction), a set for long ones.
            if i.to.count > 16 {
                for r in Set(i.to) where r != i.from { touchesOf[Int(r)].append(k) }
            } else {
                for (n, r) in i.to.enumerated() where r != i.from && !i.to[..<n].contains(r) { touchesOf[Int(r)].append(k) }
            }
        }
        return ProfileContext(ego: ego, strengths: strengths, quality: quality, ranking: ranking,
                              communities: communities, tiesOf: tiesOf, touchesOf: touchesOf)
    }

    /// The profile of `contact` as of `asOf` (default: the workspace's date), seen from `ego`
    /// (default: me). At most `top` strongest ties, goal leads per goal and last touches.
    ///
    /// - Complexity: `profileContext`, then `profile(of:in:top:)`.
    public func profile(of contact: ContactIndex, ego: ContactIndex? = nil, asOf date: Date? = nil,
                        top: Int = 5, seed: UInt64 = 0) throws -> ContactProfile {
        profile(of: contact, in: try profileContext(ego: ego, asOf: date, seed: seed), top: top)
    }

    /// The profile of `contact` from a shared context.
    ///
    /// - Complexity: O(I) for the tie with the ego (its explanation reads every interaction),
    ///   O(d log d + t log t + G·d + R) for the contact's d ties, t touches, G goals and R introductions.
    public func profile(of contact: ContactIndex, in context: ProfileContext, top: Int = 5) -> ContactProfile {
        let ego = context.ego
        let model = config.tieStrength
        let strengths = context.strengths
        let asOf = strengths.asOf
        let quality = context.quality[Int(contact)]

        var tieWithYou: ContactProfile.TieWithYou?
        if let ego, ego != contact, let t = strengths.tie(ego, contact) {
            let text = explainTie(ego, contact, in: strengths)
            tieWithYou = .init(strength: t.strength, tieClass: t.tieClass, past: t.past, peak: t.peak,
                               fadingWindowDays: model.fadingWindowDays, touches: t.touches,
                               firstTouch: t.firstTouch, lastTouch: t.lastTouch,
                               explanation: text.split(separator: "\n").map(String.init))
        }

        var mine = [ContactProfile.TieLine](), neighbour = [ContactIndex: Double]()
        for k in context.tiesOf[Int(contact)] {
            let t = strengths.ties[k]
            let other = t.a == contact ? t.b : t.a
            neighbour[other] = t.strength
            mine.append(.init(other: Int(other), strength: t.strength, tieClass: t.tieClass, lastTouch: t.lastTouch))
        }
        mine.sort { $0.strength != $1.strength ? $0.strength > $1.strength : contacts[$0.other].id < contacts[$1.other].id }

        // Bridging, as `liaison bridges` ranks it.
        var bridging: ContactProfile.Bridging?
        let ranking = context.ranking
        if let b = ranking.contacts.first(where: { $0.node == Int(contact) }) {
            let part = context.communities
            let labels = ranking.communityLabels
            let own = Int(part.community[Int(contact)])
            var perCommunity = [Int: Int]()
            for other in neighbour.keys { perCommunity[Int(part.community[Int(other)]), default: 0] += 1 }
            let reaches = perCommunity.filter { $0.key != own }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { labels[$0.key] }
            bridging = .init(rank: b.rank, of: ranking.contacts.count, score: b.score, community: labels[own],
                             communitiesSpanned: b.communitiesSpanned, reaches: reaches,
                             onlyLinkTo: b.communityBridges.map { labels[Int(part.community[$0])] },
                             betweenness: b.betweenness, isArticulationPoint: b.isArticulationPoint, reason: b.reason)
        }

        // Goal targets one step from the contact.
        var leads = [ContactProfile.GoalLead]()
        var asTarget = [String]()
        let yourTie = ego.flatMap { strengths.tie($0, contact) }.map(\.strength).flatMap { $0 > 0 ? $0 : nil }
        for goal in config.goals {
            if ContactIndex?(contact) != ego && goal.filter.matches(contacts[Int(contact)]) && !(goal.newOnly && yourTie != nil) {
                asTarget.append(goal.name)
                continue
            }
            var found = [ContactProfile.GoalLead]()
            for (other, s) in neighbour where other != ego && goal.filter.matches(contacts[Int(other)]) {
                let yours = ego.flatMap { strengths.tie($0, other) }.map(\.strength).flatMap { $0 > 0 ? $0 : nil }
                // A target you are tied to is yours to reach out to (the plan's rule): no lead.
                if yours != nil { continue }
                found.append(.init(goal: goal.name, target: Int(other), strength: s, yourStrength: yours))
            }
            found.sort { $0.strength != $1.strength ? $0.strength > $1.strength : contacts[$0.target].id < contacts[$1.target].id }
            leads += found.prefix(top)
        }

        let dated = introductions.filter { $0.date <= asOf }.sorted { $0.date > $1.date }
        let made = dated.filter { $0.introducer == contact }
        let received = dated.filter { $0.introducer != contact && ($0.from == contact || $0.to == contact) }

        // The newest `top` touches, newest first; equal dates in input order.
        let last = context.touchesOf[Int(contact)]
            .sorted { interactions[$0].date != interactions[$1].date ? interactions[$0].date > interactions[$1].date : $0 < $1 }
            .prefix(top).map { interactions[$0] }

        return ContactProfile(contact: Int(contact), asOf: asOf, ego: ego.map(Int.init), quality: quality,
                              kpis: ContactProfile.kpis(quality, in: self), tieWithYou: tieWithYou,
                              strongestTies: Array(mine.prefix(top)), bridging: bridging, goalLeads: leads,
                              introductionsMade: made, introductionsReceived: received, lastTouches: Array(last),
                              goalsAsTarget: asTarget)
    }
}

extension ContactProfile {
    /// The KPIs of `liaison contacts` with the same labels and the same evidence ("43% (3/7)",
    /// "too few (1/2)"), one per line, only those with data (quality, advice and touches always).
    static func kpis(_ q: ContactQuality, in ws: Workspace) -> [KPI] {
        let minSample = ws.config.quality.minSample
        func f(_ x: Double?, _ digits: Int = 2) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "—" }
        var out = [KPI]()
        let window = KPIWindow(asOf: ws.asOf, model: ws.config.quality).label
        let missing = q.notEnoughData.map(\.rawValue).joined(separator: ", ")
        out.append(KPI(label: "quality", value: f(q.quality),
                       evidence: "weighted mean of the KPIs the kind \(ws.contacts[Int(q.contact)].kind.rawValue) weighs, \(window)"
                           + (missing.isEmpty ? "" : "; not enough data: \(missing)")))
        out.append(KPI(label: "advice", value: q.advice.label, evidence: q.lifetimeQuality.map { "lifetime quality \(f($0))" } ?? ""))
        if q.revenue > 0 || q.dealsWon > 0 || !q.revenueApart.isEmpty {
            out.append(KPI(label: "revenue", value: ContactListing.moneyText(q.revenue, q.revenueApart, in: ws),
                           evidence: "\(q.dealsWon) deal\(q.dealsWon == 1 ? "" : "s") won"))
        }
        if q.creditedRevenue > 0 || q.creditedDeals > 0 || !q.creditedRevenueApart.isEmpty {
            out.append(KPI(label: "credited", value: ContactListing.moneyText(q.creditedRevenue, q.creditedRevenueApart, in: ws),
                           evidence: "\(q.creditedDeals) won deal\(q.creditedDeals == 1 ? "" : "s") credited to them as source"))
        }
        out.append(KPI(label: "touches/mo", value: f(q.touchesPerMonth, 1), evidence: "\(q.touches) touch\(q.touches == 1 ? "" : "es") \(window)"))
        if q.expectedAnswers > 0 {
            let answered = q.answeredShare.map { Int(($0 * Double(q.expectedAnswers)).rounded()) } ?? 0
            out.append(KPI(label: "answered", value: ContactListing.sampled(q.answeredShare, answered, q.expectedAnswers, min: minSample),
                           evidence: "answered \(answered) of \(q.expectedAnswers) touches that expected an answer"))
            if let h = q.medianReplyHours { out.append(KPI(label: "reply h", value: f(h, 1), evidence: "median hours to answer")) }
        }
        if q.introductionsAsked > 0 {
            out.append(KPI(label: "openness", value: ContactListing.sampled(q.openness, q.introductionsAgreed, q.introductionsAsked, min: minSample),
                           evidence: "agreed to \(q.introductionsAgreed) of \(q.introductionsAsked) introductions asked"))
        }
        let tooFew = q.feedbackCount > 0 && q.feedbackCount < minSample ? " (too few)" : ""
        if let csat = q.csat { out.append(KPI(label: "csat", value: f(csat, 1) + tooFew, evidence: "\(q.feedbackCount) feedback score\(q.feedbackCount == 1 ? "" : "s")")) }
        if let nps = q.nps { out.append(KPI(label: "nps", value: f(nps, 0) + tooFew, evidence: "\(q.feedbackCount) feedback score\(q.feedbackCount == 1 ? "" : "s")")) }
        if q.deliveries > 0 {
            let onTime = Int(((q.onTimeRate ?? 0) * Double(q.deliveries)).rounded())
            out.append(KPI(label: "on time", value: ContactListing.sampled(q.onTimeRate, onTime, q.deliveries, min: minSample),
                           evidence: "\(onTime) of \(q.deliveries) deliveries due on time"))
            out.append(KPI(label: "delay d", value: f(q.meanDelayDays, 1), evidence: "mean days late"))
        }
        return out
    }
}
