import Foundation

//===----------------------------------------------------------------------===//
// A contact's page as text and JSON (`liaison show`)
//===----------------------------------------------------------------------===//

extension ContactProfile {
    /// The page in `format`: a text page for people (every user-written text through the one
    /// sanitiser), or JSON for scripts: `{as_of, contact {id, name, kind, organization, title,
    /// industry, city, tags, email, phone, url, notes}, kpis [{label, value, evidence}], quality
    /// {… the fields of liaison contacts --format json}, tie_with_you {strength, class, past, peak,
    /// trend, touches, first_touch, last_touch, explanation [..]} | null, strongest_ties [{contact,
    /// strength, class, last_touch}], bridging {rank, of, score, community, communities_spanned,
    /// reaches, only_link_to, betweenness, articulation_point, reason} | null, goal_leads [{goal,
    /// target, strength, your_strength}], introductions_made / introductions_received [{date,
    /// introducer, from, to, status, note}], last_touches [{date, channel, from, to [..], outcome,
    /// note}]}` (contacts as {id, name}). CSV is not offered: a page is not a table.
    public func formatted(_ format: ResultFormat, in ws: Workspace) -> String {
        format == .json ? json(ws).serialized(pretty: true) + "\n" : text(ws)
    }

    private func name(_ ws: Workspace, _ i: Int) -> String {
        i == ego ? "you" : TextTable.sanitize(ws.contacts[i].name)
    }

    public func text(_ ws: Workspace) -> String {
        let page = sections(ws)
        var out = page.header.joined(separator: "\n") + "\n"
        for section in page.sections {
            out += "\n\(section.title)\n"
            if section.title == "KPIs" {
                var t = TextTable(headers: ["kpi", "value", "evidence"], alignments: [.left, .right, .left])
                for k in kpis { t.append([k.label, k.value, k.evidence]) }
                out += t.rendered()
            } else {
                for line in section.lines { out += "  " + line + "\n" }
            }
        }
        return out
    }

    /// The page as a header (who, facts, notes, date) and titled sections of lines, user-written
    /// text through the one sanitiser: the text page and the HTML report's contact panel both
    /// show exactly these lines (the KPIs as "label: value — evidence").
    public func sections(_ ws: Workspace) -> (header: [String], sections: [(title: String, lines: [String])]) {
        let c = ws.contacts[contact]
        func s(_ x: String) -> String { TextTable.sanitize(x) }
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        var who = "\(s(c.name)) (\(s(c.id))) — \(c.kind.rawValue)"
        if !c.title.isEmpty || !c.organization.isEmpty {
            who += ", " + [c.title, c.organization].filter { !$0.isEmpty }.map(s).joined(separator: " at ")
        }
        var header = [who]
        var facts = [String]()
        if !c.industry.isEmpty { facts.append("industry \(s(c.industry))") }
        if !c.city.isEmpty { facts.append("city \(s(c.city))") }
        if !c.tags.isEmpty { facts.append("tags " + c.tags.map(s).joined(separator: ", ")) }
        if !c.email.isEmpty { facts.append(s(c.email)) }
        if !c.phone.isEmpty { facts.append(s(c.phone)) }
        if !c.url.isEmpty { facts.append(s(c.url)) }
        if !facts.isEmpty { header.append(facts.joined(separator: " · ")) }
        if !c.notes.isEmpty { header.append("Notes: \(s(c.notes))") }
        header.append("As of \(ISODate.dayString(asOf)).")
        var out = [(title: String, lines: [String])]()

        out.append(("KPIs", kpis.map { "\($0.label): \($0.value)" + ($0.evidence.isEmpty ? "" : " — \($0.evidence)") }))

        var tie = [String]()
        if contact == ego {
            tie.append("This is you.")
        } else if let t = tieWithYou {
            tie.append("\(t.tieClass.rawValue), strength \(f(t.strength)); \(t.trend) (\(f(t.past)) "
                + "\(Int(t.fadingWindowDays)) days ago, peak \(f(t.peak)))")
            tie += t.explanation.map(s)
        } else {
            tie.append(ego == nil ? "No me in this workspace (give --ego)." : "No tie with you yet.")
        }
        out.append(("Tie with you", tie))

        out.append(("Strongest ties", strongestTies.isEmpty ? ["none."] : strongestTies.map { t in
            "\(name(ws, t.other)): \(t.tieClass.rawValue) (\(f(t.strength)))"
                + (t.lastTouch.map { ", last touch \(ISODate.dayString($0))" } ?? "")
        }))

        var bridge = [String]()
        if let b = bridging {
            var line = "In \(s(b.community)); ties into \(b.communitiesSpanned) communit\(b.communitiesSpanned == 1 ? "y" : "ies")"
            if !b.reaches.isEmpty { line += ": also " + b.reaches.prefix(5).map(s).joined(separator: ", ") + (b.reaches.count > 5 ? " and \(b.reaches.count - 5) more" : "") }
            bridge.append(line + ".")
            if !b.onlyLinkTo.isEmpty { bridge.append("The only link to " + b.onlyLinkTo.map(s).joined(separator: ", ") + ".") }
            bridge.append("Bridge rank \(b.rank) of \(b.of) (score \(f(b.score))): \(s(b.reason))")
        } else {
            bridge.append("none.")
        }
        out.append(("Groups they bridge", bridge))

        var goals = [String]()
        for g in goalsAsTarget {
            goals.append("\(s(g)): they match this goal themselves — someone to pitch, not to ask for introductions for it")
        }
        if goalLeads.isEmpty && goalsAsTarget.isEmpty {
            goals.append(ws.config.goals.isEmpty ? "No goals in liaison.toml." : "Nobody matching a goal whom you do not know yourself is one step from them.")
        }
        for lead in goalLeads {
            goals.append("\(s(lead.goal)): can introduce you to \(name(ws, lead.target)) (their tie \(f(lead.strength))"
                + (lead.yourStrength.map { "; yours \(f($0))" } ?? "; you do not know them yet") + ")")
        }
        out.append(("What they can do for your goals", goals))

        func intro(_ i: Introduction) -> String {
            "\(ISODate.dayString(i.date)): \(name(ws, Int(i.introducer))) introduced \(name(ws, Int(i.from))) to \(name(ws, Int(i.to))) — \(i.status.rawValue)"
                + (i.note.isEmpty ? "" : " (\(s(i.note)))")
        }
        out.append(("Introductions made (\(introductionsMade.count))", introductionsMade.isEmpty ? ["none."] : introductionsMade.map(intro)))
        out.append(("Introductions received (\(introductionsReceived.count))", introductionsReceived.isEmpty ? ["none."] : introductionsReceived.map(intro)))

        out.append(("Last touches", lastTouches.isEmpty ? ["none."] : lastTouches.map { i in
            "\(ISODate.dayString(i.date)) \(i.channel.rawValue): \(name(ws, Int(i.from))) → "
                + i.to.map { name(ws, Int($0)) }.joined(separator: ", ")
                + (i.note.isEmpty ? "" : " — \(s(i.note))")
        }))
        return (header, out)
    }

