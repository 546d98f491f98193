//===----------------------------------------------------------------------===//
// NodeMeasureTable as the table, CSV and JSON of `liaison centrality`
//===----------------------------------------------------------------------===//

import Foundation

extension NodeMeasureTable {
    /// CSV: one row per node under `columns`; JSON: an array of objects with the same keys; the
    /// table: the top 20 nodes by betweenness, four decimals, "—" when undefined.
    public func formatted(_ format: ResultFormat, network: AnalysisNetwork) -> String {
        let n = network.graph.nodeCount
        let columns = Self.columns
        switch format {
        case .csv:
            var csv = CSVWriter()
            csv.row(columns)
            for v in 0 ..< n {
                csv.text(network.ids[v])
                for column in values { csv.number(column[v]) }
                csv.endRow()
            }
            return csv.output
        case .json:
            let objects: [JSONValue] = (0 ..< n).map { v in
                .object([("id", .string(network.ids[v]))]
                    + zip(columns.dropFirst(), values).map { ($0, JSONValue.number($1[v])) })
            }
            return JSONValue.array(objects).serialized(pretty: true) + "\n"
        case .table:
            func readable(_ x: Double) -> String { x.isFinite ? String(format: "%.4f", x) : "—" }
            var text = TextTable(headers: ["name", "degree", "betweenness", "closeness", "pagerank", "constraint", "clustering"],
                                 alignments: [.left, .right, .right, .right, .right, .right, .right])
            for v in byBetweenness().prefix(20) {
                text.append([network.names[v], String(Int(values[0][v]))] + [2, 3, 6, 7, 10].map { readable(values[$0][v]) })
            }
            return text.rendered()
        }
    }
}
