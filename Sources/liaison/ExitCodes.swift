import ArgumentParser
import Foundation
import Liaison
import LiaisonRender

/// Exit statuses, after sysexits.h (SPEC §6, STYLE §4).
enum Exit {
    static let ok: Int32 = 0
    /// No result: no path, no introduction found (as grep's 1).
    static let noResult: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    /// An output file cannot be created: a missing folder, a folder in its place, no permission
    /// (`EX_CANTCREAT`; `OutputError` `.cannotCreate`).
    static let cannotCreate: Int32 = 73
    /// Writing failed: a full disk, a closed pipe, an I/O error, on a file or on standard output
    /// (`EX_IOERR`; `OutputError` `.writeFailed`).
    static let ioError: Int32 = 74
    /// The workspace is locked by another writer, which did not finish within the wait
    /// (`LIAISON_LOCK_TIMEOUT`, 10 s by default): a temporary failure, so `EX_TEMPFAIL` — trying
    /// again later can succeed, which 73 would not say (`WorkspaceLockTimeout`).
    static let temporaryFailure: Int32 = 75
}

/// Writes command results to standard output (data only; diagnostics go to `printError`),
/// through the buffered writer that turns a full disk or a closed pipe into exit 74.
func emit(_ text: String) throws {
    try StandardOutput.print(text, terminator: "")
}

/// Writes to standard error (diagnostics, warnings, progress): standard output carries data only.
/// What is buffered for standard output goes out first, so that the two keep their order.
func printError(_ text: String) {
    ProgressReporter.shared.clear()
    StandardError.print(text)
}

/// Runs a command body, turning the errors it throws into a message on stderr and the sysexits
/// status that says what went wrong. Every command's `run()` goes through here. Standard output
/// is flushed at the end, so that a failed write to it (a full disk, a closed pipe) is reported
/// with exit 74 even when the command itself chose another status.
func reportingErrors(_ body: () throws -> Void) throws {
    defer { ProgressReporter.shared.stop() }
    do {
        try body()
        try StandardOutput.flush()
    } catch let error as ExitCode {
        do {
            try StandardOutput.flush()
        } catch let failure as OutputError {
            printError("error: \(failure)")
            throw ExitCode(Exit.ioError)
        }
        throw error
    } catch let error as OutputError {
        printError("error: \(error)")
        throw ExitCode(error.kind == .cannotCreate ? Exit.cannotCreate : Exit.ioError)
    } catch let error as WorkspaceLockTimeout {
        printError("error: \(error)")
        throw ExitCode(Exit.temporaryFailure)
    } catch let error as InputErrors {
        for d in error.diagnostics { printError(d.description) }
        let count = error.diagnostics.filter { $0.severity == .error }.count
        printError("error: \(count) error\(count == 1 ? "" : "s"); nothing was written")
        throw ExitCode(Exit.dataError)
    } catch let error as InputMissing {
        printError("error: \(error)")
        throw ExitCode(Exit.noInput)
    } catch let error as UnknownContact {
        printError("error: \(error)")
        throw ExitCode(Exit.dataError)
    } catch let error as GroupingUnavailable {
        printError("error: \(error)")
        throw ExitCode(Exit.usage)
    } catch let error as GraphvizError where error.isUnavailable {
        printError("error: \(error)")
        throw ExitCode(Exit.unavailable)
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("error: \(error)")
        throw ExitCode(Exit.software)
    }
}
