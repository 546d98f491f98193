import Foundation
import LiaisonGraph
import Testing
@testable import Liaison


/// The date `days` after the as-of date of these tests (2024-10-30, day 20,026 since 1970).
func day(_ days: Double) -> Date { Date(timeIntervalSince1970: (20_026 + days) * 86_400) }
let testAsOf = day(0)

/// me, Anna, Boris, Carla, Dmitri (indices 0–4).
func people() -> [Contact] {
    [Contact(id: "me", name: "Me", kind: .me), Contact(id: "anna", name: "Anna", kind: .client),
     Contact(id: "boris", name: "Boris", kind: .partner), Contact(id: "carla", name: "Carla", kind: .supplier),
     Contact(id: "dmitri", name: "Dmitri", kind: .investor)]
}

func workspace(_ interactions: [Interaction], ties: [DeclaredTie] = [], introductions: [Introduction] = [],
               deals: [Deal] = []) -> Workspace {
    Workspace(contacts: people(), interactions: interactions, ties: ties, introductions: introductions, deals: deals,
              config: WorkspaceConfig(asOf: testAsOf))
}

let model = TieStrengthModel()

@Suite struct TieComponentTests {
    @Test func recencyAndIntensityHalveAfterTheirHalfLives() throws {
        // One e-mail 180 days ago: recency = 2^(−180/60) = 0.125 (recency half-life 60 days);
        // I = 0.3 (e-mail) × 2^(−180/180) = 0.15, intensity = 1 − e^(−0.15/5) = 0.029554.
        let ws = workspace([Interaction(date: day(-180), from: 0, to: [1], channel: .email)])
        let tie = try #require(ws.tieStrengths(model: model).tie(0, 1))
        #expect(abs(tie.components.recency - 0.125) < 1e-12)
        #expect(abs(tie.components.intensity - (1 - exp(-0.15 / 5))) < 1e-12)
        #expect(tie.touches == 1)
        #expect(tie.lastTouch == day(-180))
    }

