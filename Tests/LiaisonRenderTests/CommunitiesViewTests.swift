import Testing
import LiaisonGraph
@testable import LiaisonRender

@Test func communitiesAreBoxedOnlyWhereTheEngineHonoursClusters() throws {
    let input = try hostileInput()
    let d = CommunitiesView.drawing(input)
    #expect(d.groupPlacement == .together && d.preferredEngine == .fdp)
    let style = DrawingStyle()
    let fdp = style.graphvizGraph(for: d, engine: .fdp)
    #expect(fdp.subgraphs.map(\.name) == ["cluster_0", "cluster_1", "cluster_2"])
    #expect(fdp.subgraphs.map(\.members.count).reduce(0, +) == input.graph.nodeCount)
    // sfdp ignores clusters: one invisible hub per group, tied to its members by invisible edges.
    let sfdp = style.graphvizGraph(for: d, engine: .sfdp)
    #expect(sfdp.subgraphs.isEmpty)
    #expect(sfdp.nodes.count == input.graph.nodeCount + 3)
    #expect(sfdp.edges.count == input.graph.edgeCount + input.graph.nodeCount)
    #expect(sfdp.nodes.suffix(3).allSatisfy { $0.attributes.contains(GraphvizAttribute("style", "invis")) })
    // neato: short intra-group edges instead.
    let neato = style.graphvizGraph(for: d, engine: .neato)
    let intra = (0 ..< input.graph.edgeCount).filter {
        input.group(Int(input.graph.edgeSource[$0])) == input.group(Int(input.graph.edgeTarget[$0]))
    }.count
    #expect(neato.edges.filter { $0.attributes.contains(GraphvizAttribute("len", "0.3")) }.count == intra)
    // twopi/circo: colour only.
    #expect(style.graphvizGraph(for: d, engine: .twopi).nodes.count == input.graph.nodeCount)
}
