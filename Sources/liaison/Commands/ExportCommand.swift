import ArgumentParser
import Foundation
import Liaison
import LiaisonRender

extension ExportFormat: ExpressibleByArgument {}

/// `liaison export`: the network with its attributes, for Gephi, NetworkX, igraph, yEd,
/// Cytoscape and spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the network with every attribute as GraphML, GEXF, node-link JSON, GML, DOT or CSV.",
        discussion: """
        Nodes carry the contact fields (name; with a workspace kind, organization, industry, \
        city, tags), every measure of `liaison centrality`, the Leiden community (1 = biggest) and, \
        undirected, articulation_point and on_bridge. Edges carry weight (the tie strength); with a \
        workspace class and the tie components; undirected, bridge, local_bridge and overlap.

          graphml  typed <key>s: networkx.read_graphml, Gephi, yEd, Cytoscape
          gexf     GEXF 1.3 with viz colour, size and the Graphviz positions of
                   `liaison render` (positions up to 500 nodes): Gephi
          json     NetworkX node-link form: networkx.node_link_graph
          gml      networkx.read_gml, igraph Graph.Read_GML
          dot      attributes as DOT attributes, pos/fillcolor/width for neato -n2
          csv      two files: -o BASE writes BASE-nodes.csv and BASE-edges.csv

        Without -o (or with -o -) the export goes to standard output (not csv). Files are \
        written atomically, only when the export succeeded.

        EXAMPLES:
          liaison export data/demo --format gexf -o demo.gexf
          liaison export --edges karate.csv --format json > karate.json
          liaison export data/demo --format csv -o demo
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "File format.")
    var format: ExportFormat = .graphml

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to FILE; - or no -o: standard output. csv: the base name of the two files.", valueName: "FILE"),
            completion: .file())
    var output: String?

    func validate() throws {
        if format == .csv && (output == nil || output == "-") {
            throw ValidationError("--format csv writes two files: give -o BASE (BASE-nodes.csv, BASE-edges.csv)")
        }
    }

    func run() throws {
        try reportingErrors {
            let network = try input.loadNetwork()
            let positions = format == .gexf || format == .dot
            // GraphML, node-link JSON, GML and CSV carry no look (colour, size, position): the
            // network view's drawing is built only for GEXF and DOT.
            let export = positions ? try NetworkExport.withLayout(network, positions: true) : NetworkExport(network)
            for note in export.notes { printError(note) }
            if positions && network.graph.nodeCount > NetworkExport.positionLimit {
                printError("note: no positions above \(NetworkExport.positionLimit) nodes (\(network.graph.nodeCount) here); lay the graph out in the tool you open it with")
            }
            if format == .csv {
                let paths = ExportFormat.csvPaths(base: output!)
                try write(to: paths.nodes) { export.nodesCSV(to: &$0) }
                try write(to: paths.edges) { export.edgesCSV(to: &$0) }
                return
            }
            let dot = format == .dot ? try export.dot() : nil
            // Streamed through the output's buffer: the document never exists as one string.
            try write(to: output ?? "-") { out in
                switch format {
                case .graphml: export.graphML(to: &out)
                case .gexf: export.gexf(to: &out)
                case .json: export.nodeLinkJSON(to: &out)
                case .gml: export.gml(to: &out)
                case .dot: out.write(dot!)
                case .csv: break
                }
            }
        }
    }

    /// Opens `path` (`-`: standard output), streams `body`'s text into it and commits: complete
    /// or not there at all.
    private func write(to path: String, _ body: (inout OutputFileStream) -> Void) throws {
        var stream = try OutputFileStream(path)
        // A long write to a file shows its phase; text streamed to standard output does not (on a
        // terminal the status line would land between the lines of the document).
        let shown = path != "-"
        if shown { ProgressReporter.shared.begin("writing \(format.rawValue)") }
        defer { if shown { ProgressReporter.shared.end() } }
        body(&stream)
        try stream.commit()
    }
}
