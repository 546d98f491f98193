import Foundation

/// Contacts are referred to by their index in `Workspace.contacts` (validated at load time), so
/// that analyses over millions of interactions never hash a string.
public typealias ContactIndex = Int32

public enum Channel: String, CaseIterable, Sendable, Codable {
    case meeting, call, video, message, email, event, other
}

/// One touch (a row of interactions.csv): `from` reached out to everyone in `to`.
public struct Interaction: Sendable, Hashable {
    public var date: Date
    public var from: ContactIndex
    /// Several ids for a meeting or an e-mail to many.
    public var to: [ContactIndex]
    public var channel: Channel
    /// How long the other side took to answer; `nil` when no answer was expected or none came.
    public var replyHours: Double?
    public var outcome: String
    public var note: String
    /// The team member whose touch this was (the `owner` column); `nil` = the workspace's ego, as
    /// in every single-owner workspace.
    public var owner: ContactIndex?

    public init(date: Date, from: ContactIndex, to: [ContactIndex], channel: Channel = .other,
                replyHours: Double? = nil, outcome: String = "", note: String = "", owner: ContactIndex? = nil) {
        self.owner = owner
        self.date = date
        self.from = from
        self.to = to
        self.channel = channel
        self.replyHours = replyHours
        self.outcome = outcome
        self.note = note
    }
}

/// A relationship known between two contacts (a row of ties.csv).
public struct DeclaredTie: Sendable, Hashable {
    public var a: ContactIndex
    public var b: ContactIndex
    /// Normalised to 0–1 (a 1–5 value v becomes (v − 1) / 4); `nil` when not given.
    public var strength: Double?
    public var kind: String
    public var since: Date?
    public var note: String

    public init(a: ContactIndex, b: ContactIndex, strength: Double? = nil, kind: String = "",
                since: Date? = nil, note: String = "") {
        self.a = a
        self.b = b
        self.strength = strength
        self.kind = kind
        self.since = since
        self.note = note
    }
}

public enum IntroductionStatus: String, CaseIterable, Sendable, Codable {
    case requested, made, accepted, declined, converted
}

/// `introducer` introduced `from` to `to` (a row of introductions.csv).
public struct Introduction: Sendable, Hashable {
    public var date: Date
    public var introducer: ContactIndex
    public var from: ContactIndex
    public var to: ContactIndex
    public var status: IntroductionStatus
    public var note: String

    public init(date: Date, introducer: ContactIndex, from: ContactIndex, to: ContactIndex,
                status: IntroductionStatus = .made, note: String = "") {
        self.date = date
        self.introducer = introducer
        self.from = from
        self.to = to
        self.status = status
        self.note = note
    }
}

public enum DealStatus: String, CaseIterable, Sendable, Codable {
    case won, lost, open
}

/// A deal with `contact` (a row of deals.csv); `source` is the contact credited for it.
public struct Deal: Sendable, Hashable {
    public var date: Date
    public var contact: ContactIndex
    public var amount: Double
    public var currency: String
    public var status: DealStatus
    public var source: ContactIndex?

    public init(date: Date, contact: ContactIndex, amount: Double, currency: String = "",
                status: DealStatus = .open, source: ContactIndex? = nil) {
        self.date = date
        self.contact = contact
        self.amount = amount
        self.currency = currency
        self.status = status
        self.source = source
    }
}

/// A supplier's obligation (a row of deliveries.csv); `delivered == nil` means not yet met.
public struct Delivery: Sendable, Hashable {
    public var supplier: ContactIndex
    public var due: Date
    public var delivered: Date?
    public var order: String
    public var note: String

    public init(supplier: ContactIndex, due: Date, delivered: Date? = nil, order: String = "", note: String = "") {
        self.supplier = supplier
        self.due = due
        self.delivered = delivered
        self.order = order
        self.note = note
    }
}

public enum FeedbackScale: String, CaseIterable, Sendable, Codable {
    /// Customer satisfaction, 1–5 (the default).
    case csat
    /// Net promoter score answer, 0–10.
    case nps
}

/// A satisfaction score from a client (a row of feedback.csv).
public struct Feedback: Sendable, Hashable {
    public var date: Date
    public var contact: ContactIndex
    public var score: Double
    public var scale: FeedbackScale

    public init(date: Date, contact: ContactIndex, score: Double, scale: FeedbackScale = .csat) {
        self.date = date
        self.contact = contact
        self.score = score
        self.scale = scale
    }
}
