import ArgumentParser
import Foundation
import Liaison

/// `liaison ties WS`: the strength of every tie, its class and components; `--explain A B` in words.
struct TiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "Measure the strength of every tie (0–1) from the interaction history, with its class and components.",
        discussion: """
        One row per unordered pair of contacts that interacted, exchanged a deal or an introduction, \
        or have a declared tie (ties.csv), strongest first. The strength combines recency, intensity \
        (touches weighted by channel, decayed with a half-life), frequency, reciprocity, duration, \
        responsiveness, exchange and embeddedness (mutual contacts), and a declared strength where one \
        exists; see docs/tie-strength.md. The model is set in liaison.toml [tie_strength].

        Classes: strong, medium, weak (by the thresholds), dormant (no touch for a year although the \
        tie was once at least medium) and fading (lost more than 30% of its strength in 180 days).

        --format csv writes the header a,b,strength,class,last_touch,touches, then one column per \
        component: recency,intensity,frequency,reciprocity,duration,responsiveness,exchange,\
        embeddedness,declared (a and b are contact ids; last_touch is a date; declared is empty when \
        ties.csv gives none). --format json writes {as_of, ties: [{a, b, a_name, b_name, strength, \
        behavioural, class, level, first_touch, last_touch, touches, peak, past, components {…}, \
        declared}]}.

        EXAMPLES:
          liaison ties data/demo
          liaison ties data/demo --as-of 2025-06-30 --format csv > ties.csv
          liaison ties data/demo --explain me anna
        """
    )

    @Argument(help: "The workspace folder.")
    var workspace: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Compute as of this date (default: as_of in liaison.toml, else today).",
                                                         valueName: "DATE"))
    var asOf: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Explain, in words, the tie between two contacts (ids).", valueName: "A B"))
    var explain: [String] = []

    @Option(help: "Only ties of this class: strong, medium, weak, dormant or fading.")
    var `class`: String?

    @Option(help: "At most this many rows (0 = all; the table shows 50 by default).")
    var top: Int?

    func validate() throws {
        if !explain.isEmpty && explain.count != 2 { throw ValidationError("--explain takes two contact ids: --explain A B") }
        if let asOf, ISODate.parse(asOf) == nil { throw ValidationError("--as-of \(asOf): \(ISODate.expected)") }
        if let c = `class`, TieClass(rawValue: c) == nil {
            throw ValidationError("--class \(c): expected one of " + TieClass.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let top, top < 0 { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try loadWorkspace(workspace)
            let model = ws.config.tieStrength
            let strengths = ws.tieStrengths(asOf: asOf.flatMap(ISODate.parse), model: model)
            if explain.count == 2 {
                var indices = [ContactIndex]()
                for id in explain {
                    guard let i = ws.index(of: id) else {
                        printError("liaison: no contact with id \"\(id)\" in \(workspace)/contacts.csv")
                        throw ExitCode(Exit.usage)
                    }
                    indices.append(i)
                }
                print(ws.explainTie(indices[0], indices[1], in: strengths), terminator: "")
                return
            }
            var ties = strengths.ties.sorted {
                $0.strength != $1.strength ? $0.strength > $1.strength
                    : (ws[$0.a].id, ws[$0.b].id) < (ws[$1.a].id, ws[$1.b].id)
            }
            if let c = `class`.flatMap(TieClass.init(rawValue:)) { ties = ties.filter { $0.tieClass == c } }
            let limit = top ?? (format == .table ? 50 : 0)
            let total = ties.count
            if limit > 0 && ties.count > limit { ties = Array(ties.prefix(limit)) }
            switch format {
            case .csv: print(Self.csv(ties, ws), terminator: "")
            case .json: print(Self.json(ties, ws, asOf: strengths.asOf).serialized(pretty: true))
            case .table:
                print(Self.table(ties, ws), terminator: "")
                if ties.count < total {
                    printError("showing \(ties.count) of \(total) ties; --top 0 for all")
                }
            }
        }
    }

    static let csvHeader = ["a", "b", "strength", "class", "last_touch", "touches"] + TieComponents.names + ["declared"]

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
