import Foundation
import Testing
@testable import Liaison
@testable import LiaisonGraph

/// Issue 14 (after item 6): a contact who matches a goal is pitched, not spent as an introducer to
/// another contact of the same goal; one target per organisation and goal; an introduction
/// already asked for is not asked again. Hand-built network, every reliability a product written out.
///
///     me(0) – anna(1) 0.5     anna: investor, fintech, Север Капитал (a target herself, tied to you)
///     anna – ksenia(2) 0.9    ksenia: investor, fintech, no organisation given
///     me – boris(3) 0.8       boris: partner (not a target)
///     boris – markus(4) 0.7   markus: investor, fintech, Kestrel
///     me – george(5) 0.6      george: investor, fintech, Kestrel
///
/// Options of "investors, want 3": george himself 0.6, markus via boris 0.8·0.7 = 0.56, anna
/// herself 0.5, ksenia via anna 0.5·0.9 = 0.45 — the last goes through anna, a target of the same
/// goal whom the route's first step already reaches with 0.5 ≥ 0.45: not an option. Markus is
/// at Kestrel like george, who comes first: one pitch per organisation.
@Suite struct GoalTargetsAsIntroducersTests {
    let contacts = [
        Contact(id: "me", name: "Me", kind: .me),
        Contact(id: "anna", name: "Анна Петрова", kind: .investor, organization: "Север Капитал", title: "Partner", industry: "fintech"),
        Contact(id: "ksenia", name: "Ксения Виноградова", kind: .investor, title: "Аналитик", industry: "fintech"),
        Contact(id: "boris", name: "Boris Stone", kind: .partner, industry: "fintech"),
        Contact(id: "markus", name: "Markus Hoffmann", kind: .investor, organization: "Kestrel", industry: "fintech"),
        Contact(id: "george", name: "George Taylor", kind: .investor, organization: "kestrel ", industry: "fintech"),
    ]

    func planner() throws -> IntroductionPlanner {
        let edges: [(Int32, Int32, Double)] = [(0, 1, 0.5), (1, 2, 0.9), (0, 3, 0.8), (3, 4, 0.7), (0, 5, 0.6)]
        let g = try Graph(nodeCount: 6, sources: edges.map(\.0), targets: edges.map(\.1), weights: edges.map(\.2))
        return IntroductionPlanner(graph: g, contacts: contacts, ego: 0)
    }

    func goal(new: Bool = false) -> Goal {
        Goal(name: "Seed", filter: ContactFilter(kinds: [.investor], industries: ["fintech"]), count: 3, newOnly: new)
    }

    @Test func aTiedTargetIsAskedDirectlyNotUsedAsIntroducer() throws {
        let plan = try planner().plan(goals: [goal()])
        #expect(plan.asks.map(\.path.nodes) == [[0, 5], [0, 1]])
        #expect(plan.asks.map(\.action) == [.reachOut, .reachOut])
        #expect(plan.asks[0].path.reliability == 0.6 && plan.asks[1].path.reliability == 0.5)
        // Anna is nobody's introducer; Ksenia is reported as reachable only through Anna.
        #expect(plan.load.isEmpty)
        let ksenia = try #require(plan.goals[0].targets.first { $0.contact == 2 })
        #expect(ksenia.status == .throughOtherTarget && ksenia.reliability == nil)
        #expect(ksenia.bestRoute?.nodes == [0, 1, 2])
        // Markus (0.56) is at Kestrel like George (0.6): not a second pitch to the same firm.
        #expect(plan.goals[0].targets.first { $0.contact == 4 }?.status == .sameOrganization)
        #expect(plan.goals[0].shortfall == 1)
        // A goal that names the organisation is exempt: both Kestrel investors.
        let kestrel = Goal(name: "Kestrel", filter: ContactFilter(kinds: [.investor], organizations: ["Kestrel"]), count: 2)
        #expect(try planner().plan(goals: [kestrel]).asks.map(\.target) == [5, 4])
    }

    /// Ksenia's only route goes through Anna (0.5 · 0.9 = 0.45). Under a floor of 0.5 that route
    /// is no warm route at all: cold outreach, the route kept for its reliability and first step.
    @Test func onlyThroughAnotherTargetAndUnderTheFloorIsColdOutreach() throws {
        var strict = try planner()
        strict.options.minReliability = 0.5
        let plan = try strict.plan(goals: [goal()])
        let ksenia = try #require(plan.goals[0].targets.first { $0.contact == 2 })
        #expect(ksenia.status == .coldOutreach)
        // No route of her own (reliability nil, as for `through_other_target`); the route through Anna.
        #expect(ksenia.reliability == nil)
        #expect(ksenia.bestRoute?.nodes == [0, 1, 2])
        #expect(abs(try #require(ksenia.bestRoute?.reliability) - 0.45) < 1e-12)
        // Over the floor (default 0.05) it stays "through another target", no reliability of its own.
        let loose = try planner().plan(goals: [goal()]).goals[0].targets.first { $0.contact == 2 }
        #expect(loose?.status == .throughOtherTarget && loose?.reliability == nil)
    }

    /// With `new = true` the people you know are not targets (they are your existing investors,
    /// clients…), so they may introduce: Anna's route to Ksenia is planned.
    @Test func withNewOnlyAKnownContactStillIntroduces() throws {
        let plan = try planner().plan(goals: [goal(new: true)])
        #expect(plan.asks.map(\.path.nodes) == [[0, 3, 4], [0, 1, 2]])
        #expect(abs(plan.asks[0].path.reliability - 0.56) < 1e-12 && abs(plan.asks[1].path.reliability - 0.45) < 1e-12)
    }

    /// The rule is per goal: for a goal Anna does not match, she introduces as before.
    @Test func anotherGoalMayUseHerAsIntroducer() throws {
        let analysts = Goal(name: "Analysts", filter: ContactFilter(text: "Аналитик"), count: 1)
        let plan = try planner().plan(goals: [analysts])
        #expect(plan.asks.map(\.path.nodes) == [[0, 1, 2]])
    }

    /// Markus was already asked for through Boris (no outcome yet): he is not asked again, by
    /// Boris or anyone, and counts toward the goal as "already asked"; George (Kestrel too) is
    /// then the same organisation.
    @Test func aPendingRequestIsNotAskedAgain() throws {
        var p = try planner()
        let asked = Date(timeIntervalSince1970: 1_000_000)
        p.pendingRequests = [PendingRequest(introducer: 3, target: 4, date: asked)]
        let plan = try p.plan(goals: [goal()])
        #expect(plan.asks.map(\.path.nodes) == [[0, 1]])
        #expect(plan.load.isEmpty)
        let markus = try #require(plan.goals[0].targets.first { $0.contact == 4 })
        #expect(markus.status == .pending && markus.askedOn == asked && markus.bestRoute?.nodes == [0, 3, 4])
        #expect(plan.goals[0].targets.first { $0.contact == 5 }?.status == .sameOrganization)
        #expect(plan.goals[0].alreadyAsked == 1 && plan.goals[0].shortfall == 1)   // 3 − 1 asked − 1 planned
    }
}
