import Foundation

//===----------------------------------------------------------------------===//
// TeamPlan printed: sentences for people, CSV and JSON for scripts (`liaison plan --help`)
//===----------------------------------------------------------------------===//

extension TeamPlan {
    private static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
    private func name(_ ws: Workspace, _ i: Int) -> String { TextTable.sanitize(ws.contacts[i].name) }

    /// "Boris Ivanov, investor at Nord Capital, fintech".
    private func describe(_ ws: Workspace, _ i: Int) -> String {
        let c = ws.contacts[i]
        var s = name(ws, i) + ", " + c.kind.rawValue
        if !c.organization.isEmpty { s += " at " + TextTable.sanitize(c.organization) }
        if !c.industry.isEmpty { s += ", " + TextTable.sanitize(c.industry) }
        return s
    }

    /// The owner's tie with `x` in their own view.
    private func tie(_ ask: TeamAsk, _ x: Int) -> Tie? {
        guard let k = owners.firstIndex(of: ask.owner) else { return nil }
        return strengths[k].tie(ContactIndex(ask.owner), ContactIndex(x))
    }

    /// The draft of the request to the ask's introducer, written from the member who owns the
    /// first hop, on that member's ties (`IntroductionDraft.request(along:)`, as the single-owner
    /// plan drafts); `nil` when the member reaches out themselves.
    public func draft(_ ask: TeamAsk, in ws: Workspace) -> IntroductionDraft? {
        guard ask.action == .askIntroduction, let k = owners.firstIndex(of: ask.owner) else { return nil }
        return IntroductionDraft.request(along: ask.path, goal: goals[ask.goal], contacts: ws.contacts, strengths: strengths[k])
    }

    /// The step in one sentence, naming who should ask and how the other owners compare.
    public func sentence(_ ask: TeamAsk, in ws: Workspace) -> String {
        let who = name(ws, ask.owner), r = Self.fmt(ask.path.reliability)
        var s: String
        switch ask.action {
        case .reachOut:
            let cls = tie(ask, ask.target)?.tieClass.rawValue ?? "tie"
            s = "\(who) should reach out to \(describe(ws, ask.target)) — they know each other (\(cls), tie strength \(r))"
        case .askIntroduction:
            let nodes = ask.path.nodes
            let cls = tie(ask, nodes[1])?.tieClass.rawValue ?? "tie"
            s = "\(who) should ask \(name(ws, nodes[1])) (\(cls)) to introduce them to "
            if nodes.count == 3 {
                s += describe(ws, nodes[2])
            } else {
                s += name(ws, nodes[2])
                for k in 3 ..< nodes.count - 1 { s += ", who can introduce them to \(name(ws, nodes[k]))" }
                s += ", who can introduce them to \(describe(ws, nodes[nodes.count - 1]))"
            }
            s += " — path reliability \(r)"
        }
        let others = ask.byOwner.filter { $0.owner != ask.owner }
        if !others.isEmpty {
            s += "; from " + others.map { o in
                "\(name(ws, o.owner)): " + (o.reliability.map(Self.fmt) ?? "no route")
            }.joined(separator: ", ")
        }
        return s + "."
    }

    /// The plan for people.
    public func text(in ws: Workspace) -> String {
        var out = "Team introduction plan as of \(ISODate.dayString(asOf)) for "
            + owners.map { name(ws, $0) }.joined(separator: ", ")
            + " (the warmest route from anyone on the team; at most \(options.maxHops) ties long, "
            + "at most \(options.budget) asks per introducer).\n"
        if goals.isEmpty { out += "\nNo goals: add [[goal]] tables to liaison.toml or give --goal.\n" }
        for (g, goal) in goals.enumerated() {
            let mine = asks.enumerated().filter { $0.element.goal == g }
            out += "\nGoal \(g + 1): \(TextTable.sanitize(goal.name)) — \(TextTable.sanitize(goal.filter.summary)); want \(goal.count)"
            out += ". \(matched[g]) matching contact\(matched[g] == 1 ? "" : "s"), \(mine.count) planned"
            if alreadyAsked[g] > 0 { out += ", \(alreadyAsked[g]) already asked" }
            let short = goal.count - mine.count - alreadyAsked[g]
            out += short > 0 ? ", \(short) short.\n" : ".\n"
            for (k, ask) in mine {
                out += "  \(k + 1). \(sentence(ask, in: ws))\n"
                if let d = draft(ask, in: ws) { out += "     Draft to \(name(ws, d.to)): \(d.text)\n" }
            }
            let others = targets[g].filter { $0.status != .planned }
            if !others.isEmpty {
                out += "  Also matching: " + others.prefix(8).map { t in
                    "\(name(ws, t.contact)) (\(t.reason(among: targets[g], contacts: ws.contacts, options: options, asOf: asOf, team: true)))"
                }.joined(separator: ", ") + (others.count > 8 ? ", and \(others.count - 8) more" : "") + ".\n"
            }
        }
        var byAsker = [Int: Int]()
        for a in asks { byAsker[a.owner, default: 0] += 1 }
        if !asks.isEmpty {
            out += "\nWho asks: " + owners.map { "\(name(ws, $0)) \(byAsker[$0] ?? 0)" }.joined(separator: ", ") + ".\n"
        }
        return out
    }

