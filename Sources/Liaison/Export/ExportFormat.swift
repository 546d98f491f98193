//===----------------------------------------------------------------------===//
// ExportFormat: the file formats of `liaison export`
//===----------------------------------------------------------------------===//

/// The formats `liaison export` writes (see ``NetworkExport``). `dot` is written by LiaisonRender
/// (through Graphviz's own writer, which quotes DOT); `csv` is two files.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, gexf, json, gml, dot, csv

    /// The two CSV files for an output path: `-o net` and `-o net.csv` give `net-nodes.csv` and
    /// `net-edges.csv`.
    public static func csvPaths(base: String) -> (nodes: String, edges: String) {
        var base = base
        if base.lowercased().hasSuffix(".csv") { base.removeLast(4) }
        return (base + "-nodes.csv", base + "-edges.csv")
    }
}