    @Test func multiPartyMeetingIsSharedAmongPairs() throws {
        // A meeting of me, Anna and Boris (k = 3): each of the 3 pairs gets 1.0 / (k − 1) = 0.5,
        // intensity = 1 − e^(−0.5/5); Anna–Boris is a co-participant pair with no initiator.
        let ws = workspace([Interaction(date: day(0), from: 0, to: [1, 2], channel: .meeting)])
        let ties = ws.tieStrengths(model: model)
        #expect(ties.ties.count == 3)
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            let tie = try #require(ties.tie(ContactIndex(a), ContactIndex(b)))
            #expect(abs(tie.components.intensity - (1 - exp(-0.1))) < 1e-12)
        }
        #expect(ties.tie(1, 2)?.components.reciprocity == 0)
    }

    @Test func largeGroupsOnlyLinkTheInitiator() throws {
        var m = model
        m.maxGroupSize = 2
        let ws = workspace([Interaction(date: day(0), from: 0, to: [1, 2], channel: .meeting)])
        let ties = ws.tieStrengths(model: m)
        #expect(ties.ties.map { [$0.a, $0.b] } == [[0, 1], [0, 2]])
    }

    @Test func frequencyCountsTouchesOfTheLastYear() throws {
        // Touches 10, 40 and 300 days ago count; 400 days ago does not: n = 3,
        // frequency = 1 − e^(−3/12) = 0.221199.
        let ws = workspace([-10, -40, -300, -400].map { Interaction(date: day($0), from: 0, to: [1], channel: .call) })
        let tie = try #require(ws.tieStrengths(model: model).tie(0, 1))
        #expect(abs(tie.components.frequency - (1 - exp(-0.25))) < 1e-12)
        #expect(tie.touches == 4)
    }

    @Test func reciprocityIsTheBalanceOfInitiations() throws {
        // me → Anna 3 times, Anna → me once: 2 · min(3, 1) / 4 = 0.5.
        let ws = workspace([Interaction(date: day(-1), from: 0, to: [1]), Interaction(date: day(-2), from: 0, to: [1]),
                            Interaction(date: day(-3), from: 0, to: [1]), Interaction(date: day(-4), from: 1, to: [0])])
        #expect(ws.tieStrengths(model: model).tie(1, 0)?.components.reciprocity == 0.5)
    }

    @Test func durationSaturatesOverTheSpan() throws {
        // First touch 365 days ago, last today: 1 − e^(−365/365) = 0.632121.
        let ws = workspace([Interaction(date: day(-365), from: 0, to: [1]), Interaction(date: day(0), from: 1, to: [0])])
        let tie = try #require(ws.tieStrengths(model: model).tie(0, 1))
        #expect(abs(tie.components.duration - (1 - exp(-1))) < 1e-12)
        // A declared `since` two years back lengthens it: span 730 → 1 − e^(−2).
        let declared = workspace(ws.interactions, ties: [DeclaredTie(a: 0, b: 1, since: day(-730))])
        let longer = try #require(declared.tieStrengths(model: model).tie(0, 1))
        #expect(abs(longer.components.duration - (1 - exp(-2))) < 1e-12)
    }

    @Test func responsivenessIsShareAnsweredTimesSpeed() throws {
        // Two e-mails expect an answer, one answered after 24 h (speed 2^(−24/24) = 0.5), one not;
        // the meeting expects none: 1/2 × (0.5 + 0.5 × 0.5) = 0.375.
        let ws = workspace([Interaction(date: day(-10), from: 0, to: [1], channel: .email, replyHours: 24),
                            Interaction(date: day(-5), from: 0, to: [1], channel: .email),
                            Interaction(date: day(-3), from: 1, to: [0], channel: .meeting)])
        let tie = try #require(ws.tieStrengths(model: model).tie(0, 1))
        #expect(abs(tie.components.responsiveness - 0.375) < 1e-12)
    }

    @Test func answerAfterTheDateDoesNotCountYet() throws {
        // Sent 1 day before the date, answered 48 h later: not yet known as of the date.
        let ws = workspace([Interaction(date: day(-1), from: 0, to: [1], channel: .email, replyHours: 48)])
        #expect(ws.tieStrengths(model: model).tie(0, 1)?.components.responsiveness == 0)
    }

    @Test func exchangeCountsDealsAndIntroductions() throws {
        // A won deal with Anna credited to Boris: Anna–Boris, me–Anna and me–Boris get 1 point each.
        // Carla introduced me to Dmitri, accepted (¾ point): Carla–me, Carla–Dmitri and me–Dmitri.
        // me–Anna: X = 1 → 1 − 2^(−1) = 0.5; me–Dmitri: 1 − 2^(−0.75) = 0.405396.
        let ws = workspace([], introductions: [Introduction(date: day(-5), introducer: 3, from: 0, to: 4, status: .accepted)],
                           deals: [Deal(date: day(-3), contact: 1, amount: 1000, status: .won, source: 2)])
        let ties = ws.tieStrengths(model: model)
        #expect(ties.tie(0, 1)?.components.exchange == 0.5)
        #expect(ties.tie(1, 2)?.components.exchange == 0.5)
        #expect(ties.tie(0, 2)?.components.exchange == 0.5)
        #expect(abs((ties.tie(0, 4)?.components.exchange ?? 0) - (1 - exp2(-0.75))) < 1e-12)
        #expect(ties.tie(3, 4) != nil)
        #expect(ties.ties.count == 6)
        // Deals after the date do not count.
        let future = workspace([], deals: [Deal(date: day(3), contact: 1, amount: 1000, status: .won)])
        #expect(future.tieStrengths(model: model).ties.isEmpty)
    }

    @Test func embeddednessIsRecencyWeightedOverlap() throws {
        // Pairs: me–Anna, me–Boris, Anna–Boris, me–Carla, all touched 1 day ago (weight r = 2^(−1/60)).
        // me–Anna: common neighbour Boris: (r + r) / ((S_me − r) + (S_Anna − r)) = 2r / (2r + r) = 2/3;
        // Anna–Boris: common me: 2r / (r + r) = 1; me–Carla: Carla has no other tie → 0.
        let ws = workspace([Interaction(date: day(-1), from: 0, to: [1]), Interaction(date: day(-1), from: 0, to: [2]),
                            Interaction(date: day(-1), from: 1, to: [2]), Interaction(date: day(-1), from: 0, to: [3])])
        let ties = ws.tieStrengths(model: model)
        #expect(abs((ties.tie(0, 1)?.components.embeddedness ?? 0) - 2.0 / 3) < 1e-12)
        #expect(abs((ties.tie(1, 2)?.components.embeddedness ?? 0) - 1) < 1e-12)
        #expect(ties.tie(0, 3)?.components.embeddedness == 0)
        // The ties through Boris 120 days old (weight 2^(−2) = 0.25): me–Anna =
        // (0.25 + 0.25) / ((0.25 + r) + 0.25) — a mutual contact one no longer sees counts less.
        let old = workspace([Interaction(date: day(-1), from: 0, to: [1]), Interaction(date: day(-120), from: 0, to: [2]),
                             Interaction(date: day(-120), from: 1, to: [2]), Interaction(date: day(-1), from: 0, to: [3])])
        let r = exp2(-1.0 / 60)
        let expected: Double = 0.5 / (0.5 + r)
        #expect(abs((old.tieStrengths(model: model).tie(0, 1)?.components.embeddedness ?? 0) - expected) < 1e-12)
        // Unweighted it is the Dice form of Onnela's overlap, 2n / ((k_a − 1) + (k_b − 1)): here 2/3 vs Onnela's 1/2.
    }

    @Test func declaredStrengthIsBlended() throws {
        // No history: s_b = 0, s = (1 − 0.5) × 0 + 0.5 × 0.75.
        let ws = workspace([], ties: [DeclaredTie(a: 1, b: 2, strength: 0.75)])
        let tie = try #require(ws.tieStrengths(model: model).tie(2, 1))
        #expect(tie.behavioural == 0)
        #expect(tie.strength == 0.375)
        #expect(tie.declared == 0.75)
        #expect(tie.level == .medium)
    }
}

