import Foundation
import LiaisonGraph

//===----------------------------------------------------------------------===//
// Planning on a workspace: tie strengths, values, do-not-ask, declined introductions
//===----------------------------------------------------------------------===//

/// A plan together with what is needed to say it in words: the workspace, its ties and the
/// contacts' KPIs.
public struct IntroductionPlanReport: Sendable {
    public var workspace: Workspace
    public var strengths: TieStrengths
    /// KPIs over the quality window (responsiveness, openness of introducers).
    public var quality: [ContactQuality]
    public var plan: IntroductionPlan
    /// What you did with each contact in the 90 days before the date, by channel.
    var recentTouches: [Int: [Channel: Int]]
    var lastTouch: [Int: Date]
}

extension Workspace {
    /// The introducer steps earlier introductions were declined on: (introducer, to) for every
    /// introductions.csv row with status `declined`.
    public var declinedIntroductionSteps: [(Int, Int)] {
        introductions.filter { $0.status == .declined }.map { (Int($0.introducer), Int($0.to)) }
    }

    /// The introductions you asked for by `date` whose latest row is still `requested` (no
    /// outcome recorded yet), as (introducer, target, date asked).
    public func pendingIntroductionRequests(ego: ContactIndex, asOf date: Date) -> [PendingRequest] {
        var latest = [[ContactIndex]: Introduction]()
        for i in introductions where i.date <= date && i.from == ego {
            let key = [i.introducer, i.to]
            if latest[key].map({ $0.date <= i.date }) ?? true { latest[key] = i }
        }
        return latest.values.filter { $0.status == .requested }
            .sorted { ($0.date, $0.introducer, $0.to) < ($1.date, $1.introducer, $1.to) }
            .map { PendingRequest(introducer: Int($0.introducer), target: Int($0.to), date: $0.date) }
    }

    /// The planner for this workspace as of `asOf`: the network of tie strengths, each contact's
    /// value (its contact-quality score over its whole history, so that a dormant but once
    /// valuable contact keeps its value), do-not-ask tags and declined introductions.
    ///
    /// `graph`: `strengthGraph(from: strengths).graph` when the caller has it already.
    public func introductionPlanner(strengths: TieStrengths, qualityModel: QualityModel, ego: ContactIndex,
                                    options: PlanningOptions, graph: Graph? = nil) -> IntroductionPlanner {
        let graph = graph ?? strengthGraph(from: strengths).graph
        var lifetime = qualityModel
        lifetime.windowDays = 200 * 365.25
        let value = contactQuality(strengths: strengths, model: lifetime).map { $0.quality ?? 0 }
        return IntroductionPlanner(graph: graph, contacts: contacts, ego: Int(ego), value: value,
                                   declinedSteps: declinedIntroductionSteps,
                                   pendingRequests: pendingIntroductionRequests(ego: ego, asOf: strengths.asOf), options: options)
    }

    /// Plans `goals` (SPEC §5.7) and keeps what is needed to explain the plan.
    public func introductionPlan(goals: [Goal], ego: ContactIndex, asOf date: Date? = nil,
                                 options: PlanningOptions = .init()) throws -> IntroductionPlanReport {
        let strengths = tieStrengths(asOf: date, model: config.tieStrength)
        return try introductionPlan(goals: goals, ego: ego, strengths: strengths, options: options)
    }

    /// The same from ties already computed (their date is the plan's). A caller that has also
    /// computed their strength graph (`strengthGraph(from:)`) and contact quality (liaison.toml's
    /// model, `contactQuality(strengths:model:)`) passes them, and they are not computed again.
    public func introductionPlan(goals: [Goal], ego: ContactIndex, strengths: TieStrengths,
                                 options: PlanningOptions = .init(), graph: Graph? = nil,
                                 quality known: [ContactQuality]? = nil) throws -> IntroductionPlanReport {
        let qualityModel = config.quality
        let planner = introductionPlanner(strengths: strengths, qualityModel: qualityModel, ego: ego, options: options,
                                          graph: graph)
        let plan = try planner.plan(goals: goals)
        let quality = known ?? contactQuality(strengths: strengths, model: qualityModel)
        var recent = [Int: [Channel: Int]](), last = [Int: Date]()
        let asOf = strengths.asOf, quarter = asOf.addingTimeInterval(-90 * ISODate.secondsPerDay)
        for i in interactions where i.date <= asOf {
            var others = [ContactIndex]()
            if i.from == ego { others = i.to } else if i.to.contains(ego) { others = [i.from] }
            for o in Set(others) where o != ego {
                if i.date > quarter { recent[Int(o), default: [:]][i.channel, default: 0] += 1 }
                if last[Int(o)].map({ $0 < i.date }) ?? true { last[Int(o)] = i.date }
            }
        }
        return IntroductionPlanReport(workspace: self, strengths: strengths, quality: quality, plan: plan,
                                      recentTouches: recent, lastTouch: last)
    }
}

