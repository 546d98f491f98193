import Foundation
import Testing
@testable import Liaison

private let asOf = ISODate.parse("2026-06-01")!
private func daysAgo(_ d: Int) -> Date { asOf.addingTimeInterval(-Double(d) * 86_400) }

/// me(0) – anna(1) weekly; anna – boris(2, investor) and anna – dina(4, investor) touches; clara(3)
/// introduced to you by anna; you know dina already.
private func sample() -> Workspace {
    let contacts = [
        Contact(id: "me", name: "Me", kind: .me),
        Contact(id: "anna", name: "Анна Петрова", kind: .client, organization: "Nord Cargo", industry: "logistics"),
        Contact(id: "boris", name: "Boris Ivanov", kind: .investor, industry: "fintech"),
        Contact(id: "clara", name: "Clara Weiss", kind: .partner),
        Contact(id: "dina", name: "Dina Kaya", kind: .investor, industry: "fintech"),
    ]
    var interactions = [Interaction]()
    for k in 0 ..< 12 { interactions.append(Interaction(date: daysAgo(3 + 7 * k), from: 0, to: [1], channel: .email, replyHours: 4, note: "week \(k)")) }
    for k in 0 ..< 6 { interactions.append(Interaction(date: daysAgo(10 + 20 * k), from: 1, to: [2], channel: .call)) }
    interactions.append(Interaction(date: daysAgo(40), from: 1, to: [4], channel: .meeting))
    interactions.append(Interaction(date: daysAgo(50), from: 0, to: [4], channel: .meeting))
    interactions.append(Interaction(date: daysAgo(-3), from: 0, to: [1], channel: .call, note: "after the date"))
    let intros = [
        Introduction(date: daysAgo(30), introducer: 1, from: 0, to: 3, status: .accepted, note: "freight partner"),
        Introduction(date: daysAgo(5), introducer: 2, from: 1, to: 4, status: .requested),
        Introduction(date: daysAgo(60), introducer: 3, from: 4, to: 2, status: .declined),
    ]
    var ws = Workspace(contacts: contacts, interactions: interactions, introductions: intros, me: 0)
    ws.config.asOf = asOf
    ws.config.goals = [Goal(name: "Fintech investors", filter: ContactFilter(kinds: [.investor]), count: 2),
                       Goal(name: "New investors", filter: ContactFilter(kinds: [.investor]), newOnly: true)]
    return ws
}

@Test func aProfileGathersTheContactsPage() throws {
    let ws = sample()
    let p = try ws.profile(of: 1, top: 3)
    let strengths = ws.tieStrengths(model: ws.config.tieStrength)
    // The tie with you is the tie model's, explained by ties --explain.
    let tie = try #require(strengths.tie(0, 1))
    let yours = try #require(p.tieWithYou)
    #expect(yours.strength == tie.strength && yours.tieClass == tie.tieClass && yours.past == tie.past)
    #expect(yours.explanation.joined(separator: "\n") + "\n" == ws.explainTie(0, 1, in: strengths))
    // KPIs are contacts' row for the contact.
    let quality = ws.contactQuality(strengths: strengths, model: ws.config.quality)[1]
    #expect(p.quality == quality)
    #expect(p.kpis.map(\.label).prefix(2) == ["quality", "advice"])
    #expect(p.kpis.first { $0.label == "answered" }?.evidence == "answered \(quality.expectedAnswers) of \(quality.expectedAnswers) touches that expected an answer")
    // Strongest ties: all of anna's ties, strongest first, at most 3.
    let all = strengths.ties.filter { ($0.a == 1 || $0.b == 1) && $0.strength > 0 }.sorted { $0.strength > $1.strength }
    #expect(p.strongestTies.map(\.strength) == all.prefix(3).map(\.strength))
    // Goal leads: boris and dina are investors anna knows; dina is left out of both goals, since
    // you know her yourself (the plan has you reach out to her directly).
    #expect(p.goalLeads.filter { $0.goal == "Fintech investors" }.map(\.target).sorted() == [2])
    #expect(p.goalLeads.filter { $0.goal == "New investors" }.map(\.target) == [2])
    #expect(p.goalLeads.first { $0.target == 2 }?.yourStrength == nil)
    #expect(p.goalsAsTarget.isEmpty)
    // Dina is an investor you know: a target of "Fintech investors" herself (pitched, no leads
    // for it), not of "New investors" (she is not new); Boris, whom you do not know, of both.
    let dina = try ws.profile(of: 4, top: 3)
    #expect(dina.goalsAsTarget == ["Fintech investors"])
    #expect(!dina.goalLeads.contains { $0.goal == "Fintech investors" })
    #expect(try ws.profile(of: 2, top: 3).goalsAsTarget == ["Fintech investors", "New investors"])
    // Introductions: made by anna; received (anna introduced, or introduced to someone).
    #expect(p.introductionsMade.map(\.to) == [3])
    #expect(p.introductionsReceived.map(\.introducer) == [2])
    // Last touches: newest first, up to the date, at most 3.
    #expect(p.lastTouches.map { ISODate.calendarDaysBetween($0.date, asOf) } == [3, 10, 10])
    #expect(p.lastTouches.allSatisfy { $0.date <= asOf })
}

@Test func theProfileOfYouHasNoTieWithYou() throws {
    let p = try sample().profile(of: 0)
    #expect(p.tieWithYou == nil && p.ego == 0)
    #expect(p.text(sample()).contains("This is you."))
}

@Test func theProfileBridgingIsTheBridgesRanking() throws {
    let ws = sample()
    let p = try ws.profile(of: 1)
    let b = try #require(p.bridging)
    let network = try AnalysisNetwork(workspace: ws)
    let report = try BridgeContactReport(network, ego: 0, grouping: .community, seed: 0)
    let mine = try #require(report.ranking.contacts.first { $0.node == 1 })
    #expect(b.rank == mine.rank && b.score == mine.score && b.reason == mine.reason)
    #expect(b.of == report.ranking.contacts.count)
}

@Test func hostileTextInAProfileStaysInert() throws {
    var ws = sample()
    ws.contacts[1].name = "Anna\u{1B}[2J\u{202E}evil"
    ws.contacts[1].notes = "line\u{7}bell"
    let p = try ws.profile(of: 1)
    let text = p.text(ws)
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{7}" })
    let json = p.json(ws).serialized()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect((object?["contact"] as? [String: Any])?["name"] as? String == "Anna\u{1B}[2J\u{202E}evil")
}