@Suite struct TieModelTests {
    @Test func emptyHistoryScoresZeroAndFullScoresOne() {
        #expect(model.behaviouralStrength(TieComponents()) == 0)
        let full = TieComponents(values: [Double](repeating: 1, count: 8))
        #expect(abs(model.behaviouralStrength(full) - 1) < 1e-12)
    }

    @Test func combinationMatchesTheFormula() {
        // z = −7.25 + 6·0.5 + 2·0.2 = −3.85; Σβ = 15; s_b = (σ(−3.85) − σ(−7.25)) / (σ(−7.25 + 15) − σ(−7.25)).
        let c = TieComponents(recency: 0.5, intensity: 0.2)
        func s(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        let expected = (s(-3.85) - s(-7.25)) / (s(7.75) - s(-7.25))
        #expect(abs(model.behaviouralStrength(c) - expected) < 1e-12)
    }

    @Test func levelsFollowTheThresholds() {
        #expect(model.level(of: 0.6) == .strong)
        #expect(model.level(of: 0.59) == .medium)
        #expect(model.level(of: 0.3) == .medium)
        #expect(model.level(of: 0.29) == .weak)
    }

    @Test func configIsReadFromTheTieStrengthTable() throws {
        let text = ("""
        [tie_strength]
        half_life_days = 90
        max_group_size = 10
        [tie_strength.channels]
        email = 0.5
        [tie_strength.weights]
        intercept = -4
        recency = 3
        [tie_strength.thresholds]
        strong = 0.7
        medium = 0.4
        """)
        let m = try WorkspaceConfig(parsing: text).tieStrength
        #expect(m.halfLifeDays == 90)
        #expect(m.maxGroupSize == 10)
        #expect(m.weight(of: .email) == 0.5)
        #expect(m.weight(of: .meeting) == 1.0)
        #expect(m.intercept == -4)
        #expect(m.weights[0] == 3)
        #expect(m.weights[1] == TieStrengthModel.defaultWeights[1])
        #expect(m.strongThreshold == 0.7 && m.mediumThreshold == 0.4)
    }

    @Test func configErrorsAreAllReported() throws {
        let text = ("""
        [tie_strength]
        half_life_days = -1
        colour = "red"
        [tie_strength.weights]
        recency = -2
        """)
        #expect {
            try WorkspaceConfig(parsing: text)
        } throws: { error in
            guard let e = error as? InputErrors else { return false }
            return e.diagnostics.count == 3
                && e.diagnostics.contains { $0.description.contains("half_life_days") && $0.description.hasPrefix("liaison.toml") }
                && e.diagnostics.contains { $0.message.contains("colour") }
                && e.diagnostics.contains { $0.message.contains("monotonicity") }
        }
    }
}

