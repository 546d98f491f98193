import Foundation
import LiaisonGraph

/// The tie of one unordered pair of contacts, as of a date.
public struct Tie: Sendable, Equatable {
    /// The pair, with `a < b`.
    public var a: ContactIndex
    public var b: ContactIndex
    /// The final strength s in 0–1 (behavioural blended with the declared one).
    public var strength: Double
    /// s_b: the strength from the history alone (what calibration fits).
    public var behavioural: Double
    public var components: TieComponents
    /// The declared strength from ties.csv, normalised to 0–1.
    public var declared: Double?
    /// dormant / fading when they apply, else the level.
    public var tieClass: TieClass
    /// strong / medium / weak from the current strength.
    public var level: TieClass
    public var firstTouch: Date?
    public var lastTouch: Date?
    /// Touches between the two up to the date (multi-party touches included).
    public var touches: Int
    /// The highest strength the tie reached at any of its touches (and now).
    public var peak: Double
    /// The strength `fadingWindowDays` before the date.
    public var past: Double
}

/// The ties of a workspace as of a date, sorted by (a, b).
public struct TieStrengths: Sendable {
    public var asOf: Date
    public var model: TieStrengthModel
    public var ties: [Tie]

    /// The tie between two contacts, in either order. O(log n).
    public func tie(_ x: ContactIndex, _ y: ContactIndex) -> Tie? {
        let (a, b) = x < y ? (x, y) : (y, x)
        var lo = 0, hi = ties.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let t = ties[mid]
            if t.a < a || (t.a == a && t.b < b) { lo = mid + 1 } else { hi = mid }
        }
        return lo < ties.count && ties[lo].a == a && ties[lo].b == b ? ties[lo] : nil
    }
}

extension Workspace {
    /// Tie strength (SPEC §5.1) for every unordered pair of contacts that interacted, exchanged
    /// (a deal or an introduction) or has a declared tie, as of `asOf` (default: the workspace's).
    ///
    /// Method: every interaction up to `asOf` is expanded into pair events (sender with each
    /// recipient; for meetings, video, calls and events of at most `maxGroupSize` participants also
    /// each pair of co-participants), each carrying its channel weight shared as 1/(k − 1) among the
    /// k participants' pairs. Events are bucketed by pair (a hash map from the packed pair to a pair
    /// number, then a counting sort) and sorted by date inside each pair; every pair's components are
    /// then computed from its own events at `asOf`, at `asOf − fadingWindowDays` (for `fading`), and
    /// incrementally at each of its touches (the peak, for `dormant`: between touches the strength
    /// can only decay, so the peak is reached at a touch).
    ///
    /// - Complexity: O(E log E_max + P·d) for E pair events, E_max the largest pair's events, P pairs,
    ///   d the degree in the tie graph (for embeddedness); memory O(E + P).
    public func tieStrengths(asOf date: Date? = nil, model: TieStrengthModel) -> TieStrengths {
        let asOf = date ?? self.asOf
        var builder = PairEventBuilder(contactCount: contacts.count, model: model, meIndex: me)
        let asOfDay = ISODate.days(asOf)
        for interaction in interactions {
            let day = ISODate.days(interaction.date)
            guard day <= asOfDay else { continue }
            builder.add(interaction, day: day)
        }
        for tie in ties where tie.a != tie.b {
            let p = builder.pair(tie.a, tie.b)
            if let s = tie.strength { builder.declared[Int(p)] = max(builder.declared[Int(p)] ?? 0, s) }
            if let since = tie.since {
                let d = ISODate.days(since)
                if d <= asOfDay { builder.since[Int(p)] = min(builder.since[Int(p)], d) }
            }
        }
        builder.addExchanges(deals: deals, introductions: introductions, asOfDay: asOfDay)
        return builder.finish(asOf: asOf, asOfDay: asOfDay)
    }
}

