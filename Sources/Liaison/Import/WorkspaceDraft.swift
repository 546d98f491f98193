//===----------------------------------------------------------------------===//
// WorkspaceDraft: an ImportBatch merged into a workspace's raw CSV files
//===----------------------------------------------------------------------===//

import Foundation

/// The edited contacts.csv, interactions.csv and ties.csv of a workspace, before they are written.
///
/// Merging works on the raw rows (`EditableCSV`), never on the loaded model, so that unknown
/// columns, row order and the bytes of untouched rows survive. The rules (data/README.md,
/// docs/identity-resolution.md):
///
/// - **people** are matched by `IdentityResolver`; a match gets its *empty* cells filled
///   (organization, title, url, notes) and its `;`-lists extended (email, phone, tags, source_uid);
///   a different non-empty value is reported as a conflict and the user's value kept. A new person
///   is appended with a fresh id (`ContactSlug`). An ambiguous one is appended too, with its content
///   key in `source_uid` so that the next import of the same file finds it again;
/// - **touches** become interactions rows keyed by `source_key` (Message-ID, UID@occurrence); a
///   key already in the file is not imported again;
/// - **ties** (LinkedIn "Connected On" → a tie with `me`, `since` = that date; vCard relations →
///   a tie between the two people) are keyed by the unordered pair; an existing pair only gets an
///   empty `since` filled.
///
/// Importing the same file twice therefore changes no byte the second time.
public struct WorkspaceDraft: Sendable {
    public let directory: String
    public private(set) var contacts: EditableCSV
    public private(set) var interactions: EditableCSV
    public private(set) var ties: EditableCSV
    /// `as_of` of the workspace (for expanding calendar recurrences), when liaison.toml sets it.
    public let asOf: Date?
    private var resolver: IdentityResolver
    private var ids: Set<String> = []
    private var sourceKeys: Set<String> = []
    private var tiePairs: [TiePair: Int] = [:]
    /// Rows of people already seen as touch participants, by name and e-mails as written: a
    /// mailbox names the same people thousands of times, and they are resolved and merged once.
    private var participantRows: [String: Int] = [:]

    static let contactColumns = ["id", "name", "kind", "organization", "title", "industry", "city", "tags",
                                 "email", "phone", "url", "notes"]
    static let interactionColumns = ["date", "from", "to", "channel", "reply_hours", "outcome", "note", "source_key"]
    static let tieColumns = ["a", "b", "strength", "kind", "since", "note"]

    /// Opens the workspace in `directory`. An existing workspace must load without errors (it is
    /// checked with `WorkspaceLoader` first); a folder without contacts.csv, or no folder yet, is a
    /// new, empty workspace.
    ///
    /// - Parameters:
    ///   - ownerEmails: the owner's own addresses, besides those of the `me` contact.
    ///   - region: ISO 3166 country for reading national phone numbers (`RU`, `DE`, `US`), or `nil`.
    public init(directory: String, ownerEmails: [String] = [], region: String? = nil) throws {
        self.directory = directory
        let path = { WorkspaceLoader.path(directory, $0) }
        var meID: String?
        var asOf: Date?
        if FileManager.default.fileExists(atPath: path("contacts.csv")) {
            let (ws, _) = try WorkspaceLoader.load(from: directory)
            meID = ws.me.map { ws[$0].id }
            asOf = ws.config.asOf
        }
        self.asOf = asOf
        contacts = try EditableCSV(path: path("contacts.csv"), defaultHeader: Self.contactColumns)
        interactions = try EditableCSV(path: path("interactions.csv"), defaultHeader: Self.interactionColumns)
        ties = try EditableCSV(path: path("ties.csv"), defaultHeader: Self.tieColumns)
        resolver = IdentityResolver(ownerEmails: ownerEmails, region: region)
        let c = ContactColumns(contacts)
        for row in contacts.rows.indices {
            let id = contacts.cell(row, c.id)
            ids.insert(id)
            let isMe = id == meID || contacts.cell(row, c.kind).lowercased() == "me"
            indexContact(row, isMe: isMe)
        }
        if let k = interactions.column("source_key") {
            for row in interactions.rows.indices { let key = interactions.cell(row, k); if !key.isEmpty { sourceKeys.insert(key) } }
        }
        let (a, b) = (ties.column("a"), ties.column("b"))
        for row in ties.rows.indices {
            let pair = TiePair(ties.cell(row, a), ties.cell(row, b))
            if tiePairs[pair] == nil { tiePairs[pair] = row }
        }
    }

