import Foundation
import Testing
@testable import Liaison

/// Contact KPIs on a small workspace computed by hand (as of day 0, window 365 days).
/// me 0, Anna 1 (client), Boris 2 (partner), Carla 3 (supplier), Dmitri 4 (investor).
@Suite struct ContactQualityTests {
    func handWorkspace() -> Workspace {
        var interactions = [
            Interaction(date: day(-10), from: 0, to: [1], channel: .email, replyHours: 2),
            Interaction(date: day(-20), from: 0, to: [1], channel: .email, replyHours: 6),
            Interaction(date: day(-30), from: 0, to: [1], channel: .email),
            Interaction(date: day(-40), from: 0, to: [1, 2], channel: .meeting),
            Interaction(date: day(-400), from: 0, to: [1], channel: .email, replyHours: 1),  // outside the window
            Interaction(date: day(-5), from: 3, to: [0], channel: .email),
        ]
        // 25 meetings with Dmitri, every 14 days.
        for k in 0..<25 { interactions.append(Interaction(date: day(-1 - 14 * Double(k)), from: 0, to: [4], channel: .meeting)) }
        return Workspace(
            contacts: people(), interactions: interactions,
            introductions: [Introduction(date: day(-15), introducer: 2, from: 0, to: 4, status: .made),
                            Introduction(date: day(-12), introducer: 2, from: 0, to: 3, status: .requested),
                            Introduction(date: day(-11), introducer: 1, from: 0, to: 4, status: .declined)],
            deals: [Deal(date: day(-60), contact: 1, amount: 1000, status: .won, source: 2),
                    Deal(date: day(-70), contact: 1, amount: 500, status: .won),
                    Deal(date: day(-80), contact: 1, amount: 9999, status: .lost),
                    Deal(date: day(-500), contact: 1, amount: 3000, status: .won)],
            deliveries: [Delivery(supplier: 3, due: day(-100), delivered: day(-98)),
                         Delivery(supplier: 3, due: day(-50), delivered: day(-50)),
                         Delivery(supplier: 3, due: day(-10)),
                         Delivery(supplier: 3, due: day(5))],
            feedback: [Feedback(date: day(-9), contact: 1, score: 4), Feedback(date: day(-8), contact: 1, score: 5),
                       Feedback(date: day(-7), contact: 1, score: 9, scale: .nps),
                       Feedback(date: day(-6), contact: 1, score: 6, scale: .nps),
                       Feedback(date: day(-5), contact: 1, score: 10, scale: .nps)],
            config: WorkspaceConfig(asOf: testAsOf))
    }

    func quality() -> [ContactQuality] {
        let ws = handWorkspace()
        // min_sample 1: every KPI counts, however thin (EvidenceBeforeAdviceTests covers the default 3).
        var m = QualityModel()
        m.minSample = 1
        return ws.contactQuality(strengths: ws.tieStrengths(model: model), model: m)
    }

    /// Each recipient counts once per interaction and the sender never as a recipient, for short
    /// recipient lists (scanned) and long ones (more than 16: a set) alike.
    @Test func repeatedRecipientsCountOnce() {
        var contacts = people()
        for k in 5 ..< 25 { contacts.append(Contact(id: "x\(k)", name: "X\(k)")) }
        let long = [ContactIndex](5 ..< 25) + [1, 0, 5, 1]   // 24 entries: 1 and 5 twice, the sender once
        let ws = Workspace(
            contacts: contacts,
            interactions: [Interaction(date: day(-3), from: 0, to: [1, 1, 0, 2, 1], channel: .email, replyHours: 1),
                           Interaction(date: day(-2), from: 0, to: long, channel: .email, replyHours: 3)],
            config: WorkspaceConfig(asOf: testAsOf))
        let q = ws.contactQuality(strengths: ws.tieStrengths(model: TieStrengthModel()), model: QualityModel())
        // Hand count: 1 is in both e-mails, 2 in the first only, 5 … 24 in the second only.
        #expect(q[0].touches == 2)
        #expect(q[1].touches == 2 && q[1].expectedAnswers == 2)
        #expect(q[2].touches == 1)
        #expect((5 ..< 25).allSatisfy { q[$0].touches == 1 && q[$0].expectedAnswers == 1 })
        #expect(q[3].touches == 0 && q[4].touches == 0)
    }