/// The pair events of a workspace, grouped by pair; internal to `tieStrengths`.
struct PairEventBuilder {
    let contactCount: Int
    let model: TieStrengthModel
    let meIndex: ContactIndex?
    var pairIndex: [UInt64: Int32] = [:]
    var pairA: [ContactIndex] = [], pairB: [ContactIndex] = []
    var declared: [Double?] = []
    var since: [Double] = []
    var exchangePoints: [Double] = []
    // Events, in input order (parallel arrays).
    var evPair: [Int32] = [], evDay: [Double] = [], evWeight: [Double] = []
    /// +1: a → b (a < b), −1: b → a, 0: co-participants.
    var evDir: [Int8] = []
    /// Hours to the answer; −1 = expected but not answered; NaN = no answer expected.
    var evReply: [Double] = []

    init(contactCount: Int, model: TieStrengthModel, meIndex: ContactIndex?) {
        self.contactCount = contactCount
        self.model = model
        self.meIndex = meIndex
    }

    @inline(__always)
    mutating func pair(_ x: ContactIndex, _ y: ContactIndex) -> Int32 {
        let (a, b) = x < y ? (x, y) : (y, x)
        let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
        if let p = pairIndex[key] { return p }
        let p = Int32(pairA.count)
        pairIndex[key] = p
        pairA.append(a); pairB.append(b)
        declared.append(nil); since.append(.infinity); exchangePoints.append(0)
        return p
    }

    mutating func add(_ interaction: Interaction, day: Double) {
        let from = interaction.from
        var recipients = interaction.to
        if recipients.count == 1 {
            if recipients[0] == from { return }
        } else {
            var seen = Set<ContactIndex>([from])
            recipients = recipients.filter { seen.insert($0).inserted }
            if recipients.isEmpty { return }
        }
        let k = recipients.count + 1
        let w = model.weight(of: interaction.channel) / Double(k - 1)
        let expects = interaction.replyHours != nil
            || interaction.channel == .email || interaction.channel == .message
        let reply = interaction.replyHours.map { max(0, $0) } ?? (expects ? -1 : .nan)
        for r in recipients {
            let p = pair(from, r)
            evPair.append(p); evDay.append(day); evWeight.append(w)
            evDir.append(from < r ? 1 : -1); evReply.append(reply)
        }
        let group = interaction.channel == .meeting || interaction.channel == .video
            || interaction.channel == .call || interaction.channel == .event
        if group && recipients.count >= 2 && k <= model.maxGroupSize {
            for i in 0..<recipients.count {
                for j in (i + 1)..<recipients.count {
                    let p = pair(recipients[i], recipients[j])
                    evPair.append(p); evDay.append(day); evWeight.append(w)
                    evDir.append(0); evReply.append(.nan)
                }
            }
        }
    }

    /// Points for deals (won 1, open ½, lost ¼) and introductions (converted 1, accepted ¾, made ½,
    /// requested ¼, declined 0) between or through two contacts. A deal links its contact with the
    /// credited source and both with the ego; an introduction links the introducer with both sides,
    /// and the two sides with each other once accepted.
    mutating func addExchanges(deals: [Deal], introductions: [Introduction], asOfDay: Double) {
        func credit(_ x: ContactIndex?, _ y: ContactIndex?, _ points: Double) {
            guard let x, let y, x != y, points > 0 else { return }
            exchangePoints[Int(pair(x, y))] += points
        }
        for deal in deals where ISODate.days(deal.date) <= asOfDay {
            let points: Double = switch deal.status { case .won: 1; case .open: 0.5; case .lost: 0.25 }
            credit(deal.contact, deal.source, points)
            credit(meIndex, deal.contact, points)
            if deal.source != meIndex { credit(meIndex, deal.source, points) }
        }
        for intro in introductions where ISODate.days(intro.date) <= asOfDay {
            let points: Double = switch intro.status {
            case .converted: 1; case .accepted: 0.75; case .made: 0.5; case .requested: 0.25; case .declined: 0
            }
            credit(intro.introducer, intro.from, points)
            credit(intro.introducer, intro.to, points)
            if intro.status == .accepted || intro.status == .converted { credit(intro.from, intro.to, points) }
        }
    }

