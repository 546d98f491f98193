//===----------------------------------------------------------------------===//
// DrawingStyle for pinned layouts: region discs, ring guides, group names and colour swatches
//===----------------------------------------------------------------------===//

import Foundation

/// What a view's own layout (``PinnedLayout``) adds around the nodes, all as pinned Graphviz
/// nodes so that it shows in every format (SVG, PNG, PDF) and in the DOT source:
/// - behind the nodes: a pale disc of the group's colour per region, dashed circles for rings;
/// - in front: each region's name at the top of its disc, and the legend's colour swatches
///   (a filled box of the colour and the group's name with its member count) in a column below
///   the drawing, where the text legend (the graph label) follows.
///
/// Positions are given to Graphviz in inches (`pos="x,y!"`: neato's unit for input positions;
/// `!` pins the node), computed from the layout's points.
extension DrawingStyle {
    /// ColorBrewer Set3, 8 classes (`colorscheme=set38`), as hex, for the region discs and swatches.
    static let set3Hex = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"]
    static let otherGrey = "#d9d9d9"

    func pin(_ p: DrawingPoint) -> GraphvizAttribute {
        .init("pos", String(format: "%.3f,%.3f!", p.x / 72, p.y / 72))
    }

    private func colour(_ group: Int) -> String {
        group < 8 ? Self.set3Hex[group] : Self.otherGrey
    }

    func addBackdrop(_ pinned: PinnedLayout, _ drawing: NetworkDrawing, to g: inout GraphvizGraph, taken: inout Set<String>) {
        for region in pinned.regions {
            g.addNode(unique("region: \(region.label)", in: &taken), [
                .init("shape", "circle"), .init("fixedsize", "true"), .init("width", format(2 * region.radius / 72)),
                .init("height", format(2 * region.radius / 72)), .init("style", "filled"),
                .init("fillcolor", colour(region.group) + "40"), .init("color", colour(region.group)),
                .init("penwidth", "1.5"), .init("label", ""), .init("tooltip", DrawingText.tooltip(region.label)),
                pin(region.centre),
            ])
        }
        for (k, r) in pinned.rings.enumerated() {
            g.addNode(unique("ring \(k + 1)", in: &taken), [
                .init("shape", "circle"), .init("fixedsize", "true"), .init("width", format(2 * r / 72)),
                .init("height", format(2 * r / 72)), .init("style", "dashed"), .init("color", "#b0b0b0"),
                .init("penwidth", "1"), .init("label", ""), .init("tooltip", "\(k + 1) hop\(k == 0 ? "" : "s")"),
                pin(pinned.ringCentre),
            ])
        }
    }

    func addForeground(_ pinned: PinnedLayout, _ drawing: NetworkDrawing, to g: inout GraphvizGraph, taken: inout Set<String>) {
        let size = 14.0
        for region in pinned.regions {
            let p = DrawingPoint(region.centre.x, region.centre.y + region.radius - RegionLayout.padding / 2 - RegionLayout.nameBand / 2)
            g.addNode(unique("name: \(region.label)", in: &taken), [
                .init("shape", "plaintext"), .init("style", ""), .init("fixedsize", "false"),
                .init("label", DrawingText.label(region.label, limit: 40)), .init("fontsize", format(size)),
                .init("fontname", "DejaVu Sans Bold"), .init("fontcolor", "#333333"), pin(p),
            ])
        }
        // Swatches: a column under everything drawn so far.
        let counts = memberCounts(drawing)
        let shown = drawing.groups.indices.filter { counts[$0] > 0 }
        guard shown.count > 1 || (shown.count == 1 && drawing.groups.count > 0) else { return }
        var minX = Double.infinity, minY = Double.infinity
        for p in pinned.positions { minX = min(minX, p.x - 30); minY = min(minY, p.y - 30) }
        for r in pinned.regions { minX = min(minX, r.centre.x - r.radius); minY = min(minY, r.centre.y - r.radius) }
        for r in pinned.rings { minX = min(minX, pinned.ringCentre.x - r); minY = min(minY, pinned.ringCentre.y - r) }
        guard minX.isFinite else { return }
        var entries: [(colour: String, text: String)] = shown.prefix(8).map { i in
            (colour(i), "\(drawing.groups[i]) (\(counts[i]))")
        }
        if shown.count > 8 {
            let rest = shown.dropFirst(8)
            entries.append((Self.otherGrey, "\(rest.count) smaller \(drawing.groupMeaning == "community" ? "communities" : "groups") (\(rest.map { counts[$0] }.reduce(0, +)))"))
        }
        let row = 20.0, fontSize = 12.0
        for (k, entry) in entries.enumerated() {
            let y = minY - 24 - Double(k) * row
            g.addNode(unique("swatch \(k + 1)", in: &taken), [
                .init("shape", "box"), .init("fixedsize", "true"), .init("width", "0.25"), .init("height", "0.18"),
                .init("style", "filled"), .init("fillcolor", entry.colour), .init("color", "#444444"),
                .init("penwidth", "0.5"), .init("label", ""), .init("tooltip", DrawingText.tooltip(entry.text)),
                pin(DrawingPoint(minX + 9, y)),
            ])
            let text = DrawingText.label(entry.text, limit: 60)
            let width = Double(text.count) * 0.6 * fontSize
            g.addNode(unique("swatch label \(k + 1)", in: &taken), [
                .init("shape", "plaintext"), .init("style", ""), .init("fixedsize", "true"),
                .init("width", format(width / 72)), .init("height", "0.2"), .init("label", text + "\\l"),
                .init("fontsize", format(fontSize)), .init("fontcolor", "#222222"),
                pin(DrawingPoint(minX + 24 + width / 2, y)),
            ])
        }
    }
}
