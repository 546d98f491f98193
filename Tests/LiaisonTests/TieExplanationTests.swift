import Foundation
import Testing
@testable import Liaison

@Suite struct TieExplanationTests {
    @Test func thirdPartyPairIsNamedAndDormancyIsExplained() throws {
        // Anna and Boris met every 30 days from 3 years ago until 400 days ago, Anna answering
        // Boris's e-mails within 2 hours.
        var interactions = [Interaction]()
        for (k, d) in stride(from: -1095.0, through: -400, by: 30).enumerated() {
            interactions.append(Interaction(date: day(d), from: k % 2 == 0 ? 1 : 2, to: [k % 2 == 0 ? 2 : 1],
                                            channel: .meeting))
            interactions.append(Interaction(date: day(d + 1), from: 2, to: [1], channel: .email, replyHours: 2))
        }
        let ws = workspace(interactions)
        let text = ws.explainTie(2, 1, in: ws.tieStrengths(model: model))
        #expect(text.hasPrefix("Anna and Boris: strength "))
        #expect(text.contains("(dormant, level weak)"))
        #expect(text.contains("Nothing in the last 90 days"))
        #expect(text.contains("Anna answered 24 of 24 of Boris's messages in the whole history (none in the last 12 months), usually within 2 hours"))
        #expect(text.contains("Dormant: no touch for 365 days or more"))
    }

    @Test func pairWithoutTieSaysSo() {
        let ws = workspace([])
        let text = ws.explainTie(0, 3, in: ws.tieStrengths(model: model))
        #expect(text == "You and Carla have no recorded touch, exchange or declared tie up to 2024-10-30: no tie.")
    }
}
