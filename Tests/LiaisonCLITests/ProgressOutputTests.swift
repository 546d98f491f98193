import Foundation
import Testing

/// Issue 16, "Progress on long work": the progress line goes to standard error only when it is a
/// terminal and `--quiet` is not given, never to standard output. `LIAISON_PROGRESS_DELAY=0` shows
/// every phase at once, so that the demo's short plan would show it.
@Suite struct ProgressOutputTests {
    private let demo = packageRoot.appendingPathComponent("data/demo").path
    private let erase = "\u{1B}[K"

    /// Runs `command` through /bin/sh with the delay at 0; stdout and stderr to files.
    private func runShell(_ command: String) throws -> (stdout: String, stderr: String) {
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " >'\(out.path)' 2>'\(err.path)'"]
        process.environment = ProcessInfo.processInfo.environment.merging(["LIAISON_PROGRESS_DELAY": "0"]) { $1 }
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
                String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }

    private var exe: String { productsDirectory.appendingPathComponent("liaison").path }

    @Test func absentWhenStderrIsNotATerminal() throws {
        let piped = try runShell("'\(exe)' plan '\(demo)' 2>&1 | cat")
        #expect(!piped.stdout.contains(erase) && !piped.stdout.contains("targets searched"))
        let file = try runShell("'\(exe)' plan '\(demo)'")
        #expect(!file.stderr.contains(erase) && !file.stderr.contains("targets searched"))
        #expect(!file.stdout.isEmpty)
    }

    /// Under a pseudo-terminal (util-linux `script`): the line appears and is erased; `--quiet`
    /// removes it. Skipped when `script` is missing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func presentOnATerminalUnlessQuiet() throws {
        let shown = try runShell("script -qec \"'\(exe)' plan '\(demo)' >/dev/null\" /dev/null")
        #expect(shown.stdout.contains("planning: targets searched"), "pty transcript: \(shown.stdout.debugDescription)")
        #expect(shown.stdout.contains("\r" + erase))
        let quiet = try runShell("script -qec \"'\(exe)' plan '\(demo)' --quiet >/dev/null\" /dev/null")
        #expect(!quiet.stdout.contains("targets searched") && !quiet.stdout.contains(erase))
    }
}
