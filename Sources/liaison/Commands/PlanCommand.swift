import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph
import LiaisonRender

/// `liaison plan`: introduction plans toward networking goals (SPEC §5.7), or the most reliable
/// paths between two nodes of a plain graph.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan introductions toward your networking goals: whom to ask, in what order, how reliable.",
        discussion: """
        For each goal (the [[goal]] tables of liaison.toml, or --goal): the contacts that match it, \
        and for each the most reliable introduction paths from you — the product of the tie \
        strengths along the path, found as shortest paths on −ln(strength) with Yen's algorithm — \
        at most --max-hops ties long, never through contacts tagged do-not-ask, never repeating an \
        introduction that was declined (introductions.csv), and asking no introducer more than \
        --budget times across the plan. Targets you know directly: "reach out yourself". When a \
        goal's contacts cannot be reached: the bridge contacts nearest to them. See docs/planning.md.

        --goal takes the name of a [[goal]] or a filter: "kind=investor industry=fintech count=2" \
        (keys: name, kind, industry, tags, city, organization, text, count, deadline, and new=true \
        for contacts you have no tie with yet; lists comma-separated; quote values with spaces: \
        city="New York"). Repeat it for several goals.

        With --edges FILE --from A --to B (a plain graph whose weights are tie strengths in (0, 1]): \
        the --paths most reliable loopless paths from A to B (no hop limit unless --max-hops). \
        --format json prints {"paths":[{"nodes":[ids],"reliability":R}]}, most reliable first, R the \
        product of the weights. Weights outside (0, 1] exit 65; no path exits 1.

        EXAMPLES:
          liaison plan data/demo
          liaison plan data/demo --goal "kind=investor industry=fintech count=2 new=true" --budget 2
          liaison plan data/demo --format json --draw out/plan.svg > plan.json
          liaison plan --edges ties.csv --from anna --to boris --paths 5 --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The workspace folder (omit with --edges).")
    var workspace: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A goal: the name of a [[goal]] in liaison.toml, or a filter \"kind=investor industry=fintech count=2\". Repeatable; default: every [[goal]].",
                               valueName: "GOAL"))
    var goal: [String] = []

    @Option(help: ArgumentHelp("The contact you plan for (default: me).", valueName: "ID"))
    var ego: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Plan as of this date (default: as_of in liaison.toml, else today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: "Alternative paths kept per target (Yen's k; default 3, or paths in [plan] of liaison.toml).")
    var paths: Int?

    @Option(name: .customLong("max-hops"), help: "At most this many ties from you to a target (default 3, or max_hops in [plan] of liaison.toml; no limit with --edges).")
    var maxHops: Int?

    @Option(help: "No introducer is asked more than this many times across the plan (default 3, or budget in [plan] of liaison.toml).")
    var budget: Int?

    @Option(help: ArgumentHelp("A plain graph (CSV source,target[,weight], edge list or GraphML), weights = tie strengths in (0, 1].", valueName: "FILE"))
    var edges: String?

    @Flag(help: "Read the edges of --edges as directed arcs.")
    var directed = false

    @Option(help: ArgumentHelp("With --edges: the start node.", valueName: "ID"))
    var from: String?

    @Option(help: ArgumentHelp("With --edges: the end node.", valueName: "ID"))
    var to: String?

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Also draw the plan (the asks' paths over the faded network) to FILE: .svg, .png, .pdf or .dot.",
                               valueName: "FILE"))
    var draw: String?

    func validate() throws {
        if let paths, paths < 1 { throw ValidationError("--paths must be ≥ 1") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be ≥ 1") }
        if let budget, budget < 1 { throw ValidationError("--budget must be ≥ 1") }
        if let draw {
            let ext = URL(fileURLWithPath: draw).pathExtension.lowercased()
            if DrawingFormat(rawValue: ext) == nil { throw ValidationError("--draw \(draw): expected a file ending in .svg, .png, .pdf or .dot") }
            if edges != nil { throw ValidationError("--draw needs a workspace; for a plain graph use liaison render --view plan") }
        }
        if let asOf, ISODate.parse(asOf) == nil { throw ValidationError("--as-of \(asOf): \(ISODate.expected)") }
        if edges != nil {
            if workspace != nil { throw ValidationError("give a workspace or --edges FILE, not both") }
            if from == nil || to == nil { throw ValidationError("--edges needs --from A and --to B") }
            if !goal.isEmpty { throw ValidationError("--goal needs a workspace (contacts to filter), not --edges") }
        } else {
            if workspace == nil { throw ValidationError("give a workspace folder, or --edges FILE --from A --to B") }
            if from != nil || to != nil { throw ValidationError("--from/--to go with --edges; for a workspace use --goal") }
        }
    }

    func run() throws {
        try reportingErrors {
            if let edges { try planPaths(edges) } else { try planGoals(workspace!) }
        }
    }

    // MARK: plain graph

    private func planPaths(_ file: String) throws {
        let loaded = try EdgeListLoader.load(path: file, directed: directed ? true : nil)
        for w in loaded.warnings { printError(w.description) }
        let net = loaded.network, g = net.graph
        let bad = (0 ..< g.edgeCount).filter { !(g.edgeWeight[$0] > 0 && g.edgeWeight[$0] <= 1) }
        if !bad.isEmpty {
            let shown = bad.prefix(5).map { e in
                "\(TextTable.sanitize(net.labels[Int(g.edgeSource[e])]))–\(TextTable.sanitize(net.labels[Int(g.edgeTarget[e])])) has weight \(CSVWriter.format(g.edgeWeight[e]))"
            }
            throw InputErrors([Diagnostic(file: file, line: 0, column: 0,
                message: "path reliability is the product of the weights, so every weight must be a tie strength in (0, 1]; "
                    + shown.joined(separator: ", ") + (bad.count > 5 ? " (and \(bad.count - 5) more)" : "")
                    + (g.buildReport.mergedParallelEdges > 0 ? " (parallel edges were merged by summing their weights)" : ""))])
        }
        guard let a = net.index(of: from!) else { throw ValidationError("--from \(from!): no such node in \(file)") }
        guard let b = net.index(of: to!) else { throw ValidationError("--to \(to!): no such node in \(file)") }
        let found = Array(try g.shortestSimplePaths(from: a, to: b, cost: Graph.reliabilityCost, maxHops: maxHops).prefix(paths ?? 3))
        let reliabilities = found.map { p in zip(p.nodes, p.nodes.dropFirst()).reduce(1.0) { $0 * g.weight(from: $1.0, to: $1.1)! } }
        switch format {
        case .json:
            let items: [JSONValue] = zip(found, reliabilities).map { p, r in
                .object([("nodes", .array(p.nodes.map { .string(net.labels[$0]) })), ("reliability", .number(r))])
            }
            print(JSONValue.object([("paths", .array(items))]).serialized(pretty: true))
        case .text:
            for (k, (p, r)) in zip(found, reliabilities).enumerated() {
                print("\(k + 1). " + p.nodes.map { TextTable.sanitize(loaded.names[$0]) }.joined(separator: " → ") + "  (reliability \(CSVWriter.format(r)))")
            }
        }
        if found.isEmpty {
            printError("liaison: no path from \(from!) to \(to!)" + (maxHops.map { " within \($0) hops" } ?? ""))
            throw ExitCode(Exit.noResult)
        }
    }

    // MARK: workspace

    private func planGoals(_ folder: String) throws {
        let ws = try loadWorkspace(folder)
        let me: ContactIndex
        if let ego {
            guard let i = ws.index(of: ego) else { throw ValidationError("--ego \(ego): no contact with this id in \(folder)/contacts.csv") }
            me = i
        } else {
            guard let i = ws.me else {
                throw ValidationError("\(folder) has no contact of kind me and liaison.toml names no me: give --ego ID")
            }
            me = i
        }
        let defined = ws.config.goals
        var goals = [Goal]()
        if goal.isEmpty {
            goals = defined
        } else {
            for g in goal {
                if g.contains("=") {
                    do { goals.append(try Goal(commandLine: g)) } catch let e as GoalSyntaxError { throw ValidationError(e.message) }
                } else if let named = defined.first(where: { ContactFilter.fold($0.name) == ContactFilter.fold(g) }) {
                    goals.append(named)
                } else {
                    let names = defined.map { "\"\($0.name)\"" }.joined(separator: ", ")
                    throw ValidationError("--goal \(g): no [[goal]] with this name in liaison.toml"
                                          + (names.isEmpty ? " (it defines none)" : " (it defines \(names))")
                                          + "; or give a filter such as \"kind=investor industry=fintech\"")
                }
            }
        }
        let planning = ws.config.planning
        let options = PlanningOptions(paths: paths ?? planning.paths, maxHops: maxHops ?? planning.maxHops,
                                      budget: budget ?? planning.budget)
        let report = try ws.introductionPlan(goals: goals, ego: me, asOf: asOf.flatMap(ISODate.parse), options: options)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json().serialized(pretty: true))
        }
        if goals.isEmpty { printError("liaison: no goals: add [[goal]] tables to liaison.toml or give --goal") }
        if let draw { try drawPlan(report, workspace: ws, to: draw) }
    }

    /// The plan view of the renderer (node i = contact i in both the plan and the network).
    private func drawPlan(_ report: IntroductionPlanReport, workspace ws: Workspace, to file: String) throws {
        let network = try AnalysisNetwork(workspace: ws, asOf: report.strengths.asOf)
        let drawing = PlanView.drawing(RenderCommand.drawingInput(network),
                                       paths: report.plan.asks.map(\.path.nodes), title: "Introduction plan")
        let format = DrawingFormat(rawValue: URL(fileURLWithPath: file).pathExtension.lowercased()) ?? .svg
        let rendered: RenderedDrawing
        do {
            rendered = try NetworkRenderer().render(drawing, format: format)
        } catch let error as GraphvizError where error.isUnavailable {
            printError("liaison: \(error)")
            throw ExitCode(Exit.unavailable)
        }
        for warning in rendered.warnings { printError("graphviz: \(warning)") }
        try AtomicFile.write(rendered.data, to: file)
    }
}
