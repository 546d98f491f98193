import Foundation

//===----------------------------------------------------------------------===//
// The result of planning: ordered asks, per-goal target rankings, bridge contacts
//===----------------------------------------------------------------------===//

/// How the planner searches and spreads asks (SPEC §5.7).
public struct PlanningOptions: Sendable, Equatable {
    /// Alternative introduction paths kept per target (Yen's k).
    public var paths: Int = 3
    /// At most this many ties from you to the target (you → introducer → target is 2).
    public var maxHops: Int = 3
    /// No introducer is asked for more introductions than this across the whole plan.
    public var budget: Int = 3
    /// An introduction route less reliable than this (Π w along it) is not planned: the target is
    /// reported as "no warm route; cold outreach" with the best first step. Reaching out yourself to
    /// a contact you are tied to is always planned. Default 0.05: one chance in twenty that the
    /// ask arrives (e.g. two medium ties 0.25 × 0.2, or a strong tie then a weak 0.08).
    public var minReliability: Double = 0.05

    public init(paths: Int = 3, maxHops: Int = 3, budget: Int = 3, minReliability: Double = 0.05) {
        self.paths = paths
        self.maxHops = maxHops
        self.budget = budget
        self.minReliability = minReliability
    }
}

/// An introduction you asked for that has no outcome yet.
public struct PendingRequest: Sendable, Equatable {
    public var introducer: Int
    public var target: Int
    public var date: Date

    public init(introducer: Int, target: Int, date: Date) {
        self.introducer = introducer
        self.target = target
        self.date = date
    }
}

/// A path from you to a target with its reliability Π w (product of the tie strengths on it).
public struct IntroductionPath: Sendable, Equatable {
    /// Contact indices, from you to the target.
    public var nodes: [Int]
    public var reliability: Double

    public init(nodes: [Int], reliability: Double) {
        self.nodes = nodes
        self.reliability = reliability
    }

    /// The contacts asked to make an introduction: everyone between you and the target.
    public var introducers: ArraySlice<Int> { nodes.dropFirst().dropLast() }
}

/// One step of the plan.
public struct PlannedAsk: Sendable, Equatable {
    public enum Action: String, Sendable {
        /// The target is tied to you: reach out yourself.
        case reachOut = "reach_out"
        /// Ask your contact `path.nodes[1]` to introduce you (through the chain) to the target.
        case askIntroduction = "ask_introduction"
    }
    public var goal: Int
    public var action: Action
    public var target: Int
    public var path: IntroductionPath
    /// The other routes found for this target, most reliable first (not counted in budgets).
    public var alternatives: [IntroductionPath]
    /// The target's value, 0–1.
    public var value: Double
    /// What the plan is ordered by: (½ + ½ value) × reliability.
    public var score: Double
}

/// What became of a contact matching a goal.
public enum TargetStatus: String, Sendable {
    /// In the plan for this goal.
    case planned
    /// In the plan, for an earlier goal.
    case plannedForOtherGoal = "planned_for_other_goal"
    /// Reachable, but the goal already has `count` better targets.
    case notNeeded = "not_needed"
    /// Every path to it needs an introducer whose ask budget is used up.
    case overBudget = "over_budget"
    /// No path within `maxHops` that avoids do-not-ask contacts and declined introductions.
    case unreachable
    /// You already asked someone to introduce you (introductions.csv `requested`, no outcome
    /// yet): follow up rather than ask again; counts toward the goal (`bestRoute` = you →
    /// introducer → target, `askedOn` the date).
    case pending
    /// Someone of the same organisation is planned (or already asked) for this goal: one pitch per
    /// organisation.
    case sameOrganization = "same_organization"
    /// Every route within `maxHops` passes through another target of the same goal: pitch that
    /// one instead (`bestRoute` is the route through them).
    case throughOtherTarget = "through_other_target"
    /// Routes exist, but even the best is less reliable than `minReliability`: no warm route;
    /// cold outreach (the best route's first introducer is still named as a first step).
    case coldOutreach = "cold_outreach"
}

/// A matching contact, ranked.
public struct GoalTarget: Sendable, Equatable {
    public var contact: Int
    public var value: Double
    /// Reliability of the best path (your tie strength when direct), or `nil` when unreachable.
    public var reliability: Double?
    public var status: TargetStatus
    /// The best route (for a cold-outreach target: whose first introducer is the best first step;
    /// for `throughOtherTarget`: the route through the other target).
    public var bestRoute: IntroductionPath? = nil
    /// For `pending`: when you asked.
    public var askedOn: Date? = nil
}

/// A contact to approach when a goal's contacts cannot be reached (SPEC §5.7, "bridge contacts
/// closest to the goal's part of the network").
public struct GoalBridge: Sendable, Equatable {
    public var contact: Int
    /// Ties from you to the bridge (`nil` when you have no path to it at all).
    public var hopsFromYou: Int?
    /// Ties from the bridge to the nearest unreachable target of the goal.
    public var hopsToGoal: Int
    /// Normalised betweenness (shortest paths on 1/w) in the whole network.
    public var betweenness: Double
}

/// The plan for one goal.
public struct GoalPlan: Sendable, Equatable {
    public var goal: Goal
    /// Every matching contact except you, best first: planned ones in plan order, then by
    /// (½ + ½ value) × reliability, unreachable ones last.
    public var targets: [GoalTarget]
    /// Indices into `IntroductionPlan.asks`.
    public var asks: [Int]
    /// When some targets are unreachable: whom to approach to get closer.
    public var bridges: [GoalBridge]
    /// Targets already asked for (a pending introduction request): they count toward `goal.count`.
    public var alreadyAsked: Int = 0
    /// `goal.count` minus the targets planned and already asked (0 when the goal is covered).
    public var shortfall: Int { max(0, goal.count - asks.count - alreadyAsked) }
}

/// The whole plan: asks across every goal, in the order to make them.
public struct IntroductionPlan: Sendable, Equatable {
    public var ego: Int
    public var options: PlanningOptions
    public var asks: [PlannedAsk]
    public var goals: [GoalPlan]
    /// Introductions asked of each contact across the plan (only contacts asked at least once).
    public var load: [Int: Int]
}
