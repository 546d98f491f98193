//===----------------------------------------------------------------------===//
// GoogleContactsImporter: the "Google CSV" export of contacts.google.com, current and legacy
//===----------------------------------------------------------------------===//

import Foundation

/// Reads a Google Contacts CSV export in either header set (exact headers in
/// ../shared/datasets/crm_formats/HEADERS.md):
///
/// - **current**: `First Name, Middle Name, Last Name, …, Organization Name, Organization Title, …,
///   Notes, Photo, Labels`, then numbered groups `E-mail N - Label/Value`, `Phone N - Label/Value`,
///   `Website N - Label/Value`, …;
/// - **legacy**: `Name, Given Name, Additional Name, Family Name, …, Notes, …, Group Membership`,
///   `E-mail N - Type/Value`, `Phone N - Type/Value`, `Organization N - Name/Title`, `Website N - …`.
///
/// A cell may hold several values joined by ` ::: ` (Google's separator); every e-mail and phone
/// is kept. Labels (`Labels`, `Group Membership`) become tags, except Google's system labels:
/// `* myContacts` (on every contact) is dropped, and `Imported on …` groups are dropped; the
/// other starred system labels (`* starred`, `* friends`, `* family`, `* coworkers`) are kept
/// without their `* ` prefix. `Birthday` is added to the notes as `birthday: …`.
public enum GoogleContactsImporter {
    public enum HeaderSet: String, Sendable { case current, legacy }

    public static func read(path: String) throws -> ImportBatch {
        try read(path: path, bytes: readFileBytes(path))
    }

    public static func read(path: String, bytes: [UInt8]) -> ImportBatch {
        var batch = ImportBatch()
        var problems = [Diagnostic]()
        var headerSet = HeaderSet.current
        let header = readExportCSV(path: path, bytes: bytes, isHeader: { names in
            if names.contains("Given Name") || names.contains("Group Membership") { headerSet = .legacy; return true }
            return names.contains("First Name") && (names.contains("Labels") || names.contains { $0.hasPrefix("E-mail 1") })
        }, problems: &problems) { row, problems in
            let person = self.person(row, headerSet, header: row.columns)
            if person.name.isEmpty && person.emails.isEmpty && person.phones.isEmpty && person.organization.isEmpty {
                batch.skipped.append(ImportSkip(source: row.place, reason: "no name, e-mail, phone or organisation"))
            } else {
                batch.people.append(person)
            }
        }
        if header == nil && problems.isEmpty {
            problems.append(Diagnostic(file: path, line: 1, column: 1,
                message: "no Google Contacts header (First Name … Labels, or Name, Given Name … Group Membership)"))
        }
        batch.problems = problems
        return batch
    }

    static func person(_ row: ExportRow, _ set: HeaderSet, header: [String: Int]) -> ImportedPerson {
        var p = ImportedPerson(source: row.place)
        func joined(_ names: [String]) -> String { names.map { row[$0] }.filter { !$0.isEmpty }.joined(separator: " ") }
        func numbered(_ group: String, _ field: String) -> [String] {
            var out = [String]()
            var n = 1
            while header["\(group) \(n) - \(field)".lowercased()] != nil {
                out += values(row["\(group) \(n) - \(field)"])
                n += 1
            }
            return out
        }
        switch set {
        case .current:
            p.name = joined(["First Name", "Middle Name", "Last Name"])
            if p.name.isEmpty { p.name = row["Nickname"].isEmpty ? row["File As"] : row["Nickname"] }
            p.organization = row["Organization Name"]
            p.title = row["Organization Title"]
            p.tags = labels(row["Labels"])
        case .legacy:
            p.name = row["Name"].isEmpty ? joined(["Given Name", "Additional Name", "Family Name"]) : row["Name"]
            if p.name.isEmpty { p.name = row["Nickname"] }
            p.organization = row["Organization 1 - Name"]
            p.title = row["Organization 1 - Title"]
            p.tags = labels(row["Group Membership"])
        }
        p.emails = numbered("E-mail", "Value")
        p.phones = numbered("Phone", "Value")
        p.urls = numbered("Website", "Value")
        var notes = row["Notes"]
        if !row["Birthday"].isEmpty { notes += (notes.isEmpty ? "" : "; ") + "birthday: " + row["Birthday"] }
        p.notes = notes
        return p
    }

    /// Splits a multi-valued cell on ` ::: `.
    static func values(_ cell: String) -> [String] {
        cell.components(separatedBy: ":::").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Labels → tags: `* myContacts` and `Imported on …` dropped, other `* x` kept as `x`.
    static func labels(_ cell: String) -> [String] {
        values(cell).compactMap { label in
            if label.hasPrefix("* ") {
                let name = String(label.dropFirst(2))
                return name.lowercased() == "mycontacts" ? nil : name
            }
            return label.hasPrefix("Imported on ") ? nil : label
        }
    }
}
