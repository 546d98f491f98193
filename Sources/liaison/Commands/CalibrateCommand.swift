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
        (written atomically; other tables, keys and comments are kept as they are). Without it, \
        nothing is written.

        EXAMPLES:
          liaison calibrate data/demo
          liaison calibrate data/demo --folds 10
          liaison calibrate data/demo --write
        """
    )

    @Argument(help: "The workspace folder.")
    var workspace: String

    @Option(help: "Folds of the cross-validation.")
    var folds: Int = 5

    @Option(help: "L2 regularisation strength λ.")
    var lambda: Double = 1

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Compute the components as of this date.", valueName: "DATE"))
    var asOf: String?

    @Flag(help: "Write the fitted weights into liaison.toml.")
    var write = false

    func validate() throws {
        if folds < 2 { throw ValidationError("--folds must be ≥ 2") }
        if !(lambda >= 0) || !lambda.isFinite { throw ValidationError("--lambda must be a number ≥ 0") }
        if let asOf, ISODate.parse(asOf) == nil { throw ValidationError("--as-of \(asOf): \(ISODate.expected)") }
    }

    func run() throws {
        try reportingErrors {
            let ws = try loadWorkspace(workspace)
            let model = ws.config.tieStrength
            let report: CalibrationReport
            do {
                report = try ws.calibrate(model: model, asOf: asOf.flatMap(ISODate.parse), folds: folds, lambda: lambda)
            } catch let error as CalibrationError {
                printError("liaison: \(error)")
                throw ExitCode(Exit.noResult)
            }
            print(Self.text(report, model: model), terminator: "")
            if write {
                let path = URL(fileURLWithPath: workspace).appendingPathComponent("liaison.toml").path
                let old = FileManager.default.fileExists(atPath: path) ? try String(contentsOfFile: path, encoding: .utf8) : ""
                let new = try WeightsRewriter.rewrite(old, intercept: report.fitted.intercept, weights: report.fitted.weights)
                try Self.writeAtomically(new, to: path)
                print("wrote the fitted weights to \(path)")
            } else {
                print("(nothing written; --write saves the fitted weights in liaison.toml)")
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

    /// Temp file in the same folder, then rename: a reader sees the old file or the new one, never half.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".liaison.toml.\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: temp)
        if rename(temp.path, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temp)
            throw InputMissing(path: path, reason: "cannot replace the file (\(String(cString: strerror(code))))")
        }
    }
}
