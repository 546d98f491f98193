import Foundation
import Testing
@testable import Liaison

/// Evidence before advice (issue 14, item 3): a KPI on fewer than `[quality] min_sample`
/// observations is "not enough data" and drives neither the quality nor the advice; `contacts`
/// and `suggest` agree on who is worth reviving; every contact gets an advice or "nothing to do".
@Suite struct EvidenceBeforeAdviceTests {
    /// me(0) and Olga(1), kind other, who answered the one e-mail you sent 10 days ago within 1 h.
    func thinWorkspace() -> Workspace {
        Workspace(contacts: [Contact(id: "me", name: "Me", kind: .me), Contact(id: "olga", name: "Olga", kind: .other)],
                  interactions: [Interaction(date: day(-10), from: 0, to: [1], channel: .email, replyHours: 1)],
                  config: WorkspaceConfig(asOf: testAsOf))
    }

    @Test func oneAnsweredMessageIsNotEnoughToInvest() throws {
        let ws = thinWorkspace()
        let strengths = ws.tieStrengths(model: model)
        // With min_sample = 1 (the old behaviour): responsiveness = 1 × (½ + ½ · 2^(−1/24)) = 0.985714;
        // "other" weighs revenue 0.3 (score 0, no deals), openness 0.3 (unknown), responsiveness 0.4:
        // quality = 0.4 × 0.985714 / 0.7 = 0.563265 ≥ 0.5 valuable, a weak tie → invest.
        var loose = QualityModel()
        loose.minSample = 1
        let before = ws.contactQuality(strengths: strengths, model: loose)[1]
        let responsiveness = 0.5 + 0.5 * exp2(-1.0 / 24)
        #expect(abs(try #require(before.quality) - 0.4 * responsiveness / 0.7) < 1e-12)
        #expect(before.advice == .invest)
        // Default min_sample = 3: 1 expected answer < 3, responsiveness is not enough data; the
        // quality is the revenue score alone, 0 → nothing to do.
        let after = ws.contactQuality(strengths: strengths, model: QualityModel())[1]
        #expect(after.notEnoughData == [.responsiveness])
        #expect(after.scores[.responsiveness] == nil)
        #expect(after.answeredShare == 1 && after.expectedAnswers == 1)  // still reported, with its sample
        #expect(after.quality == 0)
        #expect(after.advice == Advice.none)
        #expect(Advice.none.label == "nothing to do")
        // The table shows the sample and "too few", and says what window the KPIs cover.
        let table = ContactListing(rows: [after], workspace: ws).formatted(.table)
        #expect(table.contains("too few (1 of 1)"))
        #expect(table.contains("nothing to do"))
        #expect(table.contains("KPIs counted in the last 12 months (window_days = 365)"))
        #expect(table.contains("fewer than 3 observations"))
    }

    @Test func partnerOpennessOnTwoAsksIsNotEnoughData() throws {
        // ContactQualityTests' hand workspace: Boris (partner) was asked 2 introductions, made 1,
        // and is credited with 1000 of revenue (reference 1250). With min_sample 3 his openness
        // (2 asks) is left out: quality = 0.4 × 1000/2250 / 0.4 = 0.444444 (was 0.472222 with it).
        let ws = ContactQualityTests().handWorkspace()
        let q = ws.contactQuality(strengths: ws.tieStrengths(model: model), model: QualityModel())
        #expect(q[2].notEnoughData == [.openness])
        #expect(abs(try #require(q[2].quality) - 1000.0 / 2250) < 1e-12)
        // Anna (client): 3 expected answers and 5 feedback scores reach the minimum; her openness
        // (1 introduction asked, declined) is too thin but a client's quality does not weigh it,
        // so her quality is the hand value of ContactQualityTests.clientKPIs, 0.630037.
        #expect(q[1].notEnoughData == [.openness])
        #expect(q[1].feedbackCount == 5)
        #expect(abs(try #require(q[1].quality) - 0.630037) < 1e-6)
    }

