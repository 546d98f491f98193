//===----------------------------------------------------------------------===//
// UnsupportedFormat: files --edges does not read, recognised so as to say so in one sentence
//===----------------------------------------------------------------------===//

import Foundation

/// A file format `--edges` does not read, recognised by its extension or its first bytes, so that
/// such a file gets one sentence instead of a diagnostic for every line read as an edge list.
struct UnsupportedFormat {
    var name: String
    var advice: String

    var sentence: String {
        "this is \(name), which --edges does not read; \(advice) (--edges reads CSV, whitespace edge lists, GraphML, GML, Pajek .net, gzip-compressed or not)"
    }

    static func named(extension ext: String, head: Slice<UnsafeBufferPointer<UInt8>>) -> UnsupportedFormat? {
        let text = String(decoding: head.prefix(512), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let lower = text.lowercased()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || ["xlsx", "xls", "ods", "zip"].contains(ext) {
            return UnsupportedFormat(name: "a spreadsheet or zip archive", advice: "save the sheet as CSV with source and target columns")
        }
        if ext == "gexf" || lower.contains("<gexf") {
            return UnsupportedFormat(name: "GEXF", advice: "export GraphML from Gephi (File › Export › Graph file… › GraphML)")
        }
        if ext == "json" || lower.hasPrefix("{") || lower.hasPrefix("[") && !lower.hasPrefix("[graph") {
            return UnsupportedFormat(name: "JSON", advice: "write an edge list from NetworkX with nx.write_weighted_edgelist or nx.write_graphml")
        }
        if ["dot", "gv"].contains(ext) || lower.range(of: #"^(strict\s+)?(di)?graph\s*[^\s\[]*\s*\{"#, options: .regularExpression) != nil {
            return UnsupportedFormat(name: "Graphviz DOT", advice: "convert it with gv2gml, or write GraphML from the tool that made it")
        }
        if head.contains(0) {
            return UnsupportedFormat(name: "binary data", advice: "give a text edge list")
        }
        return nil
    }
}