//===----------------------------------------------------------------------===//
// In words
//===----------------------------------------------------------------------===//

extension IntroductionPlanReport {
    private var ws: Workspace { workspace }
    private var ego: Int { plan.ego }
    /// A contact's name as written in sentences and terminal text: control characters and bidi
    /// overrides neutralised (JSON fields keep the name as it is, escaped).
    private func name(_ i: Int) -> String { TextTable.sanitize(ws.contacts[i].name) }

    /// "Boris Ivanov, investor at Nord Capital, fintech".
    public func describe(_ i: Int) -> String {
        let c = ws.contacts[i]
        var s = name(i) + ", " + c.kind.rawValue
        if !c.organization.isEmpty { s += " at " + TextTable.sanitize(c.organization) }
        if !c.industry.isEmpty { s += ", " + TextTable.sanitize(c.industry) }
        return s
    }

    /// Why ask this contact: your tie (class and what it rests on), how they answer, whether they
    /// introduce. "strong: met 6 times in the last 90 days; answered 9 of 10 messages in the last
    /// 12 months, usually within 5 hours; agreed to 2 of 2 introductions asked in the last 12 months"
    /// (the KPIs of `contacts`, over its `KPIWindow`).
    public func whyAsk(_ i: Int) -> String {
        var parts = [tieReason(i)]
        let q = quality[i]
        if let share = q.answeredShare, q.expectedAnswers > 0 {
            let answered = Int((share * Double(q.expectedAnswers)).rounded())
            let window = KPIWindow(asOf: strengths.asOf, model: ws.config.quality)
            var s = window.sample("answered", answered, of: q.expectedAnswers, q.expectedAnswers == 1 ? "message" : "messages")
            if let h = q.medianReplyHours { s += ", usually \(Self.within(h))" }
            if q.expectedAnswers < ws.config.quality.minSample { s += " (too few to judge)" }
            parts.append(s)
        }
        if q.introductionsAsked > 0 {
            let window = KPIWindow(asOf: strengths.asOf, model: ws.config.quality)
            parts.append(window.sample("agreed to", q.introductionsAgreed, of: q.introductionsAsked,
                                       q.introductionsAsked == 1 ? "introduction asked" : "introductions asked")
                         + (q.introductionsAsked < ws.config.quality.minSample ? " (too few to judge)" : ""))
        }
        return parts.joined(separator: "; ")
    }

    /// "strong: met 6 times and had 2 video calls in the last 90 days" (your tie with `i`).
    public func tieReason(_ i: Int) -> String {
        guard let tie = strengths.tie(ContactIndex(ego), ContactIndex(i)) else { return "no recorded tie" }
        let cls = tie.tieClass.rawValue
        if let recent = recentTouches[i], !recent.isEmpty {
            return "\(cls): \(Self.phrase(recent)) in the last 90 days"
        }
        if let last = lastTouch[i] {
            return "\(cls): last in touch on \(ISODate.dayString(last))"
        }
        return tie.declared != nil ? "\(cls): a declared tie" : "\(cls), strength \(Self.fmt(tie.strength))"
    }

    /// The plan step in one sentence.
    public func sentence(_ ask: PlannedAsk) -> String {
        let r = Self.fmt(ask.path.reliability)
        switch ask.action {
        case .reachOut:
            return "Reach out yourself to \(describe(ask.target)) — you know each other (\(tieReason(ask.target))); "
                + "tie strength \(r)."
        case .askIntroduction:
            let nodes = ask.path.nodes
            var s = "Ask \(name(nodes[1])) (\(whyAsk(nodes[1]))) to introduce you to "
            if nodes.count == 3 {
                s += describe(nodes[2])
            } else {
                s += name(nodes[2])
                for k in 3 ..< nodes.count - 1 { s += ", who can introduce you to \(name(nodes[k]))" }
                s += ", who can introduce you to \(describe(nodes[nodes.count - 1]))"
            }
            return s + " — path reliability \(r)."
        }
    }

    /// The draft of the request to the ask's introducer (`nil` when you reach out yourself): who to
    /// meet, why this introducer (their tie to the next person on the route), what to say; in
    /// the language of the introducer's name (`IntroductionDraft`).
    public func draft(_ ask: PlannedAsk) -> IntroductionDraft? {
        guard ask.action == .askIntroduction else { return nil }
        return IntroductionDraft.request(along: ask.path, goal: plan.goals[ask.goal].goal, contacts: ws.contacts,
                                         strengths: strengths)
    }