    @Test func minSampleIsReadFromLiaisonToml() throws {
        #expect(try WorkspaceConfig(parsing: "[quality]\nmin_sample = 5\n").quality.minSample == 5)
        #expect(try WorkspaceConfig(parsing: "").quality.minSample == 3)
        for bad in ["0", "2.5", "\"three\""] {
            #expect {
                try WorkspaceConfig(parsing: "[quality]\nmin_sample = \(bad)\n")
            } throws: { error in
                guard let e = error as? InputErrors, e.diagnostics.count == 1 else { return false }
                return e.diagnostics[0].description.hasPrefix("liaison.toml:2:14:")
                    && e.diagnostics[0].message.contains("min_sample")
            }
        }
    }

    /// me(0); Vera(1, client): weekly meetings and answered e-mails for a year, ending 2 years ago,
    /// and a won deal of 5000 then: a strong tie gone dormant, valuable over her whole history but
    /// with nothing in the last 12 months. Kim(2, client): the same history but no deal and no
    /// answers: not valuable.
    func dormantWorkspace() -> Workspace {
        var interactions = [Interaction]()
        for k in 0 ..< 52 {
            let d = -730 - 7 * Double(k)
            interactions.append(Interaction(date: day(d), from: 0, to: [1], channel: .meeting))
            interactions.append(Interaction(date: day(d - 1), from: 0, to: [1], channel: .email, replyHours: 2))
            interactions.append(Interaction(date: day(d), from: 0, to: [2], channel: .meeting))
        }
        return Workspace(contacts: [Contact(id: "me", name: "Me", kind: .me), Contact(id: "vera", name: "Vera", kind: .client),
                                    Contact(id: "kim", name: "Kim", kind: .client)],
                         interactions: interactions,
                         deals: [Deal(date: day(-800), contact: 1, amount: 5000, status: .won)],
                         config: WorkspaceConfig(asOf: testAsOf), me: 0)
    }

    @Test func contactsAndSuggestAgreeOnReviving() throws {
        let ws = dormantWorkspace()
        let strengths = ws.tieStrengths(model: ws.config.tieStrength)
        let vera = try #require(strengths.tie(0, 1))
        #expect(vera.tieClass == .dormant && vera.peak >= ws.config.tieStrength.strongThreshold)
        let q = ws.contactQuality(strengths: strengths, model: ws.config.quality)
        // Over the last 12 months Vera has no deal, no touch: window quality 0 (revenue only).
        #expect(q[1].quality == 0)
        // Lifetime: revenue 5000/(5000 + 5000) = 0.5 (she is the only one with revenue, so the
        // reference is her own total); responsiveness 52 of 52 within 2 h = 0.5 + 0.5 · 2^(−2/24)
        // = 0.971642; quality (0.5 · 0.5 + 0.2 · 0.971642) / 0.7 = 0.634755 ≥ 0.5 → revive.
        let lifetimeExpected = (0.5 * 0.5 + 0.2 * (0.5 + 0.5 * exp2(-2.0 / 24))) / 0.7
        #expect(abs(try #require(q[1].lifetimeQuality) - lifetimeExpected) < 1e-12)
        #expect(q[1].advice == .revive)
        // Kim: the same dormant tie but lifetime value 0 → not revive.
        #expect(q[2].advice != .revive)
        let s = try ws.suggestions(ego: 0)
        let suggested = Set(s.revive.map(\.contact))
        let advised = Set(q.indices.filter { q[$0].advice == .revive })
        #expect(suggested == [1] && advised == suggested)
        // suggest prints the same value as the lifetime quality.
        #expect(abs(s.revive[0].value - lifetimeExpected) < 1e-12)
    }
}

@Suite struct ReviewNeedsEvidenceTests {
    @Test func noReviewOnAScoreOfZeroThatOnlyMeansTooLittleData() throws {
        // me(0), Hana(1, mentor): 30 meetings in the last 12 months (2.5 a month ≥ 2, high effort), one
        // e-mail sent to her and not answered (1 < min_sample 3), no deal, no introduction.
        // Mentor weights: revenue 0.2 (score 0), openness (none), responsiveness (too few) →
        // quality 0 < low_value 0.2, but resting on no evidence: nothing to do, not review.
        var interactions = (0 ..< 30).map { Interaction(date: day(-1 - 12 * Double($0)), from: 0, to: [1], channel: .meeting) }
        interactions.append(Interaction(date: day(-3), from: 0, to: [1], channel: .email))
        let ws = Workspace(contacts: [Contact(id: "me", name: "Me", kind: .me), Contact(id: "hana", name: "Hana", kind: .mentor)],
                           interactions: interactions, config: WorkspaceConfig(asOf: testAsOf), me: 0)
        let q = ws.contactQuality(strengths: ws.tieStrengths(model: model), model: QualityModel())[1]
        #expect(q.quality == 0 && q.touchesPerMonth >= 2)
        #expect(q.notEnoughData == [.responsiveness])
        #expect(q.advice == Advice.none)
        // With min_sample 1 the unanswered e-mail is evidence (responsiveness 0): review.
        var loose = QualityModel()
        loose.minSample = 1
        #expect(ws.contactQuality(strengths: ws.tieStrengths(model: model), model: loose)[1].advice == .review)
    }
}

/// A quiet year of a contact valuable over the whole history is not "review" (issue 14, demo
/// fairness: Laura Jansen, a client with 66,000 EUR over two Septembers, was "review").
/// Cleo (client): 24 of your e-mails in the window, none answered → responsiveness 0 on 24
/// observations (evidence); 24 touches / (365 / 30.4375 months) = 2.0014 per month ≥ 2 (high effort);
/// window quality 0 < 0.2. Lifetime, with a 30,000 deal 400 days ago and revenue_reference 10,000:
/// revenue 30,000 / 40,000 = 0.75; quality (0.5 × 0.75 + 0.2 × 0) / 0.7 = 0.535714 ≥ 0.5 → not
/// review. Without the deal the lifetime quality is 0 → review.
@Test func reviewNeedsALowLifetimeValueToo() {
    var interactions = [Interaction]()
    for k in 0 ..< 24 { interactions.append(Interaction(date: day(-10 - 14 * Double(k)), from: 0, to: [1], channel: .email)) }
    let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "cleo", name: "Cleo", kind: .client)]
    var quality = QualityModel()
    quality.revenueReference = 10_000
    func cleo(_ deals: [Deal]) -> ContactQuality {
        let ws = Workspace(contacts: contacts, interactions: interactions, deals: deals,
                           config: WorkspaceConfig(asOf: testAsOf, quality: quality), me: 0)
        return ws.contactQuality(strengths: ws.tieStrengths(model: model), model: quality)[1]
    }
    let withDeal = cleo([Deal(date: day(-400), contact: 1, amount: 30_000, currency: "EUR", status: .won)])
    #expect(withDeal.quality == 0 && withDeal.expectedAnswers == 24)
    #expect(abs(withDeal.touchesPerMonth - 24 / (365 / (365.25 / 12))) < 1e-12 && withDeal.touchesPerMonth >= 2)
    #expect(abs(withDeal.lifetimeQuality! - 0.5 * 0.75 / 0.7) < 1e-12)
    #expect(withDeal.advice == Advice.none)
    let without = cleo([])
    #expect(without.lifetimeQuality == 0)
    #expect(without.advice == .review)
}
