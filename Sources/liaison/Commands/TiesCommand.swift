import ArgumentParser
import Foundation
import Liaison

/// `liaison ties WS`: the strength of every tie, its class and components; `--explain A B` in words.
extension TieWeightsChoice: ExpressibleByArgument {}

struct TiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "Measure the strength of every tie (0–1) from the interaction history, with its class and components.",
        discussion: """
        One row per tie, strongest first: a tie is an unordered pair of contacts with a positive \
        strength as of the date, from their interactions, deals, introductions and declared tie \
        (ties.csv) — the same ties every other command counts and draws (--all adds the pairs with \
        records but no strength). The strength combines recency, intensity \
        (touches weighted by channel, decayed with a half-life), frequency, reciprocity, duration, \
        responsiveness, exchange and embeddedness (mutual contacts), and a declared strength where one \
        exists; see docs/tie-strength.md. The model is set in liaison.toml [tie_strength].

        Classes: strong, medium, weak (by the thresholds), dormant (no touch for a year although the \
        tie was once at least medium) and fading (lost more than 30% of its strength in 180 days).

        --weights default|fitted: fitted learns the component weights from the workspace's own \
        history: strengths as of as_of − h predicting which pairs interact in (as_of − h, as_of], \
        h = min(180 days, a third of the history), checked out of time on the window before; it \
        needs 40 pairs and 10 active and 10 inactive ones per window, else the default weights are \
        kept. With --weights the table ends with a line saying which weights were used and their \
        hold-out ROC AUC next to the default's (also on stderr), CSV rows end with the columns \
        weights,holdout_auc,holdout_auc_default, and JSON carries a "weights" object. Nothing dated \
        after the as-of date is read.

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
          liaison ties data/demo --weights fitted
        """
    )

    @OptionGroup var input: WorkspaceOptions

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Explain, in words, the tie between two contacts (ids or names).", valueName: "A B"))
    var explain: [String] = []

    @Option(help: "Only ties of this class: strong, medium, weak, dormant or fading.")
    var `class`: String?

    @Flag(help: "Also list the pairs that have records (an introduction asked, a deal) but no strength as of the date: not ties.")
    var all = false

    @Option(help: "At most this many rows (0 = all; the table shows 50 by default).")
    var top: Int?

    @Option(help: ArgumentHelp(
        "Component weights: default (liaison.toml) or fitted (learned from this workspace's own history before the as-of date, with a temporal hold-out; the default is kept when the history is too thin or the fit ranks the hold-out worse). Either way the output says which were used and their hold-out ROC AUC.",
        valueName: "default|fitted"))
    var weights: TieWeightsChoice?

    func validate() throws {
        if !explain.isEmpty && explain.count != 2 { throw ValidationError("--explain takes two contact ids: --explain A B") }
        if let c = `class`, TieClass(rawValue: c) == nil {
            throw ValidationError("--class \(c): expected one of " + TieClass.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let top, top < 0 { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try input.load()
            var model = ws.config.tieStrength
            var fit: TieWeightFit?
            if let weights {
                let f = ws.fitTieWeights(asOf: input.asOf?.date, model: model, choice: weights)
                model = f.model
                fit = f
                printError(f.summary)
            }
            let strengths = ws.tieStrengths(asOf: input.asOf?.date, model: model)
            if explain.count == 2 {
                let a = try ws.contactDirectory.resolve(explain[0], option: "--explain")
                let b = try ws.contactDirectory.resolve(explain[1], option: "--explain")
                try emit(ws.explainTie(ContactIndex(a), ContactIndex(b), in: strengths))
                return
            }
            var ties = strengths.strongestFirst(in: ws, only: `class`.flatMap(TieClass.init(rawValue:)), includingZero: all)
            let limit = top ?? (format == .table ? 50 : 0)
            let total = ties.count
            if limit > 0 && ties.count > limit { ties = Array(ties.prefix(limit)) }
            try emit(TieListing(ties: ties, workspace: ws, asOf: strengths.asOf, weights: fit).formatted(format))
            if format == .table && ties.count < total {
                printError("showing \(ties.count) of \(total) ties; --top 0 for all")
            }
        }
    }
}
