//===----------------------------------------------------------------------===//
// ICalendarTimeZones: TZID → UTC offsets (IANA names, or the file's VTIMEZONE)
//===----------------------------------------------------------------------===//

import Foundation

/// One STANDARD or DAYLIGHT block of a VTIMEZONE (RFC 5545 §3.6.5): from each onset on, wall
/// clocks read UTC + `offsetTo`.
struct TimeZoneObservance {
    var start: ICalendarTime           // DTSTART, wall-clock time under `offsetFrom`
    var offsetFrom: Int                // seconds
    var offsetTo: Int
    var rule: RecurrenceRule?
    var rdates: [ICalendarTime] = []
}

/// Turns wall-clock times with a TZID into UTC.
///
/// - A TZID that Foundation knows as an IANA zone ("Europe/Moscow") is read with `TimeZone`, whose
///   rules are the system's tz database, more complete than any VTIMEZONE a file carries. A
///   TZID with a prefix before an IANA name ("/mozilla.org/20050126_1/Europe/Berlin") is tried
///   from each `/` on.
/// - Otherwise the file's VTIMEZONE of that TZID (Outlook's "W. Europe Standard Time", Google's
///   custom ids): the observance in force at a wall-clock time is the one with the latest onset at
///   or before it; an onset is its DTSTART, each RDATE, and each occurrence of its RRULE (the
///   yearly `BYMONTH=3;BYDAY=-1SU` rules Outlook writes, expanded with `RecurrenceRule`, with
///   UNTIL honoured). Onsets are compared in wall-clock time, so the hour a clock skips or repeats
///   at a change is read with the new offset. Before the first onset, the first observance's
///   TZOFFSETFROM applies.
/// - A TZID that is neither is read as UTC, and the importer reports it once.
///
/// Expanded onsets are cached per zone and year.
final class ICalendarTimeZones {
    var definitions: [String: [TimeZoneObservance]] = [:]
    private var foundation: [String: TimeZone?] = [:]
    private var onsetCache: [String: [(Int, Int)]] = [:]     // "tzid|year" → sorted (onset, offsetTo)
    /// "tzid|year" → the offset of the latest onset before that year began (`Int?.none`: none).
    private var earlierOnsetCache: [String: Int?] = [:]

    enum Resolution { case foundation(TimeZone), vtimezone, unknown }

    func resolution(_ tzid: String) -> Resolution {
        if let tz = foundationZone(tzid) { return .foundation(tz) }
        if definitions[tzid] != nil { return .vtimezone }
        return .unknown
    }

    private func foundationZone(_ tzid: String) -> TimeZone? {
        if let cached = foundation[tzid] { return cached }
        var found: TimeZone?
        if tzid.contains("/") || tzid == "UTC" || tzid == "GMT" {
            var rest = Substring(tzid)
            while found == nil, !rest.isEmpty {
                if rest.contains("/") || rest == "UTC" || rest == "GMT" { found = TimeZone(identifier: String(rest)) }
                guard let slash = rest.firstIndex(of: "/") else { break }
                rest = rest[rest.index(after: slash)...]
            }
        }
        foundation[tzid] = found
        return found
    }

    /// Seconds since 1970 (UTC) of wall-clock `local` seconds in zone `tzid`; nil for an unknown zone.
    func utc(local: Int, tzid: String) -> Int? {
        switch resolution(tzid) {
        case .foundation(let tz):
            let guess = local - tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
            let offset = tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
            return local - offset
        case .vtimezone:
            return local - offset(local: local, tzid: tzid)
        case .unknown:
            return nil
        }
    }

