import Foundation
import Testing
@testable import Liaison

// Hand-built histories for `liaison agenda`. Day numbers are days before `asOf`.

private let asOf = ISODate.parse("2026-06-01")!
private func daysAgo(_ d: Int, from date: Date = asOf) -> Date { date.addingTimeInterval(-Double(d) * 86_400) }

/// me(0) and the contacts of the tests: weekly(1), irregular(2), young(3), quiet(4), asked(5), target(6).
private func history(_ touches: [(Int, [Int])], introductions: [Introduction] = [], cadence: [CadenceSetting] = [],
                       channel: (Int) -> Channel = { _ in .email }) -> Workspace {
    let contacts = [
        Contact(id: "me", name: "Me", kind: .me),
        Contact(id: "weekly", name: "Вера Недельная", kind: .client),
        Contact(id: "irregular", name: "Ira Regular", kind: .partner),
        Contact(id: "young", name: "Yuri Young", kind: .other),
        Contact(id: "quiet", name: "Quinn Quiet", kind: .other),
        Contact(id: "asked", name: "Asked Introducer", kind: .mentor),
        Contact(id: "target", name: "Target Person", kind: .investor),
    ]
    var interactions = [Interaction]()
    for (contact, days) in touches {
        for d in days {
            interactions.append(Interaction(date: daysAgo(d), from: 0, to: [ContactIndex(contact)], channel: channel(contact),
                                            replyHours: 2))
        }
    }
    var ws = Workspace(contacts: contacts, interactions: interactions, introductions: introductions, me: 0)
    ws.config.asOf = asOf
    ws.cadence = cadence
    return ws
}

/// Every 7 days, the last one `last` days ago, `count` touches.
private func weekly(last: Int, count: Int = 20) -> [Int] { (0 ..< count).map { last + 7 * $0 } }
/// Gaps 1, 40, 2, 25, 3, 60, 1, 30, 2 days, the last touch `last` days ago.
private func irregular(last: Int) -> [Int] {
    var days = [last]
    for gap in [2, 30, 1, 60, 3, 25, 2, 40, 1] { days.append(days.last! + gap) }
    return days
}

@Test func aRegularWeeklyTieMissedForThreeWeeksIsOverdue() throws {
    let ws = history([(1, weekly(last: 21))])
    let agenda = try ws.agenda(ego: 0)
    let item = try #require(agenda.items.first { $0.contact == 1 })
    #expect(item.reason == .overdue)
    #expect(item.why[0] == "usually every week; last touch 3 weeks ago")
    // By hand: 19 gaps of 7 days: m = ln 7, s = 0 (k ≥ 3); κ = 2, g₀ = 30, σ₀ = 0.5.
    let mu = (19 * log(7.0) + 2 * log(30.0)) / 21, sigma = (2 * 0.25 / 21.0).squareRoot()
    let r = try #require(item.rhythm)
    #expect(abs(r.typicalGapDays - exp(mu)) < 1e-9)
    #expect(abs(r.dueAfterDays - exp(mu + 1.645 * sigma)) < 1e-9)
    #expect(r.dueAfterDays < 21 && !r.isIrregular && !r.leansOnPrior)
    // Touched 3 days ago instead: not due, not even within the week ahead.
    #expect(try history([(1, weekly(last: 3))]).agenda(ego: 0).items.isEmpty)
}

@Test func anIrregularTieIsNotOverdueOnOneLongGap() throws {
    let ws = history([(2, irregular(last: 21))])
    let r = TouchRhythm(days: irregular(last: 21).map { -$0 })
    // By hand: log-gaps 0, 0, ln2, ln2, ln3, ln25, ln30, ln40, ln60: median ln 3; s their standard
    // deviation (n − 1); σ² = (9 s² + 2 · 0.25) / 11.
    let logs = [1.0, 1, 2, 2, 3, 25, 30, 40, 60].map { log($0) }
    let mean = logs.reduce(0, +) / 9
    let s = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 8).squareRoot()
    #expect(abs(try #require(r.medianGapDays) - 3) < 1e-9)
    #expect(abs(try #require(r.sampleLogSpread) - s) < 1e-9)
    #expect(abs(r.logSpread - ((9 * s * s + 0.5) / 11).squareRoot()) < 1e-9)
    #expect(r.isIrregular)
    // Its typical gap is under a week, the silence three weeks: a fixed rule would call it late.
    #expect(r.typicalGapDays < 7)
    #expect(try ws.agenda(ego: 0).items.allSatisfy { $0.contact != 2 })
}

