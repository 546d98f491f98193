//===----------------------------------------------------------------------===//
// DrawingStyle: a NetworkDrawing as Graphviz attributes (colours, sizes, line styles, legend)
//===----------------------------------------------------------------------===//

/// Turns a ``NetworkDrawing`` into a ``GraphvizGraph`` for one layout engine.
///
/// The conventions (legible at a glance; docs/graphviz.md, "Drawing conventions that depend on the engine"):
/// - colour = group, Brewer Set3 (`colorscheme=set38`, `fillcolor=1…8`) for the first eight
///   groups, light grey for the rest;
/// - node area ∝ the size measure (`width` = `height`, `fixedsize=shape`, so a label can be wider
///   than its node and still take part in overlap removal);
/// - line width = tie strength; weak ties thin and dashed, dormant ties dotted; bridges red, local
///   bridges orange; highlighted paths thick red; context faded grey;
/// - labels only where the view put one; every node has a tooltip (in SVG) with its name and
///   measures; the legend is the graph label (bottom left, plain text, every format);
/// - sfdp/neato/fdp/twopi: `overlap=prism`, `splines=false` (curves outside dot cost minutes),
///   `outputorder=edgesfirst` so nodes sit on top of the semi-transparent edges.
public struct DrawingStyle: Sendable {
    /// Readable names of the Set3 colours 1…8, for the legend.
    public static let colourNames = ["teal", "yellow", "lilac", "salmon", "blue", "orange", "green", "pink"]
    public static let fontName = "DejaVu Sans"
    /// Above this many nodes, edge tooltips are left out (they double the size of the SVG).
    public var edgeTooltipLimit = 1_500
    /// Cluster boxes only up to this many nodes (fdp's cost grows fast: 492 s at 2,000 nodes).
    public var clusterLimit = 200

    public init() {}

    /// The Graphviz graph for `drawing` laid out by `engine`.
    public func graphvizGraph(for drawing: NetworkDrawing, engine: LayoutEngine) -> GraphvizGraph {
        var g = GraphvizGraph(name: "liaison", isDirected: drawing.isDirected)
        g.attributes = graphAttributes(drawing, engine: engine)
        g.nodeDefaults = [
            .init("shape", "circle"), .init("style", "filled"), .init("fixedsize", "shape"),
            .init("fontname", Self.fontName), .init("fontsize", "10"), .init("label", ""),
            .init("colorscheme", "set38"), .init("color", "#444444"), .init("penwidth", "0.5"),
        ]
        g.edgeDefaults = [.init("color", "#55555566"), .init("penwidth", "1")]
        if drawing.isDirected { g.edgeDefaults.append(.init("arrowsize", "0.5")) }

        var taken = Set<String>()
        taken.reserveCapacity(drawing.nodes.count)
        // Pinned positions (the view's own layout) only under neato, which keeps pinned nodes where
        // they are; the backdrop (region discs, rings) comes first so that it is drawn underneath.
        let pinned = engine == .neato ? drawing.pinned.flatMap { $0.positions.count == drawing.nodes.count ? $0 : nil } : nil
        if let pinned { addBackdrop(pinned, drawing, to: &g, taken: &taken) }
        let offset = g.nodes.count
        for (i, node) in drawing.nodes.enumerated() {
            let name = unique(DrawingText.name(node.id), in: &taken)
            var attributes = nodeAttributes(node)
            if let pinned { attributes.append(pin(pinned.positions[i])) }
            g.addNode(name, attributes)
        }
        let edgeTooltips = drawing.edges.count <= edgeTooltipLimit
        let placement = pinned == nil ? groupPlacement(drawing, engine: engine) : .none
        for edge in drawing.edges {
            var attributes = edgeAttributes(edge, tooltip: edgeTooltips)
            if placement == .shortEdges, let ga = drawing.nodes[edge.a].group, ga == drawing.nodes[edge.b].group {
                attributes.append(.init("len", "0.3"))
            }
            g.addEdge(offset + edge.a, offset + edge.b, attributes)
        }
        if let pinned { addForeground(pinned, drawing, to: &g, taken: &taken) }
        switch placement {
        case .none, .shortEdges: break
        case .clusters:
            for (group, members) in membersByGroup(drawing, offset: offset) where !members.isEmpty {
                g.subgraphs.append(.init(name: "cluster_\(group)", attributes: [
                    .init("label", DrawingText.label(drawing.groups[group], limit: 40)),
                    .init("style", "rounded"), .init("colorscheme", "set38"),
                    .init("color", group < 8 ? "\(group + 1)" : "#bbbbbb"), .init("penwidth", "2"),
                    .init("fontname", Self.fontName), .init("fontsize", "12"),
                ], members: members))
            }
        case .hubs:
            // An invisible hub per group, tied to its members by invisible edges, pulls the group
            // together under sfdp (docs/graphviz.md: intra/inter edge-length ratio 0.87 → 0.70).
            for (group, members) in membersByGroup(drawing, offset: offset) where members.count >= 2 {
                let hub = g.addNode(unique("hub \(group)", in: &taken), [
                    .init("style", "invis"), .init("shape", "point"), .init("width", "0.01"),
                ])
                for m in members { g.addEdge(hub, m, [.init("style", "invis")]) }
            }
        }
        return g
    }

