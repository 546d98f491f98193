//===----------------------------------------------------------------------===//
// SynthActivity: relationships and the bursty interaction log over them
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// The relationships of a synthetic workspace and the interactions along them.
///
/// Model (after the empirical picture of Barabási 2005, "The origin of bursts and heavy tails in
/// human dynamics", https://doi.org/10.1038/nature03459, and Onnela et al. 2007 for heavy-tailed
/// tie weights):
/// - each relationship p has an activity weight w_p ~ Pareto(α) (a few very active ties, many quiet
///   ones), a first and a last active month (some ties start late, some end early and go dormant);
/// - each month a two-state Markov chain puts it in a burst (rate × 4) or a quiet spell (rate × 0.5);
/// - the number of touches in a month is Poisson(λ) with λ ∝ w_p × state, scaled so that the
///   expected total is the requested number of interactions; the touches of a month cluster
///   around one day.
/// Months are generated one at a time and each month's touches are sorted and written before the
/// next: memory stays O(relationships + one month of touches).
struct SynthActivity {
    var a: [Int32] = []
    var b: [Int32] = []
    var weight: [Double] = []
    var start: [Int16] = []
    var end: [Int16] = []
    /// Number of relationships with me (they come first).
    var egoCount = 0

    /// Draws the relationships: me with most contacts (how likely depends on the kind), and each
    /// contact with one or more others, mostly inside its community.
    static func relationships(_ pop: SynthPopulation, months: Int, seed: UInt64) -> SynthActivity {
        var rng = SplitMix64(seed: seed, stream: 2)
        var act = SynthActivity()
        let n = pop.count
        // Beyond a few thousand contacts, me cannot know everyone: the ego share shrinks.
        let egoScale = min(1, 3000 / Double(max(n, 1)))
        func span(_ rng: inout SplitMix64) -> (Int16, Int16) {
            let s = rng.chance(0.55) ? 0 : rng.below(months)
            var e = months
            if rng.chance(0.14), months - s > 4 { e = s + 3 + rng.below(months - s - 3) }
            return (Int16(s), Int16(e))
        }
        for i in 1 ..< max(n, 1) {
            let p: Double
            switch pop.kind[i] {
            case .colleague, .mentor: p = 0.95
            case .client, .supplier: p = 0.85
            case .partner: p = 0.8
            case .investor: p = 0.7
            default: p = 0.5
            }
            guard rng.chance(p * egoScale) else { continue }
            act.a.append(0); act.b.append(Int32(i))
            act.weight.append(min(1000, 2 * rng.pareto(xm: 1, alpha: 1.2)))
            let (s, e) = span(&rng)
            act.start.append(s); act.end.append(e)
        }
        act.egoCount = act.a.count
        guard n > 2 else { return act }
        var seen = Set<UInt64>(minimumCapacity: 2 * n)
        for i in 1 ..< n {
            let links = 1 + rng.poisson(0.8)
            let own = pop.members[Int(pop.community[i])]
            for _ in 0 ..< links {
                var j: Int
                if own.count > 1 && rng.chance(0.8) { j = Int(rng.element(own)) } else { j = 1 + rng.below(n - 1) }
                if j == i || j == 0 { continue }
                guard seen.insert(UInt64(min(i, j)) << 32 | UInt64(max(i, j))).inserted else { continue }
                act.a.append(Int32(i)); act.b.append(Int32(j))
                act.weight.append(min(500, rng.pareto(xm: 1, alpha: 1.4)))
                let (s, e) = span(&rng)
                act.start.append(s); act.end.append(e)
            }
        }
        return act
    }

    private struct Touch {
        var seconds: Int
        var pair: Int32
        var from: Int32
        var to: Int32
        var extra: (Int32, Int32, Int32)
        var extraCount: UInt8
        var channel: Channel
        var reply: Float
        var outcome: Int8
        var note: Int8
    }