    /// The ties along an introduction path after the first: "Anna Petrova – Boris Ivanov: strong (0.72)".
    public func chain(_ path: IntroductionPath) -> [String] {
        zip(path.nodes.dropFirst(), path.nodes.dropFirst(2)).map { a, b in
            let tie = strengths.tie(ContactIndex(a), ContactIndex(b))
            let w = tie?.strength ?? 0
            return "\(name(a)) – \(name(b)): \(tie?.tieClass.rawValue ?? "tie") (\(Self.fmt(w)))"
        }
    }

    func route(_ p: IntroductionPath) -> String {
        (["you"] + p.nodes.dropFirst().map(name)).joined(separator: " → ") + " (\(Self.fmt(p.reliability)))"
    }

    /// The plan for people.
    public func text() -> String {
        var out = "Introduction plan for \(name(ego)) as of \(ISODate.dayString(strengths.asOf)) "
            + "(up to \(plan.options.paths) routes per target, at most \(plan.options.maxHops) ties long, "
            + "at most \(plan.options.budget) asks per introducer).\n"
        if plan.goals.isEmpty { out += "\nNo goals: add [[goal]] tables to liaison.toml or give --goal.\n" }
        for (g, gp) in plan.goals.enumerated() {
            let goal = gp.goal
            out += "\nGoal \(g + 1): \(TextTable.sanitize(goal.name)) — \(TextTable.sanitize(goal.filter.summary)); want \(goal.count)"
            if let d = goal.deadline {
                let days = ISODate.calendarDaysBetween(strengths.asOf, d)
                out += " by \(ISODate.dayString(d))" + (days >= 0 ? " (\(days) days left)" : " (passed \(-days) days ago)")
            }
            let planned = gp.asks.count
            out += ". \(gp.targets.count) matching contact\(gp.targets.count == 1 ? "" : "s"), \(planned) planned"
            if gp.alreadyAsked > 0 { out += ", \(gp.alreadyAsked) already asked" }
            out += gp.shortfall > 0 ? ", \(gp.shortfall) short.\n" : ".\n"
            for a in gp.asks {
                let ask = plan.asks[a]
                out += "  \(a + 1). \(sentence(ask))\n"
                if ask.action == .askIntroduction { out += "     Along the way: " + chain(ask.path).joined(separator: "; ") + ".\n" }
                if let d = draft(ask) { out += "     Draft to \(name(d.to)): \(d.text)\n" }
                if !ask.alternatives.isEmpty {
                    out += "     Other routes: " + ask.alternatives.map(route).joined(separator: "; ") + ".\n"
                }
            }
            let others = gp.targets.filter { $0.status != .planned }
            if !others.isEmpty {
                out += "  Also matching: " + others.prefix(8).map { t in
                    "\(name(t.contact)) (\(t.reason(among: gp.targets, contacts: ws.contacts, options: plan.options, asOf: strengths.asOf)))"
                }.joined(separator: ", ") + (others.count > 8 ? ", and \(others.count - 8) more" : "") + ".\n"
            }
            if !gp.bridges.isEmpty {
                out += "  To get closer to the unreachable ones, start with: " + gp.bridges.map { b in
                    let from = b.hopsFromYou.map { "\($0) tie\($0 == 1 ? "" : "s") from you" } ?? "not connected to you"
                    return "\(name(b.contact)) (\(from), \(b.hopsToGoal) from the goal's contacts, betweenness \(Self.fmt(b.betweenness)))"
                }.joined(separator: "; ") + ".\n"
            }
            if gp.targets.isEmpty { out += "  No contact matches yet: add prospects to contacts.csv, or widen the filter.\n" }
        }
        return out
    }

