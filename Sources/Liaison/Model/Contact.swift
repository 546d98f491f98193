/// The kinds of contact of SPEC §3.1.
public enum ContactKind: String, CaseIterable, Sendable, Codable {
    case me, client, supplier, investor, partner, colleague, mentor, other
}

/// A person or organisation in the workspace (a row of contacts.csv).
public struct Contact: Sendable, Hashable {
    /// Stable slug, unique in the workspace.
    public var id: String
    public var name: String
    public var kind: ContactKind
    public var organization: String
    public var title: String
    public var industry: String
    public var city: String
    /// `;`-separated in the file; trimmed, empty ones dropped.
    public var tags: [String]
    public var email: String
    public var phone: String
    public var url: String
    public var notes: String

    public init(id: String, name: String, kind: ContactKind = .other, organization: String = "",
                title: String = "", industry: String = "", city: String = "", tags: [String] = [],
                email: String = "", phone: String = "", url: String = "", notes: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.organization = organization
        self.title = title
        self.industry = industry
        self.city = city
        self.tags = tags
        self.email = email
        self.phone = phone
        self.url = url
        self.notes = notes
    }
}