    /// What readers need to know: `as_of` and the owner's addresses.
    public var context: ImportContext { ImportContext(asOf: asOf, ownerEmails: resolver.ownerEmails.sorted()) }

    /// The files whose bytes changed, by name (`contacts.csv`, …).
    public var changedFiles: [String: [UInt8]] {
        var out = [String: [UInt8]]()
        if contacts.isModified { out["contacts.csv"] = contacts.bytes }
        if interactions.isModified { out["interactions.csv"] = interactions.bytes }
        if ties.isModified { out["ties.csv"] = ties.bytes }
        return out
    }

    /// Merges one file's batch; returns what happened to each record. Problems of the batch are
    /// copied into the report (the caller decides whether good records may be written).
    public mutating func merge(_ batch: ImportBatch, file: String, kind: String) -> ImportReport {
        var report = ImportReport(file: file, kind: kind)
        report.problems = batch.problems
        for skip in batch.skipped { report.note(.skipped, .contact, skip.source, "", skip.reason) }
        var rowOf = [Int?]()
        for person in batch.people {
            rowOf.append(contactRow(for: person, &report, record: .contact))
        }
        for (person, row) in zip(batch.people, rowOf) {
            guard let row else { continue }
            if let since = person.connectedOn { declareTie(meTo: row, since: since, person.source, &report) }
            for relation in person.relations { relate(row, relation, person.source, &report) }
        }
        for touch in batch.touches { addTouch(touch, &report) }
        return report
    }

    // MARK: - People

    /// The row of `person`: matched (and merged), or appended. `nil` when it cannot be stored.
    mutating func contactRow(for person: ImportedPerson, _ report: inout ImportReport, record: ImportReport.Record,
                             quiet: Bool = false) -> Int? {
        let contentKey = Self.contentKey(person)
        switch resolver.resolve(person, contentKey: contentKey) {
        case let .existing(row, rule):
            let changes = fill(row, with: person, &report)
            if !quiet || !changes.isEmpty {
                let id = contacts.cell(row, contacts.column("id"))
                report.note(changes.isEmpty ? .unchanged : .merged, .contact, person.source, id,
                            "matched by \(rule.rawValue)" + (changes.isEmpty ? "" : "; added " + changes.joined(separator: ", ")))
            }
            return row
        case .ownerWithoutMe:
            let row = appendContact(person, kind: "me", uid: nil)
            report.note(.added, .contact, person.source, contacts.cell(row, contacts.column("id")),
                        "the owner (an address given with --me-email), as kind 'me'")
            return row
        case let .ambiguous(_, reason):
            let row = appendContact(person, kind: nil, uid: contentKey)
            report.note(.ambiguous, .contact, person.source, contacts.cell(row, contacts.column("id")),
                        "added as a new contact: \(reason)")
            return row
        case .none:
            guard !displayName(person).isEmpty else {
                report.note(.skipped, record, person.source, "", "no name, e-mail or phone to identify the person")
                return nil
            }
            let row = appendContact(person, kind: nil, uid: nil)
            report.note(.added, .contact, person.source, contacts.cell(row, contacts.column("id")), displayName(person))
            return row
        }
    }

    /// The name to store: as written; else the e-mail's local part; else the phone.
    func displayName(_ p: ImportedPerson) -> String {
        let name = p.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if !name.isEmpty { return name }
        if let e = p.emails.lazy.compactMap(IdentityKeys.email).first { return e }
        if !p.organization.isEmpty { return p.organization }
        return p.phones.first ?? ""
    }

    mutating func appendContact(_ p: ImportedPerson, kind: String?, uid: String?) -> Int {
        let name = displayName(p)
        let id = ContactSlug.unique(ContactSlug.make(name.contains("@") ? String(name.split(separator: "@")[0]) : name),
                                    taken: { ids.contains($0) })
        ids.insert(id)
        var values = ["id": id, "name": name]
        if let kind { values["kind"] = kind }
        values["organization"] = p.organization
        values["title"] = p.title
        values["tags"] = Self.uniqueList(p.tags.map(Self.listItem), key: { $0.lowercased() }).joined(separator: ";")
        values["email"] = Self.uniqueList(p.emails.compactMap(IdentityKeys.email), key: { $0 }).joined(separator: ";")
        values["phone"] = Self.uniqueList(p.phones.map(Self.listItem).filter { !$0.isEmpty },
                                          key: { IdentityKeys.phone($0, region: resolver.region) ?? $0 }).joined(separator: ";")
        values["url"] = p.urls.first ?? ""
        values["notes"] = p.notes
        let uids = (p.uid.map { [$0] } ?? []) + (uid.map { [$0] } ?? [])
        if !uids.isEmpty { values["source_uid"] = uids.map(Self.listItem).joined(separator: ";") }
        let row = contacts.append(values.mapValues { Self.oneLine($0) })
        indexContact(row, isMe: kind == "me")
        return row
    }