    // MARK: - Graph

    private func graphAttributes(_ drawing: NetworkDrawing, engine: LayoutEngine) -> [GraphvizAttribute] {
        var a: [GraphvizAttribute] = [
            .init("layout", engine.rawValue), .init("outputorder", "edgesfirst"), .init("bgcolor", "white"),
            .init("pad", "0.3"), .init("fontname", Self.fontName),
        ]
        switch engine {
        case .dot:
            a.append(.init("rankdir", "LR"))
        case .circo:
            a.append(.init("splines", "false"))
        case .neato where drawing.pinned?.positions.count == drawing.nodes.count:
            // Every node pinned where the view put it (overlaps already removed there).
            a += [.init("overlap", "true"), .init("splines", "false")]
        case .sfdp, .neato:
            a += [.init("overlap", "prism"), .init("sep", "+4"), .init("splines", "false")]
        case .twopi:
            // Rings sized for their nodes (ranksep below), then prism removes what still overlaps.
            // Uniform scaling (`overlap=scale`) keeps perfect circles but twopi packs labelled
            // nodes into narrow wedges, and scaling them apart blew a 146-node ego view up to
            // 120 inches; prism moves only the nodes that collide (1152 px wide, every label
            // legible), so the rings are approximate where the network is dense.
            a += [.init("overlap", "prism"), .init("sep", "+4"), .init("splines", "false")]
        case .fdp:
            // No `sep` here: fdp 2.42 with clusters and sep="+4" crashes (the dot program too).
            a += [.init("overlap", "prism"), .init("splines", "false")]
        }
        if engine == .twopi {
            a.append(.init("ranksep", ringSeparations(drawing)))
            if let root = drawing.root { a.append(.init("root", DrawingText.name(drawing.nodes[root].id))) }
        }
        var legend = legendLines(drawing, swatches: engine == .neato && drawing.pinned != nil)
        if engine == .neato, let pinned = drawing.pinned, !pinned.rings.isEmpty, let root = drawing.root {
            legend.insert("Rings: hops from \(drawing.nodes[root].label.first ?? drawing.nodes[root].id) (dashed circles); grey lines: ties other than the way in", at: min(legend.count, 2))
        } else if engine == .twopi, let root = drawing.root {
            legend.insert("Rings: hops from \(drawing.nodes[root].label.first ?? drawing.nodes[root].id) (approximate where crowded)", at: min(legend.count, 2))
        }
        if !legend.isEmpty {
            // Left-justified lines (`\l`); the font grows with the drawing so that it stays
            // readable when the whole drawing is fitted to a screen.
            let size = min(48, max(14, 14 * (Double(drawing.nodes.count) / 150).squareRoot()))
            a += [.init("label", legend.flatMap { wrapped($0) }.map { DrawingText.label($0, limit: 160) + "\\l" }.joined()),
                  .init("labelloc", "b"), .init("labeljust", "l"), .init("fontsize", format(size))]
        }
        return a
    }

