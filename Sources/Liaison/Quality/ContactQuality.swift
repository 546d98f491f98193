import Foundation

/// What to do about a contact, from value × tie strength (SPEC §5.2).
public enum Advice: String, Sendable, CaseIterable, Codable {
    /// Valuable, but the tie is weak, fading or missing: spend time on it.
    case invest
    /// Valuable and the tie is medium or strong.
    case keep
    /// Low value for a high effort (many touches).
    case review
    /// A dormant tie with you that was once strong, to a contact whose lifetime value is at least
    /// `valuable` (Levin, Walter & Murnighan 2011): exactly the contacts `suggest` lists to revive
    /// (``Workspace/isWorthReviving(_:value:tieModel:valuable:asOf:)``).
    case revive
    /// Nothing to do: no rule above applies (shown as "nothing to do").
    case none

    /// What the advice says in a table: `nothing to do` for `.none`.
    public var label: String { self == .none ? "nothing to do" : rawValue }
}

/// The KPIs of one contact over the window (SPEC §5.2), its quality score and the advice.
public struct ContactQuality: Sendable, Equatable {
    public var contact: ContactIndex
    /// Deals with this contact won in the window, and their amount in the base currency
    /// (`Workspace.money`; see `CurrencySettings`).
    public var dealsWon = 0
    public var revenue = 0.0
    /// Won deals credited to this contact as `source` ("deals that happened thanks to them"), their
    /// amount in the base currency.
    public var creditedDeals = 0
    public var creditedRevenue = 0.0
    /// Won amounts in a currency without a rate to the base, per currency (direct and credited
    /// apart): never added to `revenue` nor to each other, and left out of the revenue score.
    public var revenueApart: [String: Double] = [:]
    public var creditedRevenueApart: [String: Double] = [:]
    /// Interactions the contact took part in, and per month of the window.
    public var touches = 0
    public var touchesPerMonth = 0.0
    /// Of the touches sent to the contact that expected an answer: the share answered, and the
    /// median reply time in hours (nil without such touches / answers).
    public var expectedAnswers = 0
    public var answeredShare: Double?
    public var medianReplyHours: Double?
    /// Introductions asked of the contact (as introducer, or as the one introduced to) and agreed
    /// (made/accepted/converted as introducer; accepted/converted as the one introduced to).
    public var introductionsAsked = 0
    public var introductionsAgreed = 0
    public var openness: Double?
    /// Mean CSAT (1–5) and NPS (−100…100) of the feedback in the window.
    public var csat: Double?
    public var nps: Double?
    /// Deliveries due in the window: the share on time and the mean delay in days (late ones by
    /// how late; not yet delivered and overdue ones count as late until the date).
    public var deliveries = 0
    public var onTimeRate: Double?
    public var meanDelayDays: Double?
    /// The KPI scores (0–1) the quality is a weighted mean of.
    public var scores: [QualityModel.Score: Double] = [:]
    /// The KPIs measured but on fewer observations than `minSample`: "not enough data", left out of
    /// the quality (in `Score.allCases` order).
    public var notEnoughData: [QualityModel.Score] = []
    /// Feedback scores (CSAT and NPS) in the window: the sample of the satisfaction KPI.
    public var feedbackCount = 0
    /// The quality over the contact's whole history (`QualityModel.lifetime`): the value the revive
    /// advice uses, the same number `suggest` prints as "value".
    public var lifetimeQuality: Double?
    /// 0–1, `nil` when the kind weighs none of the KPIs available.
    public var quality: Double?
    /// The tie with the ego (or, without an ego, the contact's strongest tie).
    public var strength: Double?
    public var tieClass: TieClass?
    public var advice: Advice = .none
    /// The tie `strength` and `tieClass` describe.
    public var tie: Tie?

    public init(contact: ContactIndex) { self.contact = contact }
}

