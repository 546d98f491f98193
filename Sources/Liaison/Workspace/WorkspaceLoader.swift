//===----------------------------------------------------------------------===//
// WorkspaceLoader: a workspace folder -> a validated Workspace, or every error at once
//===----------------------------------------------------------------------===//

import Foundation

/// Loads and validates a workspace folder (SPEC §3.1).
///
/// `contacts.csv` is required; `interactions.csv`, `ties.csv`, `introductions.csv`, `deals.csv`,
/// `deliveries.csv`, `feedback.csv`, `liaison.toml` and `cadence.csv` (`liaison agenda`'s snoozes) are optional. Every problem of every file is
/// collected in one pass and thrown together as `InputErrors`, sorted by file, line and column, each
/// as `file:line:column: what is wrong, what was expected`. Nothing is returned unless the whole
/// workspace is valid. Warnings (contacts never touched, unknown columns, …) come back beside it.
///
/// - Complexity: O(bytes of all files); ids are resolved through a byte-keyed hash table, dates and
///   numbers are parsed from the bytes, so no per-row `String` is made for them.
public enum WorkspaceLoader {
    /// The files of a workspace, in the order they are loaded.
    public static let fileNames = ["contacts.csv", "interactions.csv", "ties.csv", "introductions.csv",
                                   "deals.csv", "deliveries.csv", "feedback.csv", "liaison.toml", "cadence.csv"]

    /// Loads the workspace in `directory`.
    ///
    /// - Throws: `InputMissing` when the folder or `contacts.csv` is missing or unreadable (exit 66);
    ///   `InputErrors` with every problem found when any file is invalid (exit 65).
    public static func load(from directory: String) throws -> (workspace: Workspace, warnings: [Diagnostic]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) else {
            throw InputMissing(path: directory, reason: "no such workspace folder")
        }
        guard isDir.boolValue else {
            throw InputMissing(path: directory, reason: "not a folder: a workspace is a folder holding contacts.csv")
        }
        return try load(files: .folder(directory))
    }

    /// Loads the workspace whose files `files` holds: the folder's files (`load(from:)`), or files
    /// in memory, which give the same workspace and the same diagnostics as a folder named
    /// `files.directory` holding them.
    ///
    /// - Throws: `InputMissing` when `contacts.csv` is missing (or, on disk, unreadable);
    ///   `InputErrors` with every problem found when any file is invalid.
    public static func load(files: WorkspaceFiles) throws -> (workspace: Workspace, warnings: [Diagnostic]) {
        let directory = files.directory
        guard files.contains("contacts.csv") else {
            throw InputMissing(path: files.path("contacts.csv"), reason: "no such file: every workspace needs contacts.csv (columns id, name, …)")
        }
        var state = LoadState(files: files)
        try state.loadConfig()
        try state.loadContacts()
        state.resolveTeam()
        try state.loadInteractions()
        try state.loadTies()
        try state.loadIntroductions()
        try state.loadDeals()
        try state.loadDeliveries()
        try state.loadFeedback()
        try state.loadCadence()
        state.resolveMe()
        if !state.log.errors.isEmpty {
            throw InputErrors(Diagnostic.sortedByPlace(state.log.errors) + state.log.overflow)
        }
        var workspace = Workspace(directory: directory, contacts: state.contacts, interactions: state.interactions,
                                  ties: state.ties, introductions: state.introductions, deals: state.deals,
                                  deliveries: state.deliveries, feedback: state.feedback, config: state.config,
                                  me: state.me)
        workspace.team = state.team
        workspace.cadence = state.cadence
        state.crossCheck(workspace)
        return (workspace, Diagnostic.sortedByPlace(state.log.warnings))
    }

    static func path(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}

/// The mutable state of one load.
struct LoadState {
    let files: WorkspaceFiles
    var directory: String { files.directory }
    var log = DiagnosticLog()
    var fields = FieldReader()
    var contacts: [Contact] = []
    var contactLines: [Int] = []
    var meRow: (index: ContactIndex, line: Int)?
    var interactions: [Interaction] = []
    var ties: [DeclaredTie] = []
    var introductions: [Introduction] = []
    var deals: [Deal] = []
    var deliveries: [Delivery] = []
    var feedback: [Feedback] = []
    var cadence: [CadenceSetting] = []
    var config = WorkspaceConfig()
    var configMePlace: (line: Int, column: Int) = (1, 1)
    var me: ContactIndex?
    /// The team's owners (ego first) and the ego they were resolved with; empty for one owner.
    var team: [ContactIndex] = []
    var teamEgo: ContactIndex?

    init(files: WorkspaceFiles) { self.files = files }

    func path(_ file: String) -> String { files.path(file) }

    /// Path of an optional file, or `nil` when absent.
    func optionalPath(_ file: String) -> String? {
        files.contains(file) ? path(file) : nil
    }
}

/// Typed readers of one field of a record, shared by every file: each reports its own errors to
/// the log and clears `ok` so that the row is not kept.
struct FieldReader {
    var ids = ContactIDTable(expectedCount: 1024)
    /// False when contacts.csv has no usable `id` column: references are then not checked (every one
    /// would fail and bury the real error).
    var contactsUsable = true

