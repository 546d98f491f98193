import Foundation
import LiaisonGraph

//===----------------------------------------------------------------------===//
// liaison suggest: introductions you could make, ties to revive, ties and bridges at risk
//===----------------------------------------------------------------------===//

/// Two of your contacts you could introduce to each other.
public struct IntroductionSuggestion: Sendable, Equatable {
    public var a: Int
    public var b: Int
    /// Why they would benefit, when their kinds complement each other
    /// ("a client and a supplier in logistics"); `nil` otherwise.
    public var complement: String?
    /// Adamic–Adar and resource-allocation indices over their mutual contacts other than you.
    public var adamicAdar: Double
    public var resourceAllocation: Double
    public var mutualContacts: Int
    /// √(s_a · s_b) · (c + AA / (1 + AA)), c = 1 for complementary kinds, else 0.
    public var score: Double
}

/// A tie with you that went quiet (dormant) although it was once strong, to a valuable contact.
public struct RevivalSuggestion: Sendable, Equatable {
    public var contact: Int
    public var peak: Double
    public var strength: Double
    public var lastTouch: Date?
    public var value: Double
}

/// A strong tie with you that is fading (lost more than the fading share over the fading window).
public struct FadingTie: Sendable, Equatable {
    public var contact: Int
    /// The strength one fading window ago, and now.
    public var past: Double
    public var strength: Double
    public var value: Double
}

/// A bridge contact whose tie with you is fading or dormant.
public struct BridgeAtRisk: Sendable, Equatable {
    public var contact: Int
    public var tieClass: TieClass
    public var past: Double
    public var strength: Double
    /// Contacts you reach only through this one (they drop out of your component without them).
    public var uniqueReach: Int
    /// Normalised betweenness (shortest paths on 1/w); `nil` on networks above 5,000 contacts.
    public var betweenness: Double?
}

public struct Suggestions: Sendable, Equatable {
    public var asOf: Date
    public var ego: Int
    public var introductions: [IntroductionSuggestion]
    public var revive: [RevivalSuggestion]
    public var fading: [FadingTie]
    public var bridgesAtRisk: [BridgeAtRisk]
}

extension Workspace {
    /// `liaison suggest` on this workspace: ties from liaison.toml's model, values = contact
    /// quality over each contact's whole history.
    public func suggestions(ego: ContactIndex, asOf date: Date? = nil, top: Int = 10) throws -> Suggestions {
        let model = config.tieStrength
        let qualityModel = config.quality
        let strengths = tieStrengths(asOf: date, model: model)
        let quality = contactQuality(strengths: strengths, model: qualityModel)
        let value = quality.map { $0.lifetimeQuality ?? 0 }
        let underReview = Set(quality.indices.filter { quality[$0].advice == .review })
        return suggestions(ego: ego, strengths: strengths, value: value, valuable: qualityModel.valuable, top: top,
                           underReview: underReview)
    }

