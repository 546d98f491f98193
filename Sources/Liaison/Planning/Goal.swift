import Foundation

//===----------------------------------------------------------------------===//
// Goal: what the user wants from the network ("two investors in fintech by June")
//===----------------------------------------------------------------------===//

/// A filter over contacts (SPEC §5.7). Every field that is given must hold (AND); a field with
/// several values holds when any of them does (OR). Comparisons ignore case and diacritics, and
/// surrounding spaces: `industry = "FinTech"` matches a contact whose industry is "fintech".
///
/// - `kinds`: the contact's kind is one of these.
/// - `tags`: the contact has at least one of these tags.
/// - `industries`, `cities`, `organizations`: the field equals one of these.
/// - `text`: every word of it occurs in the name, title, organization or notes (substring).
public struct ContactFilter: Sendable, Equatable {
    public var kinds: [ContactKind] = []
    public var tags: [String] = []
    public var industries: [String] = []
    public var cities: [String] = []
    public var organizations: [String] = []
    public var text: String = ""

    public init(kinds: [ContactKind] = [], tags: [String] = [], industries: [String] = [], cities: [String] = [],
                organizations: [String] = [], text: String = "") {
        self.kinds = kinds
        self.tags = tags
        self.industries = industries
        self.cities = cities
        self.organizations = organizations
        self.text = text
    }

    /// True when no field is given (the filter matches everyone).
    public var isEmpty: Bool {
        kinds.isEmpty && tags.isEmpty && industries.isEmpty && cities.isEmpty && organizations.isEmpty
            && text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    public func matches(_ c: Contact) -> Bool {
        if !kinds.isEmpty && !kinds.contains(c.kind) { return false }
        if !tags.isEmpty {
            let have = Set(c.tags.map(Self.fold))
            if !tags.contains(where: { have.contains(Self.fold($0)) }) { return false }
        }
        if !industries.isEmpty && !industries.contains(where: { Self.fold($0) == Self.fold(c.industry) }) { return false }
        if !cities.isEmpty && !cities.contains(where: { Self.fold($0) == Self.fold(c.city) }) { return false }
        if !organizations.isEmpty && !organizations.contains(where: { Self.fold($0) == Self.fold(c.organization) }) {
            return false
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Self.fold(String($0)) }
        if !words.isEmpty {
            let haystack = Self.fold([c.name, c.title, c.organization, c.notes].joined(separator: "\n"))
            if !words.allSatisfy({ haystack.contains($0) }) { return false }
        }
        return true
    }

    /// Case- and diacritic-insensitive form, trimmed ("Zürich " → "zurich"; Cyrillic kept).
    public static func fold(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// `investor, fintech, Berlin` — the filter in a few words, for headings.
    public var summary: String {
        var parts = [String]()
        if !kinds.isEmpty { parts.append(kinds.map(\.rawValue).joined(separator: " or ")) }
        if !industries.isEmpty { parts.append(industries.joined(separator: " or ")) }
        if !tags.isEmpty { parts.append("tagged " + tags.joined(separator: " or ")) }
        if !cities.isEmpty { parts.append("in " + cities.joined(separator: " or ")) }
        if !organizations.isEmpty { parts.append("at " + organizations.joined(separator: " or ")) }
        if !text.isEmpty { parts.append("\"\(text)\"") }
        return parts.isEmpty ? "anyone" : parts.joined(separator: ", ")
    }
}

/// A networking goal: whom (a filter), how many, by when.
public struct Goal: Sendable, Equatable {
    public var name: String
    public var filter: ContactFilter
    /// How many contacts matching the filter are wanted (≥ 1; default 1).
    public var count: Int
    public var deadline: Date?
    /// Only contacts you have no tie with yet (`new = true`): the goal is about new relationships,
    /// so the people you already know are left out instead of becoming "reach out yourself".
    public var newOnly: Bool
    /// The goal in your own words, per draft language (`pitch = { en = "…", ru = "…" }`): the
    /// sentence the drafts of introduction requests use to say what you are after. A language
    /// without one gets a sentence generated from the filter (`GoalPitch`).
    public var pitch: [DraftLanguage: String]

    public init(name: String, filter: ContactFilter, count: Int = 1, deadline: Date? = nil, newOnly: Bool = false,
                pitch: [DraftLanguage: String] = [:]) {
        self.name = name
        self.filter = filter
        self.count = count
        self.deadline = deadline
        self.newOnly = newOnly
        self.pitch = pitch
    }

    /// The keys a goal accepts, in liaison.toml and in `--goal "key=value …"` (there `pitch.en=…`, `pitch.ru=…`).
    public static let keys = ["name", "kind", "industry", "tags", "city", "organization", "text", "count", "deadline", "new",
                              "pitch"]
}
