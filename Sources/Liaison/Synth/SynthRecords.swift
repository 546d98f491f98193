//===----------------------------------------------------------------------===//
// SynthRecords: declared ties, introductions, deals, deliveries and feedback
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// The smaller files of a synthetic workspace. Each has its own random stream, so their content
/// does not depend on the number of interactions.
struct SynthRecords {
    let pop: SynthPopulation
    let act: SynthActivity
    let seed: UInt64
    /// First and last day (days since 1970) of the history.
    let firstDay: Int
    let asOfDay: Int

    /// ties.csv: a share of the third-party relationships inside and across communities, plus a few
    /// of me's (labelled ties for calibration). Strength 1–5 follows the relationship's activity.
    func writeTies(to w: CSVRowWriter) -> Int {
        var rng = SplitMix64(seed: seed, stream: 4)
        w.row(["a", "b", "strength", "kind", "since", "note"])
        var count = 0
        for p in act.a.indices {
            let ego = p < act.egoCount
            guard rng.chance(ego ? 0.08 : 0.45) else { continue }
            let x = Int(act.a[p]), y = Int(act.b[p])
            w.plain(pop.id(x)); w.plain(pop.id(y))
            if rng.chance(0.85) {
                let level = 1 + min(4, Int(log2(act.weight[p]) + rng.normal() * 0.7 + 0.5))
                w.integer(max(1, level))
            } else { w.empty() }
            let sameOrg = pop.community[x] == pop.community[y] && pop.organization[x] == pop.organization[y]
            w.text(sameOrg ? "colleague" : ego ? rng.element(["client", "mentor", "friend", "former colleague"])
                                               : rng.element(SynthVocabulary.tieKinds))
            if rng.chance(0.5) { w.day(firstDay - 30 - rng.below(3000)) } else { w.empty() }
            w.text(rng.chance(0.03) ? rng.element(["co-founded a startup together", "учились вместе в МФТИ",
                                                   "same board", "worked together at a bank"]) : "")
            w.endRow()
            count += 1
        }
        return count
    }

    /// introductions.csv: who introduced whom, with every status.
    func writeIntroductions(to w: CSVRowWriter) -> (count: Int, introducerOf: [Int32: Int32]) {
        var rng = SplitMix64(seed: seed, stream: 5)
        w.row(["date", "introducer", "from", "to", "status", "note"])
        var introducerOf = [Int32: Int32]()
        guard act.egoCount > 1, pop.count > 3 else { return (0, introducerOf) }
        let egoSampler = CumulativeSampler(Array(act.weight[0 ..< act.egoCount]))
        let statuses: [IntroductionStatus] = [.requested, .made, .accepted, .declined, .converted]
        let statusWeights = [15.0, 25, 25, 12, 23]
        let total = max(5, pop.count / 12)
        var count = 0
        let span = asOfDay - firstDay
        for _ in 0 ..< total {
            let introducer = act.b[egoSampler.draw(&rng)]
            let from: Int32 = rng.chance(0.7) ? 0 : act.b[egoSampler.draw(&rng)]
            let room = pop.members[Int(pop.community[Int(introducer)])]
            var to = rng.element(room)
            if to == introducer || to == from || to == 0 { to = Int32(1 + rng.below(pop.count - 1)) }
            if to == introducer || to == from { continue }
            let status = statuses[rng.pick(statusWeights)]
            let day = status == .requested ? asOfDay - rng.below(120) : firstDay + rng.below(max(1, span - 30))
            w.day(day); w.plain(pop.id(Int(introducer))); w.plain(pop.id(Int(from))); w.plain(pop.id(Int(to)))
            w.text(status.rawValue)
            w.text(status == .declined ? rng.element(["not investing in this stage", "bad timing", "не их профиль"]) : "")
            w.endRow()
            if status == .accepted || status == .converted { introducerOf[to] = introducer }
            count += 1
        }
        return (count, introducerOf)
    }