extension Workspace {
    /// Contact quality for every contact (SPEC §5.2) as of `asOf`, with the ties computed by
    /// `strengths` (for the advice).
    ///
    /// Scores (each 0–1): revenue R/(R + R_ref) with R = won revenue + credited revenue and R_ref the
    /// reference (default the median R of contacts with R > 0), both in the base currency; satisfaction the mean of
    /// (CSAT − 1)/4 and (NPS + 100)/200; responsiveness answered share × (½ + ½ · 2^(−median h/24));
    /// openness agreed/asked; delivery 0.7 · on-time rate + 0.3 · e^(−mean delay/scale).
    /// quality = Σ wₖ scoreₖ / Σ wₖ over the scores the kind weighs and the contact has (revenue is
    /// always known, 0 when there is none). Amounts are converted to the base currency first
    /// (`Workspace.money`); an amount in a currency without a rate stays apart (`revenueApart`) and
    /// scores nothing, so that 1,500,000 RUB is never read as 1,500,000 euros.
    /// A KPI on fewer than `minSample` observations (answers expected, introductions asked,
    /// feedback scores, deliveries due) is not scored: listed in `notEnoughData`, it does not
    /// count toward the quality nor, through it, the advice.
    ///
    /// - Complexity: O(C + I·k + D + F + V) for C contacts, I interactions of k participants, D deals,
    ///   F feedback rows and V deliveries, plus the ties.
    public func contactQuality(strengths: TieStrengths, model: QualityModel) -> [ContactQuality] {
        var q = windowQuality(strengths: strengths, model: model)
        let lifetime = model.windowDays >= model.lifetime.windowDays ? q
            : windowQuality(strengths: strengths, model: model.lifetime)
        for c in q.indices {
            q[c].lifetimeQuality = lifetime[c].quality
            q[c].advice = advice(q[c], model: model, tieModel: strengths.model, asOf: strengths.asOf)
        }
        return q
    }