    private func unknown(_ r: CSVRecord, _ col: Int, _ name: String, _ id: String, _ log: inout DiagnosticLog) {
        if contactsUsable {
            log.error(r.diagnostic(col, "unknown contact id '\(shown(id))' in \(name): no row of contacts.csv has this id"))
        }
    }

    /// Resolves a contact id in column `col`; `nil` (and `ok = false` when it was an error) otherwise.
    func contactRef(_ r: CSVRecord, _ col: Int?, _ name: String, required: Bool,
                    _ log: inout DiagnosticLog, _ ok: inout Bool) -> ContactIndex? {
        guard let col else { if required { ok = false }; return nil }
        var escapedText: String?
        if r.isEscaped(col) {
            guard let s = r.text(col, &log) else { ok = false; return nil }
            escapedText = s
        }
        // Either the index, or the text that did not resolve ("" when blank).
        let (index, text): (ContactIndex?, String) = {
            if let s = escapedText { return (s.isEmpty ? nil : ids.index(of: s), s) }
            return r.withTrimmedBytes(col) { b in
                if b.isEmpty { return (nil, "") }
                if let i = ids.index(of: b) { return (i, "") }
                return (nil, String(decoding: b, as: UTF8.self))
            }
        }()
        if let index { return index }
        if text.isEmpty {
            if required { log.error(r.diagnostic(col, "empty \(name): expected a contact id")); ok = false }
            return nil
        }
        unknown(r, col, name, text, &log)
        ok = false
        return nil
    }

    /// A `;`-separated list of contact ids (duplicates dropped, order kept).
    func contactList(_ r: CSVRecord, _ col: Int?, _ name: String,
                     _ log: inout DiagnosticLog, _ ok: inout Bool) -> [ContactIndex] {
        guard let col else { ok = false; return [] }
        var out = [ContactIndex]()
        var missing = [String]()
        if r.isEscaped(col) {
            guard var s = r.text(col, &log) else { ok = false; return [] }
            s.withUTF8 { b in
                forEachListItem(b) { item in
                    if let i = ids.index(of: item) { if !out.contains(i) { out.append(i) } }
                    else { missing.append(String(decoding: item, as: UTF8.self)) }
                }
            }
        } else {
            r.withBytes(col) { b in
                forEachListItem(b) { item in
                    if let i = ids.index(of: item) { if !out.contains(i) { out.append(i) } }
                    else { missing.append(String(decoding: item, as: UTF8.self)) }
                }
            }
        }
        for id in missing { unknown(r, col, name, id, &log); ok = false }
        if out.isEmpty && missing.isEmpty {
            log.error(r.diagnostic(col, "empty \(name): expected one or more contact ids separated by ';'"))
            ok = false
        }
        return out
    }

    /// An ISO 8601 date in column `col`, as seconds since 1970 (UTC).
    func date(_ r: CSVRecord, _ col: Int?, _ name: String, required: Bool,
              _ log: inout DiagnosticLog, _ ok: inout Bool) -> Double? {
        guard let col else { if required { ok = false }; return nil }
        return r.withTrimmedBytes(col) { b -> Double? in
            if b.isEmpty {
                if required { log.error(r.diagnostic(col, "empty \(name): \(ISODate.expected)")); ok = false }
                return nil
            }
            if let t = ISODate.parse(b) { return t }
            log.error(r.diagnostic(col, "bad date '\(shown(String(decoding: b, as: UTF8.self)))' in \(name): \(ISODate.expected)"))
            ok = false
            return nil
        }
    }

    /// A number in column `col`, checked against `range` (described by `expected`).
    func number(_ r: CSVRecord, _ col: Int?, _ name: String, required: Bool, range: ClosedRange<Double>,
                expected: String, _ log: inout DiagnosticLog, _ ok: inout Bool) -> Double? {
        guard let col else { if required { ok = false }; return nil }
        return r.withTrimmedBytes(col) { b -> Double? in
            if b.isEmpty {
                if required { log.error(r.diagnostic(col, "empty \(name): expected \(expected)")); ok = false }
                return nil
            }
            guard let v = parseNumber(b) else {
                log.error(r.diagnostic(col, "\(name) '\(shown(String(decoding: b, as: UTF8.self)))' is not a number: expected \(expected)"))
                ok = false
                return nil
            }
            guard range.contains(v) else {
                let what = v < 0 && range.lowerBound >= 0 ? "negative \(name)" : "\(name) out of range"
                log.error(r.diagnostic(col, "\(what) '\(shown(String(decoding: b, as: UTF8.self)))': expected \(expected)"))
                ok = false
                return nil
            }
            return v
        }
    }

    /// A case-insensitive choice in column `col`; `fallback` when blank.
    func choice<E: RawRepresentable & CaseIterable>(_ r: CSVRecord, _ col: Int?, _ name: String, _ fallback: E,
                                                    _ log: inout DiagnosticLog, _ ok: inout Bool) -> E
        where E.RawValue == String {
        guard let col else { return fallback }
        return r.withTrimmedBytes(col) { b -> E in
            if b.isEmpty { return fallback }
            if let v = parseChoice(b, as: E.self) { return v }
            log.error(r.diagnostic(col, choiceMessage(name, shown(String(decoding: b, as: UTF8.self)), E.self)))
            ok = false
            return fallback
        }
    }
}
