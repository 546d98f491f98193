import Foundation
import Testing
@testable import Liaison
@testable import LiaisonRender
import LiaisonGraph

private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The report's contact panels carry the page of `liaison show` (issue 18 item 3 with issue 15's
/// profile), and its bridge table gives the same reasons as `liaison bridges`.
@Test func reportPanelsAreTheShowPagesAndBridgesReadTheSame() throws {
    let (ws, _) = try WorkspaceLoader.load(from: repositoryRoot.appendingPathComponent("data/demo").path)
    let network = try AnalysisNetwork(workspace: ws)
    let report = try HTMLReport(network: network, ego: network.ego, top: 10, generator: "test")
    #expect(report.contacts.count == ws.contacts.count)

    // Every panel: the same sections and lines as the profile `liaison show` prints (its
    // strongest ties are the panel's clickable tie list instead).
    let context = try ws.profileContext()
    for id in ["laura-jansen", "anna-petrova", "helen-clarke"] {
        let k = try #require(ws.contacts.firstIndex { $0.id == id })
        let page = ws.profile(of: ContactIndex(k), in: context).sections(ws).sections.filter { $0.title != "Strongest ties" }
        let panel = try #require(report.contacts.first { $0.id == id })
        #expect(panel.sections.map(\.title) == page.map(\.title), "\(id)")
        #expect(panel.sections.map(\.lines) == page.map(\.lines), "\(id)")
        #expect(panel.sections.contains { $0.title == "Tie with you" && $0.lines.count > 1 }, "\(id): the tie explained")
    }
    // In the HTML, escaped, inside the contact's card.
    let html = try report.html()
    #expect(html.contains("<h3>Last touches</h3>") && html.contains("<h3>What they can do for your goals</h3>"))

    // The bridge table's reasons are those of `liaison bridges` (default grouping: communities).
    let bridges = try BridgeContactReport(network, ego: network.ego, grouping: .community, seed: 0)
    let table = try #require(report.tables.first { $0.title == "Bridge contacts" })
    let reasons = table.rows.map { row -> String in if case let .text(t) = row.last! { t } else { "" } }
    #expect(reasons == bridges.ranking.contacts.prefix(10).map(\.reason))
    #expect(reasons.first?.hasPrefix("Connects ") == true)
}
