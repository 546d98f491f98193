//===----------------------------------------------------------------------===//
// CivilDate: proleptic Gregorian calendar arithmetic on day numbers
//===----------------------------------------------------------------------===//

/// A calendar day (proleptic Gregorian) as year, month 1–12 and day 1–31, with arithmetic through
/// its day number (days since 1970-01-01). The mail and calendar importers convert millions of dates
/// and step recurrence rules through days and months; Foundation's `Calendar` would do it a
/// hundred times slower, and these are exact.
///
/// Day-number conversion: `ISODate.daysFromCivil` / `civilFromDays` (Howard Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms", days_from_civil / civil_from_days).
struct CivilDate: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Days since 1970-01-01 (negative before). O(1) (`ISODate.daysFromCivil`).
    var dayNumber: Int { ISODate.daysFromCivil(year: year, month: month, day: day) }

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init(dayNumber n: Int) {
        (year, month, day) = ISODate.civilFromDays(n)
    }

    /// 0 = Monday … 6 = Sunday (ISO 8601 order, as iCalendar's weekday codes are listed).
    var weekday: Int { Self.weekday(ofDayNumber: dayNumber) }

    static func weekday(ofDayNumber n: Int) -> Int { ((n + 3) % 7 + 7) % 7 }   // 1970-01-01 was a Thursday

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(year y: Int, month m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether the fields name a real day of the years 1–9999 (the four-digit years of RFC 5545
    /// §3.3.4, RFC 5322 §3.3 and RFC 6350 §4.3; beyond them the second counts of `civilSeconds`
    /// would overflow).
    var isValid: Bool {
        (1 ... 9999).contains(year) && (1 ... 12).contains(month) && day >= 1
            && day <= Self.daysIn(year: year, month: month)
    }

    static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Seconds since 1970-01-01T00:00:00 for a calendar day and a time of day, with no zone applied.
@inline(__always)
func civilSeconds(_ d: CivilDate, _ hour: Int, _ minute: Int, _ second: Int) -> Int {
    d.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
}