    /// The legend: title, what colour, size and lines mean (only the line styles that occur), notes.
    public func legendLines(_ drawing: NetworkDrawing, swatches: Bool = false) -> [String] {
        var lines = [drawing.title]
        if swatches && !drawing.groups.isEmpty {
            lines.append("Colour: \(drawing.groupMeaning), as in the swatches above")
        } else if !drawing.groups.isEmpty {
            let counts = memberCounts(drawing)
            var parts: [String] = []
            for (i, name) in drawing.groups.enumerated().prefix(8) where counts[i] > 0 {
                parts.append("\(Self.colourNames[i]) = \(name)")
            }
            if counts.filter({ $0 > 0 }).count == 1, let only = counts.firstIndex(where: { $0 > 0 }) {
                lines.append("Colour: all in one \(drawing.groupMeaning) (\(drawing.groups[only]))")
            } else {
                var line = "Colour: \(drawing.groupMeaning)"
                if !parts.isEmpty { line += " — " + parts.joined(separator: ", ") }
                if drawing.groups.count > 8 { line += "; grey = the \(drawing.groups.count - 8) smaller ones" }
                lines.append(line)
            }
        }
        if !drawing.sizeMeaning.isEmpty { lines.append("Size: \(drawing.sizeMeaning)") }
        var styles = ["width = tie strength"]
        let classes = Set(drawing.edges.map(\.tieClass))
        if classes.contains(.weak) { styles.append("dashed = weak tie") }
        if classes.contains(.dormant) { styles.append("dotted = dormant tie") }
        // Only what shows: a highlighted, proposed or faded line hides its bridge colour.
        let plain = drawing.edges.filter { !$0.isHighlighted && !$0.isProposed && !$0.isFaded && !$0.isAggregate }
        if plain.contains(where: \.isBridge) { styles.append("red = bridge") }
        if plain.contains(where: { $0.isLocalBridge && !$0.isBridge }) { styles.append("orange = local bridge") }
        if drawing.edges.contains(where: \.isHighlighted) { styles.append("thick red = introduction path") }
        if drawing.edges.contains(where: \.isProposed) { styles.append("red dashes = introduction to ask for") }
        if drawing.edges.contains(where: \.isAggregate) { styles.append("blue-grey = ties to and between boxes (width = how many)") }
        if !drawing.edges.isEmpty { lines.append("Lines: " + styles.joined(separator: "; ")) }
        if drawing.nodes.contains(where: { $0.emphasis.contains(.ego) }) { lines.append("Thick black outline: the ego") }
        if drawing.nodes.contains(where: { $0.emphasis.contains(.target) }) { lines.append("Double red circle: target") }
        return lines + drawing.notes
    }

    /// A legend line broken after ", " or "; " so that no line is much longer than `width`
    /// characters; continuation lines are indented.
    func wrapped(_ line: String, width: Int = 100) -> [String] {
        guard line.count > width else { return [line] }
        var lines: [String] = []
        var current = ""
        var piece = ""
        for ch in line {
            piece.append(ch)
            if (ch == "," || ch == ";") {
                if current.count + piece.count > width && !current.isEmpty {
                    lines.append(current)
                    current = "    " + piece.drop { $0 == " " }
                } else {
                    current += piece
                }
                piece = ""
            }
        }
        if current.count + piece.count > width && !current.isEmpty {
            lines.append(current)
            current = "    " + piece.drop { $0 == " " }
        } else {
            current += piece
        }
        lines.append(current)
        return lines
    }