    /// Fills empty cells of `row` and extends its lists; returns the column names it changed.
    mutating func fill(_ row: Int, with p: ImportedPerson, _ report: inout ImportReport) -> [String] {
        var changed = [String]()
        let id = contacts.cell(row, contacts.column("id"))
        func scalar(_ column: String, _ value: String, conflicts: Bool = true, same: (String, String) -> Bool) {
            let value = Self.oneLine(value)
            guard !value.isEmpty else { return }
            let current = contacts.cell(row, contacts.column(column))
            if current.isEmpty {
                contacts.setCell(row, contacts.ensureColumn(column), value)
                changed.append(column)
            } else if conflicts && !same(current, value) {
                report.note(.conflict, .contact, p.source, id, "\(column) is '\(current)' in the workspace, '\(value)' in the file: kept '\(current)'")
            }
        }
        func list(_ column: String, _ values: [String], key: (String) -> String) {
            let cell = contacts.cell(row, contacts.column(column))
            var items = cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var keys = Set(items.map(key))
            var added = false
            for v in values.map(Self.listItem) where !v.isEmpty && keys.insert(key(v)).inserted {
                items.append(v); added = true
            }
            if added { contacts.setCell(row, contacts.ensureColumn(column), items.joined(separator: ";")); changed.append(column) }
        }
        let folded = { (a: String, b: String) in IdentityKeys.folded(a) == IdentityKeys.folded(b) }
        scalar("organization", p.organization, same: folded)
        scalar("title", p.title, same: folded)
        scalar("url", p.urls.first ?? "", conflicts: false, same: { _, _ in true })
        scalar("notes", p.notes, conflicts: false, same: { _, _ in true })
        list("email", p.emails.compactMap(IdentityKeys.email)) { $0.lowercased() }
        list("phone", p.phones) { IdentityKeys.phone($0, region: resolver.region) ?? $0 }
        list("tags", p.tags) { $0.lowercased() }
        if let uid = p.uid { list("source_uid", [uid]) { $0 } }
        if !changed.isEmpty { indexContact(row, isMe: row == resolver.meRow) }
        return changed
    }

