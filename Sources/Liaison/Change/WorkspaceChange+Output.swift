import Foundation

//===----------------------------------------------------------------------===//
// WorkspaceChange printed: a table for people, CSV and JSON for scripts (`liaison diff --help`)
//===----------------------------------------------------------------------===//

extension WorkspaceChange {
    private static func fmt(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "—" }

    /// "Anna Petrova, Boris Ivanov and 3 more" for a community.
    static func label(_ members: [ContactIndex], in ws: Workspace) -> String {
        let shown = members.prefix(2).map { TextTable.sanitize(ws[$0].name) }.joined(separator: ", ")
        return members.count > 2 ? "\(shown) and \(members.count - 2) more" : shown
    }

    /// How many ties of each kind changed.
    public func tieCounts() -> [(TieChange.Kind, Int)] {
        TieChange.Kind.allCases.map { k in (k, ties.filter { $0.kind == k }.count) }
    }

    /// The headline: "3 ties appeared, 1 strengthened, …".
    public func tieSummary() -> String {
        tieCounts().map { k, n in "\(n) \(k.rawValue.replacingOccurrences(of: "_", with: " "))" }.joined(separator: ", ")
    }

    /// One line per community change: "Merged: A, B and 3 more (12) + C, D (5) → …".
    public func communityLines(in ws: Workspace) -> [String] {
        communities.map { c in
            let before = c.before.map { "\(Self.label($0, in: ws)) (\($0.count))" }.joined(separator: " + ")
            let after = c.after.map { "\(Self.label($0, in: ws)) (\($0.count))" }.joined(separator: " + ")
            let j = c.jaccard.map { Self.fmt($0) }.joined(separator: ", ")
            return "\(c.kind.rawValue): \(before) → \(after) (Jaccard \(j))"
        }
    }

    /// One line per goal: "Investors in fintech: 2 of 5 targets reached (want 2): Boris Ivanov on 2026-02-01 (touch, new)".
    public func goalLines(in ws: Workspace) -> [String] {
        goals.map { g in
            var s = "\(TextTable.sanitize(g.goal.name)): \(g.reached.count) of \(g.targets) target\(g.targets == 1 ? "" : "s") reached (want \(g.goal.count))"
            if !g.reached.isEmpty {
                s += ": " + g.reached.map { r in
                    var how = r.how.rawValue
                    if r.how == .introduction || (owners.count > 1) { how += " by \(TextTable.sanitize(ws[r.by].name))" }
                    return "\(TextTable.sanitize(ws[r.contact].name)) on \(ISODate.dayString(r.date)) (\(how)\(r.firstEver ? ", new" : ""))"
                }.joined(separator: "; ")
            }
            return s
        }
    }

    /// The table for people: each section with at most `top` rows per kind.
    public func text(in ws: Workspace, top: Int) -> String {
        let days = ISODate.calendarDaysBetween(since, asOf)
        var out = "Changes from \(ISODate.dayString(since)) to \(ISODate.dayString(asOf)) (\(days) days).\n"
        out += "\nTies (strength moved by ≥ \(Self.fmt(options.tieThreshold))): \(tieSummary()).\n"
        var table = TextTable(headers: ["change", "tie", "before", "after", "class", "last touch"],
                              alignments: [.left, .left, .right, .right, .left, .left])
        for kind in TieChange.Kind.allCases {
            for t in ties.filter({ $0.kind == kind }).prefix(top) {
                table.append([kind.rawValue.replacingOccurrences(of: "_", with: " "), "\(ws[t.a].name) – \(ws[t.b].name)",
                              Self.fmt(t.before), Self.fmt(t.after),
                              "\(t.classBefore?.rawValue ?? "—") → \(t.classAfter.rawValue)",
                              t.lastTouch.map(ISODate.dayString) ?? "—"])
            }
        }
        if !ties.isEmpty { out += table.rendered() }
        out += "\nContacts (value moved by ≥ \(Self.fmt(options.valueThreshold)), or in/out of the top \(options.bridgeTop) bridge contacts): "
        out += ContactChange.Kind.allCases.map { k in "\(contacts.filter { $0.kind == k }.count) \(k.rawValue.replacingOccurrences(of: "_", with: " "))" }
            .joined(separator: ", ") + ".\n"
        var people = TextTable(headers: ["change", "contact", "value before", "value after", "bridge rank before", "bridge rank after"],
                               alignments: [.left, .left, .right, .right, .right, .right])
        for kind in ContactChange.Kind.allCases {
            for c in contacts.filter({ $0.kind == kind }).prefix(top) {
                people.append([kind.rawValue.replacingOccurrences(of: "_", with: " "), ws[c.contact].name,
                               Self.fmt(c.valueBefore), Self.fmt(c.valueAfter),
                               c.bridgeRankBefore.map(String.init) ?? "—", c.bridgeRankAfter.map(String.init) ?? "—"])
            }
        }
        if !contacts.isEmpty { out += people.rendered() }
        out += "\nCommunities: \(communityCounts.before) → \(communityCounts.after)"
        out += communities.isEmpty ? "; none merged or split.\n" : ".\n"
        for line in communityLines(in: ws) { out += "  - \(line)\n" }
        if !goals.isEmpty {
            out += "\nGoals:\n"
            for line in goalLines(in: ws) { out += "  - \(line)\n" }
        }
        return out
    }

