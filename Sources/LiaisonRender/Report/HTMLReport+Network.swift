//===----------------------------------------------------------------------===//
// The report of an analysed network: which sections, tables and drawing it holds
//===----------------------------------------------------------------------===//

import Foundation
import Liaison
import LiaisonGraph

extension HTMLReport {
    /// The report of `network` (SPEC §4): key figures, the network drawing (a summary above 500
    /// nodes, sized by betweenness and coloured by the Leiden communities the bridge ranking
    /// computes anyway), the bridge contacts, the ego's weak-tie reach (2 hops), and for a
    /// workspace the contact quality and the introduction plan of liaison.toml's goals.
    ///
    /// - Parameters:
    ///   - ego: the node of the reach and bridge sections; nil leaves the reach out.
    ///   - top: rows per table.
    ///   - generator: who wrote the report, for the footer ("liaison 0.1.0").
    ///   - policy: exact or estimated betweenness (default: by size, `BetweennessPolicy`); an
    ///     estimate's ε, δ and sample size are stated under the bridge table.
    public init(network: AnalysisNetwork, ego: Int?, top: Int, generator: String,
                betweenness policy: BetweennessPolicy = .automatic) throws {
        // The change section's earlier date needs its own tie model, KPIs, Leiden and bridge
        // measures, independent of everything below: computed on a second thread meanwhile.
        var earlierSide = network.workspace.flatMap { ws in
            network.ties.map { ties in
                let since = Self.changeWindowStart(ties.asOf)
                return BackgroundResult { ws.changeSnapshot(asOf: since) }
            }
        }
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        let names = network.names
        let communities = network.defaultCommunities()
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

        let measures = BridgeMeasures(graph: g, communities: communities, betweenness: policy)
        let overview = NetworkOverview(network, betweenness: network.graph.isDirected ? nil : measures.betweenness,
                                       communities: communities, betweennessPolicy: policy)
        let drawingInput = DrawingInput(network, overview: overview)
        let drawing = NetworkView.drawing(drawingInput, options: ViewOptions())
        ProgressReporter.shared.begin("layout (\(drawing.preferredEngine.rawValue))")
        let svg = try NetworkRenderer().render(drawing, format: .svg).data
        ProgressReporter.shared.end()

        var tables = [Table]()
        let ranking = BridgeContactRanking.byCommunity(network, graph: g, measures: measures, communities: communities, ego: ego)
        tables.append(Table(
            title: "Bridge contacts",
            note: "Ranked by betweenness, low constraint, participation across communities, local bridges held and your own tie."
                + (measures.betweennessEstimate.map { e in
                    " Betweenness estimated from \(e.sampleCount) sampled shortest paths: within \(e.epsilon) of the exact value "
                        + "with probability \(1 - e.delta) (liaison report --exact for exact values)."
                } ?? ""),
            columns: ["#", "contact", "score", "betweenness", "constraint", "why"],
            rows: ranking.contacts.prefix(top).map { c in
                [.number(Double(c.rank), shown: String(c.rank)), .contact(names[c.node], id: network.ids[c.node]), .number(c.score), .number(c.betweenness),
                 .number(c.constraint), .text(c.reason)]
            }))
        if let ego { tables.append(Self.reachTable(network, graph: g, ego: ego, communities: communities, top: top)) }
        var quality: [ContactQuality] = []
        if let ws = network.workspace, let ties = network.ties {
            quality = ws.contactQuality(strengths: ties, model: ws.config.quality)
            // The later date of the change section is this report's own date: reuse what the
            // sections above computed when it is what `changes` would compute (same ego and policy).
            let reusable = ego == ws.me.map(Int.init) && policy == ChangeOptions().betweenness
                && !network.graph.isDirected && ws.contacts.count == g.nodeCount
            let current = reusable ? ChangeSnapshot(strengths: ties, quality: quality, graph: g, communities: communities,
                                                    ranking: ranking) : nil
            // The change table is computed before the plan and the earlier date's snapshot (its
            // own tie model and graph) released, so the two are never held together.
            let changes = Self.changesTable(ws, asOf: ties.asOf, top: top, current: current, earlier: earlierSide?.value)
            earlierSide = nil
            tables += try Self.workspaceTables(ws, quality: quality, ties: ties,
                                               graph: network.graph.isDirected ? nil : network.graph, ego: ego, top: top)
            tables.append(changes)
        }
        let title = ego.map { "Liaison — the network of \(names[$0])" } ?? "Liaison — network report"
        let details = Self.contactDetails(network, graph: g, input: drawingInput, measures: measures, quality: quality,
                                          ranking: ranking, communities: communities, ego: ego)
        self.init(title: title, summary: summary, drawing: svg, tables: tables,
                  footer: "Written by \(generator). Local file: nothing in it is fetched from anywhere.",
                  contacts: details)
    }