@Test func aBurstyTieIsIrregularAndOneHolidayIsNot() {
    // Bursts of daily touches between pauses of two and three months: the median gap is a day,
    // yet the tie has no daily rhythm.
    var days = [0]
    for gap in [1, 1, 1, 1, 60, 1, 1, 1, 1, 90, 1, 1, 1] { days.append(days.last! + gap) }
    #expect(TouchRhythm(days: days).isIrregular)
    // Nineteen weekly gaps and one of five weeks: regular, a little more allowance.
    var holiday = [0]
    for gap in [Int](repeating: 7, count: 10) + [35] + [Int](repeating: 7, count: 9) { holiday.append(holiday.last! + gap) }
    let r = TouchRhythm(days: holiday)
    #expect(!r.isIrregular && abs((r.medianGapDays ?? 0) - 7) < 1e-9)
    #expect(r.dueAfterDays > TouchRhythm(days: (0 ..< 21).map { 7 * $0 }).dueAfterDays)
}

@Test func aYoungTieLeansOnThePrior() throws {
    // Two touches a week apart: one gap; the spread is the prior's.
    let r = TouchRhythm(days: [0, 7])
    let mu = (log(7.0) + 2 * log(30.0)) / 3
    #expect(abs(r.typicalGapDays - exp(mu)) < 1e-9)           // ≈ 18.5 days, not 7
    #expect(abs(r.dueAfterDays - exp(mu + 1.645 * 0.5)) < 1e-9) // ≈ 42 days
    #expect(r.leansOnPrior && !r.isIrregular && r.sampleLogSpread == nil)
    // 30 days of silence: a weekly reading would be late; the prior says not yet.
    #expect(try history([(3, [30, 37])]).agenda(ego: 0).items.isEmpty)
    let late = try history([(3, [45, 52])]).agenda(ego: 0)
    let item = try #require(late.items.first { $0.contact == 3 })
    #expect(item.why[0].hasPrefix("usually every 3 weeks; last touch 6 weeks ago (only 2 touches so far"))
    // A single touch has no rhythm at all.
    #expect(try history([(3, [200])]).agenda(ego: 0).items.isEmpty)
}

@Test func theLookAheadListsTiesFallingDueThisWeek() throws {
    // Due after e^(μ + zσ) ≈ 10.36 days (see above); silent 5 days: due within the next 7 days, not today.
    let ws = history([(1, weekly(last: 5))])
    #expect(try ws.agenda(ego: 0, days: 0).items.isEmpty)
    let item = try #require(try ws.agenda(ego: 0, days: 7).items.first)
    #expect(item.why[0] == "usually every week; last touch 5 days ago; due in 5 days")
}

@Test func aSnoozedContactDisappearsUntilItsDate() throws {
    let until = ISODate.parse("2026-06-10")!
    let ws = history([(1, weekly(last: 21))], cadence: [CadenceSetting(contact: 1, snoozeUntil: until)])
    let before = try ws.agenda(ego: 0)
    #expect(before.items.isEmpty && before.snoozed == 1)
    #expect(try ws.agenda(ego: 0, asOf: ISODate.parse("2026-06-09T23:00")!).items.isEmpty)
    let on = try ws.agenda(ego: 0, asOf: until)
    #expect(on.items.map(\.contact) == [1] && on.snoozed == 0)
}

