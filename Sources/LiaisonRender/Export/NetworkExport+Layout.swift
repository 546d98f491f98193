//===----------------------------------------------------------------------===//
// The network view's look (colour, size, Graphviz positions) on an export
//===----------------------------------------------------------------------===//

import Liaison
import LiaisonGraph

extension NetworkExport {
    /// Above this many nodes the export carries no positions: the network view draws a summary
    /// there (``ViewOptions/summaryThreshold``), and an sfdp layout of every node takes longer
    /// than the export itself; Gephi lays such graphs out itself (ForceAtlas 2).
    public static let positionLimit = ViewOptions().summaryThreshold

    /// The export of `network` with the look of `liaison render --view network`: colour = the
    /// community's Set3 colour (light grey beyond the eighth), size = the node's diameter in
    /// points (area ∝ betweenness, or degree above 1,000 nodes), position = the Graphviz layout
    /// of the network view (neato up to 150 nodes, sfdp above), up to ``positionLimit`` nodes.
    ///
    /// The measures and communities are computed once and shared by the attributes and the look.
    public static func withLayout(_ network: AnalysisNetwork, positions: Bool = true) throws -> NetworkExport {
        let measures = NodeMeasureTable(network)
        let communities = network.defaultCommunities()
        var export = NetworkExport(network, measures: measures, communities: communities)
        let overview = NetworkOverview(network, betweenness: measures.betweenness, communities: communities)
        let input = DrawingInput(network, overview: overview)
        let drawing = NetworkView.drawing(input, options: ViewOptions(full: true))
        let style = DrawingStyle()
        let n = network.graph.nodeCount
        let colours = (0 ..< n).map { u -> (r: Int, g: Int, b: Int) in
            guard let g = input.group(u), g < set3.count else { return (217, 217, 217) }
            return set3[g]
        }
        let sizes = (0 ..< n).map { style.contactWidth(drawing.nodes[$0]) * 72 }
        var placed: [(x: Double, y: Double)]?
        if positions && n <= positionLimit && n > 0, let pinned = drawing.pinned {
            placed = pinned.positions.map { ($0.x, $0.y) }
        } else if positions && n <= positionLimit && n > 0 {
            let graph = style.graphvizGraph(for: drawing, engine: drawing.preferredEngine)
            let byName = try Graphviz.positions(graph, engine: drawing.preferredEngine)
            placed = (0 ..< n).map { byName[Graphviz.cSafe(graph.nodes[$0].name)] ?? (0, 0) }
        }
        export.layout = Layout(positions: placed, colours: colours, sizes: sizes)
        return export
    }

    /// ColorBrewer Set3 with 8 classes (`colorscheme=set38`), the drawings' group colours.
    static let set3: [(r: Int, g: Int, b: Int)] = [
        (0x8D, 0xD3, 0xC7), (0xFF, 0xFF, 0xB3), (0xBE, 0xBA, 0xDA), (0xFB, 0x80, 0x72),
        (0x80, 0xB1, 0xD3), (0xFD, 0xB4, 0x62), (0xB3, 0xDE, 0x69), (0xFC, 0xCD, 0xE5),
    ]
}
