//===----------------------------------------------------------------------===//
// MailDate: RFC 5322 date-time, with the obsolete forms
//===----------------------------------------------------------------------===//

import Foundation

/// Reads an RFC 5322 `date-time` (§3.3) and the obsolete syntax of §4.3:
///
///     [day-of-week ","] day month year hour ":" minute [":" second] zone
///
/// - Comments ("(MSK)") and extra white space anywhere; the day of the week is not checked.
/// - Years of two digits are 2000+ below 50 and 1900+ otherwise, three digits are 1900+ (§4.3).
/// - Zones: `+hhmm`/`-hhmm` (also `+hh:mm`, which some programs write); `UT`, `GMT`, `UTC`, `Z`;
///   the North American `EST EDT CST CDT MST MDT PST PDT`; other military letters and unknown
///   names count as +0000, as §4.3 asks ("-0000": no zone information). A missing zone is read as
///   UTC. Seconds of 60 (leap second) become 59.
/// - The month and the day may come in either order ("Jan 3 2005"), as some old mailers wrote.
///
/// Returns nil when a field is missing or out of range.
enum MailDate {
    static func parse(_ text: String) -> Date? {
        var cleaned = String.UnicodeScalarView()
        var depth = 0
        for c in text.unicodeScalars {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            cleaned.append(c == "," ? " " : c)
        }
        var tokens = String(cleaned).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
            .map(String.init)
        var day: Int?, month: Int?, year: Int?
        var hour = -1, minute = 0, second = 0
        var offset: Int?
        var i = 0
        while i < tokens.count {
            var t = tokens[i]; i += 1
            if t.utf8.contains(UInt8(ascii: ":")), let f = t.utf8.first, f >= 48, f <= 57, hour < 0 {
                // hh:mm[:ss], maybe with the zone glued on ("10:00:00+0300")
                if let cut = t.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                    tokens.insert(String(t[cut...]), at: i)
                    t = String(t[..<cut])
                }
                let parts = t.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count >= 2, parts.count <= 3, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
                hour = h; minute = m
                if parts.count == 3 { guard let s = Int(parts[2]) else { return nil }; second = s }
                continue
            }
            if let first = t.first, first == "+" || first == "-", t.count >= 3 {
                let digits = t.dropFirst().filter { $0 != ":" }
                guard digits.count == 4, let v = Int(digits) else { return nil }
                let minutes = (v / 100) * 60 + v % 100
                offset = (first == "-" ? -1 : 1) * minutes * 60
                continue
            }
            if let n = Int(t) {
                if day == nil && t.count <= 2 && year == nil { day = n }
                else if year == nil {
                    year = t.count == 2 ? (n < 50 ? 2000 + n : 1900 + n) : t.count == 3 ? 1900 + n : n
                } else { return nil }
                continue
            }
            let lower = t.lowercased()
            let first3 = String(lower.prefix(3))
            if hour < 0 {
                if dayNames.contains(first3) { continue }
                if month == nil, let m = monthNames.firstIndex(of: first3) { month = m + 1; continue }
                return nil
            }
            if offset == nil { offset = (zoneNames[lower] ?? 0) * 3600 }
        }
        guard let day, let month, let year, hour >= 0 else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid, (0 ..< 24).contains(hour), (0 ..< 60).contains(minute), (0 ... 60).contains(second) else { return nil }
        let seconds = civilSeconds(date, hour, minute, min(second, 59)) - (offset ?? 0)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let dayNames: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let zoneNames: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    ]
}