@Suite struct TieClassTests {
    /// Monthly meetings from 3 years ago until `lastDaysAgo`, alternating who initiates.
    func monthly(until lastDaysAgo: Double) -> [Interaction] {
        stride(from: -1095.0, through: -lastDaysAgo, by: 30).enumerated().map { i, d in
            Interaction(date: day(d), from: i % 2 == 0 ? 0 : 1, to: [i % 2 == 0 ? 1 : 0], channel: .meeting)
        }
    }

    @Test func regularRecentTieIsStrong() throws {
        let tie = try #require(workspace(monthly(until: 5)).tieStrengths(model: model).tie(0, 1))
        #expect(tie.tieClass == .strong)
        #expect(tie.strength > 0.6)
    }

    @Test func oneEmailIsWeakEvenIfRecent() throws {
        // Yesterday: z = −7.25 + 6 · 2^(−1/60) + 2 · (1 − e^(−0.3·2^(−1/180)/5)) + 0.5 · (1 − e^(−1/12)) ≈ −1.16 → 0.24.
        for daysAgo in [1.0, 100] {
            let ws = workspace([Interaction(date: day(-daysAgo), from: 0, to: [1], channel: .email)])
            #expect(ws.tieStrengths(model: model).tie(0, 1)?.tieClass == .weak)
        }
    }

    @Test func silentForAYearAfterAStrongPeriodIsDormant() throws {
        // Monthly meetings that stopped 400 days ago: strong then, weak now.
        let tie = try #require(workspace(monthly(until: 400)).tieStrengths(model: model).tie(0, 1))
        #expect(tie.tieClass == .dormant)
        #expect(tie.level == .weak)
        #expect(tie.peak >= model.strongThreshold)
        // The same silence after a single e-mail is not dormant: it never reached medium.
        let once = workspace([Interaction(date: day(-400), from: 0, to: [1], channel: .email)])
        #expect(once.tieStrengths(model: model).tie(0, 1)?.tieClass == .weak)
    }

    @Test func tieThatLostMostOfItsStrengthIsFading() throws {
        // Monthly meetings that stopped 150 days ago: strong 180 days ago, much weaker now, not a year silent.
        let tie = try #require(workspace(monthly(until: 150)).tieStrengths(model: model).tie(0, 1))
        #expect(tie.past >= model.mediumThreshold)
        #expect(tie.strength < 0.7 * tie.past)
        #expect(tie.tieClass == .fading)
    }

    @Test func strengthGraphHasOneEdgePerPositiveTie() throws {
        let ws = workspace([Interaction(date: day(-1), from: 0, to: [1, 2], channel: .meeting)],
                           ties: [DeclaredTie(a: 3, b: 4, strength: 0)])
        let g = ws.strengthGraph(model: model)
        #expect(g.labels == ["me", "anna", "boris", "carla", "dmitri"])
        #expect(g.graph.edgeCount == 3)  // carla–dmitri has strength 0: dropped
        let s = try #require(ws.tieStrengths(model: model).tie(1, 2)?.strength)
        #expect(g.graph.weight(from: 1, to: 2) == s)
    }
}
