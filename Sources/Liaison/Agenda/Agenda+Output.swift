import Foundation

//===----------------------------------------------------------------------===//
// The agenda as a table, CSV and JSON
//===----------------------------------------------------------------------===//

extension Agenda {
    /// The agenda printed in `format`.
    ///
    /// - table: one row per contact (contact, reason, channel, last touch, why — every reason,
    ///   joined by " · "), then a line on what was left out.
    /// - csv: `rank,id,name,reason,reasons,why,channel,channel_evidence,last_touch,typical_gap_days,due_after_days,strength,class`
    ///   (`reasons` and `why` joined by `;` and ` · `).
    /// - json: `{as_of, days, ego {id, name}, snoozed, no_cadence, items: [{rank, contact {id, name,
    ///   kind}, reasons [{reason, why}], channel, channel_evidence, last_touch, rhythm {touch_days,
    ///   gaps, median_gap_days, typical_gap_days, due_after_days, log_spread, leans_on_prior} |
    ///   null, strength, class}]}`.
    public func formatted(_ format: ResultFormat, in ws: Workspace) -> String {
        switch format {
        case .table: return table(ws)
        case .csv: return csv(ws)
        case .json: return json(ws).serialized(pretty: true) + "\n"
        }
    }

    private func table(_ ws: Workspace) -> String {
        var out = "Agenda for \(TextTable.sanitize(ws.contacts[ego].name)) as of \(ISODate.dayString(asOf))"
            + (days > 0 ? ", looking \(days) day\(days == 1 ? "" : "s") ahead" : "") + ": \(items.count) contact\(items.count == 1 ? "" : "s").\n"
        if !items.isEmpty {
            var t = TextTable(headers: ["#", "contact", "reason", "channel", "last touch", "why"],
                              alignments: [.right, .left, .left, .left, .left, .left])
            for (k, item) in items.enumerated() {
                t.append([String(k + 1), ws.contacts[item.contact].name, item.reason.rawValue,
                          item.channel?.rawValue ?? "—", item.lastTouch.map(ISODate.dayString) ?? "—",
                          item.why.joined(separator: " · ")])
            }
            out += t.rendered()
        }
        var left = [String]()
        if snoozed > 0 { left.append("\(snoozed) snoozed") }
        if noCadence > 0 { left.append("\(noCadence) marked no cadence") }
        if !left.isEmpty { out += "Left out (cadence.csv): " + left.joined(separator: ", ") + ".\n" }
        return out
    }

    private func csv(_ ws: Workspace) -> String {
        var w = CSVWriter()
        w.row(["rank", "id", "name", "reason", "reasons", "why", "channel", "channel_evidence", "last_touch",
               "typical_gap_days", "due_after_days", "strength", "class"])
        for (k, item) in items.enumerated() {
            let c = ws.contacts[item.contact]
            w.number(k + 1); w.text(c.id); w.text(c.name); w.text(item.reason.rawValue)
            w.text(item.reasons.map(\.rawValue).joined(separator: ";")); w.text(item.why.joined(separator: " · "))
            w.text(item.channel?.rawValue ?? ""); w.text(item.channelEvidence)
            w.text(item.lastTouch.map(ISODate.dayString) ?? "")
            w.number(item.rhythm?.typicalGapDays); w.number(item.rhythm?.dueAfterDays)
            w.number(item.strength); w.text(item.tieClass?.rawValue ?? "")
            w.endRow()
        }
        return w.output
    }

    public func json(_ ws: Workspace) -> JSONValue {
        .object([
            ("as_of", .string(ISODate.dayString(asOf))), ("days", .integer(days)),
            ("ego", .object([("id", .string(ws.contacts[ego].id)), ("name", .string(ws.contacts[ego].name))])),
            ("snoozed", .integer(snoozed)), ("no_cadence", .integer(noCadence)),
            ("items", .array(items.enumerated().map { k, item in
                let c = ws.contacts[item.contact]
                let rhythm: JSONValue = item.rhythm.map { r in
                    .object([("touch_days", .integer(r.touchDays)), ("gaps", .integer(r.gaps)),
                             ("median_gap_days", .number(r.medianGapDays)), ("typical_gap_days", .number(r.typicalGapDays)),
                             ("due_after_days", .number(r.dueAfterDays)), ("log_spread", .number(r.logSpread)),
                             ("leans_on_prior", .bool(r.leansOnPrior))])
                } ?? .null
                return .object([
                    ("rank", .integer(k + 1)),
                    ("contact", .object([("id", .string(c.id)), ("name", .string(c.name)), ("kind", .string(c.kind.rawValue))])),
                    ("reasons", .array(zip(item.reasons, item.why).map { .object([("reason", .string($0.rawValue)), ("why", .string($1))]) })),
                    ("channel", .string(item.channel?.rawValue)), ("channel_evidence", .string(item.channelEvidence)),
                    ("last_touch", .string(item.lastTouch.map(ISODate.dayString))), ("rhythm", rhythm),
                    ("strength", .number(item.strength)), ("class", .string(item.tieClass?.rawValue)),
                ])
            })),
        ])
    }
}
