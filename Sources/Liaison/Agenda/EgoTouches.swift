import Foundation

//===----------------------------------------------------------------------===//
// EgoTouches: your touches with each contact, for rhythms and the channel that works
//===----------------------------------------------------------------------===//

/// Your history with each contact up to a date: the days you were in touch and, per channel, how
/// the contact answered or reached out.
///
/// Who counts as "in touch" follows the tie model's pair events (`PairEventBuilder.add`): you and
/// every recipient of a touch you sent; you and the sender of a touch you received; and, for a
/// meeting, call, video or event of at most `maxGroupSize` participants, you and each co-participant.
struct EgoTouches {
    struct Channels {
        /// Touches you sent on the channel that the contact answered (a reply time is recorded).
        var answered: [Channel: Int] = [:]
        /// Touches the contact started with you on the channel.
        var started: [Channel: Int] = [:]
        /// All touches on the channel, and the day of the last one.
        var used: [Channel: Int] = [:]
        var lastUsed: [Channel: Int] = [:]
    }

    var days: [ContactIndex: [Int]] = [:]
    var channels: [ContactIndex: Channels] = [:]

    /// - Complexity: O(I·k) for I interactions of k participants.
    init(_ ws: Workspace, ego: ContactIndex, asOfDay: Int, maxGroupSize: Int) {
        for i in ws.interactions {
            let day = ISODate.calendarDay(i.date)
            guard day <= asOfDay else { continue }
            var others: [ContactIndex]
            if i.from == ego {
                others = i.to
            } else if i.to.contains(ego) {
                others = [i.from]
                let group = i.channel == .meeting || i.channel == .video || i.channel == .call || i.channel == .event
                if group && i.to.count + 1 <= maxGroupSize { others += i.to }
            } else {
                continue
            }
            var seen = Set<ContactIndex>([ego])
            for o in others where seen.insert(o).inserted {
                days[o, default: []].append(day)
                var c = channels[o] ?? Channels()
                c.used[i.channel, default: 0] += 1
                c.lastUsed[i.channel] = max(c.lastUsed[i.channel] ?? day, day)
                if i.from == ego && i.replyHours != nil { c.answered[i.channel, default: 0] += 1 }
                if i.from == o { c.started[i.channel, default: 0] += 1 }
                channels[o] = c
            }
        }
    }

    /// The channel that worked with `contact`: the most answers to your touches plus touches they
    /// started on it; ties by the most recent use. Without any, the channel used last (with
    /// `worked == 0`). `nil` when you were never in touch.
    func suggestedChannel(_ contact: ContactIndex) -> (channel: Channel, worked: Int, answered: Int, started: Int)? {
        guard let c = channels[contact], !c.used.isEmpty else { return nil }
        var best: (channel: Channel, worked: Int, last: Int)?
        for channel in Channel.allCases {
            guard c.used[channel] != nil else { continue }
            let worked = (c.answered[channel] ?? 0) + (c.started[channel] ?? 0)
            let last = c.lastUsed[channel] ?? Int.min
            if best == nil || (worked, last) > (best!.worked, best!.last) { best = (channel, worked, last) }
        }
        guard let best else { return nil }
        return (best.channel, best.worked, c.answered[best.channel] ?? 0, c.started[best.channel] ?? 0)
    }
}
