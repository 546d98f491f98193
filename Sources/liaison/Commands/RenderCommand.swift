import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph
import LiaisonRender

extension LayoutEngine: ExpressibleByArgument {}
extension DrawingFormat: ExpressibleByArgument {}

/// `liaison render`: draws the network with the Graphviz library (SPEC §4).
struct RenderCommand: ParsableCommand {
    enum View: String, ExpressibleByArgument, CaseIterable {
        case network, ego, communities, plan
    }

    /// What node size shows. `auto`: betweenness up to 1,000 nodes, degree above (exact
    /// betweenness is O(nm): seconds at a few thousand nodes, longer than the drawing itself).
    enum SizeMeasure: String, ExpressibleByArgument, CaseIterable {
        case auto, degree, betweenness
    }

    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the network with Graphviz as SVG, PNG, PDF or DOT.",
        discussion: """
        Views: network (everything; a summary above 500 nodes unless --full), ego (one contact's \
        network to --hops hops, rings by distance), communities (groups placed together), plan \
        (introduction paths given with --path, over the faded network).

        Colour = connected component, size = betweenness (--size; degree above 1,000 nodes), line width = \
        tie strength (the weight, log-scaled; weak ties dashed), bridges red, local bridges orange, \
        labels on the top --labels nodes; every node has a tooltip in SVG. The layout defaults to what suits the view: sfdp for large graphs, \
        neato for small ones, twopi for ego, fdp with clusters for small community drawings. \
        --format dot writes the DOT source (with layout=ENGINE) for the dot program.

        The output file is written only when the drawing succeeded, and atomically. Without -o \
        the drawing goes to standard output (not PNG or PDF on a terminal).

        EXAMPLES:
          liaison render --edges karate.csv -o karate.svg
          liaison render --edges k.csv --view ego --ego 1 --format png -o ego.png
          liaison render --edges big.csv --layout sfdp --full --format dot -o big.dot
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "What to draw.")
    var view: View = .network

    @Option(help: "Graphviz layout engine (default: chosen for the view and the size).")
    var layout: LayoutEngine?

    @Option(help: "Output format.")
    var format: DrawingFormat = .svg

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE (default: standard output).", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("The node at the centre of the ego view (default: the workspace's me).", valueName: "ID"))
    var ego: String?

    @Option(help: "Hops from the ego in the ego view.")
    var hops: Int = 2

    @Option(help: "Label the top N nodes by size (emphasised nodes are always labelled).")
    var labels: Int = 30

    @Option(help: "Node size: betweenness (normalised, lengths 1/weight), degree, or auto (betweenness up to 1,000 nodes).")
    var size: SizeMeasure = .auto

    @Flag(help: "Draw every node even when the graph is large (above 500 nodes).")
    var full = false

    @Option(name: .customLong("path"), help: ArgumentHelp(
        "An introduction path for the plan view, as comma-separated node ids from the asker to the target (repeatable).",
        valueName: "ID,ID,…"))
    var paths: [String] = []

    func validate() throws {
        if hops < 0 { throw ValidationError("--hops must be 0 or more") }
        if labels < 0 { throw ValidationError("--labels must be 0 or more") }
        if view == .plan && paths.isEmpty { throw ValidationError("the plan view needs at least one --path ID,ID,…") }
        if output == nil && (format == .png || format == .pdf) && isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("\(format.rawValue) is binary: give -o FILE or redirect standard output")
        }
    }

    func run() throws {
        try reportingErrors {
            let network = try input.loadNetwork()
            let drawingInput = Self.drawingInput(network, size: size)
            let options = ViewOptions(labels: labels, full: full)
            let drawing: NetworkDrawing
            switch view {
            case .network:
                drawing = NetworkView.drawing(drawingInput, options: options)
            case .communities:
                drawing = CommunitiesView.drawing(drawingInput, options: options)
            case .ego:
                // --ego, else the workspace's `me` (once workspaces reach this command).
                let index: Int
                if let id = ego {
                    guard let i = network.network.index(of: id) else {
                        throw ValidationError("--ego \(id): no node has this id")
                    }
                    index = i
                } else if let me = network.ego {
                    index = me
                } else {
                    throw ValidationError("the ego view needs --ego ID (this network has no `me`)")
                }
                drawing = EgoView.drawing(drawingInput, ego: index, hops: hops, options: options)
            case .plan:
                var resolved: [[Int]] = []
                for path in paths {
                    let ids = path.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    resolved.append(try ids.map { id in
                        guard let i = network.network.index(of: id) else {
                            throw ValidationError("--path \(path): no node has the id \(id)")
                        }
                        return i
                    })
                }
                drawing = PlanView.drawing(drawingInput, paths: resolved, options: options)
            }
            let rendered: RenderedDrawing
            do {
                rendered = try NetworkRenderer().render(drawing, engine: layout, format: format)
            } catch let error as GraphvizError where error.isUnavailable {
                printError("liaison: \(error)")
                throw ExitCode(Exit.unavailable)
            }
            for warning in rendered.warnings { printError("graphviz: \(warning)") }
            if let output {
                try OutputFile.write(rendered.data, to: output)
            } else {
                try StandardOutput.write(rendered.data)
            }
        }
    }

    /// Above this many nodes `--size auto` means degree.
    static let betweennessLimit = 1_000

    /// The analyses the drawing shows, from the graph core: size = betweenness (normalised, on
    /// lengths 1/w) or degree, groups = Leiden communities (seed 0; a directed graph read as
    /// undirected), bridges and local bridges (undirected graphs; a local bridge is an edge whose
    /// ends share no neighbour, i.e. neighbourhood overlap 0), strength from the weights, and for a
    /// workspace the class of each tie (strong, medium, weak, dormant; fading drawn at its level).
    ///
    /// A caller that has already computed the betweenness (of this graph) or the communities passes
    /// them in, so that they are not computed twice.
    static func drawingInput(_ network: AnalysisNetwork, size choice: SizeMeasure = .auto,
                             betweenness known: [Double]? = nil, communities: Partition? = nil) -> DrawingInput {
        let g = network.graph
        let degree = NodeMeasure(name: "degree", values: (0 ..< g.nodeCount).map {
            Double(g.isDirected ? g.degree($0) + g.inDegree($0) : g.degree($0))
        })
        var size = degree
        var measures: [NodeMeasure] = []
        if choice == .betweenness || (choice == .auto && (known != nil || g.nodeCount <= betweennessLimit)) {
            size = NodeMeasure(name: "betweenness", values: known ?? g.betweenness())
            measures = [degree]
        }
        let groups = Self.communityGroups(communities ?? Self.leiden(g))
        var bridges: [Bool]?
        var localBridges: [Bool]?
        if !g.isDirected {
            var isBridge = [Bool](repeating: false, count: g.edgeCount)
            for e in g.bridges() { isBridge[e] = true }
            bridges = isBridge
            localBridges = g.neighborhoodOverlap().map { $0 == 0 }
        }
        return DrawingInput(graph: g, ids: network.ids, names: network.names, size: size, measures: measures,
                            groups: groups, tieClass: network.ties.map { Self.lineClasses(g, $0) },
                            bridges: bridges, localBridges: localBridges)
    }

    /// Leiden communities with the default options (a directed graph read as undirected).
    static func leiden(_ g: Graph) -> Partition {
        (g.isDirected ? g.undirected() : g).leidenCommunities().partition
    }

    /// Communities as drawing groups, named by size ("community 1" = biggest).
    static func communityGroups(_ partition: Partition) -> (index: [Int], names: [String], meaning: String) {
        let names = (0 ..< partition.count).map { "community \($0 + 1)" }
        return (partition.community.map(Int.init), names, "community")
    }

    /// The workspace's tie classes per edge of the strength graph.
    static func lineClasses(_ g: Graph, _ ties: TieStrengths) -> [LineClass] {
        (0 ..< g.edgeCount).map { e in
            guard let tie = ties.tie(g.edgeSource[e], g.edgeTarget[e]) else { return .weak }
            switch tie.tieClass {
            case .strong: return .strong
            case .medium: return .medium
            case .weak: return .weak
            case .dormant: return .dormant
            case .fading: return LineClass.of(strength: tie.strength, strongAt: ties.model.strongThreshold, mediumAt: ties.model.mediumThreshold)
            }
        }
    }
}
