import ArgumentParser
import Foundation
import Liaison
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
          liaison plan data/team
          liaison plan data/team --member olga

        In a team workspace (team in liaison.toml, interactions.csv's owner column saying whose each \
        touch was): each member's own ties give their routes, and each target goes to the member \
        with the warmest one — "Olga should ask Boris to introduce them to …", with every member's \
        best reliability beside it (csv: step,goal,asker,asker_name,action,ask,ask_name,target,\
        target_name,path,reliability,value,score,text; json: {as_of, team, asks [{step, goal, asker, \
        action, ask, target, path, reliability, value, score, by_owner [{id, reliability}], text}], \
        goals}). --member ID plans for one member alone, as for one owner; --ego plans on everyone's \
        touches for that contact.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A goal: the name of a [[goal]] in liaison.toml, or a filter \"kind=investor industry=fintech count=2\". Repeatable; default: every [[goal]].",
                               valueName: "GOAL"))
    var goal: [String] = []

    @OptionGroup var ego: EgoOption

    @OptionGroup var member: MemberOption

    @Option(help: "Alternative paths kept per target (Yen's k; default 3, or paths in [plan] of liaison.toml).")
    var paths: Int?

    @Option(name: .customLong("max-hops"), help: "At most this many ties from you to a target (default 3, or max_hops in [plan] of liaison.toml; no limit with --edges).")
    var maxHops: Int?

    @Option(help: "No introducer is asked more than this many times across the plan (default 3, or budget in [plan] of liaison.toml).")
    var budget: Int?

    @Option(help: ArgumentHelp("With --edges: what the weights are — strength (tie strengths in (0, 1], the default) or count (any positive numbers, normalised by 1 − e^(−w/median w)).",
                               valueName: "strength|count"))
    var weights: String?

    @Option(help: ArgumentHelp("With --edges: the start node.", valueName: "ID"))
    var from: String?

    @Option(help: ArgumentHelp("With --edges: the end node.", valueName: "ID"))
    var to: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

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
            if input.edges != nil { throw ValidationError("--draw needs a workspace; for a plain graph use liaison render --view plan") }
        }
        if let weights {
            if ReliablePaths.Weights(rawValue: weights) == nil { throw ValidationError("--weights \(weights): expected strength or count") }
            if input.edges == nil { throw ValidationError("--weights goes with --edges (a workspace's weights are tie strengths)") }
        }
        if input.edges != nil {
            if from == nil || to == nil { throw ValidationError("--edges needs --from A and --to B") }
            if !goal.isEmpty { throw ValidationError("--goal needs a workspace (contacts to filter), not --edges") }
            if ego.ego != nil { throw ValidationError("--ego goes with a workspace; with --edges give --from A --to B") }
        } else if from != nil || to != nil {
            throw ValidationError("--from/--to go with --edges; for a workspace use --goal")
        }
    }

    func run() throws {
        try reportingErrors {
            if input.edges != nil { try planPaths() } else { try planGoals(input.workspace!) }
        }
    }

    // MARK: plain graph

    private func planPaths() throws {
        let loaded = try input.loadEdges()
        let network = AnalysisNetwork(edgeList: loaded)
        let directory = ContactDirectory(network)
        let a = try directory.resolve(from!, option: "--from")
        let b = try directory.resolve(to!, option: "--to")
        let found = try ReliablePaths(network, from: a, to: b, count: paths ?? 3, maxHops: maxHops, file: input.edges!,
                                      mergedParallelEdges: network.graph.buildReport.mergedParallelEdges,
                                      weights: weights.flatMap(ReliablePaths.Weights.init(rawValue:)) ?? .strength).paths
        try emit(ReliablePaths.formatted(found, format, network: network))
        if found.isEmpty {
            printError("error: no path from \(from!) to \(to!)" + (maxHops.map { " within \($0) hops" } ?? ""))
            throw ExitCode(Exit.noResult)
        }
    }

    // MARK: workspace

    private func planGoals(_ folder: String) throws {
        input.progress.start()
        let ws = try loadWorkspace(folder)
        let inView = try member.contact(in: ws)
        let team = inView == nil && ego.ego == nil ? ws.teamOwners : nil
        let me = try inView ?? (team?.first ?? ego.contact(in: ws, folder: folder))
        let goals: [Goal]
        do { goals = try Goal.resolve(goal, defined: ws.config.goals) } catch let e as GoalRequestError {
            throw ValidationError(e.message)
        }
        let planning = ws.config.planning
        let options = PlanningOptions(paths: paths ?? planning.paths, maxHops: maxHops ?? planning.maxHops,
                                      budget: budget ?? planning.budget, minReliability: planning.minReliability)
        if let team {
            let plan = try ws.teamPlan(goals: goals, owners: team, asOf: input.asOf?.date, options: options)
            try emit(plan.formatted(format, in: ws))
            if goals.isEmpty { printError("warning: no goals: add [[goal]] tables to liaison.toml or give --goal") }
            if draw != nil { printError("note: --draw draws one owner's plan: give --member ID") }
            return
        }
        let view = inView.map { ws.ownerView($0) } ?? ws
        let report = try view.introductionPlan(goals: goals, ego: me, asOf: input.asOf?.date, options: options)
        try emit(report.formatted(format))
        if goals.isEmpty { printError("warning: no goals: add [[goal]] tables to liaison.toml or give --goal") }
        if let draw { try drawPlan(report, workspace: view, to: draw) }
    }

    /// The plan view of the renderer (node i = contact i in both the plan and the network).
    private func drawPlan(_ report: IntroductionPlanReport, workspace ws: Workspace, to file: String) throws {
        let network = try AnalysisNetwork(workspace: ws, asOf: report.strengths.asOf)
        let drawing = PlanView.drawing(DrawingInput(network), paths: report.plan.asks.map(\.path.nodes),
                                       title: "Introduction plan")
        let format = DrawingFormat(rawValue: URL(fileURLWithPath: file).pathExtension.lowercased()) ?? .svg
        let rendered = try NetworkRenderer().render(drawing, format: format)
        for warning in rendered.warnings { printError("graphviz: \(warning)") }
        try OutputFile.write(rendered.data, to: file)
    }
}
