/// A problem found in the user's input, located as `file:line:column`.
///
/// Lines and columns are 1-based; the column counts Unicode scalars from the start of the line, so
/// that a Cyrillic name does not shift the column of what follows it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    /// `file:line:column: message` (warnings say so after the position).
    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        return severity == .warning ? "\(place): warning: \(message)" : "\(place): \(message)"
    }
}

/// One or more input errors, all of them, in file order. Thrown instead of stopping at the first.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A file that could not be read at all (missing, unreadable): sysexits' EX_NOINPUT.
public struct InputMissing: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}