    /// One row per step: `step,goal,asker,asker_name,action,ask,ask_name,target,target_name,path,reliability,value,score,text,draft_language,draft`
    /// (`draft` the request to the introducer, from the asker; empty when the asker reaches out).
    public func csv(in ws: Workspace) -> String {
        var w = CSVWriter()
        w.row(["step", "goal", "asker", "asker_name", "action", "ask", "ask_name", "target", "target_name", "path",
               "reliability", "value", "score", "text", "draft_language", "draft"])
        for (k, ask) in asks.enumerated() {
            w.number(k + 1); w.text(goals[ask.goal].name)
            w.text(ws.contacts[ask.owner].id); w.text(ws.contacts[ask.owner].name); w.text(ask.action.rawValue)
            if ask.action == .askIntroduction {
                w.text(ws.contacts[ask.path.nodes[1]].id); w.text(ws.contacts[ask.path.nodes[1]].name)
            } else {
                w.empty(); w.empty()
            }
            w.text(ws.contacts[ask.target].id); w.text(ws.contacts[ask.target].name)
            w.text(ask.path.nodes.map { ws.contacts[$0].id }.joined(separator: ";"))
            w.number(ask.path.reliability); w.number(ask.value); w.number(ask.score); w.text(sentence(ask, in: ws))
            if let d = draft(ask, in: ws) { w.text(d.language.rawValue); w.text(d.text) } else { w.empty(); w.empty() }
            w.endRow()
        }
        return w.output
    }

    /// The plan for scripts.
    public func json(in ws: Workspace) -> JSONValue {
        func ref(_ i: Int) -> JSONValue { .object([("id", .string(ws.contacts[i].id)), ("name", .string(ws.contacts[i].name))]) }
        return .object([
            ("as_of", .string(ISODate.dayString(asOf))), ("team", .array(owners.map(ref))),
            ("asks", .array(asks.enumerated().map { k, ask in
                .object([
                    ("step", .integer(k + 1)), ("goal", .string(goals[ask.goal].name)), ("asker", ref(ask.owner)),
                    ("action", .string(ask.action.rawValue)),
                    ("ask", ask.action == .askIntroduction ? ref(ask.path.nodes[1]) : .null),
                    ("target", ref(ask.target)), ("path", .array(ask.path.nodes.map { .string(ws.contacts[$0].id) })),
                    ("reliability", .number(ask.path.reliability)), ("value", .number(ask.value)), ("score", .number(ask.score)),
                    ("by_owner", .array(ask.byOwner.map { .object([("id", .string(ws.contacts[$0.owner].id)),
                                                                   ("reliability", .number($0.reliability))]) })),
                    ("text", .string(sentence(ask, in: ws))),
                    ("draft", draft(ask, in: ws).map { d in .object([("to", ref(d.to)), ("language", .string(d.language.rawValue)),
                                                                     ("text", .string(d.text))]) } ?? .null),
                ])
            })),
            ("goals", .array(goals.enumerated().map { g, goal in
                .object([("name", .string(goal.name)), ("count", .integer(goal.count)), ("matched", .integer(matched[g])),
                         ("planned", .integer(asks.filter { $0.goal == g }.count)), ("already_asked", .integer(alreadyAsked[g])),
                         ("targets", .array(targets[g].map { t in
                             .object([("id", .string(ws.contacts[t.contact].id)), ("name", .string(ws.contacts[t.contact].name)),
                                      ("value", .number(t.value)), ("reliability", .number(t.reliability)),
                                      ("status", .string(t.status.rawValue)),
                                      ("reason", t.status == .planned ? .null : .string(t.reason(among: targets[g], contacts: ws.contacts,
                                                                                                 options: options, asOf: asOf, team: true)))])
                         }))])
            })),
        ])
    }

    public func formatted(_ format: ResultFormat, in ws: Workspace) -> String {
        switch format {
        case .table: text(in: ws)
        case .csv: csv(in: ws)
        case .json: json(in: ws).serialized(pretty: true) + "\n"
        }
    }
}
