import Foundation

/// The time-dependent components of one pair's history, at one date.
struct PairEvaluation {
    var components = TieComponents()
    var count = 0
    var first = 0.0
    var last = 0.0
}

/// Every pair's events, sorted by pair then by day (days since 1970), with the functions that turn
/// a pair's slice `lo..<hi` into its time-dependent components. Internal to `tieStrengths`.
struct PairEvents {
    let day: [Double]
    let weight: [Double]
    let dir: [Int8]
    let reply: [Double]
    let model: TieStrengthModel

    /// The number of events of `lo..<hi` dated on or before `t` (binary search).
    func end(_ lo: Int, _ hi: Int, before t: Double) -> Int {
        var l = lo, h = hi
        while l < h {
            let m = (l + h) / 2
            if day[m] <= t { l = m + 1 } else { h = m }
        }
        return l
    }

    /// The number of events of `lo..<end` dated after `t − 365` (binary search), for `frequency`.
    func touchesInYear(_ lo: Int, _ end: Int, at t: Double) -> Int {
        end - self.end(lo, end, before: t - 365)
    }

    /// frequency = 1 − exp(−n / ν), n the touches in the year before the date.
    @inline(__always)
    func frequency(_ touches: Int) -> Double { 1 - exp(-Double(touches) / model.frequencyScale) }

    /// All time-dependent components of the pair at day `t` from its events dated ≤ t.
    /// `since` is the declared start of the relationship (∞ when none).
    func evaluate(_ lo: Int, _ hi: Int, at t: Double, since: Double) -> PairEvaluation {
        var result = PairEvaluation()
        let end = self.end(lo, hi, before: t)
        let h = model.halfLifeDays
        if since.isFinite && since <= t {
            result.components.duration = 1 - exp(-max(0, t - since) / model.durationScaleDays)
        }
        guard end > lo else { return result }
        var intensity = 0.0, forward = 0, backward = 0, expected = 0, answered = 0, speed = 0.0
        for i in lo..<end {
            intensity += weight[i] * exp2(-(t - day[i]) / h)
            if dir[i] > 0 { forward += 1 } else if dir[i] < 0 { backward += 1 }
            let r = reply[i]
            if !r.isNaN {
                expected += 1
                if r >= 0 && day[i] + r / 24 <= t {
                    answered += 1
                    speed += exp2(-r / model.replyHalfLifeHours)
                }
            }
        }
        result.count = end - lo
        result.first = min(day[lo], since)
        result.last = day[end - 1]
        var c = TieComponents()
        c.recency = exp2(-(t - result.last) / model.recencyHalfLifeDays)
        c.intensity = 1 - exp(-intensity / model.intensityScale)
        c.frequency = frequency(touchesInYear(lo, end, at: t))
        c.reciprocity = forward + backward > 0 ? 2 * Double(min(forward, backward)) / Double(forward + backward) : 0
        c.duration = 1 - exp(-(result.last - result.first) / model.durationScaleDays)
        if expected > 0 {
            c.responsiveness = Double(answered) / Double(expected) * (0.5 + 0.5 * speed / Double(max(answered, 1)))
        }
        result.components = c
        return result
    }

    /// The highest strength over the pair's touch dates, computed incrementally (exchange,
    /// embeddedness and the declared strength are held at their current values).
    func peak(_ lo: Int, _ hi: Int, since: Double, exchange: Double, embeddedness: Double,
              declared: Double?) -> Double {
        guard hi > lo else { return 0 }
        let h = model.halfLifeDays
        var intensity = 0.0, forward = 0, backward = 0, expected = 0, answered = 0, speed = 0.0
        var best = -Double.infinity, previous = day[lo]
        let first = min(day[lo], since)
        for i in lo..<hi {
            intensity = intensity * exp2(-(day[i] - previous) / h) + weight[i]
            previous = day[i]
            if dir[i] > 0 { forward += 1 } else if dir[i] < 0 { backward += 1 }
            let r = reply[i]
            if !r.isNaN {
                expected += 1
                if r >= 0 { answered += 1; speed += exp2(-r / model.replyHalfLifeHours) }
            }
            // Evaluate once per touch day, after its last event.
            if i + 1 < hi && day[i + 1] == day[i] { continue }
            var c = TieComponents()
            c.recency = 1
            c.intensity = 1 - exp(-intensity / model.intensityScale)
            c.frequency = frequency(touchesInYear(lo, i + 1, at: day[i]))
            c.reciprocity = forward + backward > 0 ? 2 * Double(min(forward, backward)) / Double(forward + backward) : 0
            c.duration = 1 - exp(-(day[i] - first) / model.durationScaleDays)
            if expected > 0 {
                c.responsiveness = Double(answered) / Double(expected) * (0.5 + 0.5 * speed / Double(max(answered, 1)))
            }
            c.exchange = exchange
            c.embeddedness = embeddedness
            // s is increasing in z, so the peak strength is the strength of the highest z.
            best = max(best, model.linearPredictor(c))
        }
        return model.strength(fromLinearPredictor: best, declared: declared)
    }
}