    /// deals.csv: clients' (and some partners') deals, won/lost/open, some credited to an introducer.
    func writeDeals(introducerOf: [Int32: Int32], to w: CSVRowWriter) -> Int {
        var rng = SplitMix64(seed: seed, stream: 6)
        w.row(["date", "contact", "amount", "currency", "status", "source"])
        var count = 0
        let span = asOfDay - firstDay
        for i in 1 ..< max(pop.count, 1) {
            let k: Int
            switch pop.kind[i] {
            case .client: k = rng.poisson(1.2)
            case .partner: k = rng.chance(0.2) ? 1 : 0
            default: k = 0
            }
            for _ in 0 ..< k {
                let day = firstDay + rng.below(max(1, span))
                let city = SynthPopulation.city(of: Int(pop.community[i]))
                let median: Double
                switch city.currency {
                case "RUB": median = 1_500_000
                case "KZT": median = 9_000_000
                case "GEL": median = 50_000
                default: median = 20_000
                }
                let amount = Int((rng.logNormal(median: median, sigma: 0.9) / 100).rounded()) * 100
                let status: DealStatus = asOfDay - day < 90 && rng.chance(0.6) ? .open : rng.chance(0.55) ? .won : .lost
                w.day(day); w.plain(pop.id(i)); w.integer(amount); w.text(city.currency); w.text(status.rawValue)
                if let source = introducerOf[Int32(i)], rng.chance(0.8) { w.plain(pop.id(Int(source))) }
                else if act.egoCount > 0, rng.chance(0.2) { w.plain(pop.id(Int(act.b[rng.below(act.egoCount)]))) }
                else { w.empty() }
                w.endRow()
                count += 1
            }
        }
        return count
    }

    /// deliveries.csv: suppliers' orders; most on time, some late, recent ones possibly still open.
    func writeDeliveries(to w: CSVRowWriter) -> Int {
        var rng = SplitMix64(seed: seed, stream: 7)
        w.row(["supplier", "due", "delivered", "order", "note"])
        var count = 0
        let span = asOfDay - firstDay
        for i in 1 ..< max(pop.count, 1) where pop.kind[i] == .supplier {
            // Each supplier has its own reliability.
            let lateShare = rng.chance(0.25) ? 0.5 : 0.12
            for _ in 0 ..< 1 + rng.poisson(3) {
                let due = firstDay + rng.below(max(1, span))
                w.plain(pop.id(i)); w.day(due)
                var note = ""
                if due > asOfDay - 20 && rng.chance(0.5) {
                    w.empty()
                } else if rng.chance(lateShare) {
                    let delay = 1 + Int(rng.pareto(xm: 1, alpha: 1.3))
                    w.day(min(asOfDay, due + min(delay, 90)))
                    if rng.chance(0.3) { note = rng.element(["customs delay", "задержка на складе", "partial shipment"]) }
                } else {
                    w.day(due - rng.below(4))
                }
                count += 1
                w.text("PO-\(ISODate.civilFromDays(due).year)-\(String(1000 + count))")
                w.text(note)
                w.endRow()
            }
        }
        return count
    }

    /// feedback.csv: CSAT 1–5 from clients (mostly 4–5), sometimes an NPS answer 0–10.
    func writeFeedback(to w: CSVRowWriter) -> Int {
        var rng = SplitMix64(seed: seed, stream: 8)
        w.row(["date", "contact", "score", "scale"])
        var count = 0
        let span = asOfDay - firstDay
        for i in 1 ..< max(pop.count, 1) where pop.kind[i] == .client {
            for _ in 0 ..< rng.poisson(1.5) {
                w.day(firstDay + rng.below(max(1, span))); w.plain(pop.id(i))
                if rng.chance(0.2) {
                    w.integer(min(10, max(0, Int((8 + 2 * rng.normal()).rounded())))); w.text("nps")
                } else {
                    w.integer([5, 4, 3, 2, 1][rng.pick([40, 35, 15, 6, 4])]); w.text("csat")
                }
                w.endRow()
                count += 1
            }
        }
        return count
    }
}