    /// The suggestions of SPEC §5.7 ("Also: liaison suggest"), at most `top` of each kind.
    ///
    /// Each person appears at most once per list: an introduction is skipped when one of its two
    /// people is already in a better-scored one (the next pair takes the slot); revive, fading and
    /// bridges at risk list ties with you, one per contact by construction.
    ///
    /// - Introductions: pairs of your contacts (your 300 strongest ties) not tied to each other,
    ///   never introduced, not of the same organisation and neither advised "review" in `contacts`
    ///   (low value for a high effort: not whom to spend an introduction on; `underReview`), that either complement each other — a client and a supplier in the same
    ///   industry, a founder (title or tag "founder") or partner and an investor in the same
    ///   industry — or share contacts besides you (Adamic–Adar, Adamic & Adar 2003; resource
    ///   allocation, Zhou, Lü & Zhang 2009; both computed without you, who are common to every
    ///   pair). Score √(s_a s_b) · (c + AA/(1 + AA)): you introduce best the people you know well.
    /// - Revive: dormant ties (Levin, Walter & Murnighan 2011) whose peak was strong, to contacts
    ///   whose lifetime value is at least `valuable`, silent for `dormantAfterDays` or more.
    /// - Fading: ties of class fading that were strong one fading window ago.
    /// - Bridges at risk: contacts whose tie with you is fading or dormant, really weakened over the
    ///   fading window (``reallyWeakened(_:model:)``), and who are bridges for
    ///   you — some contacts are reachable only through them — or rank in the top decile of
    ///   betweenness.
    ///
    /// - Complexity: O(d² · Δ) for the pairs of your d strongest contacts (Δ the degree), plus one
    ///   depth-first search for what each contact alone connects you to (`Graph.cutOffCounts`,
    ///   O(n + m)) and one betweenness computation (≤ 5,000 contacts).
    public func suggestions(ego: ContactIndex, strengths: TieStrengths, value: [Double], valuable: Double,
                            top: Int = 10, underReview: Set<Int> = []) -> Suggestions {
        let me = Int(ego)
        let graph = strengthGraph(from: strengths).graph
        let model = strengths.model
        let mine = graph.neighbors(me).map(Int.init).sorted {
            let a = graph.weight(from: me, to: $0)!, b = graph.weight(from: me, to: $1)!
            return a != b ? a > b : $0 < $1
        }.prefix(300)

        // Introductions.
        var introduced = Set<[Int]>()
        for i in introductions { introduced.insert([Int(min(i.from, i.to)), Int(max(i.from, i.to))]) }
        var pairs = [(Int, Int)]()
        for (k, a) in mine.enumerated() {
            for b in mine.dropFirst(k + 1) where graph.weight(from: a, to: b) == nil
                && !introduced.contains([min(a, b), max(a, b)]) && !Self.sameOrganization(contacts[a], contacts[b])
                && !underReview.contains(a) && !underReview.contains(b) {
                pairs.append((min(a, b), max(a, b)))
            }
        }
        let aa = graph.adamicAdar(pairs: pairs), ra = graph.resourceAllocation(pairs: pairs)
        let egoDegree = Double(graph.degree(me))
        var intros = [IntroductionSuggestion]()
        for (k, (a, b)) in pairs.enumerated() {
            // You are a common neighbour of every pair: remove your term (degree ≥ 2 here).
            let aaOthers = max(0, aa[k] - 1 / log(egoDegree)), raOthers = max(0, ra[k] - 1 / egoDegree)
            let mutual = Self._commonNeighbors(graph, a, b) - 1
            let complement = Self.complement(contacts[a], contacts[b])
            guard complement != nil || mutual > 0 else { continue }
            let sa = graph.weight(from: me, to: a)!, sb = graph.weight(from: me, to: b)!
            let score = (sa * sb).squareRoot() * ((complement != nil ? 1 : 0) + aaOthers / (1 + aaOthers))
            intros.append(IntroductionSuggestion(a: a, b: b, complement: complement, adamicAdar: aaOthers,
                                                 resourceAllocation: raOthers, mutualContacts: mutual, score: score))
        }
        intros.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        // Each person at most once: best pair first, a pair sharing a person with one already
        // listed is skipped and its slot goes to the next pair.
        var listed = Set<Int>()
        intros = intros.filter { s in
            guard !listed.contains(s.a) && !listed.contains(s.b) else { return false }
            listed.insert(s.a); listed.insert(s.b)
            return true
        }

        // Ties with you: dormant, fading.
        var revive = [RevivalSuggestion](), fading = [FadingTie](), atRisk = [Tie]()
        for tie in strengths.ties where tie.a == ego || tie.b == ego {
            let other = Int(tie.a == ego ? tie.b : tie.a)
            if Self.isWorthReviving(tie, value: value[other], tieModel: model, valuable: valuable, asOf: strengths.asOf) {
                revive.append(RevivalSuggestion(contact: other, peak: tie.peak, strength: tie.strength,
                                                lastTouch: tie.lastTouch, value: value[other]))
            }
            if Self.isStrongTieFading(tie, model: model) {
                fading.append(FadingTie(contact: other, past: tie.past, strength: tie.strength, value: value[other]))
            }
            if (tie.tieClass == .fading || tie.tieClass == .dormant) && Self.reallyWeakened(tie, model: model) {
                atRisk.append(tie)
            }
        }
        revive.sort { ($0.value * $0.peak, -$0.contact) > ($1.value * $1.peak, -$1.contact) }
        func urgency(_ f: FadingTie) -> Double { (0.5 + 0.5 * f.value) * (f.past - f.strength) }
        fading.sort { urgency($0) != urgency($1) ? urgency($0) > urgency($1) : $0.contact < $1.contact }

        // Bridges at risk.
        var bridges = [BridgeAtRisk]()
        if !atRisk.isEmpty {
            let betweenness: [Double]? = graph.nodeCount <= 5_000 ? graph.betweenness(normalized: true) : nil
            var decile = Double.infinity
            if let betweenness {
                let positive = betweenness.filter { $0 > 0 }.sorted()
                if !positive.isEmpty { decile = positive[Int(Double(positive.count - 1) * 0.9)] }
            }
            // What only x connects you to: the contacts that lose every path to you without x,
            // for every x at once (one depth-first search rather than a search per tie at risk).
            let cutOff = graph.cutOffCounts(anchor: me)
            for tie in atRisk {
                let x = Int(tie.a == ego ? tie.b : tie.a)
                let unique = cutOff[x]
                let b = betweenness?[x]
                guard unique > 0 || (b.map { $0 > 0 && $0 >= decile } ?? false) else { continue }
                bridges.append(BridgeAtRisk(contact: x, tieClass: tie.tieClass, past: tie.past, strength: tie.strength,
                                            uniqueReach: unique, betweenness: b))
            }
            bridges.sort { ($0.uniqueReach, $0.betweenness ?? 0, -$0.contact) > ($1.uniqueReach, $1.betweenness ?? 0, -$1.contact) }
        }
        return Suggestions(asOf: strengths.asOf, ego: me, introductions: Array(intros.prefix(top)),
                           revive: Array(revive.prefix(top)), fading: Array(fading.prefix(top)),
                           bridgesAtRisk: Array(bridges.prefix(top)))
    }

