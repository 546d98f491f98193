//===----------------------------------------------------------------------===//
// ICalendarRecurrence: DATE / DATE-TIME values and RRULE expansion (RFC 5545 §3.3.4–5, §3.3.10)
//===----------------------------------------------------------------------===//

/// A DATE or DATE-TIME value as written: a wall-clock time and how to read it (§3.3.5 forms 1–3).
struct ICalendarTime: Hashable {
    enum Zone: Hashable { case utc, floating, named(String) }
    var date: CivilDate
    var hour = 0, minute = 0, second = 0
    /// A DATE (all-day) value.
    var isDate = false
    var zone: Zone = .floating

    /// Seconds since 1970 of the wall-clock time, no zone applied.
    var localSeconds: Int { civilSeconds(date, hour, minute, second) }

    /// `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`; `tzid` applies to a date-time without `Z`. Nil when
    /// malformed or out of range.
    static func parse(_ s: String, tzid: String?) -> ICalendarTime? {
        let u = Array(s.utf8)
        func num(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for k in a ..< b { guard u[k] >= 48, u[k] <= 57 else { return nil }; v = v * 10 + Int(u[k] - 48) }
            return v
        }
        guard u.count >= 8, let y = num(0, 4), let mo = num(4, 6), let d = num(6, 8) else { return nil }
        var t = ICalendarTime(date: CivilDate(year: y, month: mo, day: d))
        guard t.date.isValid else { return nil }
        if u.count == 8 { t.isDate = true; return t }
        guard u.count == 15 || (u.count == 16 && (u[15] | 0x20) == UInt8(ascii: "z")), (u[8] | 0x20) == UInt8(ascii: "t"),
              let h = num(9, 11), let mi = num(11, 13), let sec = num(13, 15), h < 24, mi < 60, sec <= 60 else { return nil }
        t.hour = h; t.minute = mi; t.second = min(sec, 59)
        t.zone = u.count == 16 ? .utc : tzid.map { .named($0) } ?? .floating
        return t
    }

    /// `YYYYMMDDTHHMMSSZ` for a UTC instant (seconds since 1970).
    static func basicUTC(_ seconds: Int) -> String {
        let day = Int((Double(seconds) / 86_400).rounded(.down))
        let d = CivilDate(dayNumber: day)
        let rest = seconds - day * 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let y = String(d.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + two(d.month) + two(d.day)
            + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }
}

/// An RRULE (§3.3.10) with the parts this importer expands: FREQ DAILY/WEEKLY/MONTHLY/YEARLY,
/// INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as `2MO`, `-1FR`), BYMONTHDAY (negative from
/// the month's end), BYMONTH, BYSETPOS and WKST. BYHOUR, BYMINUTE, BYSECOND, BYYEARDAY and
/// BYWEEKNO are not expanded: `unsupported` names them and the caller says so. Every occurrence
/// keeps the time of day of DTSTART.
struct RecurrenceRule {
    enum Frequency: String { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY" }
    var frequency: Frequency
    var interval = 1
    var count: Int?
    var until: ICalendarTime?
    /// (ordinal, weekday 0 = Monday); ordinal 0 = every such weekday.
    var byDay: [(ordinal: Int, weekday: Int)] = []
    var byMonthDay: [Int] = []
    var byMonth: [Int] = []
    var bySetPos: [Int] = []
    var weekStart = 0
    var unsupported: [String] = []

    static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// The largest INTERVAL used: 3,660,000 days is more than the 3,652,059 days from 0001-01-01
    /// to 9999-12-31, the range of every date this reader accepts.
    static let maxInterval = 3_660_000

    enum ParseError: Error { case message(String) }

