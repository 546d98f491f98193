//===----------------------------------------------------------------------===//
// ISODate: ISO 8601 dates and date-times, parsed and written by hand
//===----------------------------------------------------------------------===//

import Foundation

/// ISO 8601 calendar dates and date-times, parsed from bytes without a `DateFormatter` (loading a
/// million interactions must not build a million formatters).
///
/// Accepted forms (the subset of ISO 8601 / RFC 3339 people and spreadsheets write):
///
///     2026-03-14                      midnight UTC
///     2026-03-14T09:30                T or a single space between date and time
///     2026-03-14T09:30:15.250         seconds and fractions optional
///     2026-03-14T09:30:15Z            Z, ±HH:MM, ±HHMM or ±HH offsets
///     2026-03-14 09:30+03:00
///
/// A date-time without an offset is read as UTC, so that a workspace means the same on every
/// machine. Month lengths and leap years are checked (2025-02-29 is an error); years run from 0001
/// to 9999 (year 0000 is refused: ISO 8601 allows it only by agreement, and no record is that old),
/// hours 00–23, minutes 00–59, seconds 00–60 (a leap second), offsets up to ±23:59.
///
/// Day numbers use Howard Hinnant's `days_from_civil` (proleptic Gregorian calendar),
/// https://howardhinnant.github.io/date_algorithms.html — O(1), no tables.
public enum ISODate {
    /// Seconds since 1970-01-01T00:00:00Z, or `nil` when `bytes` is not one of the accepted forms.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = bytes.count
        guard n >= 10 else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let b = bytes[i] &- 48
            return b < 10 ? Int(b) : nil
        }
        @inline(__always) func number(_ i: Int, _ count: Int) -> Int? {
            var v = 0
            for k in i ..< i + count { guard let d = digit(k) else { return nil }; v = v * 10 + d }
            return v
        }
        guard let year = number(0, 4), bytes[4] == 0x2D, let month = number(5, 2), bytes[7] == 0x2D,
              let day = number(8, 2) else { return nil }
        guard year >= 1, (1 ... 12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day) * 86_400)
        if n == 10 { return seconds }
        // Time part.
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == 0x20,
              n >= 16, let hour = number(11, 2), bytes[13] == 0x3A, let minute = number(14, 2),
              hour <= 23, minute <= 59 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        var i = 16
        if i < n && bytes[i] == 0x3A {
            guard i + 3 <= n, let s = number(i + 1, 2), s <= 60 else { return nil }
            seconds += Double(s)
            i += 3
            if i < n && (bytes[i] == 0x2E || bytes[i] == 0x2C) {
                i += 1
                var scale = 0.1, fraction = 0.0, digits = 0
                while i < n, let d = digit(i) { fraction += Double(d) * scale; scale /= 10; i += 1; digits += 1 }
                guard digits > 0 else { return nil }
                seconds += fraction
            }
        }
        if i == n { return seconds }
        switch bytes[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return i + 1 == n ? seconds : nil
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[i] == UInt8(ascii: "+") ? 1.0 : -1.0
            let rest = n - i - 1
            var oh = 0, om = 0
            if rest == 2, let h = number(i + 1, 2) { oh = h }
            else if rest == 4, let h = number(i + 1, 2), let m = number(i + 3, 2) { oh = h; om = m }
            else if rest == 5, let h = number(i + 1, 2), bytes[i + 3] == 0x3A, let m = number(i + 4, 2) { oh = h; om = m }
            else { return nil }
            guard oh <= 23, om <= 59 else { return nil }
            return seconds - sign * Double(oh * 3600 + om * 60)
        default:
            return nil
        }
    }

    /// `parse` over a string (for liaison.toml values and tests).
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse($0) }.map { Date(timeIntervalSince1970: $0) }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
    @inlinable
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (Hinnant's `civil_from_days`).
    @inlinable
    public static func civilFromDays(_ z: Int) -> (year: Int, month: Int, day: Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func isLeapYear(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds in a day of the UTC calendar (no leap seconds, as POSIX time counts them).
    public static let secondsPerDay: Double = 86_400

    /// The date as days since 1970-01-01T00:00Z, with the time of day as the fraction: the time
    /// axis of every decay, window and gap in the domain.
    @inline(__always)
    public static func days(_ date: Date) -> Double { date.timeIntervalSince1970 / secondsPerDay }

    /// The inverse of ``days(_:)``.
    @inline(__always)
    public static func date(days: Double) -> Date { Date(timeIntervalSince1970: days * secondsPerDay) }

    /// Whole days from `earlier` to `later`, with the time of day counted as a fraction.
    @inline(__always)
    public static func daysBetween(_ earlier: Date, _ later: Date) -> Double { later.timeIntervalSince(earlier) / secondsPerDay }

    /// The UTC calendar day of a date, as days since 1970-01-01 (floor, so times before 1970 fall on
    /// the right day too). A touch at 2026-11-19T23:30+03:00 is 20:30Z, day 2026-11-19.
    @inline(__always)
    public static func calendarDay(_ date: Date) -> Int { Int(days(date).rounded(.down)) }

    /// Calendar days in UTC from `earlier` to `later`: the day of `later` minus the day of `earlier`,
    /// whatever the times of day. What "today" (0), "yesterday" (1), "N days ago" and "N days left"
    /// mean in every sentence: as_of 2026-11-20 and a touch at 2026-11-19T23:59Z are 1 day apart,
    /// a touch at 2026-11-17T00:01Z is 3 days before. Negative when `later` is on an earlier day.
    @inline(__always)
    public static func calendarDaysBetween(_ earlier: Date, _ later: Date) -> Int { calendarDay(later) - calendarDay(earlier) }

    /// `YYYY-MM-DD` (UTC) of a date.
    public static func dayString(_ date: Date) -> String {
        let days = Int(Self.days(date).rounded(.down))
        let (y, m, d) = civilFromDays(days)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (UTC), or just the day when the time is midnight.
    public static func string(_ date: Date) -> String {
        let t = Int(date.timeIntervalSince1970.rounded(.down))
        let secs = ((t % 86_400) + 86_400) % 86_400
        if secs == 0 { return dayString(date) }
        return dayString(date) + "T" + pad(secs / 3600, 2) + ":" + pad(secs / 60 % 60, 2) + ":" + pad(secs % 60, 2) + "Z"
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// What every date error message says is expected.
    public static let expected = "expected an ISO 8601 date (2026-03-14) or date-time (2026-03-14T09:30, optional seconds and Z/±HH:MM)"
}
