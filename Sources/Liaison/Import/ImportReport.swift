//===----------------------------------------------------------------------===//
// ImportReport: what one imported file added, merged, skipped and left ambiguous
//===----------------------------------------------------------------------===//

import Foundation

/// The outcome of merging one file into a workspace, record by record.
public struct ImportReport: Sendable {
    public enum Action: String, Sendable, CaseIterable {
        /// A new row was appended.
        case added
        /// An existing row was matched and got new values (empty cells filled, list items added).
        case merged
        /// Matched an existing row that already holds everything: nothing to write.
        case unchanged
        /// Not imported, with the reason.
        case skipped
        /// Could be several contacts (or a namesake): kept apart and reported.
        case ambiguous
        /// The file says something else than a value the user wrote; the user's value is kept.
        case conflict
    }
    public enum Record: String, Sendable, CaseIterable { case contact, interaction, tie }

    public struct Entry: Sendable {
        public var action: Action
        public var record: Record
        public var place: SourcePlace
        /// The contact id, or the pair / touch the entry is about.
        public var subject: String
        public var detail: String
    }

    public var file: String
    /// The kind read (`linkedin`, `google`, `vcard`, `mbox`, `ics`).
    public var kind: String
    public var entries: [Entry] = []
    /// Malformed records of the file (`file:line:column`).
    public var problems: [Diagnostic] = []

    public init(file: String, kind: String) { self.file = file; self.kind = kind }

    public func count(_ action: Action, _ record: Record) -> Int {
        entries.reduce(0) { $0 + ($1.action == action && $1.record == record ? 1 : 0) }
    }

    mutating func note(_ action: Action, _ record: Record, _ place: SourcePlace, _ subject: String, _ detail: String = "") {
        entries.append(Entry(action: action, record: record, place: place, subject: subject, detail: detail))
    }

    /// The report as text: one count line per record type, then every skip, ambiguity, conflict
    /// and problem with its place (added and merged rows are listed when `verbose`).
    public func rendered(verbose: Bool = false) -> String {
        var lines = ["\(file) (\(kind)):"]
        for record in Record.allCases {
            let counts = Action.allCases.map { (count($0, record), $0) }.filter { $0.0 > 0 }
            guard !counts.isEmpty else { continue }
            lines.append("  \(record.rawValue)s: " + counts.map { "\($0.0) \($0.1.rawValue)" }.joined(separator: ", "))
        }
        if entries.isEmpty && problems.isEmpty { lines.append("  nothing to import") }
        for e in entries where verbose || [.skipped, .ambiguous, .conflict].contains(e.action) {
            let detail = e.detail.isEmpty ? "" : ": " + e.detail
            let subject = e.subject.isEmpty ? "" : " " + e.subject
            lines.append("  \(e.place): \(e.action.rawValue) \(e.record.rawValue)\(subject)\(detail)")
        }
        for p in problems { lines.append("  \(p)") }
        return lines.map(TextTable.sanitize).joined(separator: "\n") + "\n"
    }

    /// The report as JSON: `{"file", "kind", "counts": {record: {action: n}}, "entries": [{"action",
    /// "record", "place", "subject", "detail"}], "problems": ["file:line:column: message"]}`.
    public var json: JSONValue {
        .object([
            ("file", .string(file)), ("kind", .string(kind)),
            ("counts", .object(Record.allCases.map { r in
                (r.rawValue, .object(Action.allCases.map { ($0.rawValue, .integer(count($0, r))) }))
            })),
            ("entries", .array(entries.map { e in
                .object([("action", .string(e.action.rawValue)), ("record", .string(e.record.rawValue)),
                         ("place", .string(e.place.description)), ("subject", .string(e.subject)),
                         ("detail", .string(e.detail))])
            })),
            ("problems", .array(problems.map { .string($0.description) })),
        ])
    }
}