    // MARK: - Nodes and edges

    /// Diameter of a contact's circle in inches: area ∝ size, from 0.12 to 0.75 inch; at least 0.35
    /// for the ego, targets and path nodes, whose outline and label must stay readable.
    func contactWidth(_ node: NetworkDrawing.Node) -> Double {
        let size = max(0, min(1, node.size.isFinite ? node.size : 0))
        let width = 0.12 + 0.63 * size.squareRoot()
        return node.emphasis.isDisjoint(with: [.ego, .target, .highlighted]) ? width : max(width, 0.35)
    }

    /// twopi's `ranksep` as one separation per ring (`r1:r2:…`, inches): each ring is made wide
    /// enough to hold its nodes side by side with a gap, and never closer than 1.1 inch to the ring
    /// inside it, so that overlap removal has little left to move.
    func ringSeparations(_ drawing: NetworkDrawing) -> String {
        guard let root = drawing.root else { return "1.1" }
        var adjacency = [[Int]](repeating: [], count: drawing.nodes.count)
        for e in drawing.edges { adjacency[e.a].append(e.b); adjacency[e.b].append(e.a) }
        var ring = [Int](repeating: -1, count: drawing.nodes.count)
        ring[root] = 0
        var queue = [root], head = 0
        while head < queue.count {
            let x = queue[head]; head += 1
            for y in adjacency[x] where ring[y] < 0 { ring[y] = ring[x] + 1; queue.append(y) }
        }
        var circumference = [Double](repeating: 0, count: (ring.max() ?? 0) + 1)
        for (i, node) in drawing.nodes.enumerated() where ring[i] > 0 {
            // A label counts in overlap removal (`fixedsize=shape` fixes only the circle): about
            // 0.55 em per character, times 0.64, the mean of |cos| around a ring, since a
            // horizontal label takes the ring's width only at its sides.
            let size = max(0, min(1, node.size.isFinite ? node.size : 0))
            let characters = node.label.map(\.count).max() ?? 0
            let label = Double(characters) * 0.55 * (9 + 5 * size) / 72 * 0.64
            circumference[ring[i]] += max(node.kind == .contact ? contactWidth(node) : 1.0, label) + 0.08
        }
        var radius = 0.0, separations = [String]()
        for k in 1 ..< max(circumference.count, 2) {
            let needed = k < circumference.count ? circumference[k] / (2 * .pi) : 0
            let next = max(radius + 1.1, needed)
            separations.append(format(next - radius))
            radius = next
        }
        return separations.joined(separator: ":")
    }

    private func nodeAttributes(_ node: NetworkDrawing.Node) -> [GraphvizAttribute] {
        var a: [GraphvizAttribute] = []
        let size = max(0, min(1, node.size.isFinite ? node.size : 0))
        let fill: String
        if node.emphasis.contains(.faded) {
            fill = "#eeeeee"
        } else if let group = node.group, group < 8 {
            fill = "\(group + 1)"
        } else {
            fill = "#d9d9d9"
        }
        a.append(.init("fillcolor", fill))
        let label = node.label.map { DrawingText.label($0) }.joined(separator: "\\n")
        switch node.kind {
        case .contact:
            // Area ∝ size: diameter from 0.12 to 0.75 inch; at least 0.35 for the ego, targets
            // and path nodes, whose outline and label must stay readable.
            let width = contactWidth(node)
            a += [.init("width", format(width)), .init("height", format(width))]
            if !label.isEmpty { a += [.init("label", label), .init("fontsize", format(9 + 5 * size))] }
        case .summary:
            a += [.init("shape", "box"), .init("style", "filled,rounded"), .init("fixedsize", "false"),
                  .init("label", label), .init("fontsize", format(10 + 6 * size)), .init("penwidth", "1")]
        }
        if node.emphasis.contains(.faded) {
            a += [.init("color", "#cccccc"), .init("fontcolor", "#999999")]
        }
        if node.emphasis.contains(.highlighted) {
            a += [.init("color", "#d62728"), .init("penwidth", "2.5")]
        }
        if node.emphasis.contains(.target) {
            a += [.init("shape", "doublecircle"), .init("color", "#d62728"), .init("penwidth", "2")]
        }
        if node.emphasis.contains(.ego) {
            a += [.init("color", "#000000"), .init("penwidth", "3.5"), .init("fontname", "DejaVu Sans Bold")]
        }
        let tooltip = node.tooltip.map { DrawingText.tooltip($0) }.joined(separator: "\\n")
        a.append(.init("tooltip", tooltip.isEmpty ? DrawingText.tooltip(node.id) : tooltip))
        return a
    }

