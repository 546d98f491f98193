//===----------------------------------------------------------------------===//
// CommunitiesView: the network with its groups visibly together
//===----------------------------------------------------------------------===//

/// The `communities` view: the network view with ``NetworkDrawing/GroupPlacement/together``, so
/// the groups are placed together: as boxed clusters with fdp or dot when the drawing has at most
/// ``DrawingStyle/clusterLimit`` nodes (fdp is its default then), otherwise under sfdp with an
/// invisible hub per group (docs/graphviz.md: fdp took 492 s for 2,000 nodes), or with short
/// intra-group edges under neato. Above the summary threshold it is the network summary, whose
/// boxes already are the groups.
public enum CommunitiesView {
    public static func drawing(_ input: DrawingInput, options: ViewOptions = ViewOptions(),
                               title: String = "Communities") -> NetworkDrawing {
        precondition(input.groups != nil, "CommunitiesView needs a group per node")
        var drawing = NetworkView.drawing(input, options: options, title: title)
        drawing.groupPlacement = .together
        drawing.pinned = nil
        let contacts = drawing.nodes.filter { $0.kind == .contact }.count
        drawing.preferredEngine = contacts <= DrawingStyle().clusterLimit ? .fdp : .sfdp
        return drawing
    }
}