    /// Parses `FREQ=…;…`; throws with a message on a malformed or unsupported frequency.
    static func parse(_ s: String) throws -> RecurrenceRule {
        var parts = [String: String]()
        for p in s.split(separator: ";") {
            let kv = p.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { throw ParseError.message("RRULE part '\(p)' is not NAME=VALUE") }
            parts[kv[0].uppercased()] = String(kv[1])
        }
        guard let f = parts["FREQ"] else { throw ParseError.message("RRULE has no FREQ") }
        guard let freq = Frequency(rawValue: f.uppercased()) else {
            throw ParseError.message("RRULE FREQ=\(f) is not expanded (only DAILY, WEEKLY, MONTHLY, YEARLY); only DTSTART kept")
        }
        var r = RecurrenceRule(frequency: freq)
        func ints(_ key: String, _ range: ClosedRange<Int>) throws -> [Int] {
            guard let v = parts[key] else { return [] }
            return try v.split(separator: ",").map {
                guard let n = Int($0), range.contains(abs(n)), n != 0 || range.lowerBound == 0 else {
                    throw ParseError.message("RRULE \(key)=\(v) is not a list of numbers in \(range)")
                }
                return n
            }
        }
        if let v = parts["INTERVAL"] {
            guard let n = Int(v), n >= 1 else { throw ParseError.message("RRULE INTERVAL=\(v) is not a positive number") }
            // Beyond `maxInterval` periods, even days, the second occurrence is after year 9999
            // for every frequency, as it is for the larger value: the same occurrences, and the
            // period arithmetic (INTERVAL=9223372036854775807 overflowed it, a trap) stays small.
            r.interval = min(n, Self.maxInterval)
        }
        if let v = parts["COUNT"] {
            guard let n = Int(v), n >= 1 else { throw ParseError.message("RRULE COUNT=\(v) is not a positive number") }
            r.count = n
        }
        if let v = parts["UNTIL"] {
            guard let t = ICalendarTime.parse(v, tzid: nil) else { throw ParseError.message("RRULE UNTIL=\(v) is not a date") }
            r.until = t
        }
        r.byMonthDay = try ints("BYMONTHDAY", 1 ... 31)
        r.byMonth = try ints("BYMONTH", 1 ... 12).map(abs)
        r.bySetPos = try ints("BYSETPOS", 1 ... 366)
        if let v = parts["BYDAY"] {
            for item in v.split(separator: ",") {
                let code = String(item.suffix(2)).uppercased()
                let ordText = item.dropLast(2)
                guard let wd = weekdayCodes.firstIndex(of: code),
                      let ord = ordText.isEmpty ? 0 : Int(ordText), abs(ord) <= 53 else {
                    throw ParseError.message("RRULE BYDAY=\(v): '\(item)' is not a weekday")
                }
                r.byDay.append((ord, wd))
            }
        }
        if let v = parts["WKST"] {
            guard let wd = weekdayCodes.firstIndex(of: v.uppercased()) else { throw ParseError.message("RRULE WKST=\(v) is not a weekday") }
            r.weekStart = wd
        }
        r.unsupported = ["BYHOUR", "BYMINUTE", "BYSECOND", "BYYEARDAY", "BYWEEKNO"].filter { parts[$0] != nil }
        return r
    }

    /// The rule's occurrences from `start`, in order, as wall-clock seconds (no zone applied),
    /// until COUNT or UNTIL ends the rule or `stop(localSeconds)` says an occurrence is past the
    /// horizon. `untilReached(localSeconds)` decides UNTIL, since whether an occurrence is after a
    /// UTC UNTIL depends on the event's zone. DTSTART itself is included only when the rule
    /// generates it (the caller adds it, §3.8.5.3).
    ///
    /// Per period of the frequency (day, week from WKST, month, year; every INTERVAL-th), the
    /// candidate days are built from BYMONTH / BYMONTHDAY / BYDAY as §3.3.10's table says (BYDAY
    /// ordinals count within the month for MONTHLY, and for YEARLY with BYMONTH; within the year
    /// for YEARLY without BYMONTH), sorted, cut by BYSETPOS, and emitted from DTSTART on.
    ///
    /// - Complexity: O(periods up to the horizon × days per period), from `firstPeriod` on (0: the
    ///   whole rule; `skipAhead` says which later period a rule may start at, and what it skips).
    func expand(start: ICalendarTime, firstPeriod: Int = 0, untilReached: (Int) -> Bool, stop: (Int) -> Bool,
                _ emit: (Int) -> Void) {
        let startDay = start.date.dayNumber
        let timeOfDay = start.hour * 3600 + start.minute * 60 + start.second
        var emitted = 0
        let context = PeriodContext(rule: self, start: start)
        var period = firstPeriod
        while true {
            let (periodStart, days) = periodDays(period, context)
            if stop((periodStart - 1) * 86_400) { return }    // a day's margin for the zone's offset
            for d in days where d >= startDay {
                let local = d * 86_400 + timeOfDay
                if untilReached(local) || stop(local) { return }
                emit(local)
                emitted += 1
                if let count, emitted >= count { return }
            }
            period += 1
        }
    }

