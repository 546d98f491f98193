//===----------------------------------------------------------------------===//
// IdentityResolver: which workspace contact an imported person is (docs/identity-resolution.md)
//===----------------------------------------------------------------------===//

import Foundation

/// Matches imported people to workspace contacts, in this order (the first rule that finds
/// anyone decides):
///
/// 1. **owner** — an e-mail of the owner (the `me` contact's e-mails, `--me-email`) → `me`;
/// 2. **uid** — a source identity stored in the contact's `source_uid` (vCard UID, or the content
///    key of a person added under an ambiguous name);
/// 3. **e-mail** — normalised (`IdentityKeys.email`);
/// 4. **phone** — E.164 when the region is known, digits otherwise (`IdentityKeys.phone`);
/// 5. **profile URL** — `IdentityKeys.url`;
/// 6. **name + organisation** — both folded (`IdentityKeys.folded`), and only when the two records'
///    e-mails do not contradict each other (both have e-mails and none is shared).
///
/// A rule that finds several contacts, or a name shared with a contact whose organisation differs
/// or is missing on one side, is *ambiguous*: the caller keeps both people and reports it. Two
/// different people with the same name are never merged silently.
///
/// - Complexity: O(1) expected per lookup (hash tables keyed by normal form); O(keys) to index a row.
public struct IdentityResolver: Sendable {
    public enum Rule: String, Sendable {
        case owner = "owner address", uid, email = "e-mail", phone, url = "profile URL"
        case nameOrganization = "name + organisation"
    }

    public enum Match: Sendable, Equatable {
        /// The person is row `row` of contacts.csv.
        case existing(row: Int, rule: Rule)
        /// The owner's address, but the workspace has no `me` contact yet.
        case ownerWithoutMe
        /// Several contacts could be this person (or one with the same name but another organisation).
        case ambiguous(rows: [Int], reason: String)
        case none
    }

    public let region: String?
    public private(set) var ownerEmails: Set<String>
    public private(set) var meRow: Int?
    private var byUID: [String: [Int]] = [:]
    private var byEmail: [String: [Int]] = [:]
    private var byPhone: [String: [Int]] = [:]
    private var byURL: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    private var rowOrganization: [Int: String] = [:]
    private var rowEmails: [Int: Set<String>] = [:]
    private var rowLabel: [Int: String] = [:]

    public init(ownerEmails: [String], region: String?) {
        self.ownerEmails = Set(ownerEmails.compactMap(IdentityKeys.email))
        self.region = region
    }

    /// Adds (or extends) the keys of contact row `row`. Called for every existing row, again when
    /// a merge adds e-mails or phones, and for each new contact.
    public mutating func index(row: Int, id: String, isMe: Bool, name: String, organization: String,
                               emails: [String], phones: [String], urls: [String], uids: [String]) {
        func add(_ key: String?, _ table: inout [String: [Int]]) {
            guard let key, !key.isEmpty else { return }
            if !(table[key]?.contains(row) ?? false) { table[key, default: []].append(row) }
        }
        let normalEmails = emails.compactMap(IdentityKeys.email)
        if isMe { meRow = row; ownerEmails.formUnion(normalEmails) }
        for e in normalEmails { add(e, &byEmail) }
        for p in phones { add(IdentityKeys.phone(p, region: region), &byPhone) }
        for u in urls { add(IdentityKeys.url(u), &byURL) }
        for u in uids { add(u, &byUID) }
        add(IdentityKeys.folded(name), &byName)
        rowOrganization[row] = IdentityKeys.folded(organization)
        rowEmails[row, default: []].formUnion(normalEmails)
        let org = organization.trimmingCharacters(in: .whitespaces)
        rowLabel[row] = org.isEmpty ? "'\(id)'" : "'\(id)' (\(org))"
    }

    /// The contact `person` is, by the first rule that finds anyone.
    public func resolve(_ person: ImportedPerson, contentKey: String? = nil) -> Match {
        let emails = person.emails.compactMap(IdentityKeys.email)
        if emails.contains(where: ownerEmails.contains) {
            return meRow.map { .existing(row: $0, rule: .owner) } ?? .ownerWithoutMe
        }
        func lookup(_ keys: [String], _ table: [String: [Int]], _ rule: Rule) -> Match? {
            var rows = [Int]()
            for k in keys { for r in table[k] ?? [] where !rows.contains(r) { rows.append(r) } }
            if rows.count == 1 { return .existing(row: rows[0], rule: rule) }
            if rows.count > 1 {
                return .ambiguous(rows: rows, reason: "\(rule.rawValue) shared by \(rows.compactMap { rowLabel[$0] }.joined(separator: ", "))")
            }
            return nil
        }
        let uids = ((person.uid.map { [$0] } ?? []) + (contentKey.map { [$0] } ?? [])).map(WorkspaceDraft.listItem)
        if let m = lookup(uids, byUID, .uid) { return m }
        if let m = lookup(emails, byEmail, .email) { return m }
        if let m = lookup(person.phones.compactMap { IdentityKeys.phone($0, region: region) }, byPhone, .phone) { return m }
        if let m = lookup(person.urls.compactMap(IdentityKeys.url), byURL, .url) { return m }
        let name = IdentityKeys.folded(person.name)
        guard !name.isEmpty, let sameName = byName[name] else { return .none }
        let org = IdentityKeys.folded(person.organization)
        let incoming = Set(emails)
        let exact = sameName.filter { row in
            guard rowOrganization[row] == org else { return false }
            let known = rowEmails[row] ?? []
            return incoming.isEmpty || known.isEmpty || !known.isDisjoint(with: incoming)
        }
        if exact.count == 1 { return .existing(row: exact[0], rule: .nameOrganization) }
        let labels = (exact.isEmpty ? sameName : exact).compactMap { rowLabel[$0] }.joined(separator: ", ")
        if exact.count > 1 { return .ambiguous(rows: exact, reason: "\(exact.count) contacts have this name and organisation: \(labels)") }
        return .ambiguous(rows: sameName, reason: "same name as \(labels) but another organisation or e-mail: kept apart")
    }

    /// Rows whose folded name is `name` (for relations named in a card).
    public func rows(named name: String) -> [Int] { byName[IdentityKeys.folded(name)] ?? [] }

    /// Rows whose `source_uid` holds `uid` (a vCard 4.0 RELATED `urn:uuid:` reference).
    public func rows(withUID uid: String) -> [Int] {
        byUID[uid] ?? (uid.lowercased().hasPrefix("urn:uuid:") ? byUID[String(uid.dropFirst(9))] ?? [] : [])
    }

    /// Rows with the e-mail `address`.
    public func rows(withEmail address: String) -> [Int] { IdentityKeys.email(address).flatMap { byEmail[$0] } ?? [] }
}
