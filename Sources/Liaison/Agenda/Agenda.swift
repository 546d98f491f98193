import Foundation

//===----------------------------------------------------------------------===//
// liaison agenda: who to get in touch with now, and why
//===----------------------------------------------------------------------===//

/// Why a contact is on the agenda, in the order the agenda lists them.
public enum AgendaReason: String, CaseIterable, Sendable, Comparable {
    /// Silent for longer than your usual rhythm with them allows (`TouchRhythm`).
    case overdue
    /// A strong tie fading (`Workspace.isStrongTieFading`).
    case fading
    /// A dormant tie worth reviving (`Workspace.isWorthReviving`).
    case revive
    /// A step of the plan toward an open goal (`Workspace.introductionPlan`).
    case goal
    /// An introduction asked for with no outcome yet (introductions.csv, status `requested`).
    case promise

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One contact on the agenda: every reason it is there (the first decides its place), each said
/// in words, and the channel to use.
public struct AgendaItem: Sendable, Equatable {
    public var contact: Int
    /// The reasons, first = the one that places the item.
    public var reasons: [AgendaReason]
    /// One sentence per reason, in the same order: "usually every 3 weeks; last touch 7 weeks ago".
    public var why: [String]
    /// The channel that got answers before (`nil` when you were never in touch).
    public var channel: Channel?
    /// "answered 4 times, reached out 2 times" for the channel; "" when nothing worked yet.
    public var channelEvidence: String
    public var lastTouch: Date?
    /// Your rhythm with the contact, when you were in touch on two days or more.
    public var rhythm: TouchRhythm?
    /// Your tie (strength and class), when there is one.
    public var strength: Double?
    public var tieClass: TieClass?
    /// Order inside the first reason's group (larger first).
    public var urgency: Double

