import Foundation
import Testing
@testable import Liaison
@testable import LiaisonRender

/// me meets old(1) every week until 100 days before the date, new(2) every week in the last 60 days;
/// the report's change section covers the last 90 days.
private func history() -> Workspace {
    let asOf = ISODate.parse("2026-06-30")!
    func weekly(_ other: ContactIndex, from: Double, to: Double) -> [Interaction] {
        stride(from: from, through: to, by: 7).map { d in
            Interaction(date: asOf.addingTimeInterval(-d * 86_400), from: 0, to: [other], channel: .meeting)
        }
    }
    let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "old", name: "Old <b>friend</b>"),
                    Contact(id: "new", name: "Новый", kind: .investor)]
    return Workspace(contacts: contacts, interactions: weekly(1, from: 100, to: 500) + weekly(2, from: 1, to: 60),
                     config: WorkspaceConfig(asOf: asOf), me: 0)
}

@Test func reportChangeSectionListsTheLast90DaysChanges() throws {
    let ws = history()
    let table = HTMLReport.changesTable(ws, asOf: ws.asOf, top: 10)
    #expect(table.title == "What changed in the last 90 days")
    #expect(table.note.hasPrefix("From 2026-04-01 to 2026-06-30: ties 1 appeared, 0 became dormant, 0 strengthened, 1 weakened"))
    // The same changes liaison diff --since 2026-04-01 finds.
    let change = ws.changes(since: ISODate.parse("2026-04-01")!, asOf: ws.asOf)
    #expect(change.ties.map(\.kind) == [.appeared, .weakened])
    let cells = table.rows.map { $0.map { cell -> String in
        switch cell { case .text(let s): s; case .contact(let s, _): s; case .number(_, let shown): shown }
    } }
    #expect(cells.count >= 2)
    #expect(cells[0][0] == "appeared" && cells[0][1] == "Me – Новый")
    #expect(cells[1][0] == "weakened" && cells[1][1] == "Me – Old <b>friend</b>")

    // In the whole report, after the workspace tables, escaped.
    let network = try AnalysisNetwork(workspace: ws)
    let html = try HTMLReport(network: network, ego: 0, top: 10, generator: "test").html()
    #expect(html.contains("What changed in the last 90 days"))
    #expect(html.contains("Me – Old &lt;b&gt;friend&lt;/b&gt;") && !html.contains("<b>friend</b>"))
}
