//===----------------------------------------------------------------------===//
// WorkspaceLog: one row recorded by `liaison log` (a touch, a deal, an introduction, a contact)
//===----------------------------------------------------------------------===//

import Foundation

/// What `liaison log` records. Contacts are named by id or by name (`ContactNames.resolve`).
public enum LogEntry: Sendable {
    case touch(with: [String], channel: Channel, date: Date, from: String?, replyHours: Double?, note: String)
    case deal(contact: String, amount: Double, currency: String, status: DealStatus, source: String?, date: Date)
    case intro(from: String, to: String, via: String, outcome: IntroductionStatus, date: Date)
    case contact(name: String, kind: ContactKind, email: String, organization: String)
}

public enum WorkspaceLog {
    /// The new contents of the one file `entry` goes to, with the row appended, and the row as a
    /// sentence for the user. References are resolved against the workspace's contacts; the result
    /// is checked as `liaison check` would (`WorkspaceValidation`) before it is returned.
    ///
    /// - Throws: `InputErrors` — an unknown or ambiguous name (with a "did you mean" list, placed at
    ///   the option that gave it), or the workspace would not be valid.
    public static func append(_ entry: LogEntry, to directory: String) throws -> (files: [String: [UInt8]], summary: String) {
        let path = { WorkspaceLoader.path(directory, $0) }
        var contacts: [Contact] = []
        var me: String?
        if FileManager.default.fileExists(atPath: path("contacts.csv")) {
            let (ws, _) = try WorkspaceLoader.load(from: directory)
            contacts = ws.contacts
            me = ws.me.map { ws[$0].id }
        }
        let names = ContactNames(contacts, me: me)
        let file: String
        var values: [String: String]
        var summary: String
        switch entry {
        case let .touch(with, channel, date, from, replyHours, note):
            let sender = try from.map { try names.resolve($0, option: "--from") } ?? me
            guard let sender else {
                throw InputErrors([Diagnostic(file: "option --from", line: 0, column: 0,
                    message: "the workspace has no contact of kind 'me': say who reached out with --from")])
            }
            let to = try with.map { try names.resolve($0, option: "--with") }
            file = "interactions.csv"
            values = ["date": ISODate.string(date), "from": sender, "to": to.joined(separator: ";"), "channel": channel.rawValue,
                      "note": note]
            if let replyHours { values["reply_hours"] = CSVWriter.format(replyHours) }
            summary = "\(channel.rawValue) on \(ISODate.string(date)): \(sender) → \(to.joined(separator: ", "))"
        case let .deal(contact, amount, currency, status, source, date):
            let id = try names.resolve(contact, option: "--contact")
            file = "deals.csv"
            values = ["date": ISODate.string(date), "contact": id, "amount": CSVWriter.format(amount),
                      "currency": currency.uppercased(), "status": status.rawValue]
            if let source { values["source"] = try names.resolve(source, option: "--source") }
            summary = "deal with \(id): \(CSVWriter.format(amount)) \(currency.uppercased()) \(status.rawValue)"
        case let .intro(from, to, via, outcome, date):
            let (a, b, c) = (try names.resolve(from, option: "--from"), try names.resolve(to, option: "--to"),
                             try names.resolve(via, option: "--via"))
            file = "introductions.csv"
            values = ["date": ISODate.string(date), "introducer": c, "from": a, "to": b, "status": outcome.rawValue]
            summary = "introduction of \(a) to \(b) via \(c): \(outcome.rawValue)"
        case let .contact(name, kind, email, organization):
            let existing = Set(contacts.map(\.id))
            if let address = IdentityKeys.email(email),
               let owner = contacts.first(where: { $0.email.split(separator: ";").contains { IdentityKeys.email(String($0)) == address } }) {
                throw InputErrors([Diagnostic(file: "option --email", line: 0, column: 0,
                    message: "\(shown(address)) is already the e-mail of '\(shown(owner.id))' (\(shown(owner.name)))")])
            }
            let id = ContactSlug.unique(ContactSlug.make(name), taken: existing.contains)
            file = "contacts.csv"
            values = ["id": id, "name": WorkspaceDraft.oneLine(name), "kind": kind.rawValue,
                      "email": email.trimmingCharacters(in: .whitespaces), "organization": WorkspaceDraft.oneLine(organization)]
            summary = "contact \(id) (\(WorkspaceDraft.oneLine(name)))"
        }
        var table = try EditableCSV(path: path(file), defaultHeader: defaultHeader(file))
        table.append(values)
        let files = [file: table.bytes]
        try WorkspaceValidation.check(directory: directory, replacing: files)
        return (files, summary)
    }

    static func defaultHeader(_ file: String) -> [String] {
        switch file {
        case "contacts.csv": WorkspaceDraft.contactColumns
        case "interactions.csv": WorkspaceDraft.interactionColumns
        case "deals.csv": ["date", "contact", "amount", "currency", "status", "source"]
        default: ["date", "introducer", "from", "to", "status", "note"]
        }
    }
}

/// Finds contacts by id or by name, the way a person types them.
public struct ContactNames: Sendable {
    let contacts: [Contact]
    let me: String?
    /// - Parameter me: the id of the `me` contact, which the word `me` also names.
    public init(_ contacts: [Contact], me: String? = nil) { self.contacts = contacts; self.me = me }

    /// The id `text` means: an id as written; `me` for the me contact; else the one contact whose folded name
    /// (`IdentityKeys.folded`) or id equals the folded text (case, diacritics, ё/е ignored).
    ///
    /// - Throws: `InputErrors` placed at `option` when no contact or several match, with the
    ///   closest names by edit distance ("did you mean …").
    public func resolve(_ text: String, option: String) throws -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        if contacts.contains(where: { $0.id == text }) { return text }
        if text.lowercased() == "me", let me { return me }
        let key = IdentityKeys.folded(text)
        let hits = contacts.filter { IdentityKeys.folded($0.name) == key || IdentityKeys.folded($0.id) == key }
        if hits.count == 1 { return hits[0].id }
        func label(_ c: Contact) -> String { "\(c.id) (\(c.name)\(c.organization.isEmpty ? "" : ", " + c.organization))" }
        if hits.count > 1 {
            throw InputErrors([Diagnostic(file: "option \(option)", line: 0, column: 0,
                message: "'\(shown(text))' is ambiguous: \(hits.count) contacts match; say which by id: \(hits.prefix(8).map { shown(label($0)) }.joined(separator: ", "))")])
        }
        let ranked = contacts.map { c in (min(editDistance(key, IdentityKeys.folded(c.name)), editDistance(key, IdentityKeys.folded(c.id))), c) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.id < $1.1.id }.prefix(3)
        let hint = ranked.isEmpty ? "the workspace has no contacts yet (add one with liaison log WS contact --name …)"
            : "did you mean " + ranked.map { shown(label($0.1)) }.joined(separator: ", ") + "?"
        throw InputErrors([Diagnostic(file: "option \(option)", line: 0, column: 0,
                                      message: "no contact '\(shown(text))': \(hint)")])
    }
}
