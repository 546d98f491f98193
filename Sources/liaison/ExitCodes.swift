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
}

/// Writes command results to standard output (data only; diagnostics go to `printError`).
func emit(_ text: String) {
    print(text, terminator: "")
}

/// Writes to standard error (diagnostics, warnings, progress): standard output carries data only.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs a command body, turning the errors it throws into a message on stderr and the sysexits
/// status that says what went wrong. Every command's `run()` goes through here.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as InputErrors {
        for d in error.diagnostics { printError(d.description) }
        let count = error.diagnostics.filter { $0.severity == .error }.count
        printError("\(count) error\(count == 1 ? "" : "s"); nothing was written")
        throw ExitCode(Exit.dataError)
    } catch let error as InputMissing {
        printError("liaison: \(error)")
        throw ExitCode(Exit.noInput)
    } catch let error as UnknownContact {
        printError("liaison: \(error)")
        throw ExitCode(Exit.dataError)
    } catch let error as GroupingUnavailable {
        printError("liaison: \(error)")
        throw ExitCode(Exit.usage)
    } catch let error as GraphvizError where error.isUnavailable {
        printError("liaison: \(error)")
        throw ExitCode(Exit.unavailable)
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("liaison: \(error)")
        throw ExitCode(Exit.software)
    }
}
