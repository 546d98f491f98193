import Foundation
import LiaisonGraph
import Testing
@testable import Liaison

private func seconds(_ s: String) -> Double? { ISODate.parse(s)?.timeIntervalSince1970 }

@Test func isoDatesAndDateTimes() {
    let day: Double = 20526 * 86400, hour: Double = 3600
    // 2026-03-14 is day 20526 since 1970-01-01: 56 years (14 leap days 1972…2024) = 20454 days,
    // plus 31 + 28 + 13 = 72 days into 2026.
    #expect(seconds("2026-03-14") == day)
    #expect(seconds("2026-03-14T09:30") == day + 9.5 * hour)
    #expect(seconds("2026-03-14 09:30:15") == day + 9.5 * hour + 15)
    #expect(seconds("2026-03-14T09:30:15.25Z") == day + 9.5 * hour + 15.25)
    #expect(seconds("2026-03-14T09:30+03:00") == day + 6.5 * hour)
    #expect(seconds("2026-03-14T09:30-0130") == day + 11 * hour)
    #expect(seconds("2026-03-14T09:30+03") == day + 6.5 * hour)
    #expect(seconds("1969-12-31") == -86400)
    #expect(seconds("2024-02-29") != nil)
    #expect(seconds("2000-02-29") != nil)
}

@Test func badDatesAreRejected() {
    for bad in ["", "2026-3-14", "14.03.2026", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29",
                "1900-02-29", "2026-03-14T", "2026-03-14T25:00", "2026-03-14T09:60", "2026-03-14T09:30:",
                "2026-03-14T09:30Q", "2026-03-14T09:30+3", "2026-03-14x", "２０２６-03-14", "2026-03-14T09:30:00."] {
        #expect(seconds(bad) == nil, "\(bad) should be rejected")
    }
}

@Test func dayNumbersAgreeWithFoundationsGregorianCalendar() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var rng = SplitMix64(seed: 3)
    for _ in 0 ..< 2000 {
        let days = rng.below(200_000) - 100_000
        let date = Date(timeIntervalSince1970: Double(days) * 86400)
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let (y, m, d) = ISODate.civilFromDays(days)
        #expect(y == c.year && m == c.month && d == c.day, "day \(days)")
        #expect(ISODate.daysFromCivil(year: y, month: m, day: d) == days)
    }
}

@Test func datesAreWrittenBackInTheSameForm() {
    #expect(ISODate.dayString(ISODate.parse("2026-03-14T23:59")!) == "2026-03-14")
    #expect(ISODate.string(ISODate.parse("2026-03-14")!) == "2026-03-14")
    #expect(ISODate.string(ISODate.parse("2026-03-14T09:05:07+01:00")!) == "2026-03-14T08:05:07Z")
}
