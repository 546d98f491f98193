import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph
import LiaisonRender

/// `liaison report`: one self-contained HTML file with the summary, the drawing (pan, zoom,
/// search), the bridge contacts, the weak-tie reach, contact quality and the introduction plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: summary, drawing, bridges, reach, contact quality, plan.",
        discussion: """
        One HTML file with no network requests: the drawing is inline SVG with pan, zoom and \
        search; every table is plain HTML. With --edges the workspace-only parts (contact quality, \
        the introduction plan) are left out.

        EXAMPLES:
          liaison report data/demo -o out/report.html
          liaison report --edges karate.csv -o karate.html
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The HTML file to write.", valueName: "FILE"))
    var output: String

    @Option(help: ArgumentHelp("The ego of the reach and bridge sections (default: the workspace's me).", valueName: "ID"))
    var ego: String?

    @Option(help: "Rows per table.")
    var top: Int = 15

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be 1 or more") }
    }

    func run() throws {
        try reportingErrors {
            let network = try input.loadNetwork()
            var egoIndex = network.ego
            if let ego {
                guard let i = network.network.index(of: ego) else { throw ValidationError("--ego \(ego): no node has this id") }
                egoIndex = i
            }
            let report = try Self.report(network, ego: egoIndex, top: top)
            try AtomicFile.write(Array(report.html().utf8), to: output)
            printError("wrote \(output)")
        }
    }

    static func report(_ network: AnalysisNetwork, ego: Int?, top: Int) throws -> HTMLReport {
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        let names = network.names
        let communities = RenderCommand.leiden(g)
        var summary: [(label: String, value: String)] = [
            ("contacts", String(g.nodeCount)), ("ties", String(g.edgeCount)),
            ("communities", "\(communities.count) (modularity \(String(format: "%.3f", g.modularity(communities))))"),
        ]
        if let ties = network.ties {
            var counts = [TieClass: Int]()
            for e in 0 ..< g.edgeCount {
                if let t = ties.tie(g.edgeSource[e], g.edgeTarget[e]) { counts[t.tieClass, default: 0] += 1 }
            }
            summary.append(("ties by class", TieClass.allCases.compactMap { c in counts[c].map { "\($0) \(c.rawValue)" } }.joined(separator: ", ")))
            summary.append(("as of", ISODate.dayString(ties.asOf)))
        }
        if let ego { summary.insert(("you", names[ego]), at: 0) }

        // The drawing: the network view (a summary above 500 nodes), sized by the betweenness and
        // coloured by the communities the bridge ranking computes anyway.
        let measures = BridgeMeasures(graph: g, communities: communities)
        let drawingInput = RenderCommand.drawingInput(network, betweenness: network.graph.isDirected ? nil : measures.betweenness,
                                                      communities: communities)
        let drawing = NetworkView.drawing(drawingInput, options: ViewOptions())
        let svg = try NetworkRenderer().render(drawing, engine: .sfdp, format: .svg).data

        var tables = [HTMLReport.Table]()

        // Bridge contacts.
        let ranking = BridgeContactRanking(graph: g, measures: measures, names: names, ego: ego)
        tables.append(HTMLReport.Table(
            title: "Bridge contacts", note: "Ranked by betweenness, low constraint, participation across communities, local bridges held and your own tie.",
            columns: ["#", "contact", "score", "betweenness", "constraint", "why"],
            rows: ranking.contacts.prefix(top).map { c in
                [.number(Double(c.rank), shown: String(c.rank)), .text(names[c.node]), .number(c.score), .number(c.betweenness),
                 .number(c.constraint), .text(c.reason)]
            }))

        // Weak-tie reach.
        if let ego {
            let threshold = network.ties?.model.strongThreshold ?? g.medianWeight()
            let reach = g.weakTieReach(ego: ego, hops: 2, strongThreshold: threshold, communities: communities)
            tables.append(HTMLReport.Table(
                title: "Weak-tie reach (2 hops)",
                note: "Reachable with strong ties only: \(reach.strongOnly.count); with any ties: \(reach.anyTies.count); "
                    + "only through a weak tie: \(reach.onlyThroughWeak.count). Weak ties by what only they reach:",
                columns: ["weak tie", "strength", "reach", "unique contacts", "new communities"],
                rows: reach.weakTies.sorted { $0.uniqueContacts.count != $1.uniqueContacts.count
                    ? $0.uniqueContacts.count > $1.uniqueContacts.count : $0.contact < $1.contact }
                    .prefix(top).map { t in
                        [.text(names[t.contact]), .number(t.strength), .number(Double(t.reach), shown: String(t.reach)),
                         .number(Double(t.uniqueContacts.count), shown: String(t.uniqueContacts.count)),
                         .number(Double(t.uniqueCommunities.count), shown: String(t.uniqueCommunities.count))]
                    }))
        }

        // Contact quality and the plan: workspaces only.
        if let ws = network.workspace, let ties = network.ties {
            let quality = ws.contactQuality(strengths: ties, model: ws.config.quality)
                .filter { $0.contact != ws.me && $0.quality != nil }
                .sorted { ($0.quality ?? 0) != ($1.quality ?? 0) ? ($0.quality ?? 0) > ($1.quality ?? 0) : $0.contact < $1.contact }
            tables.append(HTMLReport.Table(
                title: "Contact quality", note: "The KPIs of the business per contact, and what to do about each tie.",
                columns: ["contact", "kind", "quality", "tie strength", "advice"],
                rows: quality.prefix(top).map { q in
                    [.text(ws[q.contact].name), .text(ws[q.contact].kind.rawValue), .number(q.quality ?? 0),
                     q.strength.map { .number($0) } ?? .text("—"), .text(q.advice.rawValue)]
                }))
            if let me = ego, case let goals = ws.config.goals, !goals.isEmpty {
                let plan = try ws.introductionPlan(goals: goals, ego: ContactIndex(me), strengths: ties)
                tables.append(HTMLReport.Table(
                    title: "Introduction plan", note: "One ask per row, in order; the goals are those of liaison.toml.",
                    columns: ["#", "goal", "ask"],
                    rows: plan.plan.asks.enumerated().map { k, ask in
                        [.number(Double(k + 1), shown: String(k + 1)), .text(plan.plan.goals[ask.goal].goal.name), .text(plan.sentence(ask))]
                    }))
            }
        }
        let title = ego.map { "Liaison — the network of \(names[$0])" } ?? "Liaison — network report"
        return HTMLReport(title: title, summary: summary, drawing: svg, tables: tables,
                          footer: "Written by liaison \(LiaisonCommand.configuration.version). Local file: nothing in it is fetched from anywhere.")
    }
}
