import ArgumentParser
import Liaison

/// `--format` of every command that prints results: a table for people, CSV and JSON for scripts.
typealias OutputFormat = ResultFormat

extension ResultFormat: ExpressibleByArgument {
    /// `table`, `csv` or `json`; `text` is read as `table` (plan and suggest called their table
    /// `text` before every command shared one vocabulary).
    public init?(argument: String) {
        if argument == "text" { self = .table } else { self.init(rawValue: argument) }
    }
}
