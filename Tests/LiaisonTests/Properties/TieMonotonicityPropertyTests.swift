import Foundation
import PropertyBased
import Testing
@testable import Liaison

/// Issue 19, item 3: SPEC §5.1 monotonicity as properties with shrinking (TieMonotonicityTests
/// checks the same with seeded loops over richer histories): one more touch between me and Anna,
/// or her latest touch moved later, never gives a weaker tie. A failure shrinks to the shortest
/// history and the smallest day offsets that still break the rule.
@Suite struct TieMonotonicityPropertyTests {
    /// One direct touch: days before as_of (0–900), a channel, who started it.
    static let touch = zip(Gen.int(in: 0 ... 900), Gen<Channel>.case, Gen.bool)
    static let history = touch.array(of: 1 ... 10)

    static func interactions(_ h: [(Int, Channel, Bool)]) -> [Interaction] {
        h.map { d, channel, mine in
            Interaction(date: day(-Double(d)), from: mine ? 0 : 1, to: [mine ? 1 : 0], channel: channel)
        }
    }

    static func strength(_ i: [Interaction]) -> Double {
        workspace(i).tieStrengths(model: model).tie(0, 1)?.strength ?? 0
    }

    @Test func issue19MoreFrequentIsNeverWeaker() async {
        await propertyCheck(count: 200, input: Self.history, Gen.int(in: 0 ... 900)) { h, extraDay in
            let base = Self.interactions(h)
            // Two meetings, one started by each side (so reciprocity cannot drop), inside the
            // relationship's span (so they cannot lengthen it).
            let first = h.map(\.0).max()!
            let d = min(extraDay, first)
            let added = Self.interactions([(d, .meeting, true), (d, .meeting, false)])
            let before = Self.strength(base), after = Self.strength(base + added)
            #expect(after >= before - 1e-12, "\(before) → \(after)")
        }
    }

    @Test func issue19MoreRecentIsNeverWeaker() async {
        await propertyCheck(count: 200, input: Self.history, Gen.int(in: 1 ... 900)) { h, shift in
            // Move the latest touch `shift` days later, at most to as_of.
            let latest = h.indices.min(by: { h[$0].0 < h[$1].0 })!
            var moved = h
            moved[latest].0 = max(0, h[latest].0 - shift)
            let before = Self.strength(Self.interactions(h)), after = Self.strength(Self.interactions(moved))
            #expect(after >= before - 1e-12, "\(before) → \(after)")
        }
    }
}
