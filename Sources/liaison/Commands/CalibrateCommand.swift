import ArgumentParser
import Foundation
import Liaison

/// `liaison calibrate WS`: fit the tie-strength weights to the ties labelled in ties.csv.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit the tie-strength component weights to the tie strengths you declared in ties.csv.",
        discussion: """
        Every tie with a strength in ties.csv is a labelled example: strong when its declared \
        strength is at least the strong threshold, not strong otherwise. A logistic regression with \
        L2 regularisation and non-negative weights (so the model stays monotone) is fitted to the \
        components of those ties; the declared strength itself is left out. Prints the accuracy of \
        the strong class and the ROC AUC with the current weights and, with the fitted weights, under \
        k-fold cross-validation (each fold scored by a model fitted on the others). Needs at least \
        K strong and K not-strong labelled ties.

        With --write the fitted weights replace the [tie_strength.weights] table of liaison.toml \
        (written atomically under the workspace lock, keeping the file's mode; other tables, keys and comments are kept as they are). Without it, \
        nothing is written.

        EXAMPLES:
          liaison calibrate data/demo
          liaison calibrate data/demo --folds 10
          liaison calibrate data/demo --write
        """
    )

    @OptionGroup var input: WorkspaceOptions

    @Option(help: "Folds of the cross-validation.")
    var folds: Int = 5

    @Option(help: "L2 regularisation strength λ.")
    var lambda: Double = 1

    @Flag(help: "Write the fitted weights into liaison.toml.")
    var write = false

    func validate() throws {
        if folds < 2 { throw ValidationError("--folds must be ≥ 2") }
        if !(lambda >= 0) || !lambda.isFinite { throw ValidationError("--lambda must be a number ≥ 0") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try input.load()
            let model = ws.config.tieStrength
            let report: CalibrationReport
            do {
                report = try ws.calibrate(model: model, asOf: input.asOf?.date, folds: folds, lambda: lambda)
            } catch let error as CalibrationError {
                printError("error: \(error)")
                throw ExitCode(Exit.noResult)
            }
            try emit(Self.text(report, model: model))
            if write {
                let path = URL(fileURLWithPath: input.workspace).appendingPathComponent("liaison.toml").path
                try WorkspaceLock.withLock(input.workspace) {
                    let old = FileManager.default.fileExists(atPath: path) ? try String(contentsOfFile: path, encoding: .utf8) : ""
                    let new = try WeightsRewriter.rewrite(old, intercept: report.fitted.intercept, weights: report.fitted.weights)
                    try OutputFile.write(new, to: path)
                }
                try emit("wrote the fitted weights to \(path)\n")
            } else {
                try emit("(nothing written; --write saves the fitted weights in liaison.toml)\n")
            }
        }
    }

    static func text(_ r: CalibrationReport, model: TieStrengthModel) -> String {
        func f(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "—" }
        var out = "labelled ties  \(r.samples) (\(r.positives) strong: declared strength ≥ \(model.strongThreshold))\n\n"
        var t = TextTable(headers: ["weights", "accuracy", "AUC"], alignments: [.left, .right, .right])
        t.append(["current", f(r.accuracyBefore), f(r.aucBefore)])
        t.append(["fitted (\(r.folds)-fold CV)", f(r.accuracyAfter), f(r.aucAfter)])
        out += t.rendered() + "\n"
        var w = TextTable(headers: ["weight", "current", "fitted"], alignments: [.left, .right, .right])
        w.append(["intercept", f(model.intercept), f(r.fitted.intercept)])
        for (k, name) in TieComponents.names.enumerated() {
            w.append([name, f(model.weights[k]), f(r.fitted.weights[k])])
        }
        out += w.rendered()
        return out
    }
}
