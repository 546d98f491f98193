import ArgumentParser

/// `--format` of every analysis command: a table for people, CSV and JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
