import Foundation
import Testing
@testable import Liaison

/// A team of me(0) and olga(1): contacts x(2), y(3), t(4, investor), c(5, client).
/// me meets y every month and olga meets x every week (each logged by its owner); x and t are
/// declared close (5), y and t barely (2); me and olga share a deal with c and an introduction.
private enum TeamHistory {
    static let asOf = ISODate.parse("2026-06-01")!
    static let contacts = [
        Contact(id: "me", name: "Me", kind: .me), Contact(id: "olga", name: "Ольга", kind: .colleague),
        Contact(id: "x", name: "X"), Contact(id: "y", name: "Y"),
        Contact(id: "t", name: "T", kind: .investor, industry: "fintech"), Contact(id: "c", name: "C", kind: .client),
    ]

    static func every(_ days: Double, _ n: Int, _ a: ContactIndex, _ b: ContactIndex, owner: ContactIndex?,
                      start: String = "2025-06-01") -> [Interaction] {
        let first = ISODate.parse(start)!
        var out = [Interaction]()
        for k in 0 ..< n {
            let date = first.addingTimeInterval(Double(k) * days * 86_400)
            let even = k % 2 == 0
            let from: ContactIndex = even ? a : b, to: ContactIndex = even ? b : a
            out.append(Interaction(date: date, from: from, to: [to], channel: .meeting, owner: owner))
        }
        return out
    }

    static let meRows = every(30, 12, 0, 3, owner: nil) + every(60, 4, 0, 2, owner: nil)
    static let olgaRows = every(7, 50, 1, 2, owner: 1) + every(90, 3, 1, 3, owner: 1)
    static let ties = [DeclaredTie(a: 2, b: 4, strength: 1.0), DeclaredTie(a: 3, b: 4, strength: 0.25)]
    static let deals = [Deal(date: ISODate.parse("2026-01-10")!, contact: 5, amount: 1000, status: .won)]
    static let intros = [Introduction(date: ISODate.parse("2026-02-01")!, introducer: 2, from: 1, to: 5, status: .made),
                         Introduction(date: ISODate.parse("2026-03-01")!, introducer: 3, from: 0, to: 5, status: .made)]
    static let goal = Goal(name: "Investor", filter: ContactFilter(kinds: [.investor]), count: 1)

    static func team() -> Workspace {
        var ws = Workspace(contacts: contacts, interactions: meRows + olgaRows, ties: ties, introductions: intros,
                           deals: deals, config: WorkspaceConfig(asOf: asOf, goals: [goal]), me: 0)
        ws.team = [0, 1]
        return ws
    }
}

@Test func perOwnerStrengthsAreTheSingleOwnerModelOnThatOwnersTouches() {
    let ws = TeamHistory.team()
    let model = TieStrengthModel()
    let perOwner = ws.tieStrengthsPerOwner(asOf: TeamHistory.asOf, model: model)
    #expect(perOwner.map(\.owner) == [0, 1])
    // Olga alone: her touches (as a single owner's, no owner column), the shared declared ties, the
    // introductions she is part of, no deals (deals.csv credits the business's ego), olga the ego.
    let olgaAlone = Workspace(contacts: TeamHistory.contacts,
                              interactions: TeamHistory.olgaRows.map { var i = $0; i.owner = nil; return i },
                              ties: TeamHistory.ties, introductions: [TeamHistory.intros[0]],
                              config: WorkspaceConfig(asOf: TeamHistory.asOf), me: 1)
    #expect(perOwner[1].ties.ties == olgaAlone.tieStrengths(asOf: TeamHistory.asOf, model: model).ties)
    // Me alone: my touches and every deal and introduction.
    let meAlone = Workspace(contacts: TeamHistory.contacts, interactions: TeamHistory.meRows, ties: TeamHistory.ties,
                            introductions: TeamHistory.intros, deals: TeamHistory.deals,
                            config: WorkspaceConfig(asOf: TeamHistory.asOf), me: 0)
    #expect(perOwner[0].ties.ties == meAlone.tieStrengths(asOf: TeamHistory.asOf, model: model).ties)
    // The views differ where the touches do: olga's tie with x is strong; in my view it holds no
    // touch (only the introduction x made for her, an exchange).
    #expect((perOwner[1].ties.tie(1, 2)?.strength ?? 0) > 0.6)
    #expect(perOwner[0].ties.tie(1, 2)?.touches == 0 && (perOwner[0].ties.tie(1, 2)?.strength ?? 1) < 0.01)
}