    /// The one definition of "a strong tie fading", used by `suggest` (fading) and `agenda`: the
    /// tie is of class fading and was strong one fading window ago.
    public static func isStrongTieFading(_ tie: Tie, model: TieStrengthModel) -> Bool {
        tie.tieClass == .fading && tie.past >= model.strongThreshold
    }

    /// Two contacts of the same organisation (names compared folded: case, accents and spacing
    /// ignored; an empty organisation matches nothing). They know each other's firm already: no
    /// introduction between them is suggested.
    static func sameOrganization(_ x: Contact, _ y: Contact) -> Bool {
        let ox = ContactFilter.fold(x.organization)
        return !ox.isEmpty && ox == ContactFilter.fold(y.organization)
    }

    /// A tie that really weakened over the last fading window: it lost at least the model's fading
    /// share of its strength one window ago, and the loss shows at the two decimals we print
    /// (past − now ≥ 0.01). A dormant tie that was already near 0 a window ago ("0.00 → 0.00") was
    /// lost earlier, not now: it is not "at risk" (it may be worth reviving, which `revive` lists).
    static func reallyWeakened(_ tie: Tie, model: TieStrengthModel) -> Bool {
        let loss = tie.past - tie.strength
        return loss >= 0.01 && loss >= model.fadingShare * tie.past
    }

    /// "a client and a supplier in logistics" when the two kinds complement each other in the
    /// same (non-empty) industry.
    static func complement(_ x: Contact, _ y: Contact) -> String? {
        let ix = ContactFilter.fold(x.industry), iy = ContactFilter.fold(y.industry)
        guard !ix.isEmpty, ix == iy else { return nil }
        func founder(_ c: Contact) -> Bool {
            c.kind == .partner || ContactFilter.fold(c.title).contains("founder")
                || c.tags.contains { ContactFilter.fold($0) == "founder" }
        }
        let kinds = Set([x.kind, y.kind])
        if kinds == [.client, .supplier] { return "a client and a supplier in \(x.industry)" }
        if x.kind == .investor && founder(y) || y.kind == .investor && founder(x) {
            let other = x.kind == .investor ? y : x
            let role = ContactFilter.fold(other.title).contains("founder") || other.tags.contains { ContactFilter.fold($0) == "founder" }
                ? "a founder" : "a partner"
            return "\(role) and an investor in \(x.industry)"
        }
        return nil
    }

    static func _commonNeighbors(_ g: Graph, _ a: Int, _ b: Int) -> Int {
        let na = g.neighbors(a), nb = g.neighbors(b)
        var i = na.startIndex, j = nb.startIndex, n = 0
        while i < na.endIndex && j < nb.endIndex {
            if na[i] == nb[j] { n += 1; i += 1; j += 1 } else if na[i] < nb[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}