    private func windowQuality(strengths: TieStrengths, model: QualityModel) -> [ContactQuality] {
        let asOf = strengths.asOf
        let window = KPIWindow(asOf: asOf, model: model)
        func inWindow(_ d: Date) -> Bool { window.contains(d) }
        var q = contacts.indices.map { ContactQuality(contact: ContactIndex($0)) }
        var replies = [[Double]](repeating: [], count: contacts.count)

        for i in interactions where inWindow(i.date) {
            q[Int(i.from)].touches += 1
            let expects = i.replyHours != nil || i.channel == .email || i.channel == .message
            // Each recipient once, the sender never: a scan of the earlier recipients for the usual
            // short lists, a set for long ones (no hashing, no allocation per e-mail).
            var seen: Set<ContactIndex>? = i.to.count > 16 ? Set([i.from]) : nil
            for (k, r) in i.to.enumerated() {
                if seen != nil {
                    guard seen!.insert(r).inserted else { continue }
                } else if r == i.from || i.to[..<k].contains(r) {
                    continue
                }
                q[Int(r)].touches += 1
                if expects {
                    q[Int(r)].expectedAnswers += 1
                    if let h = i.replyHours { replies[Int(r)].append(h) }
                }
            }
        }
        let money = self.money
        for deal in deals where deal.status == .won && inWindow(deal.date) {
            let c = Int(deal.contact), inBase = money.toBase(deal.amount, deal.currency)
            q[c].dealsWon += 1
            if let inBase { q[c].revenue += inBase } else { q[c].revenueApart[deal.currency, default: 0] += deal.amount }
            if let s = deal.source.map(Int.init), s != c {
                q[s].creditedDeals += 1
                if let inBase { q[s].creditedRevenue += inBase } else { q[s].creditedRevenueApart[deal.currency, default: 0] += deal.amount }
            }
        }
        for intro in introductions where inWindow(intro.date) {
            q[Int(intro.introducer)].introductionsAsked += 1
            if [.made, .accepted, .converted].contains(intro.status) { q[Int(intro.introducer)].introductionsAgreed += 1 }
            if intro.to != intro.introducer {
                q[Int(intro.to)].introductionsAsked += 1
                if [.accepted, .converted].contains(intro.status) { q[Int(intro.to)].introductionsAgreed += 1 }
            }
        }
        var csat = [[Double]](repeating: [], count: contacts.count), nps = csat
        for f in feedback where inWindow(f.date) {
            switch f.scale {
            case .csat: csat[Int(f.contact)].append(f.score)
            case .nps: nps[Int(f.contact)].append(f.score)
            }
        }
        var onTime = [Int](repeating: 0, count: contacts.count), delay = [Double](repeating: 0, count: contacts.count)
        for d in deliveries where inWindow(d.due) {
            let s = Int(d.supplier)
            q[s].deliveries += 1
            if let delivered = d.delivered, delivered <= asOf {
                let late = ISODate.daysBetween(d.due, delivered)
                if late <= 0 { onTime[s] += 1 } else { delay[s] += late }
            } else {
                delay[s] += max(0, ISODate.daysBetween(d.due, asOf))
                if d.due >= asOf { onTime[s] += 1 }  // due today, not late yet
            }
        }

        let months = model.windowDays / (365.25 / 12)
        var totals = [Double]()
        for c in q.indices {
            q[c].touchesPerMonth = Double(q[c].touches) / months
            if q[c].expectedAnswers > 0 { q[c].answeredShare = Double(replies[c].count) / Double(q[c].expectedAnswers) }
            q[c].medianReplyHours = kpiMedian(replies[c])
            if q[c].introductionsAsked > 0 {
                q[c].openness = Double(q[c].introductionsAgreed) / Double(q[c].introductionsAsked)
            }
            q[c].feedbackCount = csat[c].count + nps[c].count
            if !csat[c].isEmpty { q[c].csat = csat[c].reduce(0, +) / Double(csat[c].count) }
            if !nps[c].isEmpty {
                let promoters = nps[c].filter { $0 >= 9 }.count, detractors = nps[c].filter { $0 <= 6 }.count
                q[c].nps = 100 * Double(promoters - detractors) / Double(nps[c].count)
            }
            if q[c].deliveries > 0 {
                q[c].onTimeRate = Double(onTime[c]) / Double(q[c].deliveries)
                q[c].meanDelayDays = delay[c] / Double(q[c].deliveries)
            }
            let total = q[c].revenue + q[c].creditedRevenue
            if total > 0 { totals.append(total) }
        }
        let reference = model.revenueReference ?? kpiMedian(totals) ?? 1

        // The tie that matters for the advice: with the ego, else the contact's strongest.
        // Tie positions, not copies of ties (a Tie is ~160 bytes), and no array per tie.
        var best = [Int](repeating: -1, count: contacts.count)
        let ties = strengths.ties
        func offer(_ k: Int, to x: ContactIndex, from y: ContactIndex) {
            if let me, y != me { return }
            if best[Int(x)] < 0 || ties[best[Int(x)]].strength < ties[k].strength { best[Int(x)] = k }
        }
        for k in ties.indices {
            offer(k, to: ties[k].a, from: ties[k].b)
            offer(k, to: ties[k].b, from: ties[k].a)
        }

        for c in q.indices {
            var s = [QualityModel.Score: Double]()
            let total = q[c].revenue + q[c].creditedRevenue
            s[.revenue] = total / (total + reference)
            var sat = [Double]()
            if let x = q[c].csat { sat.append(min(1, max(0, (x - 1) / 4))) }
            if let x = q[c].nps { sat.append((x + 100) / 200) }
            if !sat.isEmpty { s[.satisfaction] = sat.reduce(0, +) / Double(sat.count) }
            if let share = q[c].answeredShare {
                s[.responsiveness] = share * (0.5 + 0.5 * exp2(-(q[c].medianReplyHours ?? 0) / 24))
            }
            if let o = q[c].openness { s[.openness] = o }
            if let r = q[c].onTimeRate, let d = q[c].meanDelayDays {
                s[.delivery] = 0.7 * r + 0.3 * exp(-d / model.delayScaleDays)
            }
            func sample(_ score: QualityModel.Score) -> Int? {
                switch score {
                case .satisfaction: q[c].feedbackCount
                case .responsiveness: q[c].expectedAnswers
                case .openness: q[c].introductionsAsked
                case .delivery: q[c].deliveries
                case .revenue: nil   // always scored
                }
            }
            for score in QualityModel.Score.allCases {
                if s[score] != nil, let n = sample(score), n < model.minSample {
                    s[score] = nil
                    q[c].notEnoughData.append(score)
                }
            }
            q[c].scores = s
            let weights = model.weights[contacts[c].kind] ?? [:]
            // Summed in the fixed order of `Score.allCases`, not the dictionary's (which changes from
            // run to run), so that the score is the same to the last digit every time.
            var sum = 0.0, weightSum = 0.0
            for score in QualityModel.Score.allCases {
                if let w = weights[score], w > 0, let v = s[score] { sum += w * v; weightSum += w }
            }
            q[c].quality = weightSum > 0 ? sum / weightSum : nil
            if ContactIndex(c) == me { q[c].quality = nil }
            if best[c] >= 0 {
                q[c].strength = ties[best[c]].strength
                q[c].tieClass = ties[best[c]].tieClass
                q[c].tie = ties[best[c]]
            }
        }
        return q
    }