    public func json(_ ws: Workspace) -> JSONValue {
        func ref(_ i: Int) -> JSONValue {
            .object([("id", .string(ws.contacts[i].id)), ("name", .string(ws.contacts[i].name))])
        }
        func day(_ d: Date?) -> JSONValue { .string(d.map(ISODate.dayString)) }
        let c = ws.contacts[contact]
        func intro(_ i: Introduction) -> JSONValue {
            .object([("date", day(i.date)), ("introducer", ref(Int(i.introducer))), ("from", ref(Int(i.from))),
                     ("to", ref(Int(i.to))), ("status", .string(i.status.rawValue)), ("note", .string(i.note))])
        }
        return .object([
            ("as_of", day(asOf)),
            ("contact", .object([("id", .string(c.id)), ("name", .string(c.name)), ("kind", .string(c.kind.rawValue)),
                                 ("organization", .string(c.organization)), ("title", .string(c.title)),
                                 ("industry", .string(c.industry)), ("city", .string(c.city)),
                                 ("tags", .array(c.tags.map { .string($0) })), ("email", .string(c.email)),
                                 ("phone", .string(c.phone)), ("url", .string(c.url)), ("notes", .string(c.notes))])),
            ("kpis", .array(kpis.map { .object([("label", .string($0.label)), ("value", .string($0.value)), ("evidence", .string($0.evidence))]) })),
            ("quality", .object(ContactListing.fields(ws, quality))),
            ("tie_with_you", tieWithYou.map { t in
                .object([("strength", .number(t.strength)), ("class", .string(t.tieClass.rawValue)), ("past", .number(t.past)),
                         ("peak", .number(t.peak)), ("trend", .string(t.trend)), ("touches", .integer(t.touches)),
                         ("first_touch", day(t.firstTouch)), ("last_touch", day(t.lastTouch)),
                         ("explanation", .array(t.explanation.map { .string($0) }))])
            } ?? .null),
            ("strongest_ties", .array(strongestTies.map { t in
                .object([("contact", ref(t.other)), ("strength", .number(t.strength)), ("class", .string(t.tieClass.rawValue)),
                         ("last_touch", day(t.lastTouch))])
            })),
            ("bridging", bridging.map { b in
                .object([("rank", .integer(b.rank)), ("of", .integer(b.of)), ("score", .number(b.score)),
                         ("community", .string(b.community)), ("communities_spanned", .integer(b.communitiesSpanned)),
                         ("reaches", .array(b.reaches.map { .string($0) })), ("only_link_to", .array(b.onlyLinkTo.map { .string($0) })),
                         ("betweenness", .number(b.betweenness)), ("articulation_point", .bool(b.isArticulationPoint)),
                         ("reason", .string(b.reason))])
            } ?? .null),
            ("goal_leads", .array(goalLeads.map { l in
                .object([("goal", .string(l.goal)), ("target", ref(l.target)), ("strength", .number(l.strength)),
                         ("your_strength", .number(l.yourStrength))])
            })),
            ("goals_as_target", .array(goalsAsTarget.map { .string($0) })),
            ("introductions_made", .array(introductionsMade.map(intro))),
            ("introductions_received", .array(introductionsReceived.map(intro))),
            ("last_touches", .array(lastTouches.map { i in
                .object([("date", day(i.date)), ("channel", .string(i.channel.rawValue)), ("from", ref(Int(i.from))),
                         ("to", .array(i.to.map { ref(Int($0)) })), ("outcome", .string(i.outcome)), ("note", .string(i.note))])
            })),
        ])
    }
}