    public var reason: AgendaReason { reasons[0] }
}

/// `liaison agenda`: the items in order, and what was left out.
public struct Agenda: Sendable, Equatable {
    public var asOf: Date
    /// Look-ahead: ties whose touch falls due within this many days are listed.
    public var days: Int
    public var ego: Int
    public var items: [AgendaItem]
    /// Contacts left out because they are snoozed on the date.
    public var snoozed: Int
    /// Contacts marked "no cadence" that would otherwise have been listed.
    public var noCadence: Int
}

extension Workspace {
    /// The agenda of SPEC-style "who should I contact this week" (issue 15), as of `asOf`
    /// (default: the workspace's date), looking `days` ahead.
    ///
    /// The groups, in order:
    /// 1. overdue: you were in touch on two days or more, the rhythm is not irregular, and the
    ///    silence since the last touch reaches `TouchRhythm.dueAfterDays` within `days` days — but
    ///    not yet `dormantAfterDays` (a tie silent that long is dormant, group 3's business);
    ///    most overdue (silence ÷ allowance × (½ + ½ strength)) first;
    /// 2. fading: `isStrongTieFading`, ordered as `suggest` orders them ((½ + ½ value)·(past − now));
    /// 3. revive: `isWorthReviving` on the lifetime value, ordered by value × peak strength;
    /// 4. goal: the contact to approach for each ask of the plan (`introductionPlan`) toward the
    ///    goals of liaison.toml whose deadline is not past: the first introducer, or the target
    ///    when you reach out yourself; in plan order;
    /// 5. promise: introductions.csv rows still `requested`, dated up to the date, that you made
    ///    (follow up with the introducer) or were asked to make (get back to the one who asked);
    ///    oldest first.
    /// A contact in several groups is listed once, in its first group, with every reason.
    /// Contacts snoozed on the date (cadence.csv) are left out entirely; contacts marked "no
    /// cadence" are left out of groups 1–3 (a promise or a goal step is still listed).
    ///
    /// - Complexity: O(I·k + P + C) for the history, the ties and the contacts, plus the planner
    ///   when there are open goals.
    public func agenda(ego: ContactIndex, asOf date: Date? = nil, days: Int = 7,
                       cadenceModel: CadenceModel = .init()) throws -> Agenda {
        let tieModel = config.tieStrength
        let strengths = tieStrengths(asOf: date, model: tieModel)
        let asOf = strengths.asOf
        let asOfDay = ISODate.calendarDay(asOf)
        let quality = contactQuality(strengths: strengths, model: config.quality)
        let value = quality.map { $0.lifetimeQuality ?? 0 }
        let touches = EgoTouches(self, ego: ego, asOfDay: asOfDay, maxGroupSize: tieModel.maxGroupSize)

        var settings = [ContactIndex: CadenceSetting]()
        for s in cadence { settings[s.contact] = s }
        var snoozedContacts = Set<ContactIndex>(), quietContacts = Set<ContactIndex>()
        func admitted(_ c: ContactIndex, _ reason: AgendaReason) -> Bool {
            guard c != ego, let s = settings[c] else { return c != ego }
            if s.isSnoozed(on: asOf) { snoozedContacts.insert(c); return false }
            if s.noCadence && reason <= .revive { quietContacts.insert(c); return false }
            return true
        }

        var found = [ContactIndex: (reasons: [AgendaReason], why: [String], urgency: [Double])]()
        func add(_ c: ContactIndex, _ reason: AgendaReason, _ why: String, urgency: Double) {
            var entry = found[c] ?? ([], [], [])
            entry.reasons.append(reason); entry.why.append(why); entry.urgency.append(urgency)
            found[c] = entry
        }
        var myTie = [ContactIndex: Tie]()
        for t in strengths.ties where t.a == ego || t.b == ego { myTie[t.a == ego ? t.b : t.a] = t }
        func strength(_ c: ContactIndex) -> Double { myTie[c]?.strength ?? 0 }

        // 1. Overdue against the tie's own rhythm.
        var rhythms = [ContactIndex: TouchRhythm]()
        for (c, list) in touches.days {
            let rhythm = TouchRhythm(days: list, model: cadenceModel)
            rhythms[c] = rhythm
            guard rhythm.gaps >= 1, !rhythm.isIrregular else { continue }
            let silence = Double(asOfDay - rhythm.lastTouchDay)
            guard silence + Double(days) >= rhythm.dueAfterDays, silence < tieModel.dormantAfterDays,
                  admitted(c, .overdue) else { continue }
            var why = "usually \(DaySpan.every(rhythm.typicalGapDays)); last touch \(silence < 0.5 ? "today" : DaySpan.words(silence) + " ago")"
            if rhythm.leansOnPrior {
                why += " (only \(rhythm.touchDays) touches so far: the rhythm leans on the \(Int(cadenceModel.priorGapDays))-day default)"
            }
            if silence < rhythm.dueAfterDays {
                why += "; due in \(DaySpan.words(rhythm.dueAfterDays - silence))"
            }
            add(c, .overdue, why, urgency: silence / rhythm.dueAfterDays * (0.5 + 0.5 * strength(c)))
        }

        // 2–3. Strong ties fading; dormant ties worth reviving.
        for (c, tie) in myTie {
            if Self.isStrongTieFading(tie, model: tieModel), admitted(c, .fading) {
                add(c, .fading, "a strong tie fading: \(fmt2(tie.past)) \(DaySpan.words(tieModel.fadingWindowDays)) ago, \(fmt2(tie.strength)) now",
                    urgency: (0.5 + 0.5 * value[Int(c)]) * (tie.past - tie.strength))
            }
            if Self.isWorthReviving(tie, value: value[Int(c)], tieModel: tieModel, valuable: config.quality.valuable, asOf: asOf),
               admitted(c, .revive) {
                let silent = tie.lastTouch.map { "silent for \(DaySpan.words(Double(asOfDay - ISODate.calendarDay($0))))" } ?? "never touched"
                add(c, .revive, "dormant, \(silent); once strong (peak \(fmt2(tie.peak))) and valuable (\(fmt2(value[Int(c)])))",
                    urgency: value[Int(c)] * tie.peak)
            }
        }

        // 4. Steps of the plan toward open goals.
        let open = config.goals.filter { $0.deadline.map { ISODate.calendarDay($0) >= asOfDay } ?? true }
        if !open.isEmpty {
            let report = try introductionPlan(goals: open, ego: ego, strengths: strengths, options: config.planning)
            let plan = report.plan
            for (k, ask) in plan.asks.enumerated() {
                let goal = plan.goals[ask.goal].goal.name
                let target = contacts[ask.target].name
                let c: ContactIndex, why: String
                switch ask.action {
                case .reachOut:
                    c = ContactIndex(ask.target)
                    why = "goal \"\(goal)\": reach out yourself (path reliability \(fmt2(ask.path.reliability)))"
                case .askIntroduction:
                    c = ContactIndex(ask.path.nodes[1])
                    why = "goal \"\(goal)\": ask for an introduction to \(target) (path reliability \(fmt2(ask.path.reliability)))"
                }
                if admitted(c, .goal) { add(c, .goal, why, urgency: -Double(k)) }
            }
        }

        // 5. Promises: introductions asked for, no outcome yet.
        for (k, intro) in introductions.enumerated() where intro.status == .requested && ISODate.calendarDay(intro.date) <= asOfDay {
            let age = DaySpan.words(Double(asOfDay - ISODate.calendarDay(intro.date)))
            let day = ISODate.dayString(intro.date)
            if intro.introducer == ego, intro.from != ego {
                if admitted(intro.from, .promise) {
                    add(intro.from, .promise, "you were asked on \(day) to introduce them to \(contacts[Int(intro.to)].name); no outcome yet (\(age))",
                        urgency: Double(asOfDay - ISODate.calendarDay(intro.date)) - Double(k) * 1e-9)
                }
            } else if intro.from == ego, intro.introducer != ego {
                if admitted(intro.introducer, .promise) {
                    add(intro.introducer, .promise, "you asked them on \(day) to introduce you to \(contacts[Int(intro.to)].name); no outcome yet (\(age))",
                        urgency: Double(asOfDay - ISODate.calendarDay(intro.date)) - Double(k) * 1e-9)
                }
            }
        }

        var items = [AgendaItem]()
        for (c, entry) in found {
            // The reasons in group order (a contact can hold several promises or goal steps).
            let order = entry.reasons.indices.sorted {
                entry.reasons[$0] != entry.reasons[$1] ? entry.reasons[$0] < entry.reasons[$1]
                    : entry.urgency[$0] > entry.urgency[$1]
            }
            let channel = touches.suggestedChannel(c)
            var evidence = ""
            if let ch = channel, ch.worked > 0 {
                var parts = [String]()
                if ch.answered > 0 { parts.append("answered \(ch.answered) time\(ch.answered == 1 ? "" : "s")") }
                if ch.started > 0 { parts.append("reached out \(ch.started) time\(ch.started == 1 ? "" : "s")") }
                evidence = parts.joined(separator: ", ")
            }
            let rhythm = rhythms[c]
            items.append(AgendaItem(
                contact: Int(c), reasons: order.map { entry.reasons[$0] }, why: order.map { entry.why[$0] },
                channel: channel?.channel, channelEvidence: evidence,
                lastTouch: rhythm.map { ISODate.date(days: Double($0.lastTouchDay)) },
                rhythm: (rhythm?.gaps ?? 0) >= 1 ? rhythm : nil,
                strength: myTie[c]?.strength, tieClass: myTie[c]?.tieClass, urgency: entry.urgency[order[0]]))
        }
        items.sort {
            if $0.reason != $1.reason { return $0.reason < $1.reason }
            if $0.urgency != $1.urgency { return $0.urgency > $1.urgency }
            return contacts[$0.contact].id < contacts[$1.contact].id
        }
        return Agenda(asOf: asOf, days: days, ego: Int(ego), items: items,
                      snoozed: snoozedContacts.count, noCadence: quietContacts.subtracting(found.keys).count)
    }
}

private func fmt2(_ x: Double) -> String { String(format: "%.2f", x) }
