import Foundation

/// A loaded, validated workspace (SPEC §3.1): immutable once built.
///
/// Records refer to contacts by `ContactIndex` into `contacts`. `config` is the parsed
/// `liaison.toml` (empty when the file is absent); each feature reads its own section of it.
public struct Workspace: Sendable {
    public var directory: String
    public var contacts: [Contact]
    public var interactions: [Interaction]
    public var ties: [DeclaredTie]
    public var introductions: [Introduction]
    public var deals: [Deal]
    public var deliveries: [Delivery]
    public var feedback: [Feedback]
    /// cadence.csv: snoozes and "no cadence" marks (`liaison agenda`), one per contact at most.
    public var cadence: [CadenceSetting] = []
    public var config: WorkspaceConfig
    /// The ego: the contact of kind `me`, or the one `liaison.toml` names.
    public var me: ContactIndex?
    /// Index of each contact id.
    public var indexByID: [String: ContactIndex]
    /// The owners of a team workspace (`team` in liaison.toml), the ego first; empty for a single
    /// owner. Interactions say whose they are in `Interaction.owner`.
    public var team: [ContactIndex] = []

    public init(directory: String = "", contacts: [Contact], interactions: [Interaction] = [],
                ties: [DeclaredTie] = [], introductions: [Introduction] = [], deals: [Deal] = [],
                deliveries: [Delivery] = [], feedback: [Feedback] = [], config: WorkspaceConfig = .init(),
                me: ContactIndex? = nil) {
        self.directory = directory
        self.contacts = contacts
        self.interactions = interactions
        self.ties = ties
        self.introductions = introductions
        self.deals = deals
        self.deliveries = deliveries
        self.feedback = feedback
        self.config = config
        var index = [String: ContactIndex](minimumCapacity: contacts.count)
        for (i, c) in contacts.enumerated() { index[c.id] = ContactIndex(i) }
        self.indexByID = index
        self.me = me ?? contacts.firstIndex { $0.kind == .me }.map { ContactIndex($0) }
    }

    public func index(of id: String) -> ContactIndex? { indexByID[id] }
    public subscript(_ i: ContactIndex) -> Contact { contacts[Int(i)] }

    /// The date analyses are computed at: `as_of` from liaison.toml, else today.
    public var asOf: Date { config.asOf ?? Date() }
}
