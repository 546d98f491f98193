import Foundation
import Testing
@testable import Liaison

/// SPEC §5.1 monotonicity, property-based with seeded loops: for random histories, a variant that
/// is more recent / more frequent / more reciprocal / more responsive / longer / more productive /
/// more embedded / declared stronger, all else equal, never gives a weaker tie between me (0) and
/// Anna (1).
@Suite struct TieMonotonicityTests {
    static let seeds = 0..<150

    /// A random history: direct touches between me and Anna, and touches of both with the others.
    func randomWorkspace(_ rng: inout SplitMix64) -> Workspace {
        var interactions = [Interaction]()
        let channels = Channel.allCases
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let d = -Double.random(in: 0...900, using: &rng)
            let channel = channels.randomElement(using: &rng)!
            let forward = Bool.random(using: &rng)
            var reply: Double? = nil
            if (channel == .email || channel == .message) && Bool.random(using: &rng) {
                reply = Double.random(in: 0...min(200, -d * 24), using: &rng)
            }
            interactions.append(Interaction(date: day(d.rounded()), from: forward ? 0 : 1, to: [forward ? 1 : 0],
                                            channel: channel, replyHours: reply))
        }
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            let d = -Double.random(in: 0...900, using: &rng).rounded()
            let a = ContactIndex(Int.random(in: 0...1, using: &rng)), b = ContactIndex(Int.random(in: 2...4, using: &rng))
            let meeting = Bool.random(using: &rng)
            let others = meeting ? [b, ContactIndex(Int.random(in: 2...4, using: &rng))] : [b]
            interactions.append(Interaction(date: day(d), from: a, to: Array(Set(others)).sorted(),
                                            channel: meeting ? .meeting : .email))
        }
        var deals = [Deal]()
        if Bool.random(using: &rng) {
            deals.append(Deal(date: day(-Double.random(in: 0...500, using: &rng).rounded()), contact: 1, amount: 100,
                              status: .won))
        }
        let declared: [DeclaredTie] = Bool.random(using: &rng)
            ? [DeclaredTie(a: 0, b: 1, strength: Double.random(in: 0...0.9, using: &rng))] : []
        return workspace(interactions, ties: declared, deals: deals)
    }

    func strength(_ ws: Workspace) -> Double { ws.tieStrengths(model: model).tie(0, 1)?.strength ?? 0 }

    func isDirect(_ i: Interaction) -> Bool { Set([i.from] + i.to) == [0, 1] }

    func check(_ name: String, _ variant: (Workspace, inout SplitMix64) -> Workspace?) {
        var applied = 0
        for seed in Self.seeds {
            var rng = SplitMix64(seed: UInt64(seed) &* 7919 &+ 17)
            let base = randomWorkspace(&rng)
            guard let changed = variant(base, &rng) else { continue }
            applied += 1
            let before = strength(base), after = strength(changed)
            #expect(after >= before - 1e-12, "\(name), seed \(seed): \(before) → \(after)")
        }
        #expect(applied >= Self.seeds.count / 3, "\(name): the variant applied to only \(applied) histories")
    }

    @Test func moreRecentIsNeverWeaker() {
        check("more recent") { ws, rng in
            // Move the latest direct touch later (its answer, if any, still before the date).
            guard let i = ws.interactions.indices.filter({ isDirect(ws.interactions[$0]) })
                .max(by: { ws.interactions[$0].date < ws.interactions[$1].date }) else { return nil }
            var ws = ws
            let t = ws.interactions[i]
            let room = -t.date.timeIntervalSince(testAsOf) / 86_400 - (t.replyHours ?? 0) / 24
            guard room > 1 else { return nil }
            ws.interactions[i].date = t.date.addingTimeInterval(Double.random(in: 1...room, using: &rng).rounded(.down) * 86_400)
            return ws
        }
    }

    @Test func moreFrequentIsNeverWeaker() {
        check("more frequent") { ws, rng in
            // Two more meetings, one initiated by each side, inside the relationship's span.
            let first = ws.interactions.filter(isDirect).map(\.date).min() ?? testAsOf
            let span = -first.timeIntervalSince(testAsOf) / 86_400
            var ws = ws
            for (f, t) in [(0, 1), (1, 0)] as [(ContactIndex, ContactIndex)] {
                let d = -Double.random(in: 0...span, using: &rng).rounded(.down)
                ws.interactions.append(Interaction(date: day(d), from: f, to: [t], channel: .meeting))
            }
            return ws
        }
    }

    @Test func moreReciprocalIsNeverWeaker() {
        check("more reciprocal") { ws, rng in
            // Hand one touch of the side that initiates more (by ≥ 2) to the other side.
            let direct = ws.interactions.indices.filter { isDirect(ws.interactions[$0]) }
            let mine = direct.filter { ws.interactions[$0].from == 0 }, theirs = direct.filter { ws.interactions[$0].from == 1 }
            let majority = mine.count >= theirs.count + 2 ? mine : theirs.count >= mine.count + 2 ? theirs : []
            guard let i = majority.randomElement(using: &rng) else { return nil }
            var ws = ws
            let t = ws.interactions[i]
            ws.interactions[i].from = t.to[0]
            ws.interactions[i].to = [t.from]
            return ws
        }
    }

    @Test func moreResponsiveIsNeverWeaker() {
        check("more responsive") { ws, rng in
            let expecting = ws.interactions.indices.filter {
                isDirect(ws.interactions[$0]) && [.email, .message].contains(ws.interactions[$0].channel)
            }
            guard let i = expecting.randomElement(using: &rng) else { return nil }
            var ws = ws
            let t = ws.interactions[i]
            if let r = t.replyHours {
                ws.interactions[i].replyHours = r * Double.random(in: 0...0.9, using: &rng)  // faster
            } else {
                let maxHours = -t.date.timeIntervalSince(testAsOf) / 3_600
                ws.interactions[i].replyHours = Double.random(in: 0...maxHours, using: &rng)  // answered
            }
            return ws
        }
    }

    @Test func longerIsNeverWeaker() {
        check("longer") { ws, rng in
            // Two meetings (one each way) before the first touch: the relationship started earlier.
            let first = ws.interactions.filter(isDirect).map(\.date).min() ?? testAsOf
            var ws = ws
            let d = first.addingTimeInterval(-Double.random(in: 1...400, using: &rng).rounded() * 86_400)
            ws.interactions.append(Interaction(date: d, from: 0, to: [1], channel: .meeting))
            ws.interactions.append(Interaction(date: d, from: 1, to: [0], channel: .meeting))
            return ws
        }
    }

    @Test func moreProductiveIsNeverWeaker() {
        check("more productive") { ws, rng in
            var ws = ws
            if Bool.random(using: &rng) {
                ws.deals.append(Deal(date: day(-Double.random(in: 0...300, using: &rng).rounded()), contact: 1, amount: 50,
                                     status: [.won, .open, .lost].randomElement(using: &rng)!))
            } else {
                ws.introductions.append(Introduction(date: day(-10), introducer: 1, from: 0, to: 3, status: .converted))
            }
            return ws
        }
    }

    @Test func moreEmbeddedIsNeverWeaker() {
        check("more embedded") { ws, rng in
            // A contact not yet tied to both gets a touch with each: one more mutual contact.
            let ties = ws.tieStrengths(model: model)
            let candidates = (2...4).map(ContactIndex.init).filter { ties.tie(0, $0) == nil || ties.tie(1, $0) == nil }
            guard let c = candidates.randomElement(using: &rng) else { return nil }
            var ws = ws
            ws.interactions.append(Interaction(date: day(-30), from: 0, to: [c], channel: .email))
            ws.interactions.append(Interaction(date: day(-30), from: 1, to: [c], channel: .email))
            return ws
        }
    }

    @Test func strongerDeclaredIsNeverWeaker() {
        check("declared stronger") { ws, rng in
            guard let d = ws.ties.first?.strength else { return nil }
            var ws = ws
            ws.ties[0].strength = Double.random(in: d...1, using: &rng)
            return ws
        }
    }
}