    /// The ties as of `asOf`. Consumes the events: they are released once sorted by pair, so the
    /// per-pair evaluation does not hold them twice (at 200,000 contacts about 100 MB each).
    mutating func finish(asOf: Date, asOfDay: Double) -> TieStrengths {
        let pairCount = pairA.count
        pairIndex = [:]
        // Counting sort of the events by pair, then by day inside each pair.
        var start = [Int](repeating: 0, count: pairCount + 1)
        for p in evPair { start[Int(p) + 1] += 1 }
        for i in 0..<pairCount { start[i + 1] += start[i] }
        var cursor = start
        let n = evPair.count
        var day = [Double](repeating: 0, count: n), weight = day, reply = day
        var dir = [Int8](repeating: 0, count: n)
        for e in 0..<n {
            let p = Int(evPair[e]), slot = cursor[p]
            cursor[p] += 1
            day[slot] = evDay[e]; weight[slot] = evWeight[e]; reply[slot] = evReply[e]; dir[slot] = evDir[e]
        }
        evPair = []; evDay = []; evWeight = []; evReply = []; evDir = []
        for p in 0..<pairCount {
            let lo = start[p], hi = start[p + 1]
            var sorted = true
            if hi - lo > 1 { for i in (lo + 1)..<hi where day[i] < day[i - 1] { sorted = false; break } }
            if !sorted {
                let order = (lo..<hi).sorted { day[$0] < day[$1] }
                let d = order.map { day[$0] }, w = order.map { weight[$0] }
                let r = order.map { reply[$0] }, s = order.map { dir[$0] }
                for (i, slot) in (lo..<hi).enumerated() { day[slot] = d[i]; weight[slot] = w[i]; reply[slot] = r[i]; dir[slot] = s[i] }
            }
        }
        let events = PairEvents(day: day, weight: weight, dir: dir, reply: reply, model: model)

        // Embeddedness: the overlap of the two neighbourhoods, each tie weighted by its recency.
        var tieWeight = [Double](repeating: 1, count: pairCount)
        for p in 0..<pairCount where start[p + 1] > start[p] {
            tieWeight[p] = exp2(-(asOfDay - day[start[p + 1] - 1]) / model.recencyHalfLifeDays)
        }
        let order = sortedPairs()
        let embed = overlaps(weights: tieWeight, order: order)

        // Each tie depends only on its own events and the shared read-only arrays above, so the
        // pairs are shared among the active cores (`_parallelMap`; order and values unchanged).
        let pastDay = asOfDay - model.fadingWindowDays
        let builder = self
        let result = _parallelMap(count: pairCount, work: pairCount / 50_000 + 1) { i in
            builder.tie(Int(order[i]), events: events, start: start, embeddedness: embed, asOfDay: asOfDay, pastDay: pastDay)
        }
        return TieStrengths(asOf: asOf, model: model, ties: result)
    }

    /// Pair `p`'s tie as of `asOfDay` (its events are `start[p] ..< start[p + 1]` of `events`).
    private func tie(_ p: Int, events: PairEvents, start: [Int], embeddedness embed: [Double],
                     asOfDay: Double, pastDay: Double) -> Tie {
        let lo = start[p], hi = start[p + 1]
        let exchange = 1 - exp2(-exchangePoints[p])
        var now = events.evaluate(lo, hi, at: asOfDay, since: since[p])
        now.components.exchange = exchange
        now.components.embeddedness = embed[p]
        var past = events.evaluate(lo, hi, at: pastDay, since: since[p])
        past.components.exchange = exchange
        past.components.embeddedness = embed[p]
        let dec = declared[p]
        let sb = model.behaviouralStrength(now.components)
        let s = model.strength(now.components, declared: dec)
        let sPast = model.strength(past.components, declared: dec)
        let peak = max(s, sPast, events.peak(lo, hi, since: since[p], exchange: exchange,
                                             embeddedness: embed[p], declared: dec))
        let level = model.level(of: s)
        var cls = level
        if now.count > 0, asOfDay - now.last >= model.dormantAfterDays, peak >= model.mediumThreshold {
            cls = .dormant
        } else if sPast >= model.mediumThreshold, s < (1 - model.fadingShare) * sPast {
            cls = .fading
        }
        return Tie(
            a: pairA[p], b: pairB[p], strength: s, behavioural: sb, components: now.components, declared: dec,
            tieClass: cls, level: level,
            firstTouch: now.count > 0 ? ISODate.date(days: now.first) : nil,
            lastTouch: now.count > 0 ? ISODate.date(days: now.last) : nil,
            touches: now.count, peak: peak, past: sPast)
    }

