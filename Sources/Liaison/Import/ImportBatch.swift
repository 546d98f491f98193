//===----------------------------------------------------------------------===//
// ImportBatch: what one exported file says, before it is merged into a workspace
//===----------------------------------------------------------------------===//

import Foundation

/// Where a record came from in an exported file, for reports and diagnostics.
public struct SourcePlace: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the record's first line (0 when the format has no lines).
    public var line: Int
    public init(file: String, line: Int) { self.file = file; self.line = line }
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// A person as an export describes them: an address book card, a LinkedIn connection, a mail or
/// calendar participant. Every field but one way to identify the person may be empty; identity
/// resolution (`IdentityResolver`) matches it to a workspace contact by e-mail, phone, profile URL,
/// then name and organisation.
public struct ImportedPerson: Sendable, Hashable {
    /// The name as written (display form: "Анна Петрова", "Anna Petrova"); may be empty for a bare
    /// e-mail address.
    public var name: String
    /// E-mail addresses as found (normalised by the resolver, not here).
    public var emails: [String]
    public var phones: [String]
    /// Profile and web addresses (LinkedIn profile URL first where the format has one).
    public var urls: [String]
    public var organization: String
    public var title: String
    /// Labels, groups, categories.
    public var tags: [String]
    public var notes: String
    /// A stable identity the export gives the record (vCard UID), for idempotent re-imports.
    public var uid: String?
    /// When the export says the owner connected with this person (LinkedIn "Connected On").
    public var connectedOn: Date?
    /// Declared relationships to other people by name (vCard RELATED, X-ABRELATEDNAMES,
    /// X-MS-MANAGER, X-MS-ASSISTANT): `kind` is the field's type ("manager", "assistant", "spouse",
    /// "colleague", …), `name` the other person as written.
    public var relations: [ImportedRelation]
    public var source: SourcePlace

    public init(name: String = "", emails: [String] = [], phones: [String] = [], urls: [String] = [],
                organization: String = "", title: String = "", tags: [String] = [], notes: String = "",
                uid: String? = nil, connectedOn: Date? = nil, relations: [ImportedRelation] = [],
                source: SourcePlace) {
        self.name = name; self.emails = emails; self.phones = phones; self.urls = urls
        self.organization = organization; self.title = title; self.tags = tags; self.notes = notes
        self.uid = uid; self.connectedOn = connectedOn; self.relations = relations; self.source = source
    }
}

/// A declared relationship of an imported person to someone named in the same record.
public struct ImportedRelation: Sendable, Hashable {
    public var kind: String
    public var name: String
    /// An e-mail or URI when the field gives one (vCard 4.0 RELATED may be a URI).
    public var reference: String?
    public init(kind: String, name: String, reference: String? = nil) {
        self.kind = kind; self.name = name; self.reference = reference
    }
}

/// One touch an export records: a message (mbox) or a meeting occurrence (iCalendar).
public struct ImportedTouch: Sendable, Hashable {
    public var date: Date
    /// The sender or organiser.
    public var from: ImportedPerson
    /// Every recipient or attendee other than `from` (declined attendees already left out).
    public var to: [ImportedPerson]
    public var channel: Channel
    /// Hours until this message was answered, when the answer is in the same import; `nil` otherwise.
    public var replyHours: Double?
    /// The identity that makes a re-import idempotent: the Message-ID, or the event UID plus the
    /// occurrence's start ("UID@20260314T100000Z").
    public var key: String
    public var source: SourcePlace

    public init(date: Date, from: ImportedPerson, to: [ImportedPerson], channel: Channel,
                replyHours: Double? = nil, key: String, source: SourcePlace) {
        self.date = date; self.from = from; self.to = to; self.channel = channel
        self.replyHours = replyHours; self.key = key; self.source = source
    }
}

/// A record an importer passed over on purpose (mailing-list mail, a cancelled event, a card with
/// no name and no address), with the reason shown to the user.
public struct ImportSkip: Sendable, Hashable {
    public var source: SourcePlace
    public var reason: String
    public init(source: SourcePlace, reason: String) { self.source = source; self.reason = reason }
}

/// Everything one importer read from one file: people, touches, what it skipped and why, and the
/// malformed records (`problems`, as `file:line:column` diagnostics). The merge step turns a batch
/// into workspace rows.
public struct ImportBatch: Sendable {
    public var people: [ImportedPerson] = []
    public var touches: [ImportedTouch] = []
    public var skipped: [ImportSkip] = []
    public var problems: [Diagnostic] = []
    public init(people: [ImportedPerson] = [], touches: [ImportedTouch] = [], skipped: [ImportSkip] = [],
                problems: [Diagnostic] = []) {
        self.people = people; self.touches = touches; self.skipped = skipped; self.problems = problems
    }
}
