import Foundation

//===----------------------------------------------------------------------===//
// Suggestions in words (text) and for scripts (JSON, documented in docs/planning.md)
//===----------------------------------------------------------------------===//

extension Suggestions {
    private static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

    private static func who(_ c: Contact) -> String {
        var s = TextTable.sanitize(c.name) + " (" + c.kind.rawValue
        if !c.organization.isEmpty { s += " at " + TextTable.sanitize(c.organization) }
        if !c.industry.isEmpty { s += ", " + TextTable.sanitize(c.industry) }
        return s + ")"
    }

    /// The draft of your offer to the first person of an introduction (`IntroductionDraft.offer`).
    public func draft(_ s: IntroductionSuggestion, in ws: Workspace) -> IntroductionDraft {
        IntroductionDraft.offer(to: s.a, a: ws.contacts[s.a], b: ws.contacts[s.b], mutualContacts: s.mutualContacts,
                                complements: s.complement != nil, me: ws.contacts[ego])
    }

    /// The suggestions for people.
    public func text(in ws: Workspace) -> String {
        let c = ws.contacts
        var out = "Suggestions for \(TextTable.sanitize(c[ego].name)) as of \(ISODate.dayString(asOf)).\n"
        out += "\nIntroductions you could make (\(introductions.count)):\n"
        if introductions.isEmpty { out += "  none: no two of your contacts complement each other or share contacts.\n" }
        for (k, s) in introductions.enumerated() {
            var why = [String]()
            if let complement = s.complement { why.append(TextTable.sanitize(complement)) }
            if s.mutualContacts > 0 {
                why.append("\(s.mutualContacts) mutual contact\(s.mutualContacts == 1 ? "" : "s") besides you "
                           + "(Adamic–Adar \(Self.fmt(s.adamicAdar)))")
            }
            out += "  \(k + 1). Introduce \(Self.who(c[s.a])) to \(Self.who(c[s.b])): " + why.joined(separator: "; ")
                + " — score \(Self.fmt(s.score)).\n"
            let d = draft(s, in: ws)
            out += "     Draft to \(TextTable.sanitize(c[d.to].name)): \(d.text)\n"
        }
        out += "\nDormant ties worth reviving (\(revive.count)):\n"
        if revive.isEmpty { out += "  none.\n" }
        for r in revive {
            let since = r.lastTouch.map { " since \(ISODate.dayString($0)) (\(ISODate.calendarDaysBetween($0, asOf)) days)" } ?? ""
            out += "  - \(Self.who(c[r.contact])): once strong (peak \(Self.fmt(r.peak))), silent\(since); "
                + "value \(Self.fmt(r.value)). Get back in touch.\n"
        }
        out += "\nStrong ties fading (\(fading.count)):\n"
        if fading.isEmpty { out += "  none.\n" }
        for f in fading {
            out += "  - \(Self.who(c[f.contact])): \(Self.fmt(f.past)) → \(Self.fmt(f.strength)); value \(Self.fmt(f.value)).\n"
        }
        out += "\nBridges at risk (\(bridgesAtRisk.count)):\n"
        if bridgesAtRisk.isEmpty { out += "  none.\n" }
        for b in bridgesAtRisk {
            var s = "  - \(Self.who(c[b.contact])): your tie is \(b.tieClass.rawValue) (\(Self.fmt(b.past)) → \(Self.fmt(b.strength)) over \(Int(ws.config.tieStrength.fadingWindowDays)) days, "
                + "−\(Int(((b.past - b.strength) / b.past * 100).rounded()))%)"
            if b.uniqueReach > 0 {
                s += "; \(b.uniqueReach) contact\(b.uniqueReach == 1 ? " is" : "s are") reachable only through them"
            }
            if let bt = b.betweenness { s += "; betweenness \(Self.fmt(bt))" }
            out += s + ".\n"
        }
        return out
    }

    /// The suggestions for scripts.
    public func json(in ws: Workspace) -> JSONValue {
        func ref(_ i: Int) -> JSONValue {
            let c = ws.contacts[i]
            return .object([("id", .string(c.id)), ("name", .string(c.name)), ("kind", .string(c.kind.rawValue)),
                            ("industry", .string(c.industry))])
        }
        return .object([
            ("as_of", .string(ISODate.dayString(asOf))), ("ego", ref(ego)),
            ("introductions", .array(introductions.map { s in
                .object([("a", ref(s.a)), ("b", ref(s.b)), ("complement", .string(s.complement)),
                         ("mutual_contacts", .integer(s.mutualContacts)), ("adamic_adar", .number(s.adamicAdar)),
                         ("resource_allocation", .number(s.resourceAllocation)), ("score", .number(s.score)),
                         ("draft", { let d = draft(s, in: ws)
                             return .object([("to", .string(ws.contacts[d.to].id)), ("language", .string(d.language.rawValue)),
                                             ("text", .string(d.text))]) }())])
            })),
            ("revive", .array(revive.map { r in
                .object([("contact", ref(r.contact)), ("peak", .number(r.peak)), ("strength", .number(r.strength)),
                         ("last_touch", .string(r.lastTouch.map(ISODate.dayString))), ("value", .number(r.value))])
            })),
            ("fading", .array(fading.map { f in
                .object([("contact", ref(f.contact)), ("past", .number(f.past)), ("strength", .number(f.strength)),
                         ("value", .number(f.value))])
            })),
            ("bridges_at_risk", .array(bridgesAtRisk.map { b in
                .object([("contact", ref(b.contact)), ("class", .string(b.tieClass.rawValue)), ("past", .number(b.past)),
                         ("strength", .number(b.strength)), ("unique_reach", .integer(b.uniqueReach)),
                         ("betweenness", .number(b.betweenness))])
            })),
        ])
    }
}
