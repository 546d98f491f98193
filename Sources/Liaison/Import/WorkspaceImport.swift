//===----------------------------------------------------------------------===//
// WorkspaceImport: exported files → reports and the new bytes of the workspace files
//===----------------------------------------------------------------------===//

import Foundation

/// What an import would do: one report per file, the malformed records of all files, and the
/// files to write (already checked with `WorkspaceValidation`).
public struct ImportPlan: Sendable {
    public var reports: [ImportReport] = []
    /// Every malformed record of every file, `file:line:column: what is wrong`.
    public var problems: [Diagnostic] { reports.flatMap(\.problems) }
    /// File name in the workspace → new contents; empty when nothing changes.
    public var files: [String: [UInt8]] = [:]
}

/// What a reader may need to know about the workspace it reads into.
public struct ImportContext: Sendable {
    /// The workspace's `as_of` (calendar recurrences are expanded up to it); `nil` = today.
    public var asOf: Date?
    /// The owner's addresses: the `me` contact's e-mails and `--me-email`, normalised.
    public var ownerEmails: [String]
}

public enum WorkspaceImport {
    /// Reads each of `files` (as `kind`, or the kind `ImportKind.detect` finds), merges it into the
    /// workspace in `directory` in order, and checks the result as `liaison check` would.
    ///
    /// - Parameters:
    ///   - read: reads one file of one kind.
    /// - Throws: `InputErrors` when a kind cannot be detected or the merged workspace would be
    ///   invalid; `InputMissing` when a file cannot be read. Malformed records are not thrown:
    ///   they are in the reports (`ImportPlan.problems`) and the caller decides.
    public static func plan(kind: ImportKind?, files: [String], into directory: String, ownerEmails: [String],
                            region: String?, read: (ImportKind, String, ImportContext) throws -> ImportBatch) throws -> ImportPlan {
        var draft = try WorkspaceDraft(directory: directory, ownerEmails: ownerEmails, region: region)
        var plan = ImportPlan()
        for file in expandingFolders(files) {
            let k: ImportKind
            if let kind { k = kind } else {
                guard let found = ImportKind.detect(try readFileBytes(file)) else {
                    throw InputErrors([Diagnostic(file: file, line: 1, column: 1,
                        message: "cannot tell what kind of export this is (looked for BEGIN:VCARD, BEGIN:VCALENDAR, an mbox 'From ' line, LinkedIn's and Google's CSV headers): name the kind (linkedin, google, vcard, mbox, ics)")])
                }
                k = found
            }
            let batch = try read(k, file, draft.context)
            plan.reports.append(draft.merge(batch, file: file, kind: kind == nil ? "\(k.rawValue), detected" : k.rawValue))
        }
        plan.files = draft.changedFiles
        if !plan.files.isEmpty { try WorkspaceValidation.check(directory: directory, replacing: plan.files) }
        return plan
    }

    /// `paths` with every folder replaced by the regular, non-hidden files directly inside it, in
    /// name order (an export unpacked into a folder: `import auto ~/Downloads/export`).
    static func expandingFolders(_ paths: [String]) -> [String] {
        let fm = FileManager.default
        return paths.flatMap { path -> [String] in
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
                  let names = try? fm.contentsOfDirectory(atPath: path) else { return [path] }
            return names.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }.filter {
                var d: ObjCBool = false
                return fm.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue
            }
        }
    }

    /// Reads one exported file of `kind` into a batch: contacts (LinkedIn, Google, vCard) or touches
    /// (mbox messages, iCalendar occurrences up to the context's `as_of`, today when it has none).
    public static func read(_ kind: ImportKind, path: String, context: ImportContext) throws -> ImportBatch {
        switch kind {
        case .linkedin: try LinkedInImporter.read(path: path)
        case .google: try GoogleContactsImporter.read(path: path)
        case .vcard: try VCardImporter.read(path: path)
        case .mbox: try MboxImporter.read(path: path, ownerEmails: Set(context.ownerEmails))
        case .ics: try ICalendarImporter.read(path: path, asOf: context.asOf ?? Date(), ownerEmails: Set(context.ownerEmails))
        }
    }
}
