import ArgumentParser
import Foundation
import Liaison

/// `liaison check WS`: validate a workspace and say what it holds.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a workspace folder and print what it holds.",
        discussion: """
        Reads contacts.csv (required), interactions.csv, ties.csv, introductions.csv, deals.csv, \
        deliveries.csv, feedback.csv and liaison.toml, and reports every problem at once as \
        file:line:column: message on standard error. Prints the number of rows per file, the date \
        range of the interactions and the warnings (contacts never touched, unknown columns, …). \
        Writes nothing.

        --format json writes {directory, valid, files [{file, present, rows}], interactions {first, \
        last}, me {id, name}, as_of, errors, warnings} (each problem {file, line, column, message}) \
        on standard output, also when the data has errors; --format csv writes file,present,rows.

        Exit status: 0 valid, 65 the data has errors, 66 the folder or contacts.csv is missing.

        EXAMPLES:
          liaison check data/demo
          liaison check ~/crm 2> problems.txt
        """
    )

    @Argument(help: "The workspace folder.", completion: .directory)
    var workspace: String

    @Option(help: "Output format: the table, or CSV/JSON for scripts (JSON lists every error and warning).")
    var format: OutputFormat = .table

    func run() throws {
        try reportingErrors {
            let check = try WorkspaceCheck(directory: workspace)
            if format == .json {
                try emit(check.formatted(.json))
                if !check.isValid { throw ExitCode(Exit.dataError) }
                return
            }
            if !check.isValid { throw InputErrors(check.diagnostics) }
            for w in check.warnings { printError(w.description) }
            try emit(check.formatted(format))
        }
    }
}