    mutating func indexContact(_ row: Int, isMe: Bool) {
        let c = ContactColumns(contacts)
        func list(_ col: Int?) -> [String] {
            contacts.cell(row, col).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        resolver.index(row: row, id: contacts.cell(row, c.id), isMe: isMe, name: contacts.cell(row, c.name),
                       organization: contacts.cell(row, c.organization), emails: list(c.email), phones: list(c.phone),
                       urls: list(c.url), uids: list(c.sourceUID))
    }

    // MARK: - Ties

    mutating func declareTie(meTo row: Int, since: Date, _ place: SourcePlace, _ report: inout ImportReport) {
        guard let me = resolver.meRow else {
            report.note(.skipped, .tie, place, "me – " + contactID(row),
                        "no contact of kind 'me' to connect to: add yourself first (liaison log WS contact --name … --kind me)")
            return
        }
        addTie(me, row, kind: "linkedin", since: since, place, &report)
    }

    mutating func relate(_ row: Int, _ relation: ImportedRelation, _ place: SourcePlace, _ report: inout ImportReport) {
        var rows = relation.reference.map { $0.contains("@") ? resolver.rows(withEmail: $0) : resolver.rows(withUID: $0) } ?? []
        if rows.isEmpty { rows = resolver.rows(named: relation.name) }
        rows.removeAll { $0 == row }
        let subject = "\(contactID(row)) – \(relation.name.isEmpty ? relation.reference ?? "?" : relation.name)"
        if rows.isEmpty {
            report.note(.skipped, .tie, place, subject, "\(relation.kind) '\(relation.name)' is not a contact of the workspace or the file")
        } else if rows.count > 1 {
            report.note(.ambiguous, .tie, place, subject,
                        "\(relation.kind) '\(relation.name)' could be \(rows.map(contactID).joined(separator: ", ")): no tie written")
        } else {
            addTie(row, rows[0], kind: relation.kind, since: nil, place, &report)
        }
    }

    mutating func addTie(_ a: Int, _ b: Int, kind: String, since: Date?, _ place: SourcePlace, _ report: inout ImportReport) {
        let (ida, idb) = (contactID(a), contactID(b))
        let pair = TiePair(ida, idb)
        let subject = "\(ida) – \(idb)"
        if let existing = tiePairs[pair] {
            if let since, ties.cell(existing, ties.column("since")).isEmpty {
                ties.setCell(existing, ties.ensureColumn("since"), ISODate.dayString(since))
                report.note(.merged, .tie, place, subject, "since \(ISODate.dayString(since))")
            } else {
                report.note(.unchanged, .tie, place, subject, "already in ties.csv")
            }
            return
        }
        var values = ["a": ida, "b": idb, "kind": Self.oneLine(kind)]
        if let since { values["since"] = ISODate.dayString(since) }
        tiePairs[pair] = ties.append(values)
        report.note(.added, .tie, place, subject, kind)
    }

    func contactID(_ row: Int) -> String { contacts.cell(row, contacts.column("id")) }

    // MARK: - Touches

    mutating func addTouch(_ touch: ImportedTouch, _ report: inout ImportReport) {
        let key = Self.oneLine(touch.key)
        if !key.isEmpty && sourceKeys.contains(key) {
            report.note(.unchanged, .interaction, touch.source, key, "already imported")
            return
        }
        guard let from = participantRow(touch.from, &report) else { return }
        var to = [Int]()
        for p in touch.to {
            if let r = participantRow(p, &report), r != from, !to.contains(r) { to.append(r) }
        }
        guard !to.isEmpty else {
            report.note(.skipped, .interaction, touch.source, key, "no participant other than the sender")
            return
        }
        var values = ["date": ISODate.string(touch.date), "from": contactID(from),
                      "to": to.map(contactID).joined(separator: ";"), "channel": touch.channel.rawValue]
        if let h = touch.replyHours, h.isFinite, h >= 0 { values["reply_hours"] = CSVWriter.format((h * 100).rounded() / 100) }
        if !key.isEmpty { values["source_key"] = key; sourceKeys.insert(key) }
        interactions.append(values)
        report.note(.added, .interaction, touch.source, key, "\(contactID(from)) → \(to.map(contactID).joined(separator: ";"))")
    }

    /// `contactRow` for a touch participant, once per distinct (name, e-mails, phones).
    mutating func participantRow(_ p: ImportedPerson, _ report: inout ImportReport) -> Int? {
        let key = ([p.name] + p.emails + p.phones).joined(separator: "\u{1F}")
        if let row = participantRows[key] { return row }
        let row = contactRow(for: p, &report, record: .interaction, quiet: true)
        if let row { participantRows[key] = row }
        return row
    }

    // MARK: - Helpers

    /// A key for a person that has no uid: FNV-1a 64 of the folded name, organisation and sorted
    /// e-mails, phones and URLs, as `content:` + 16 hex digits.
    static func contentKey(_ p: ImportedPerson) -> String {
        let parts = [IdentityKeys.folded(p.name), IdentityKeys.folded(p.organization)]
            + p.emails.compactMap(IdentityKeys.email).sorted() + p.phones.map { $0.filter(\.isASCIIDigit) }.sorted()
            + p.urls.compactMap(IdentityKeys.url).sorted()
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in parts.joined(separator: "\u{1F}").utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        return "content:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// An item of a `;`-list cell: single-line, and a `;` inside becomes `,` (a phone's `;ext=12`
    /// becomes ` ext. 12`).
    static func listItem(_ s: String) -> String {
        oneLine(s).replacingOccurrences(of: ";ext=", with: " ext. ").replacingOccurrences(of: ";", with: ",")
    }

    /// Cells of a workspace row are single-line: line breaks become spaces, edges trimmed.
    static func oneLine(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C || $0 >= 0x80 }) { return s.trimmedBlanks }
        return s.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    static func uniqueList(_ values: [String], key: (String) -> String) -> [String] {
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert(key($0)).inserted }
    }
}

/// Where the contact columns are in contacts.csv.
struct ContactColumns {
    let id, name, kind, organization, email, phone, url, sourceUID: Int?
    init(_ t: EditableCSV) {
        id = t.column("id"); name = t.column("name"); kind = t.column("kind"); organization = t.column("organization")
        email = t.column("email"); phone = t.column("phone"); url = t.column("url"); sourceUID = t.column("source_uid")
    }
}

/// An unordered pair of contact ids.
struct TiePair: Hashable, Sendable {
    let low: String, high: String
    init(_ a: String, _ b: String) { (low, high) = a < b ? (a, b) : (b, a) }
}
