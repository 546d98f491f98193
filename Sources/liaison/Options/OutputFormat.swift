import ArgumentParser
import Liaison

/// `--format` of every command that prints results: a table for people, CSV and JSON for scripts.
typealias OutputFormat = ResultFormat

extension ResultFormat: ExpressibleByArgument {}