    /// The one definition of "worth reviving", used by `contacts` (advice revive) and `suggest`
    /// (dormant ties worth reviving): the tie is dormant, its peak reached the strong threshold, it
    /// has been silent for `dormantAfterDays` or more, and the contact's lifetime value is at least
    /// `valuable`.
    public static func isWorthReviving(_ tie: Tie, value: Double, tieModel: TieStrengthModel, valuable: Double,
                                       asOf: Date) -> Bool {
        let silentDays = tie.lastTouch.map { ISODate.daysBetween($0, asOf) } ?? .infinity
        return tie.tieClass == .dormant && tie.peak >= tieModel.strongThreshold
            && silentDays >= tieModel.dormantAfterDays && value >= valuable
    }

    /// The advice, in order: revive (``isWorthReviving(_:value:tieModel:valuable:asOf:)``, on the
    /// lifetime value); then on the quality over the window, valuable → keep (strong or medium tie)
    /// or invest (weak, fading, dormant or no tie); low value for a high effort, when the value
    /// rests on evidence (some revenue or a weighed KPI with enough data) and the contact's
    /// lifetime value is below `valuable` too → review; else none.
    func advice(_ c: ContactQuality, model: QualityModel, tieModel: TieStrengthModel, asOf: Date) -> Advice {
        if let tie = c.tie, (me == nil || tie.a == me || tie.b == me),
           Self.isWorthReviving(tie, value: c.lifetimeQuality ?? 0, tieModel: tieModel, valuable: model.valuable, asOf: asOf) {
            return .revive
        }
        guard let quality = c.quality else { return .none }
        if quality >= model.valuable {
            switch c.tieClass {
            case .strong, .medium: return .keep
            case .weak, .fading, .dormant, nil: return .invest
            }
        }
        // Review only on evidence: some revenue, or a KPI the kind weighs (besides revenue) with
        // enough data. A quality of 0 that only says "no deals, everything else too thin" is not a
        // reason to reconsider a contact (Helen Clarke, a mentor, was "review" on that alone).
        let weights = model.weights[contacts[Int(c.contact)].kind] ?? [:]
        let evidenced = c.revenue + c.creditedRevenue > 0
            || c.scores.keys.contains { $0 != .revenue && (weights[$0] ?? 0) > 0 }
        // Nor is a quiet year of a contact whose whole history is valuable (a client between yearly
        // renewals — Laura Jansen on the demo, 66,000 EUR over two Septembers — is not "low value").
        let valuableOverall = (c.lifetimeQuality ?? 0) >= model.valuable
        if evidenced && !valuableOverall && quality < model.lowValue
            && c.touchesPerMonth >= model.highEffortTouchesPerMonth { return .review }
        return .none
    }
}

/// The median (mean of the two middle values for an even count); `nil` for no values.
func kpiMedian(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted(), n = s.count
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
}

extension Array where Element == ContactQuality {
    /// The contacts other than `me`, best quality first (unrated last, equal ones by id), optionally
    /// only one kind or one advice: the order of `liaison contacts`.
    public func bestFirst(in ws: Workspace, kind: ContactKind? = nil, advice: Advice? = nil) -> [ContactQuality] {
        filter { $0.contact != ws.me && (kind == nil || ws[$0.contact].kind == kind) && (advice == nil || $0.advice == advice) }
            .sorted {
                let x = $0.quality ?? -1, y = $1.quality ?? -1
                return x != y ? x > y : ws[$0.contact].id < ws[$1.contact].id
            }
    }
}
