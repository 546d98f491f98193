//===----------------------------------------------------------------------===//
// WorkspaceCheck: what `liaison check` found in a workspace folder
//===----------------------------------------------------------------------===//

import Foundation

/// The result of validating a workspace folder: which files exist and how many rows each holds,
/// the date range of the interactions, `me` and `as_of`, and every problem found — errors (the
/// workspace cannot be analysed) and warnings. The loader reports all problems at once.
public struct WorkspaceCheck: FormattedResult {
    public struct File: Sendable {
        public var name: String
        public var present: Bool
        /// Data rows; nil for liaison.toml and absent files.
        public var rows: Int?
    }
    public var directory: String
    public var files: [File]
    /// Every problem, in the order the loader found them.
    public var diagnostics: [Diagnostic]
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// The loaded workspace, when there were no errors.
    public var workspace: Workspace?

    public var isValid: Bool { errors.isEmpty }

    /// Loads and validates the folder. A missing folder or contacts.csv still throws
    /// `InputMissing` (exit 66): there is nothing to check.
    public init(directory: String) throws {
        self.directory = directory
        do {
            let (ws, warnings) = try WorkspaceLoader.load(from: directory)
            workspace = ws
            diagnostics = warnings
        } catch let e as InputErrors {
            workspace = nil
            diagnostics = e.diagnostics
        }
        let ws = workspace
        let counts = ws.map { [$0.contacts.count, $0.interactions.count, $0.ties.count, $0.introductions.count,
                               $0.deals.count, $0.deliveries.count, $0.feedback.count, $0.cadence.count] }
        files = WorkspaceLoader.fileNames.filter { $0.hasSuffix(".csv") }.enumerated().map { k, name in
            let present = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name))
            return File(name: name, present: present, rows: present ? counts?[k] : nil)
        }
        // cadence.csv (`liaison agenda`'s snoozes) is listed only when the workspace has one.
        files.removeAll { $0.name == "cadence.csv" && !$0.present }
        files.append(File(name: "liaison.toml",
                          present: FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("liaison.toml")),
                          rows: nil))
    }

    /// The table: `DIR: valid workspace`, the files, the interactions' range, me, as_of, the count
    /// of warnings (the warnings themselves go to stderr). JSON: {directory, valid, files [{file,
    /// present, rows}], interactions {first, last}, me {id, name}, as_of, errors, warnings} with each
    /// problem as {file, line, column, message}. CSV: file,present,rows.
    public func formatted(_ format: ResultFormat) -> String {
        switch format {
        case .table: return table()
        case .csv:
            var w = CSVWriter()
            w.row(["file", "present", "rows"])
            for f in files {
                w.text(f.name); w.bool(f.present)
                if let rows = f.rows { w.number(rows) } else { w.empty() }
                w.endRow()
            }
            return w.output
        case .json:
            func problem(_ d: Diagnostic) -> JSONValue {
                .object([("file", .string(d.file)), ("line", d.line > 0 ? .integer(d.line) : .null),
                         ("column", d.line > 0 ? .integer(d.column) : .null), ("message", .string(d.message))])
            }
            let range = interactionRange
            let me: JSONValue = workspace.flatMap { ws in ws.me.map { .object([("id", .string(ws[$0].id)), ("name", .string(ws[$0].name))]) } } ?? .null
            return JSONValue.object([
                ("directory", .string(directory)), ("valid", .bool(isValid)),
                ("files", .array(files.map { f in
                    .object([("file", .string(f.name)), ("present", .bool(f.present)), ("rows", f.rows.map { .integer($0) } ?? .null)])
                })),
                ("interactions", .object([("first", .string(range.map { ISODate.dayString($0.first) })),
                                          ("last", .string(range.map { ISODate.dayString($0.last) }))])),
                ("me", me),
                ("as_of", .string(workspace?.config.asOf.map(ISODate.dayString))),
                ("errors", .array(errors.map(problem))), ("warnings", .array(warnings.map(problem))),
            ]).serialized(pretty: true) + "\n"
        }
    }

    private var interactionRange: (first: Date, last: Date)? {
        guard let ws = workspace, let first = ws.interactions.min(by: { $0.date < $1.date })?.date,
              let last = ws.interactions.max(by: { $0.date < $1.date })?.date else { return nil }
        return (first, last)
    }

    private func table() -> String {
        guard let ws = workspace else { return "" }
        var table = TextTable(headers: ["file", "status", "rows"], alignments: [.left, .left, .right])
        for f in files { table.append([f.name, f.present ? "ok" : "absent", f.rows.map(String.init) ?? ""]) }
        var out = TextTable.sanitize(directory) + ": valid workspace\n" + table.rendered()
        if let range = interactionRange {
            out += "interactions from \(ISODate.dayString(range.first)) to \(ISODate.dayString(range.last))\n"
        }
        out += "me: " + (ws.me.map { TextTable.sanitize("\(ws[$0].name) (\(ws[$0].id))") } ?? "none (use --ego with ego-centred commands)") + "\n"
        if let asOf = ws.config.asOf { out += "as_of: \(ISODate.dayString(asOf))\n" } else { out += "as_of: today\n" }
        out += "\(warnings.count) warning\(warnings.count == 1 ? "" : "s")\n"
        return out
    }
}