    /// What every period of one expansion shares.
    private struct PeriodContext {
        let start: ICalendarTime
        let byMonthSet: Set<Int>
        let weekAnchor: Int
        init(rule: RecurrenceRule, start: ICalendarTime) {
            self.start = start
            byMonthSet = Set(rule.byMonth)
            let startDay = start.date.dayNumber
            weekAnchor = startDay - ((CivilDate.weekday(ofDayNumber: startDay) - rule.weekStart + 7) % 7)
        }
    }

    /// The first day of period `period` and its candidate days, sorted, distinct, cut by BYSETPOS
    /// (days before DTSTART not yet removed).
    private func periodDays(_ period: Int, _ x: PeriodContext) -> (start: Int, days: [Int]) {
        let start = x.start
        let startDay = start.date.dayNumber
        var days = [Int]()
        let periodStart: Int
        switch frequency {
        case .daily:
            let d = startDay + period * interval
            periodStart = d
            let c = CivilDate(dayNumber: d)
            if (byMonth.isEmpty || x.byMonthSet.contains(c.month)) && monthDayMatches(c)
                && (byDay.isEmpty || byDay.contains { $0.weekday == CivilDate.weekday(ofDayNumber: d) }) {
                days = [d]
            }
        case .weekly:
            let ws = x.weekAnchor + period * interval * 7
            periodStart = ws
            let weekdays = byDay.isEmpty ? [start.date.weekday] : byDay.map(\.weekday)
            for wd in weekdays {
                let d = ws + (wd - weekStart + 7) % 7
                if byMonth.isEmpty || x.byMonthSet.contains(CivilDate(dayNumber: d).month) { days.append(d) }
            }
        case .monthly:
            let m0 = start.date.year * 12 + (start.date.month - 1) + period * interval
            let (y, m) = (m0 / 12, m0 % 12 + 1)
            periodStart = CivilDate(year: y, month: m, day: 1).dayNumber
            if byMonth.isEmpty || x.byMonthSet.contains(m) { days = daysInMonth(y, m, start: start.date) }
        case .yearly:
            let y = start.date.year + period * interval
            periodStart = CivilDate(year: y, month: 1, day: 1).dayNumber
            days = daysInYear(y, start: start.date)
        }
        days.sort()
        if !bySetPos.isEmpty {
            let all = days
            days = bySetPos.compactMap { p in
                let i = p > 0 ? p - 1 : all.count + p
                return all.indices.contains(i) ? all[i] : nil
            }
            days = Array(Set(days)).sorted()
        } else {
            var unique = [Int]()
            for d in days where unique.last != d { unique.append(d) }
            days = unique
        }
        return (periodStart, days)
    }

    /// A period from which an expansion reaches every occurrence on or after `day`: every period
    /// before it has only days before `day`, so a caller that keeps only the
    /// occurrences on or after `day` may start there (`expand(start:firstPeriod:…)`) and get the
    /// same ones, when the rule has no COUNT (which counts from DTSTART). 0 when `day` is not
    /// after DTSTART's period.
    ///
    /// - Complexity: O(1), where walking to `day` costs one step per period since DTSTART.
    func firstPeriod(reaching day: Int, start: ICalendarTime) -> Int {
        let startDay = start.date.dayNumber
        let p: Int
        switch frequency {
        case .daily:
            p = (day - startDay) / interval
        case .weekly:
            let weekAnchor = startDay - ((CivilDate.weekday(ofDayNumber: startDay) - weekStart + 7) % 7)
            p = (day - weekAnchor) / (7 * interval)
        case .monthly:
            let c = CivilDate(dayNumber: day)
            p = ((c.year * 12 + c.month - 1) - (start.date.year * 12 + start.date.month - 1)) / interval
        case .yearly:
            p = (CivilDate(dayNumber: day).year - start.date.year) / interval
        }
        return max(0, p)
    }