    /// One CSV with a row per change:
    /// `section,change,id,name,other_id,other_name,before,after,class_before,class_after,date,detail`.
    public func csv(in ws: Workspace) -> String {
        var csv = CSVWriter()
        csv.row(["section", "change", "id", "name", "other_id", "other_name", "before", "after",
                 "class_before", "class_after", "date", "detail"])
        for t in ties {
            csv.text("tie"); csv.text(t.kind.rawValue)
            csv.text(ws[t.a].id); csv.text(ws[t.a].name); csv.text(ws[t.b].id); csv.text(ws[t.b].name)
            csv.number(t.before); csv.number(t.after)
            csv.text(t.classBefore?.rawValue ?? ""); csv.text(t.classAfter.rawValue)
            csv.text(t.lastTouch.map(ISODate.dayString) ?? ""); csv.empty(); csv.endRow()
        }
        for c in contacts {
            csv.text("contact"); csv.text(c.kind.rawValue)
            csv.text(ws[c.contact].id); csv.text(ws[c.contact].name); csv.empty(); csv.empty()
            switch c.kind {
            case .valueUp, .valueDown: csv.number(c.valueBefore); csv.number(c.valueAfter)
            case .becameBridge, .noLongerBridge:
                csv.number(c.bridgeRankBefore.map(Double.init)); csv.number(c.bridgeRankAfter.map(Double.init))
            }
            csv.empty(); csv.empty(); csv.empty(); csv.empty(); csv.endRow()
        }
        for (k, c) in communities.enumerated() {
            csv.text("community"); csv.text(c.kind.rawValue)
            csv.empty(); csv.text(communityLines(in: ws)[k]); csv.empty(); csv.empty()
            csv.number(c.before.count); csv.number(c.after.count)
            csv.empty(); csv.empty(); csv.empty(); csv.empty(); csv.endRow()
        }
        for g in goals {
            for r in g.reached {
                csv.text("goal"); csv.text("reached")
                csv.text(ws[r.contact].id); csv.text(ws[r.contact].name); csv.text(ws[r.by].id); csv.text(ws[r.by].name)
                csv.empty(); csv.empty(); csv.empty(); csv.empty()
                csv.text(ISODate.dayString(r.date)); csv.text("\(g.goal.name): \(r.how.rawValue)\(r.firstEver ? ", new" : "")")
                csv.endRow()
            }
        }
        return csv.output
    }

    /// The changes for scripts.
    public func json(in ws: Workspace) -> JSONValue {
        func ref(_ i: ContactIndex) -> JSONValue { .object([("id", .string(ws[i].id)), ("name", .string(ws[i].name))]) }
        return .object([
            ("since", .string(ISODate.dayString(since))), ("as_of", .string(ISODate.dayString(asOf))),
            ("owners", .array(owners.map(ref))),
            ("tie_threshold", .number(options.tieThreshold)), ("value_threshold", .number(options.valueThreshold)),
            ("bridge_top", .integer(options.bridgeTop)),
            ("ties", .array(ties.map { t in
                .object([("change", .string(t.kind.rawValue)), ("a", ref(t.a)), ("b", ref(t.b)),
                         ("before", .number(t.before)), ("after", .number(t.after)),
                         ("class_before", .string(t.classBefore?.rawValue)), ("class_after", .string(t.classAfter.rawValue)),
                         ("last_touch", .string(t.lastTouch.map(ISODate.dayString)))])
            })),
            ("contacts", .array(contacts.map { c in
                .object([("change", .string(c.kind.rawValue)), ("contact", ref(c.contact)),
                         ("value_before", .number(c.valueBefore)), ("value_after", .number(c.valueAfter)),
                         ("bridge_rank_before", c.bridgeRankBefore.map { .integer($0) } ?? .null),
                         ("bridge_rank_after", c.bridgeRankAfter.map { .integer($0) } ?? .null)])
            })),
            ("communities", .object([
                ("before", .integer(communityCounts.before)), ("after", .integer(communityCounts.after)),
                ("changes", .array(communities.map { c in
                    .object([("change", .string(c.kind.rawValue)),
                             ("before", .array(c.before.map { .array($0.map { .string(ws[$0].id) }) })),
                             ("after", .array(c.after.map { .array($0.map { .string(ws[$0].id) }) })),
                             ("jaccard", .array(c.jaccard.map { .number($0) }))])
                })),
            ])),
            ("goals", .array(goals.map { g in
                .object([("name", .string(g.goal.name)), ("targets", .integer(g.targets)), ("count", .integer(g.goal.count)),
                         ("reached", .array(g.reached.map { r in
                             .object([("contact", ref(r.contact)), ("date", .string(ISODate.dayString(r.date))),
                                      ("how", .string(r.how.rawValue)), ("by", ref(r.by)), ("first_ever", .bool(r.firstEver))])
                         }))])
            })),
        ])
    }

    public func formatted(_ format: ResultFormat, in ws: Workspace, top: Int) -> String {
        switch format {
        case .table: text(in: ws, top: top)
        case .csv: csv(in: ws)
        case .json: json(in: ws).serialized(pretty: true) + "\n"
        }
    }
}
