import Foundation

//===----------------------------------------------------------------------===//
// CadenceEdit: a snooze or a "no cadence" mark written to cadence.csv
//===----------------------------------------------------------------------===//

/// A change to one contact's row of cadence.csv.
public enum CadenceChange: Sendable, Equatable {
    /// Leave the contact out of the agenda until this date.
    case snooze(until: Date)
    /// Never list the contact for its rhythm, a fading or a dormant tie.
    case noCadence
    /// Clear both: the contact is listed as any other again.
    case resume
}

public enum CadenceEdit {
    /// The new bytes of cadence.csv with `change` applied to `contact` (an id, or a name exactly
    /// one contact has, resolved by `ContactDirectory`), and the change as a sentence.
    ///
    /// The contact's row is edited in place (`EditableCSV`: every other byte is kept) or appended;
    /// the result is checked as `liaison check` would check it (`WorkspaceValidation`) before it is
    /// returned. The caller writes it through the one writer under the workspace lock.
    ///
    /// - Throws: `UnknownContact` (exit 65, "did you mean") for an unknown or ambiguous contact;
    ///   `InputErrors` when the workspace or the new file would not be valid.
    public static func apply(_ change: CadenceChange, to contact: String, in directory: String)
        throws -> (files: [String: [UInt8]], summary: String) {
        let (ws, _) = try WorkspaceLoader.load(from: directory)
        let index = try ws.contactDirectory.resolve(contact, option: "CONTACT")
        let id = ws.contacts[index].id
        let file = "cadence.csv"
        var table = try EditableCSV(path: WorkspaceLoader.path(directory, file),
                                    defaultHeader: TableSchema.cadence.columns)
        let contactColumn = table.ensureColumn("contact")
        let row = table.rows.indices.first { table.cell($0, contactColumn) == id }
            ?? table.append(["contact": id])
        let summary: String
        switch change {
        case let .snooze(until):
            table.setCell(row, table.ensureColumn("snooze_until"), ISODate.dayString(until))
            summary = "\(id) snoozed until \(ISODate.dayString(until))"
        case .noCadence:
            table.setCell(row, table.ensureColumn("no_cadence"), "true")
            summary = "\(id) marked no cadence"
        case .resume:
            if let c = table.column("snooze_until") { table.setCell(row, c, "") }
            if let c = table.column("no_cadence") { table.setCell(row, c, "") }
            summary = "\(id) back on the agenda (no snooze, cadence kept)"
        }
        let files = [file: table.bytes]
        try WorkspaceValidation.check(directory: directory, replacing: files)
        return (files, summary)
    }
}