    /// An upper bound on how far the zone's offset from UTC varies between the starts of years
    /// `from` and `to` + 1, in seconds. A VTIMEZONE: exactly the spread of its TZOFFSETFROM and
    /// TZOFFSETTO values (every offset it gives is one of them). A system zone: the spread of its
    /// offsets on January 1 and July 1 of each year, plus three hours for what a year can hold
    /// between those two days (summer time, double summer time); a zone's lasting jumps, such as
    /// Pacific/Apia's day in 2011, show in the yearly samples. An unknown zone, read as UTC: 0.
    ///
    /// - Complexity: O(observances) or O(years).
    func offsetSpread(tzid: String, fromYear: Int, toYear: Int) -> Int {
        switch resolution(tzid) {
        case .foundation(let tz):
            var low = Int.max, high = Int.min
            for y in fromYear ... max(fromYear, toYear) {
                for m in [1, 7] {
                    let o = tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(CivilDate(year: y, month: m, day: 1).dayNumber * 86_400)))
                    low = min(low, o); high = max(high, o)
                }
            }
            return high - low + 3 * 3600
        case .vtimezone:
            let values = definitions[tzid]!.flatMap { [$0.offsetFrom, $0.offsetTo] }
            return values.max()! - values.min()!
        case .unknown:
            return 0
        }
    }

    private func offset(local: Int, tzid: String) -> Int {
        let observances = definitions[tzid]!
        let year = CivilDate(dayNumber: Int((Double(local) / 86_400).rounded(.down))).year
        var best: (Int, Int)?
        for y in [year, year - 1] {
            for (onset, to) in onsets(tzid, year: y, observances) where onset <= local {
                if best == nil || onset > best!.0 { best = (onset, to) }
            }
            if best != nil { break }
        }
        if let best { return best.1 }
        // Before every onset of these two years: the latest onset of any earlier year, else the
        // first observance's offset before it. Year − 1 has no onset at all and this year none up
        // to `local`, so that onset is the latest before year − 1 began: one search per zone and
        // year (a zone whose rules rarely or never fire made every occurrence expand its rules
        // from their start, 4 s for one 2.9 KB calendar; fuzz/regressions/ics).
        let earliest = observances.min { $0.start.localSeconds < $1.start.localSeconds }!
        guard earliest.start.localSeconds <= local else { return earliest.offsetFrom }
        let key = "\(tzid)|\(year - 1)"
        let last: Int?
        if let known = earlierOnsetCache[key] {
            last = known
        } else {
            last = lastOnset(before: CivilDate(year: year - 1, month: 1, day: 1).dayNumber * 86_400 - 1, observances)
            earlierOnsetCache[key] = last
        }
        return last ?? earliest.offsetFrom
    }

    private func lastOnset(before local: Int, _ observances: [TimeZoneObservance]) -> Int? {
        var best: (Int, Int)?
        for o in observances {
            var last: Int?
            if o.start.localSeconds <= local { last = o.start.localSeconds }
            o.rule?.expand(start: o.start, untilReached: { self.untilReached($0, o) }, stop: { $0 > local }) { last = $0 }
            for r in o.rdates where r.localSeconds <= local { last = max(last ?? r.localSeconds, r.localSeconds) }
            if let last, best == nil || last > best!.0 { best = (last, o.offsetTo) }
        }
        return best?.1
    }

    private func untilReached(_ local: Int, _ o: TimeZoneObservance) -> Bool {
        guard let until = o.rule?.until else { return false }
        return until.zone == .utc ? local - o.offsetFrom > until.localSeconds : local > until.localSeconds
    }

    private func onsets(_ tzid: String, year: Int, _ observances: [TimeZoneObservance]) -> [(Int, Int)] {
        let key = "\(tzid)|\(year)"
        if let cached = onsetCache[key] { return cached }
        let from = CivilDate(year: year, month: 1, day: 1).dayNumber * 86_400
        let to = CivilDate(year: year + 1, month: 1, day: 1).dayNumber * 86_400
        var list = [(Int, Int)]()
        for o in observances {
            let s = o.start.localSeconds
            if s >= from, s < to { list.append((s, o.offsetTo)) }
            for r in o.rdates where r.localSeconds >= from && r.localSeconds < to { list.append((r.localSeconds, o.offsetTo)) }
            // Only onsets of this year are kept, so a rule without COUNT starts at the period that
            // reaches January 1 (an Outlook zone's yearly rules start in 1601: one period per year
            // since then, for every year asked, was most of the importer's time).
            let first = o.rule.map { $0.count == nil ? $0.firstPeriod(reaching: from / 86_400, start: o.start) : 0 } ?? 0
            o.rule?.expand(start: o.start, firstPeriod: first, untilReached: { self.untilReached($0, o) }, stop: { $0 >= to }) { t in
                if t >= from { list.append((t, o.offsetTo)) }
            }
        }
        list.sort { $0.0 < $1.0 }
        onsetCache[key] = list
        return list
    }

    /// `+hhmm[ss]` / `-hhmm[ss]` (§3.3.14) in seconds; nil when malformed.
    static func parseOffset(_ s: String) -> Int? {
        let u = Array(s.utf8)
        guard u.count == 5 || u.count == 7, u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-") else { return nil }
        var v = [Int]()
        var k = 1
        while k + 1 < u.count {
            guard (48 ... 57).contains(u[k]), (48 ... 57).contains(u[k + 1]) else { return nil }
            v.append(Int(u[k] - 48) * 10 + Int(u[k + 1] - 48)); k += 2
        }
        let seconds = v[0] * 3600 + v[1] * 60 + (v.count > 2 ? v[2] : 0)
        return u[0] == UInt8(ascii: "-") ? -seconds : seconds
    }
}