    /// Where an expansion may start instead of period 0 so that it still reaches `keep`
    /// occurrences before `lastDay`, for the rules whose periods repeat exactly in blocks: FREQ
    /// DAILY (a block is one period, or seven with BYDAY: the weekday of every INTERVAL-th day
    /// comes round every seven periods) or WEEKLY (one period: the same weekdays each week),
    /// without COUNT, BYMONTH, BYMONTHDAY or BYSETPOS. `skipped` is how many occurrences the
    /// skipped periods generate, DTSTART's own day not counted (the caller has DTSTART already).
    /// Nil when no more than one block could be skipped; the caller checks that the expansion from
    /// `firstPeriod` did reach `keep` occurrences (an UNTIL may end it sooner) before trusting it.
    ///
    /// - Complexity: O(days of two blocks), whatever the span of years.
    func skipAhead(start: ICalendarTime, lastDay: Int, keep: Int) -> (firstPeriod: Int, skipped: Int)? {
        guard count == nil, byMonth.isEmpty, byMonthDay.isEmpty, bySetPos.isEmpty, interval <= 1_000_000 else { return nil }
        let startDay = start.date.dayNumber
        let blockPeriods: Int, periodDaysCount: Int
        switch frequency {
        case .daily: blockPeriods = byDay.isEmpty ? 1 : 7; periodDaysCount = interval
        case .weekly: blockPeriods = 1; periodDaysCount = 7 * interval
        case .monthly, .yearly: return nil
        }
        let blockDays = periodDaysCount * blockPeriods
        guard lastDay > startDay else { return nil }
        let context = PeriodContext(rule: self, start: start)
        func occurrences(inBlock b: Int) -> Int {
            var n = 0
            for p in b * blockPeriods ..< (b + 1) * blockPeriods {
                n += periodDays(p, context).days.count(where: { $0 > startDay })
            }
            return n
        }
        let blocks = (lastDay - startDay) / blockDays
        let perBlock = occurrences(inBlock: 1)
        let keepBlocks = perBlock > 0 ? (keep + perBlock - 1) / perBlock + 2 : 2
        let skipBlocks = blocks - keepBlocks
        guard skipBlocks >= 2 else { return nil }
        return (skipBlocks * blockPeriods, occurrences(inBlock: 0) + (skipBlocks - 1) * perBlock)
    }

    private func monthDayMatches(_ c: CivilDate) -> Bool {
        guard !byMonthDay.isEmpty else { return true }
        let dim = CivilDate.daysIn(year: c.year, month: c.month)
        return byMonthDay.contains { $0 > 0 ? $0 == c.day : dim + 1 + $0 == c.day }
    }

    /// Candidate days of one month (MONTHLY, or YEARLY with BYMONTH).
    private func daysInMonth(_ y: Int, _ m: Int, start: CivilDate) -> [Int] {
        let first = CivilDate(year: y, month: m, day: 1).dayNumber
        let dim = CivilDate.daysIn(year: y, month: m)
        var days = [Int]()
        if !byMonthDay.isEmpty {
            for md in byMonthDay {
                let day = md > 0 ? md : dim + 1 + md
                guard day >= 1, day <= dim else { continue }
                let d = first + day - 1
                if byDay.isEmpty || byDay.contains(where: { $0.weekday == CivilDate.weekday(ofDayNumber: d) }) { days.append(d) }
            }
        } else if !byDay.isEmpty {
            for (ord, wd) in byDay {
                let offset = (wd - CivilDate.weekday(ofDayNumber: first) + 7) % 7
                let all = Array(stride(from: first + offset, to: first + dim, by: 7))
                if ord == 0 { days += all }
                else {
                    let i = ord > 0 ? ord - 1 : all.count + ord
                    if all.indices.contains(i) { days.append(all[i]) }
                }
            }
        } else if start.day <= dim {
            days.append(first + start.day - 1)
        }
        return days
    }

    /// Candidate days of one year (YEARLY).
    private func daysInYear(_ y: Int, start: CivilDate) -> [Int] {
        if !byMonth.isEmpty { return byMonth.flatMap { daysInMonth(y, $0, start: start) } }
        if !byMonthDay.isEmpty { return (1 ... 12).flatMap { daysInMonth(y, $0, start: start) } }
        if !byDay.isEmpty {
            let first = CivilDate(year: y, month: 1, day: 1).dayNumber
            let count = CivilDate.isLeap(y) ? 366 : 365
            var days = [Int]()
            for (ord, wd) in byDay {
                let offset = (wd - CivilDate.weekday(ofDayNumber: first) + 7) % 7
                let all = Array(stride(from: first + offset, to: first + count, by: 7))
                if ord == 0 { days += all }
                else {
                    let i = ord > 0 ? ord - 1 : all.count + ord
                    if all.indices.contains(i) { days.append(all[i]) }
                }
            }
            return days
        }
        let c = CivilDate(year: y, month: start.month, day: start.day)
        return c.isValid ? [c.dayNumber] : []
    }
}