    /// Writes interactions.csv: about `total` touches over `months` months ending on day `asOfDay`.
    /// Returns the number written.
    func writeInteractions(_ pop: SynthPopulation, total: Int, months: Int, asOfDay: Int, seed: UInt64,
                           to w: CSVRowWriter) -> Int {
        var rng = SplitMix64(seed: seed, stream: 3)
        w.row(["date", "from", "to", "channel", "reply_hours", "outcome", "note"])
        guard !a.isEmpty, total > 0 else { return 0 }
        let (asOfYear, asOfMonth, asOfDayOfMonth) = ISODate.civilFromDays(asOfDay)
        let firstMonth = asOfYear * 12 + (asOfMonth - 1) - (months - 1)
        // Month t: its first day, its length in the history (the last month ends the day before
        // as_of), and the share of the month that is in the history.
        var monthStart = [Int](), monthLength = [Int](), monthFraction = [Double]()
        for t in 0 ..< months {
            let ym = firstMonth + t
            let year = ym / 12, month = ym % 12 + 1
            let full = ISODate.daysInMonth(year: year, month: month)
            let length = t == months - 1 ? asOfDayOfMonth - 1 : full
            monthStart.append(ISODate.daysFromCivil(year: year, month: month, day: 1))
            monthLength.append(length)
            monthFraction.append(Double(length) / Double(full))
        }
        var fractionBefore = [0.0]
        for f in monthFraction { fractionBefore.append(fractionBefore.last! + f) }
        var exposure = 0.0
        for p in a.indices { exposure += weight[p] * (fractionBefore[Int(end[p])] - fractionBefore[Int(start[p])]) }
        // E[state multiplier] = 0.2 × 4 + 0.8 × 0.5 = 1.2 at the chain's stationary distribution.
        let scale = Double(total) / (exposure * 1.2)
        var burst = [Bool](repeating: false, count: a.count)
        for p in a.indices { burst[p] = rng.chance(0.2) }
        let egoChannels: [Channel] = [.email, .message, .call, .meeting, .video, .event, .other]
        let egoChannelWeights = [30.0, 28, 14, 12, 11, 3, 2]
        let otherChannelWeights = [25.0, 20, 15, 25, 10, 5, 0]
        var touches = [Touch]()
        var written = 0
        for t in 0 ..< months {
            let length = monthLength[t], fraction = monthFraction[t], first = monthStart[t]
            touches.removeAll(keepingCapacity: true)
            for p in a.indices {
                // Burst chain: quiet → burst 0.1, burst → quiet 0.4 (stationary burst share 0.2).
                burst[p] = burst[p] ? !rng.chance(0.4) : rng.chance(0.1)
                guard t >= Int(start[p]), t < Int(end[p]), length > 0 else { continue }
                let lambda = scale * weight[p] * (burst[p] ? 4 : 0.5) * fraction
                let k = rng.poisson(lambda)
                guard k > 0 else { continue }
                let center = rng.below(length)
                let ego = p < egoCount
                for _ in 0 ..< k {
                    var offset = 0
                    while rng.chance(0.55) { offset += 1 }
                    var day = center + (rng.chance(0.5) ? offset : -offset)
                    day = min(max(day, 0), length - 1)
                    let seconds = (first + day) * 86_400 + (8 * 60 + rng.below(12 * 60)) * 60
                    let channel = egoChannels[rng.pick(ego ? egoChannelWeights : otherChannelWeights)]
                    var from = a[p], to = b[p]
                    if rng.chance(ego ? 0.45 : 0.5) { swap(&from, &to) }
                    var touch = Touch(seconds: seconds, pair: Int32(p), from: from, to: to, extra: (0, 0, 0),
                                      extraCount: 0, channel: channel, reply: -1, outcome: -1, note: -1)
                    if channel == .meeting || channel == .event, rng.chance(0.25) {
                        let room = pop.members[Int(pop.community[Int(b[p])])]
                        var extras = [Int32]()
                        for _ in 0 ..< 1 + rng.below(3) {
                            let x = rng.element(room)
                            if x != from && x != to && !extras.contains(x) { extras.append(x) }
                        }
                        touch.extraCount = UInt8(extras.count)
                        if extras.count > 0 { touch.extra.0 = extras[0] }
                        if extras.count > 1 { touch.extra.1 = extras[1] }
                        if extras.count > 2 { touch.extra.2 = extras[2] }
                    }
                    if channel == .email || channel == .message, rng.chance(0.7) {
                        let median = Double(pop.replyMedian[Int(to)]) * (channel == .message ? 0.3 : 1)
                        touch.reply = Float(min(24 * 30, rng.logNormal(median: median, sigma: 1)))
                    }
                    if channel == .meeting || channel == .video, rng.chance(0.08) { touch.outcome = Int8(rng.below(SynthVocabulary.outcomes.count)) }
                    if rng.chance(0.015) { touch.note = Int8(rng.below(SynthVocabulary.notes.count)) }
                    touches.append(touch)
                }
            }
            touches.sort { $0.seconds != $1.seconds ? $0.seconds < $1.seconds : $0.pair < $1.pair }
            for x in touches {
                if x.channel == .meeting || x.channel == .event { w.day(x.seconds / 86_400) } else { w.minute(x.seconds) }
                w.plain(pop.id(Int(x.from)))
                w.plain(pop.id(Int(x.to)))
                if x.extraCount > 0 { w.appendToCell(byte: UInt8(ascii: ";")); w.appendToCell(pop.id(Int(x.extra.0))) }
                if x.extraCount > 1 { w.appendToCell(byte: UInt8(ascii: ";")); w.appendToCell(pop.id(Int(x.extra.1))) }
                if x.extraCount > 2 { w.appendToCell(byte: UInt8(ascii: ";")); w.appendToCell(pop.id(Int(x.extra.2))) }
                w.text(x.channel.rawValue)
                if x.reply >= 0 { w.oneDecimal(Double(x.reply)) } else { w.empty() }
                if x.outcome >= 0 { w.text(SynthVocabulary.outcomes[Int(x.outcome)]) } else { w.empty() }
                if x.note >= 0 { w.text(SynthVocabulary.notes[Int(x.note)]) } else { w.empty() }
                w.endRow()
            }
            written += touches.count
        }
        return written
    }
}
