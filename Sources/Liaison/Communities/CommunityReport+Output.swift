//===----------------------------------------------------------------------===//
// CommunityReport as the table, CSV and JSON of `liaison communities`
//===----------------------------------------------------------------------===//

import Foundation

extension CommunityReport {
    /// CSV: `id,community` per node; JSON: method, resolution, seed, iterations, modularity,
    /// community_count, communities [{community, size, members}], nodes [{id, name, community,
    /// participation}]; the table: one row per community with its `top` strongest members.
    public func formatted(_ format: ResultFormat, top: Int) -> String {
        let g = graph, ranked = rankedMembers
        switch format {
        case .csv:
            var w = CSVWriter()
            w.row(["id", "community"])
            for u in 0 ..< g.nodeCount { w.text(network.ids[u]); w.number(Int(result.partition.community[u]) + 1); w.endRow() }
            return w.output
        case .json:
            let participation = participation()
            let json = JSONValue.object([
                ("method", .string(method.rawValue)),
                ("resolution", .number(options.resolution)),
                ("seed", .integer(Int(truncatingIfNeeded: options.seed))),
                ("iterations", .integer(options.maxIterations)),
                ("modularity", .number(result.modularity)),
                ("community_count", .integer(result.partition.count)),
                ("communities", .array(ranked.enumerated().map { c, group in
                    .object([("community", .integer(c + 1)), ("size", .integer(group.count)),
                             ("members", .array(group.map { .string(network.ids[$0]) }))])
                })),
                ("nodes", .array((0 ..< g.nodeCount).map { u in
                    .object([("id", .string(network.ids[u])), ("name", .string(network.names[u])),
                             ("community", .integer(Int(result.partition.community[u]) + 1)),
                             ("participation", .number(participation[u]))])
                })),
            ])
            return json.serialized(pretty: true) + "\n"
        case .table:
            let n = max(1, g.nodeCount)
            let out = "\(result.partition.count) communities (\(method.rawValue), γ = \(CSVWriter.format(options.resolution)), " +
                 "seed \(options.seed)); modularity Q = \(String(format: "%.4f", result.modularity))\n"
            var t = TextTable(headers: ["community", "size", "share", "top members (by strength)"],
                              alignments: [.right, .right, .right, .left])
            for (c, group) in ranked.enumerated() {
                let names = group.prefix(top).map { network.names[$0] }.joined(separator: ", ")
                let more = group.count > top ? ", … (+\(group.count - top))" : ""
                t.append([String(c + 1), String(group.count),
                          String(format: "%.1f%%", 100 * Double(group.count) / Double(n)), names + more])
            }
            return out + t.rendered()
        }
    }
}
