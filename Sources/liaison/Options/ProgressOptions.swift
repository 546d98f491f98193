//===----------------------------------------------------------------------===//
// --quiet: no progress line on stderr
//===----------------------------------------------------------------------===//

import ArgumentParser
import Foundation
import Liaison

/// `--quiet` of every command that reads a workspace or a graph: progress of long phases
/// (`ProgressReporter`) is shown on standard error only when it is a terminal and `--quiet` is
/// not given; never on standard output.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "No progress line on standard error (shown only on a terminal, for phases over about a second).")
    var quiet = false

    /// Turns the progress line on or off for this run. `LIAISON_PROGRESS_DELAY` (seconds, default
    /// 1) sets how long a phase runs before it is shown; the tests set it to 0.
    func start() {
        if let text = ProcessInfo.processInfo.environment["LIAISON_PROGRESS_DELAY"], let delay = Double(text), delay >= 0 {
            ProgressReporter.shared.delay = delay
        }
        ProgressReporter.shared.enable(!quiet && isatty(STDERR_FILENO) != 0)
    }
}