@Test func noCadenceExcludesTheRhythmButKeepsPromises() throws {
    let promise = Introduction(date: daysAgo(10), introducer: 4, from: 0, to: 6, status: .requested)
    let ws = history([(4, weekly(last: 21))], introductions: [promise], cadence: [CadenceSetting(contact: 4, noCadence: true)])
    let agenda = try ws.agenda(ego: 0)
    let item = try #require(agenda.items.first)
    #expect(agenda.items.count == 1 && item.contact == 4 && item.reasons == [.promise])
    #expect(item.why == ["you asked them on 2026-05-22 to introduce you to Target Person; no outcome yet (10 days)"])
    // Without the mark the same contact is overdue first, with the promise as its second reason.
    let marked = history([(4, weekly(last: 21))], introductions: [promise])
    #expect(try marked.agenda(ego: 0).items.first?.reasons == [.overdue, .promise])
    // Only the mark, no promise: nothing, and the mark is counted.
    let alone = try history([(4, weekly(last: 21))], cadence: [CadenceSetting(contact: 4, noCadence: true)]).agenda(ego: 0)
    #expect(alone.items.isEmpty && alone.noCadence == 1)
}

@Test func promisesCoverIntroductionsYouOweAndOnesYouAskedFor() throws {
    let intros = [
        Introduction(date: daysAgo(3), introducer: 0, from: 5, to: 6, status: .requested),   // you owe one
        Introduction(date: daysAgo(20), introducer: 5, from: 0, to: 6, status: .requested),  // you asked
        Introduction(date: daysAgo(30), introducer: 2, from: 0, to: 6, status: .made),       // done: not a promise
        Introduction(date: daysAgo(-5), introducer: 3, from: 0, to: 6, status: .requested),  // after the date
    ]
    let agenda = try history([], introductions: intros).agenda(ego: 0)
    #expect(agenda.items.map(\.contact) == [5])
    #expect(agenda.items[0].why == [
        "you asked them on 2026-05-12 to introduce you to Target Person; no outcome yet (3 weeks)",
        "you were asked on 2026-05-29 to introduce them to Target Person; no outcome yet (3 days)",
    ])
}

@Test func theSuggestedChannelIsTheOneThatGotAnswers() throws {
    var ws = history([(1, weekly(last: 21))], channel: { _ in .call })
    // Calls were never answered (no reply time); two e-mails were.
    for k in ws.interactions.indices { ws.interactions[k].replyHours = nil }
    ws.interactions.append(Interaction(date: daysAgo(60), from: 0, to: [1], channel: .email, replyHours: 5))
    ws.interactions.append(Interaction(date: daysAgo(90), from: 0, to: [1], channel: .email, replyHours: 1))
    let item = try #require(try ws.agenda(ego: 0).items.first)
    #expect(item.channel == .email && item.channelEvidence == "answered 2 times")
}

@Test func daySpansInWords() {
    #expect(DaySpan.every(7) == "every week" && DaySpan.every(8.04) == "every week" && DaySpan.every(21) == "every 3 weeks")
    #expect(DaySpan.every(1) == "every day" && DaySpan.every(4) == "every 4 days")
    #expect(DaySpan.words(49) == "7 weeks" && DaySpan.words(90) == "3 months" && DaySpan.words(800) == "2 years")
}

// MARK: - The demo workspace: the agenda reuses suggest's definitions and the planner

private let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/demo").path

@Test func onTheDemoFadingReviveAndGoalStepsAreSuggestsAndThePlans() throws {
    let (ws, _) = try WorkspaceLoader.load(from: demo)
    let me = try #require(ws.me)
    let agenda = try ws.agenda(ego: me)
    func with(_ r: AgendaReason) -> Set<Int> { Set(agenda.items.filter { $0.reasons.contains(r) }.map(\.contact)) }
    let suggestions = try ws.suggestions(ego: me, top: 10_000)
    #expect(with(.revive) == Set(suggestions.revive.map(\.contact)))
    #expect(with(.fading) == Set(suggestions.fading.map(\.contact)))
    let open = ws.config.goals.filter { ($0.deadline ?? .distantFuture) >= ws.asOf }
    let plan = try ws.introductionPlan(goals: open, ego: me, options: ws.config.planning).plan
    let steps = Set(plan.asks.map { $0.action == .reachOut ? $0.target : $0.path.nodes[1] })
    #expect(with(.goal) == steps && !steps.isEmpty)
    // Groups in order, each contact once.
    #expect(agenda.items.map(\.reason) == agenda.items.map(\.reason).sorted())
    #expect(Set(agenda.items.map(\.contact)).count == agenda.items.count)
}
