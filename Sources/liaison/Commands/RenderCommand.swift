import ArgumentParser
import Foundation
import Liaison
import LiaisonRender

extension LayoutEngine: ExpressibleByArgument {}
extension DrawingFormat: ExpressibleByArgument {}
extension NodeSizeMeasure: ExpressibleByArgument {}

/// `liaison render`: draws the network with the Graphviz library (SPEC §4).
struct RenderCommand: ParsableCommand {
    enum View: String, ExpressibleByArgument, CaseIterable {
        case network, ego, communities, plan
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

    @Option(name: .customLong("format"), help: "Output format (default: from the extension of -o — .svg, .png, .pdf, .dot or .gv — else svg).")
    var formatOption: DrawingFormat?

    /// The format asked for, else the one `-o`'s extension names (as `dot -O` and plotting tools
    /// do: `-o ego.png` writes a PNG, not SVG bytes in a .png file), else SVG.
    var format: DrawingFormat {
        if let formatOption { return formatOption }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "png": return .png
        case "pdf": return .pdf
        case "dot", "gv": return .dot
        default: return .svg
        }
    }

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE (default: standard output).", valueName: "FILE"))
    var output: String?

    @OptionGroup var ego: EgoOption

    @Option(help: "Hops from the ego in the ego view.")
    var hops: Int = 2

    @Option(help: "Label the top N nodes by size (emphasised nodes are always labelled).")
    var labels: Int = 30

    @Option(help: "Node size: betweenness (normalised, lengths 1/weight), degree, or auto (betweenness up to 1,000 nodes).")
    var size: NodeSizeMeasure = .auto

    @OptionGroup var betweenness: BetweennessOptions

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
            let overview = NetworkOverview(network, size: size, betweennessPolicy: betweenness.policy)
            if let note = BetweennessResult(values: [], estimate: overview.betweennessEstimate).note { printError(note) }
            let drawingInput = DrawingInput(network, overview: overview)
            let options = ViewOptions(labels: labels, full: full)
            let drawing: NetworkDrawing
            switch view {
            case .network:
                drawing = NetworkView.drawing(drawingInput, options: options)
            case .communities:
                drawing = CommunitiesView.drawing(drawingInput, options: options)
            case .ego:
                guard let center = try ego.node(in: network) else {
                    throw ValidationError("the ego view needs --ego ID (this network has no `me`)")
                }
                drawing = EgoView.drawing(drawingInput, ego: center, hops: hops, options: options)
            case .plan:
                let directory = ContactDirectory(network)
                let resolved = try paths.map { path in
                    try path.split(separator: ",", omittingEmptySubsequences: false).map {
                        try directory.resolve(String($0), option: "--path \(path):")
                    }
                }
                drawing = PlanView.drawing(drawingInput, paths: resolved, options: options)
            }
            ProgressReporter.shared.begin("layout")
            let rendered = try NetworkRenderer().render(drawing, engine: layout, format: format)
            ProgressReporter.shared.end()
            for warning in rendered.warnings { printError("graphviz: \(warning)") }
            if let output {
                try OutputFile.write(rendered.data, to: output)
            } else {
                try StandardOutput.write(rendered.data)
            }
        }
    }
}
