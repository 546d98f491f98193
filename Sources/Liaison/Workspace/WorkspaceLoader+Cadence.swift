//===----------------------------------------------------------------------===//
// cadence.csv: snoozes and "no cadence" marks of `liaison agenda`
//===----------------------------------------------------------------------===//

import Foundation

extension TableSchema {
    static let cadence = TableSchema(
        name: "cadence.csv", columns: ["contact", "snooze_until", "no_cadence", "note"], required: ["contact"])
}

extension LoadState {
    /// cadence.csv (optional): `contact` (an id of contacts.csv, one row per contact),
    /// `snooze_until` (an ISO 8601 date, or empty), `no_cadence` (true/false, yes/no, 1/0, or empty
    /// for false), `note` (free text).
    mutating func loadCadence() throws {
        guard let file = optionalPath("cadence.csv") else { return }
        let f = fields
        var out = [CadenceSetting]()
        var firstLine = [ContactIndex: Int]()
        try readTable(path: file, from: files, schema: .cadence, log: &log) { r, c, log in
            var ok = true
            let contact = f.contactRef(r, c["contact"], "contact", required: true, &log, &ok)
            let until = f.date(r, c["snooze_until"], "snooze_until", required: false, &log, &ok)
            var noCadence = false
            if let col = c["no_cadence"] {
                r.withTrimmedBytes(col) { b in
                    let word = String(decoding: b, as: UTF8.self).lowercased()
                    switch word {
                    case "", "false", "no", "0": noCadence = false
                    case "true", "yes", "1": noCadence = true
                    default:
                        log.error(r.diagnostic(col, "no_cadence '\(shown(word))' is not a yes or no: expected true, false, yes, no, 1, 0 or empty"))
                        ok = false
                    }
                }
            }
            if let contact, let line = firstLine[contact] {
                log.error(r.diagnostic(c["contact"]!, "contact '\(shown(r.string(c["contact"]!) ?? ""))' already has a row on line \(line): one row per contact"))
                ok = false
            }
            guard ok, let contact else { return }
            firstLine[contact] = r.line
            out.append(CadenceSetting(contact: contact, snoozeUntil: until.map { Date(timeIntervalSince1970: $0) },
                                      noCadence: noCadence, note: r.text(c["note"], &log) ?? ""))
        }
        cadence = out
    }
}