    /// The plan for scripts (documented in docs/planning.md).
    public func json() -> JSONValue {
        func ref(_ i: Int) -> JSONValue { .object([("id", .string(ws.contacts[i].id)), ("name", .string(ws.contacts[i].name))]) }
        func ids(_ p: IntroductionPath) -> JSONValue { .array(p.nodes.map { .string(ws.contacts[$0].id) }) }
        let asks: [JSONValue] = plan.asks.enumerated().map { k, ask in
            let c = ws.contacts[ask.target]
            var why: JSONValue = .null
            if ask.action == .askIntroduction {
                let x = ask.path.nodes[1], q = quality[x]
                let tie = strengths.tie(ContactIndex(ego), ContactIndex(x))
                why = .object([("strength", .number(tie?.strength)), ("class", .string(tie?.tieClass.rawValue)),
                               ("reason", .string(tieReason(x))), ("answered_share", .number(q.answeredShare)),
                               ("median_reply_hours", .number(q.medianReplyHours)),
                               ("introductions_asked", .integer(q.introductionsAsked)),
                               ("introductions_agreed", .integer(q.introductionsAgreed))])
            }
            return .object([
                ("step", .integer(k + 1)), ("goal", .string(plan.goals[ask.goal].goal.name)),
                ("action", .string(ask.action.rawValue)),
                ("ask", ask.action == .askIntroduction ? ref(ask.path.nodes[1]) : .null),
                ("target", .object([("id", .string(c.id)), ("name", .string(c.name)), ("kind", .string(c.kind.rawValue)),
                                    ("organization", .string(c.organization)), ("industry", .string(c.industry))])),
                ("path", ids(ask.path)), ("reliability", .number(ask.path.reliability)),
                ("value", .number(ask.value)), ("score", .number(ask.score)), ("why", why),
                ("text", .string(sentence(ask))),
                ("draft", draft(ask).map { d in .object([("to", ref(d.to)), ("language", .string(d.language.rawValue)),
                                                         ("text", .string(d.text))]) } ?? .null),
                ("alternatives", .array(ask.alternatives.map { .object([("path", ids($0)), ("reliability", .number($0.reliability))]) })),
            ])
        }
        let goals: [JSONValue] = plan.goals.map { gp in
            .object([
                ("name", .string(gp.goal.name)), ("filter", .string(gp.goal.filter.summary)),
                ("count", .integer(gp.goal.count)), ("deadline", .string(gp.goal.deadline.map(ISODate.dayString))),
                ("matched", .integer(gp.targets.count)), ("planned", .integer(gp.asks.count)),
                ("already_asked", .integer(gp.alreadyAsked)), ("shortfall", .integer(gp.shortfall)),
                ("targets", .array(gp.targets.map { t in
                    .object([("id", .string(ws.contacts[t.contact].id)), ("name", .string(ws.contacts[t.contact].name)),
                             ("value", .number(t.value)), ("reliability", .number(t.reliability)),
                             ("status", .string(t.status.rawValue))])
                })),
                ("bridges", .array(gp.bridges.map { b in
                    .object([("id", .string(ws.contacts[b.contact].id)), ("name", .string(ws.contacts[b.contact].name)),
                             ("hops_from_you", b.hopsFromYou.map { .integer($0) } ?? .null),
                             ("hops_to_goal", .integer(b.hopsToGoal)), ("betweenness", .number(b.betweenness))])
                })),
            ])
        }
        let load: [JSONValue] = plan.load.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { x, n in
            .object([("id", .string(ws.contacts[x].id)), ("name", .string(ws.contacts[x].name)), ("asks", .integer(n))])
        }
        return .object([
            ("as_of", .string(ISODate.dayString(strengths.asOf))), ("ego", ref(ego)),
            ("options", .object([("paths", .integer(plan.options.paths)), ("max_hops", .integer(plan.options.maxHops)),
                                 ("budget", .integer(plan.options.budget))])),
            ("asks", .array(asks)), ("goals", .array(goals)), ("load", .array(load)),
        ])
    }

    /// Two decimals, or two significant digits below 0.01 (a reliability of 0.004 is not 0.00).
    static func fmt(_ x: Double) -> String {
        x > 0 && x < 0.01 ? String(format: "%.2g", x) : String(format: "%.2f", x)
    }

    static func within(_ hours: Double) -> String {
        if hours < 1 { return "within the hour" }
        if hours < 23.5 { let h = Int(hours.rounded()); return "within \(h) hour\(h == 1 ? "" : "s")" }
        if hours < 48 { return "within a day" }
        return "within \(Int((hours / 24).rounded())) days"
    }

    static func phrase(_ counts: [Channel: Int]) -> String {
        func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
        var parts = [String]()
        for channel in Channel.allCases {
            guard let n = counts[channel], n > 0 else { continue }
            switch channel {
            case .meeting: parts.append("met \(times(n))")
            case .call: parts.append("spoke on the phone \(times(n))")
            case .video: parts.append("had \(n) video call\(n == 1 ? "" : "s")")
            case .event: parts.append("were at \(n) event\(n == 1 ? "" : "s") together")
            case .email: parts.append("exchanged \(n) e-mail\(n == 1 ? "" : "s")")
            case .message: parts.append("exchanged \(n) message\(n == 1 ? "" : "s")")
            case .other: parts.append("were in touch \(times(n))")
            }
        }
        if parts.count <= 1 { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
