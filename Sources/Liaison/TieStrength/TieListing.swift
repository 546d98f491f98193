//===----------------------------------------------------------------------===//
// TieListing: the ties of `liaison ties` as a table, CSV and JSON
//===----------------------------------------------------------------------===//

import Foundation

/// A list of ties (strongest first, as `TieStrengths.strongestFirst` orders them) ready to print.
public struct TieListing: FormattedResult {
    public var ties: [Tie]
    public var workspace: Workspace
    public var asOf: Date

    public init(ties: [Tie], workspace: Workspace, asOf: Date) {
        self.ties = ties
        self.workspace = workspace
        self.asOf = asOf
    }

    public func formatted(_ format: ResultFormat) -> String {
        switch format {
        case .csv: Self.csv(ties, workspace)
        case .json: Self.json(ties, workspace, asOf: asOf).serialized(pretty: true) + "\n"
        case .table: Self.table(ties, workspace)
        }
    }

    public static let csvHeader = ["a", "b", "strength", "class", "last_touch", "touches"] + TieComponents.names + ["declared"]

    static func csv(_ ties: [Tie], _ ws: Workspace) -> String {
        var w = CSVWriter()
        w.row(csvHeader)
        for t in ties {
            w.text(ws[t.a].id); w.text(ws[t.b].id)
            w.number(t.strength); w.text(t.tieClass.rawValue)
            if let last = t.lastTouch { w.text(ISODate.dayString(last)) } else { w.empty() }
            w.number(t.touches)
            for v in t.components.values { w.number(v) }
            w.number(t.declared)
            w.endRow()
        }
        return w.output
    }

    static func json(_ ties: [Tie], _ ws: Workspace, asOf: Date) -> JSONValue {
        .object([
            ("as_of", .string(ISODate.dayString(asOf))),
            ("ties", .array(ties.map { t in
                .object([
                    ("a", .string(ws[t.a].id)), ("b", .string(ws[t.b].id)),
                    ("a_name", .string(ws[t.a].name)), ("b_name", .string(ws[t.b].name)),
                    ("strength", .number(t.strength)), ("behavioural", .number(t.behavioural)),
                    ("class", .string(t.tieClass.rawValue)), ("level", .string(t.level.rawValue)),
                    ("first_touch", .string(t.firstTouch.map(ISODate.dayString))),
                    ("last_touch", .string(t.lastTouch.map(ISODate.dayString))),
                    ("touches", .integer(t.touches)), ("peak", .number(t.peak)), ("past", .number(t.past)),
                    ("components", .object(zip(TieComponents.names, t.components.values).map { ($0, .number($1)) })),
                    ("declared", .number(t.declared)),
                ])
            })),
        ])
    }

    static func table(_ ties: [Tie], _ ws: Workspace) -> String {
        var table = TextTable(headers: ["contact", "contact", "strength", "class", "last touch", "touches",
                                        "recency", "intensity", "frequency", "reciprocity", "responsive"],
                              alignments: [.left, .left, .right, .left, .left, .right, .right, .right, .right, .right, .right])
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        for t in ties {
            let c = t.components
            table.append([ws[t.a].name, ws[t.b].name, f(t.strength), t.tieClass.rawValue,
                          t.lastTouch.map(ISODate.dayString) ?? "—", String(t.touches),
                          f(c.recency), f(c.intensity), f(c.frequency), f(c.reciprocity), f(c.responsiveness)])
        }
        return table.rendered()
    }
}