    /// Above this many contacts the report carries no detail panels (they would make the file
    /// larger than the drawing, which shows a summary there anyway).
    static let detailLimit = 5_000

    /// Above this many contacts × interactions the panels carry the measures, KPIs and ties but
    /// not the rest of the `liaison show` page (its tie explanation reads every interaction).
    static let profileLimit = 50_000_000

    /// The detail panel of every contact: kind, organisation and city (workspace), community,
    /// betweenness, degree, constraint, the KPIs and advice of the contact-quality table, and its
    /// ties, strongest first (up to 15).
    private static func contactDetails(_ network: AnalysisNetwork, graph g: Graph, input: DrawingInput,
                                       measures: BridgeMeasures, quality: [ContactQuality], ranking: BridgeContactRanking,
                                       communities: Partition, ego: Int?) -> [ContactDetail] {
        let n = g.nodeCount
        guard n <= detailLimit else { return [] }
        // The `liaison show` page of every contact, from one shared context.
        var profiles: ProfileContext?
        // (from the tie strengths, KPIs and bridge ranking this report has already computed).
        if let ws = network.workspace, let ties = network.ties, !quality.isEmpty,
           ws.contacts.count * max(ws.interactions.count, 1) <= profileLimit {
            profiles = ws.profileContext(ego: ego.map { ContactIndex($0) }, strengths: ties, quality: quality,
                                         ranking: ranking, communities: communities)
        }
        var indexOf = [String: Int]()
        for (k, c) in (network.workspace?.contacts ?? []).enumerated() { indexOf[c.id] = k }
        var contactOf = [String: Contact]()
        for c in network.workspace?.contacts ?? [] { contactOf[c.id] = c }
        var qualityOf = [String: ContactQuality]()
        if let ws = network.workspace { for q in quality { qualityOf[ws[q.contact].id] = q } }
        var ties = [[(other: Int, strength: Double)]](repeating: [], count: n)
        for e in 0 ..< g.edgeCount {
            let a = Int(g.edgeSource[e]), b = Int(g.edgeTarget[e])
            let s = network.ties?.tie(g.edgeSource[e], g.edgeTarget[e])?.strength ?? input.strength[e]
            ties[a].append((b, s))
            if a != b { ties[b].append((a, s)) }
        }
        func f(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "—" }
        return (0 ..< n).map { u in
            let id = network.ids[u]
            var facts: [(label: String, value: String)] = []
            if let c = contactOf[id] {
                facts.append(("kind", c.kind.rawValue))
                if !c.organization.isEmpty { facts.append(("organisation", c.organization)) }
                if !c.title.isEmpty { facts.append(("title", c.title)) }
                if !c.industry.isEmpty { facts.append(("industry", c.industry)) }
                if !c.city.isEmpty { facts.append(("city", c.city)) }
            }
            if let grp = input.group(u) { facts.append(("community", input.groupNames[grp])) }
            facts.append(("degree", String(g.degree(u))))
            facts.append(("betweenness", f(measures.betweenness[u])))
            if u < measures.constraint.count { facts.append(("constraint", f(measures.constraint[u]))) }
            var sections = [(title: String, lines: [String])]()
            if let ws = network.workspace, let ctx = profiles, let k = indexOf[id] {
                // The page of `liaison show`, but its strongest ties (the clickable list below has them).
                sections = ws.profile(of: ContactIndex(k), in: ctx).sections(ws).sections.filter { $0.title != "Strongest ties" }
            } else if let q = qualityOf[id], let ws = network.workspace {
                // The KPIs in the words, samples and window of `liaison contacts`.
                facts += ContactListing.evidence(q, in: ws)
            }
            let listed = ties[u].sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.other < $1.other }.prefix(15)
            let tieList = listed.map { t -> (id: String, name: String, note: String) in
                let cls = network.ties?.tie(ContactIndex(u), ContactIndex(t.other))?.tieClass.rawValue
                return (network.ids[t.other], network.names[t.other], "\(cls.map { $0 + ", " } ?? "")strength \(f(t.strength))")
            }
            return ContactDetail(id: id, name: network.names[u], facts: facts, ties: tieList, sections: sections)
        }
    }

    /// Weak-tie reach within 2 hops: weak ties by what only they reach.
    private static func reachTable(_ network: AnalysisNetwork, graph g: Graph, ego: Int, communities: Partition,
                                   top: Int) -> Table {
        let names = network.names
        let threshold = network.ties?.model.strongThreshold ?? g.medianWeight()
        let reach = g.weakTieReach(ego: ego, hops: 2, strongThreshold: threshold, communities: communities)
        return Table(
            title: "Weak-tie reach (2 hops)",
            note: "Reachable with strong ties only: \(reach.strongOnly.count); with any ties: \(reach.anyTies.count); "
                + "only through a weak tie: \(reach.onlyThroughWeak.count). Weak ties by what only they reach:",
            columns: ["weak tie", "strength", "reach", "unique contacts", "new communities"],
            rows: reach.weakTies.sorted { $0.uniqueContacts.count != $1.uniqueContacts.count
                ? $0.uniqueContacts.count > $1.uniqueContacts.count : $0.contact < $1.contact }
                .prefix(top).map { t in
                    [.contact(names[t.contact], id: network.ids[t.contact]), .number(t.strength), .number(Double(t.reach), shown: String(t.reach)),
                     .number(Double(t.uniqueContacts.count), shown: String(t.uniqueContacts.count)),
                     .number(Double(t.newCommunities.count), shown: String(t.newCommunities.count))]
                })
    }

    /// Contact quality and the introduction plan: workspaces only.
    /// `graph`: the strength graph of `ties` (`nil`: the plan builds it).
    private static func workspaceTables(_ ws: Workspace, quality all: [ContactQuality], ties: TieStrengths, graph: Graph?,
                                        ego: Int?, top: Int) throws -> [Table] {
        var tables = [Table]()
        let quality = all
            .filter { $0.contact != ws.me && $0.quality != nil }
            .sorted { ($0.quality ?? 0) != ($1.quality ?? 0) ? ($0.quality ?? 0) > ($1.quality ?? 0) : $0.contact < $1.contact }
        tables.append(Table(
            title: "Contact quality", note: "The KPIs of the business per contact, and what to do about each tie.",
            columns: ["contact", "kind", "quality", "tie strength", "advice"],
            rows: quality.prefix(top).map { q in
                [.contact(ws[q.contact].name, id: ws[q.contact].id), .text(ws[q.contact].kind.rawValue), .number(q.quality ?? 0),
                 q.strength.map { .number($0) } ?? .text("—"), .text(q.advice.rawValue)]
            }))
        if let me = ego, !ws.config.goals.isEmpty {
            let plan = try ws.introductionPlan(goals: ws.config.goals, ego: ContactIndex(me), strengths: ties,
                                               options: ws.config.planning, graph: graph, quality: all)
            tables.append(Table(
                title: "Introduction plan", note: "One ask per row, in order; the goals are those of liaison.toml.",
                columns: ["#", "goal", "ask"],
                rows: plan.plan.asks.enumerated().map { k, ask in
                    [.number(Double(k + 1), shown: String(k + 1)), .text(plan.plan.goals[ask.goal].goal.name), .text(plan.sentence(ask))]
                }))
        }
        return tables
    }
}