    /// The pair numbers in (a, b) order: a counting sort by b, then a stable one by a. O(P + C).
    func sortedPairs() -> [Int32] {
        let pairCount = pairA.count
        func countingSort(_ input: [Int32], by key: [ContactIndex]) -> [Int32] {
            var start = [Int](repeating: 0, count: contactCount + 1)
            for p in input { start[Int(key[Int(p)]) + 1] += 1 }
            for i in 0..<contactCount { start[i + 1] += start[i] }
            var out = [Int32](repeating: 0, count: input.count)
            for p in input { let k = Int(key[Int(p)]); out[start[k]] = p; start[k] += 1 }
            return out
        }
        return countingSort(countingSort((0..<Int32(pairCount)).map { $0 }, by: pairB), by: pairA)
    }

    /// The recency-weighted neighbourhood overlap of every pair (a, b), indexed by pair number:
    /// `Graph.weightedNeighborhoodOverlap(weights:)` on the graph of all pairs, w the recency of
    /// each tie (1 for a tie with no touch: declared or exchange only):
    ///
    ///     O_ab = Σ_{c ∈ N(a) ∩ N(b)} (w_ac + w_bc) / (Σ_{c ∈ N(a)∖b} w_ac + Σ_{c ∈ N(b)∖a} w_bc)
    ///
    /// The weights make mutual contacts one is still in touch with count more than long-gone ones
    /// (the change that made the default model beat both baselines on Enron, docs/tie-strength.md);
    /// a recency that has decayed to 0 still counts the contact as a neighbour.
    ///
    /// `order` lists the pairs in (a, b) order, a < b, so the graph builder takes them as they are
    /// (no sort, nothing merged) and edge e is pair `order[e]`.
    /// - Complexity: O(P + C + Σ_pairs min(k_a, k_b) · log max(k_a, k_b)).
    func overlaps(weights: [Double], order: [Int32]) -> [Double] {
        let pairCount = pairA.count
        // Pairs are distinct contacts in range (`pair(_:_:)` is never called with x == y).
        guard let graph = try? Graph(nodeCount: contactCount, sources: order.map { pairA[Int($0)] },
                                     targets: order.map { pairB[Int($0)] }),
              graph.edgeCount == pairCount else {
            preconditionFailure("tie pairs must be distinct pairs of distinct contacts")
        }
        let overlap = graph.weightedNeighborhoodOverlap(weights: order.map { weights[Int($0)] })
        var result = [Double](repeating: 0, count: pairCount)
        for (e, p) in order.enumerated() { result[Int(p)] = overlap[e] }
        return result
    }
}

extension TieStrengths {
    /// The ties strongest first (equal strengths by the ids of their ends), optionally only one
    /// class: the order of `liaison ties`. A tie is a pair with a positive strength as of the date
    /// (the edges of the strength graph every analysis uses); `includingZero` adds the pairs that
    /// have records (an introduction asked, a deal) but no strength.
    public func strongestFirst(in ws: Workspace, only tieClass: TieClass? = nil, includingZero: Bool = false) -> [Tie] {
        // Sorts positions, not the ties themselves (a Tie is ~200 bytes); the order is total (pairs
        // are distinct), so the result does not depend on the sort's stability.
        let ids = ws.contacts.map(\.id)
        let kept = ties.indices.filter {
            (includingZero || ties[$0].strength > 0) && (tieClass == nil || ties[$0].tieClass == tieClass)
        }
        return kept.sorted { i, j in
            let x = ties[i].strength, y = ties[j].strength
            if x != y { return x > y }
            return (ids[Int(ties[i].a)], ids[Int(ties[i].b)]) < (ids[Int(ties[j].a)], ids[Int(ties[j].b)])
        }.map { ties[$0] }
    }
}