    private func edgeAttributes(_ edge: NetworkDrawing.Edge, tooltip: Bool) -> [GraphvizAttribute] {
        let s = max(0, min(1, edge.strength.isFinite ? edge.strength : 0))
        var width = 0.5 + 2.5 * s
        var colour = "#55555566"
        var style: String?
        switch edge.tieClass {
        case .strong: colour = "#333333aa"; width = max(width, 1.5)
        case .medium: break
        case .weak: style = "dashed"; width = min(width, 0.9); colour = "#66666688"
        case .dormant: style = "dotted"; width = min(width, 1); colour = "#88888899"
        }
        if edge.isLocalBridge { colour = "#ff7f0ecc"; width = max(width, 1.3) }
        if edge.isBridge { colour = "#d62728cc"; width = max(width, 1.8) }
        if edge.isAggregate { colour = "#6f8fb055"; width = 0.4 + 2.2 * s; style = nil }
        if edge.isFaded { colour = "#cccccc66"; width = 0.5 }
        if edge.isHighlighted || edge.isProposed { colour = "#d62728"; width = 3.5 }
        if edge.isProposed { style = "dashed" }
        var a: [GraphvizAttribute] = [.init("penwidth", format(width))]
        if colour != "#55555566" { a.append(.init("color", colour)) }
        if let style { a.append(.init("style", style)) }
        if tooltip, let text = edge.tooltip { a.append(.init("tooltip", DrawingText.tooltip(text))) }
        return a
    }

    // MARK: - Groups

    enum Placement { case none, clusters, shortEdges, hubs }

    func groupPlacement(_ drawing: NetworkDrawing, engine: LayoutEngine) -> Placement {
        guard drawing.groupPlacement == .together, !drawing.groups.isEmpty else { return .none }
        if engine.honoursClusters && drawing.nodes.count <= clusterLimit { return .clusters }
        switch engine {
        case .neato: return .shortEdges
        case .sfdp, .fdp: return .hubs
        case .dot, .circo, .twopi: return .none
        }
    }

    private func membersByGroup(_ drawing: NetworkDrawing, offset: Int) -> [(Int, [Int])] {
        var members = Array(repeating: [Int](), count: drawing.groups.count)
        for (i, node) in drawing.nodes.enumerated() {
            if let g = node.group, g < members.count, node.kind == .contact { members[g].append(offset + i) }
        }
        return Array(members.enumerated())
    }

    func memberCounts(_ drawing: NetworkDrawing) -> [Int] {
        var counts = Array(repeating: 0, count: drawing.groups.count)
        for node in drawing.nodes { if let g = node.group, g < counts.count { counts[g] += 1 } }
        return counts
    }

    /// `name`, or `name` with a number added if it is taken; records the result as taken.
    func unique(_ name: String, in taken: inout Set<String>) -> String {
        var candidate = name
        var k = 2
        while taken.contains(candidate) {
            candidate = "\(name) (\(k))"
            k += 1
        }
        taken.insert(candidate)
        return candidate
    }

    func format(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
