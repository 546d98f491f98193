//===----------------------------------------------------------------------===//
// The report's "What changed in the last 90 days" section (`WorkspaceChange`, `liaison diff`)
//===----------------------------------------------------------------------===//

import Foundation
import Liaison

extension HTMLReport {
    /// The period the report's change section covers.
    public static let changeWindowDays = 90.0

    /// The first day of the change section: `changeWindowDays` before `asOf`.
    static func changeWindowStart(_ asOf: Date) -> Date {
        asOf.addingTimeInterval(-changeWindowDays * ISODate.secondsPerDay)
    }

    /// "What changed in the last 90 days": `Workspace.changes(since:asOf:)` from 90 days before the
    /// ties' date to it, as one table — the headline counts in the note, then the ties that changed
    /// most (at most `top` of each kind), the contacts whose value or bridging role changed, the
    /// communities that merged or split and the goal targets reached.
    ///
    /// `current`: the report's own tie strengths, KPIs, graph, communities and bridge ranking when
    /// they are what `changes` would compute at `asOf` (ego = you, the default betweenness policy);
    /// then only the earlier date is computed.
    ///
    /// `earlier`: the same for the window's start (`Workspace.changeSnapshot(asOf:)` at
    /// `changeWindowStart(asOf)`), when the caller computed it beside its own work.
    static func changesTable(_ ws: Workspace, asOf: Date, top: Int, current: ChangeSnapshot? = nil,
                             earlier: ChangeSnapshot? = nil) -> Table {
        let since = changeWindowStart(asOf)
        let change = ws.changes(since: since, asOf: asOf, owners: ws.teamOwners, current: current, earlier: earlier)
        func fmt(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "—" }
        var rows = [[Cell]]()
        for kind in TieChange.Kind.allCases {
            for t in change.ties.filter({ $0.kind == kind }).prefix(top) {
                rows.append([.text(kind.rawValue.replacingOccurrences(of: "_", with: " ")),
                             .text("\(ws[t.a].name) – \(ws[t.b].name)"),
                             .text("\(fmt(t.before)) → \(fmt(t.after))"),
                             .number(t.delta, shown: String(format: "%+.2f", t.delta))])
            }
        }
        for kind in ContactChange.Kind.allCases {
            for c in change.contacts.filter({ $0.kind == kind }).prefix(top) {
                let label = kind.rawValue.replacingOccurrences(of: "_", with: " ")
                switch kind {
                case .valueUp, .valueDown:
                    let d = (c.valueAfter ?? 0) - (c.valueBefore ?? 0)
                    rows.append([.text("value " + (kind == .valueUp ? "up" : "down")), .text(ws[c.contact].name),
                                 .text("\(fmt(c.valueBefore)) → \(fmt(c.valueAfter))"),
                                 .number(d, shown: String(format: "%+.2f", d))])
                case .becameBridge, .noLongerBridge:
                    rows.append([.text(label), .text(ws[c.contact].name),
                                 .text("rank \(c.bridgeRankBefore.map(String.init) ?? "—") → \(c.bridgeRankAfter.map(String.init) ?? "—")"),
                                 .text("")])
                }
            }
        }
        for line in change.communityLines(in: ws) { rows.append([.text("community"), .text(line), .text(""), .text("")]) }
        for line in change.goalLines(in: ws) { rows.append([.text("goal"), .text(line), .text(""), .text("")]) }
        return Table(
            title: "What changed in the last \(Int(changeWindowDays)) days",
            note: "From \(ISODate.dayString(since)) to \(ISODate.dayString(asOf)): ties \(change.tieSummary()) "
                + "(a tie changed when its strength moved by at least \(fmt(change.options.tieThreshold))); "
                + "communities \(change.communityCounts.before) → \(change.communityCounts.after). "
                + "The same as liaison diff --since \(ISODate.dayString(since)).",
            columns: ["change", "who", "before → after", "Δ"],
            rows: rows)
    }
}