    @Test func clientKPIs() throws {
        let anna = quality()[1]
        // Deals in the window: won 1000 + 500 (the lost one and the one 500 days ago do not count).
        #expect(anna.dealsWon == 2)
        #expect(anna.revenue == 1500)
        // 3 e-mails and the meeting; the e-mail 400 days ago is outside the window.
        #expect(anna.touches == 4)
        #expect(abs(anna.touchesPerMonth - 4 / (365 / (365.25 / 12))) < 1e-12)
        // 3 e-mails expected an answer, 2 got one (2 h and 6 h): share 2/3, median 4 h.
        #expect(anna.expectedAnswers == 3)
        #expect(abs(try #require(anna.answeredShare) - 2.0 / 3) < 1e-12)
        #expect(anna.medianReplyHours == 4)
        // CSAT (4 + 5) / 2 = 4.5; NPS: promoters 9, 10, detractor 6 → 100 × (2 − 1) / 3 = 33.3.
        #expect(anna.csat == 4.5)
        #expect(abs(try #require(anna.nps) - 100.0 / 3) < 1e-9)
        // Scores: revenue 1500 / (1500 + 1250), 1250 = median of {1500 (Anna), 1000 (Boris, credited)};
        // satisfaction ((4.5 − 1)/4 + (33.3 + 100)/200) / 2 = (0.875 + 0.666667)/2 = 0.770833;
        // responsiveness 2/3 × (0.5 + 0.5 × 2^(−4/24)) = 0.630300.
        // quality = 0.5 × 0.545455 + 0.3 × 0.770833 + 0.2 × 0.630300 = 0.630037.
        let revenue: Double = 1500.0 / 2750
        let npsScore: Double = (100.0 / 3 + 100) / 200
        let satisfaction: Double = (0.875 + npsScore) / 2
        let responsiveness: Double = 2.0 / 3 * (0.5 + 0.5 * exp2(-4.0 / 24))
        #expect(abs(try #require(anna.scores[.revenue]) - revenue) < 1e-12)
        #expect(abs(try #require(anna.scores[.satisfaction]) - satisfaction) < 1e-12)
        let expected: Double = 0.5 * revenue + 0.3 * satisfaction + 0.2 * responsiveness
        #expect(abs(try #require(anna.quality) - expected) < 1e-12)
        #expect(abs(try #require(anna.quality) - 0.630037) < 1e-6)
    }

    @Test func partnerKPIs() throws {
        let boris = quality()[2]
        // Credited with the 1000 deal; asked for 2 introductions, made 1 (the other still requested).
        #expect(boris.creditedDeals == 1 && boris.creditedRevenue == 1000)
        #expect(boris.introductionsAsked == 2 && boris.introductionsAgreed == 1)
        #expect(boris.openness == 0.5)
        #expect(boris.answeredShare == nil)  // a meeting expects no answer
        // Partner: (0.4 × 1000/2250 + 0.4 × 0.5) / 0.8 (responsiveness unknown) = 0.472222.
        let expected: Double = (0.4 * 1000 / 2250 + 0.4 * 0.5) / 0.8
        #expect(abs(try #require(boris.quality) - expected) < 1e-12)
    }

    @Test func supplierKPIs() throws {
        let carla = quality()[3]
        // Due in the window: 2 days late, on time, 10 days overdue (the one due in 5 days is not due yet).
        #expect(carla.deliveries == 3)
        #expect(abs(try #require(carla.onTimeRate) - 1.0 / 3) < 1e-12)
        #expect(carla.meanDelayDays == 4)  // (2 + 0 + 10) / 3
        // delivery = 0.7 × 1/3 + 0.3 × e^(−4/7) = 0.402749.
        let expected: Double = 0.7 / 3 + 0.3 * exp(-4.0 / 7)
        #expect(abs(try #require(carla.quality) - expected) < 1e-12)
        #expect(abs(try #require(carla.quality) - 0.402749) < 1e-6)
    }

    @Test func lowValueHighEffortIsReviewed() throws {
        let dmitri = quality()[4]
        // Asked once (as the one introduced), declined: openness 0; no revenue: quality 0.
        #expect(dmitri.openness == 0)
        #expect(dmitri.quality == 0)
        #expect(dmitri.touches == 25)  // 25 / 11.99 months = 2.08 per month ≥ 2
        #expect(dmitri.advice == .review)
        #expect(quality()[0].quality == nil)  // the ego is not scored
    }

    @Test func adviceFollowsValueAndStrength() {
        let ws = handWorkspace(), m = QualityModel()
        func advice(_ quality: Double?, _ cls: TieClass?, perMonth: Double = 0) -> Advice {
            var c = ContactQuality(contact: 1)
            c.quality = quality
            c.tieClass = cls
            c.touchesPerMonth = perMonth
            c.scores = [.responsiveness: quality ?? 0]   // a weighed KPI with enough data: evidence
            return ws.advice(c, model: m, tieModel: TieStrengthModel(), asOf: testAsOf)
        }
        #expect(advice(0.8, .strong) == .keep)
        #expect(advice(0.8, .medium) == .keep)
        #expect(advice(0.8, .weak) == .invest)
        #expect(advice(0.8, .fading) == .invest)
        #expect(advice(0.8, nil) == .invest)
        // Dormant but without a tie once strong and a lifetime value (the revive rule shared with
        // suggest, EvidenceBeforeAdviceTests): valuable now, so invest.
        #expect(advice(0.8, .dormant) == .invest)
        #expect(advice(0.1, .strong, perMonth: 3) == .review)
        #expect(advice(0.1, .strong, perMonth: 1) == Advice.none)
        #expect(advice(0.3, .weak, perMonth: 5) == Advice.none)
        #expect(advice(nil, .weak) == Advice.none)
    }
}