@Test func teamPlanPicksTheMemberWithTheWarmerRoute() throws {
    let ws = TeamHistory.team()
    let plan = try ws.teamPlan(goals: [TeamHistory.goal], asOf: TeamHistory.asOf)
    #expect(plan.asks.count == 1)
    let ask = try #require(plan.asks.first)
    #expect(ask.owner == 1 && ask.target == 4 && ask.action == .askIntroduction)
    #expect(ask.path.nodes == [1, 2, 4])
    // Its reliability is olga's own strengths along the path, and beats my best route.
    let olga = ws.ownerView(1).tieStrengths(asOf: TeamHistory.asOf, model: ws.config.tieStrength)
    let expected = olga.tie(1, 2)!.strength * olga.tie(2, 4)!.strength
    #expect(abs(ask.path.reliability - expected) < 1e-12)
    let mine = try #require(ask.byOwner.first { $0.owner == 0 }?.reliability)
    #expect(mine < ask.path.reliability)
    // My own single-owner plan: the route the team plan compares with.
    let single = try ws.ownerView(0).introductionPlan(goals: [TeamHistory.goal], ego: 0, asOf: TeamHistory.asOf)
    #expect(single.plan.asks.first?.path.nodes.first == 0)
    #expect(abs((single.plan.asks.first?.path.reliability ?? 0) - mine) < 1e-12)
    let text = plan.text(in: ws)
    #expect(text.contains("1. Ольга should ask X (strong) to introduce them to T, investor, fintech"))

    // When my route is the warmer one (I meet x every week, olga no longer does), I ask.
    var warm = ws
    warm.interactions = TeamHistory.meRows + TeamHistory.every(7, 50, 0, 2, owner: nil) + TeamHistory.every(90, 3, 1, 3, owner: 1)
    let mePlan = try warm.teamPlan(goals: [TeamHistory.goal], asOf: TeamHistory.asOf)
    #expect(mePlan.asks.first?.owner == 0)
}

/// Issue 14 item 5 for the team: the single-owner rules (one target per organisation, a stated
/// reason for every unplanned target) and its draft builder, written from the member who asks.
@Test func teamPlanKeepsOnePerOrganisationDraftsFromTheAskerAndSaysWhy() throws {
    var ws = TeamHistory.team()
    // T and a second investor T2 (index 6) at the same fund; x knows T well (declared 5) and T2
    // less (declared 3), so olga's route to T (via x) is the better one.
    ws.contacts[4].organization = "Nord Capital"
    ws.contacts.append(Contact(id: "t2", name: "T2", kind: .investor, organization: "nord capital", industry: "fintech"))
    ws.ties.append(DeclaredTie(a: 2, b: 6, strength: 0.6))
    // A third investor (index 7) tied to nobody: unreachable from anyone on the team.
    ws.contacts.append(Contact(id: "u", name: "U", kind: .investor, industry: "fintech"))
    let goal = Goal(name: "Investors", filter: ContactFilter(kinds: [.investor]), count: 3)
    let plan = try ws.teamPlan(goals: [goal], asOf: TeamHistory.asOf)
    // Before: T and T2 were both planned (two pitches to one fund).
    #expect(plan.asks.map(\.target) == [4])
    let status = Dictionary(uniqueKeysWithValues: plan.targets[0].map { ($0.contact, $0.status) })
    #expect(status == [4: .planned, 6: .sameOrganization, 7: .unreachable])
    // The draft: to x, from olga (who owns the first hop), the same text the single-owner builder
    // gives on olga's own ties.
    let ask = try #require(plan.asks.first)
    let draft = try #require(plan.draft(ask, in: ws))
    #expect(draft.to == 2 && draft.language == .english)
    #expect(draft.text.hasPrefix("Hi X, could you introduce me to T") && draft.text.hasSuffix("Thank you! Ольга"))
    let olga = ws.ownerView(1).tieStrengths(asOf: TeamHistory.asOf, model: ws.config.tieStrength)
    #expect(draft == IntroductionDraft.request(to: 2, introducer: ws.contacts[2], next: ws.contacts[4], target: nil,
                                               tie: olga.tie(2, 4)?.tieClass, goal: goal, me: ws.contacts[1]))
    // Every unplanned target has its reason in the text (the organisation as T2 wrote it).
    let text = plan.text(in: ws)
    #expect(text.contains("     Draft to X: Hi X,"))
    #expect(text.contains("Also matching: T2 (T at nord capital is already on this goal; one pitch per organisation), "
                          + "U (no route within 3 ties from anyone on the team)."))
}

