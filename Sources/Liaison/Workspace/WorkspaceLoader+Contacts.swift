//===----------------------------------------------------------------------===//
// contacts.csv and the ego (`me`)
//===----------------------------------------------------------------------===//

import Foundation

extension TableSchema {
    static let contacts = TableSchema(
        name: "contacts.csv",
        columns: ["id", "name", "kind", "organization", "title", "industry", "city", "tags", "email", "phone", "url", "notes", "source_uid"],
        required: ["id", "name"])
}

extension LoadState {
    mutating func loadContacts() throws {
        let file = path("contacts.csv")
        var fields = self.fields
        var contacts = [Contact]()
        var lines = [Int]()
        var meRow: (index: ContactIndex, line: Int)?
        var idUsable = true
        try readTable(path: file, from: files, schema: .contacts, log: &log) { r, c, log in
            guard let idCol = c["id"] else { idUsable = false; return }
            var ok = true
            let id = r.text(idCol, &log) ?? ""
            if id.isEmpty {
                log.error(r.diagnostic(idCol, "empty id: every contact needs a unique id (a slug such as anna-petrova)"))
                return
            }
            if id.contains(";") {
                // A `to` cell is a `;`-separated list of ids: this id could never be named in one.
                log.error(r.diagnostic(idCol, "id '\(shown(id))' contains ';', which separates the ids of a 'to' list: such an id could never be referenced; use a slug such as anna-petrova"))
                return
            }
            let (index, inserted) = fields.ids.insert(id)
            if !inserted {
                log.error(r.diagnostic(idCol, "duplicate id '\(shown(id))': already used at line \(lines[Int(index)]); ids must be unique"))
                return
            }
            let name = r.text(c["name"], &log) ?? ""
            if name.isEmpty, let col = c["name"] {
                log.error(r.diagnostic(col, "empty name: every contact needs a name"))
                ok = false
            }
            let kind = fields.choice(r, c["kind"], "kind", ContactKind.other, &log, &ok)
            if kind == .me {
                if let first = meRow {
                    log.error(r.diagnostic(c["kind"]!,
                        "a second contact of kind 'me' (the first is '\(shown(contacts[Int(first.index)].id))' at line \(first.line)): at most one contact is me"))
                } else {
                    meRow = (index, r.line)
                }
            }
            var tags = [String]()
            if let col = c["tags"], let text = r.text(col, &log), !text.isEmpty {
                tags = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            contacts.append(Contact(
                id: id, name: name, kind: kind,
                organization: r.text(c["organization"], &log) ?? "", title: r.text(c["title"], &log) ?? "",
                industry: r.text(c["industry"], &log) ?? "", city: r.text(c["city"], &log) ?? "", tags: tags,
                email: r.text(c["email"], &log) ?? "", phone: r.text(c["phone"], &log) ?? "",
                url: r.text(c["url"], &log) ?? "", notes: r.text(c["notes"], &log) ?? ""))
            lines.append(r.line)
        }
        fields.contactsUsable = idUsable
        self.fields = fields
        self.contacts = contacts
        self.contactLines = lines
        self.meRow = meRow
    }

    /// Settles the ego: the contact of kind `me`, or the id `liaison.toml` names (they must agree).
    mutating func resolveMe() {
        let file = path("liaison.toml")
        if let id = config.me {
            guard let index = fields.ids.index(of: id) else {
                if fields.contactsUsable {
                    log.error(Diagnostic(file: file, line: configMePlace.line, column: configMePlace.column,
                                         message: "me = '\(shown(id))' names no contact: no row of contacts.csv has this id"))
                }
                return
            }
            if let row = meRow, row.index != index {
                log.error(Diagnostic(file: file, line: configMePlace.line, column: configMePlace.column,
                    message: "me = '\(shown(id))' but contact '\(shown(contacts[Int(row.index)].id))' (contacts.csv line \(row.line)) has kind 'me': at most one contact is me"))
                return
            }
            me = index
        } else {
            me = meRow?.index
        }
    }
}