@Test func singleOwnerWorkspaceIsItsOwnView() {
    var ws = TeamHistory.team()
    ws.team = []
    ws.interactions = ws.interactions.map { var i = $0; i.owner = nil; return i }
    #expect(ws.teamOwners == nil && ws.owners == [0])
    let view = ws.ownerView(0)
    #expect(view.interactions == ws.interactions && view.deals == ws.deals && view.introductions == ws.introductions)
    #expect(view.tieStrengths(model: TieStrengthModel()).ties == ws.tieStrengths(model: TieStrengthModel()).ties)
}

@Test func teamReachIsTheUnionOfTheMembersReach() {
    let ws = TeamHistory.team()
    let r = ws.teamReach(asOf: TeamHistory.asOf, hops: 1)
    #expect(r.members.map(\.owner) == [0, 1])
    // One hop: me reaches y, x and c (the deal with c is mine; olga is on the team, not counted);
    // olga reaches x and y (her touches) — c only through x's introduction, two hops away.
    #expect(r.members[0].anyTies == 3 && r.members[1].anyTies == 2)
    #expect(r.anyTies == 3)
    #expect(r.members[0].onlyThisMember == 1 && r.members[1].onlyThisMember == 0)
}

/// As in the single-owner plan, no team route passes through another target of the same goal:
/// pitching that target directly is at least as reliable, in fewer hops. V (index 6) is tied to T
/// closely (declared 1.0) and to y weakly (0.25); the route through T is my most reliable one, but
/// T is a target of the same goal, so V's ask goes through y.
@Test func teamRoutesDoNotPassThroughAnotherTargetOfTheGoal() throws {
    var ws = TeamHistory.team()
    ws.contacts.append(Contact(id: "v", name: "V", kind: .investor, industry: "fintech"))
    ws.ties += [DeclaredTie(a: 4, b: 6, strength: 1.0), DeclaredTie(a: 3, b: 6, strength: 0.25)]
    // I meet x every week too, so my route me → x → T → V is my most reliable one to V.
    ws.interactions += TeamHistory.every(7, 50, 0, 2, owner: nil)
    let goal = Goal(name: "Investors", filter: ContactFilter(kinds: [.investor]), count: 2)
    let plan = try ws.teamPlan(goals: [goal], asOf: TeamHistory.asOf)
    let targets = Set([4, 6])
    #expect(Set(plan.asks.map(\.target)) == targets)
    for ask in plan.asks {
        let inner = ask.path.nodes.dropFirst().dropLast()
        #expect(!inner.contains { targets.contains($0) }, "\(ask.path.nodes) passes through another target")
    }
    // V's route is the member's best route that avoids T, as in that member's own plan.
    let v = try #require(plan.asks.first { $0.target == 6 })
    #expect(v.path.nodes.dropFirst().first == 3)
    let own = try ws.ownerView(ContactIndex(v.owner)).introductionPlan(goals: [goal], ego: ContactIndex(v.owner), asOf: TeamHistory.asOf)
    let single = try #require(own.plan.goals[0].targets.first { $0.contact == 6 }?.reliability)
    #expect(abs(v.path.reliability - single) < 1e-12)
}
