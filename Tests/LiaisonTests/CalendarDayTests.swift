import Foundation
import Testing
@testable import Liaison

/// "today", "yesterday", "N days ago" and "N days left" count UTC calendar days: the day of the
/// later date minus the day of the earlier one, whatever the times of day (issue 14, "Dates").
@Suite struct CalendarDayTests {
    private func at(_ text: String) -> Date { ISODate.parse(text)! }

    @Test func daysAreUTCCalendarDaysNotElapsedTime() {
        let asOf = at("2026-11-20")
        // 23:59Z the evening before is 1 minute earlier but on the previous day: 1, not 0.
        #expect(ISODate.calendarDaysBetween(at("2026-11-19T23:59Z"), asOf) == 1)
        // 00:01Z on the 17th is 3 days and 23h59m earlier: the 17th is 3 days before the 20th.
        #expect(ISODate.calendarDaysBetween(at("2026-11-17T00:01Z"), asOf) == 3)
        // 18:00Z on the 17th is 2.25 days earlier by elapsed time, but still the 17th: 3.
        #expect(ISODate.calendarDaysBetween(at("2026-11-17T18:00Z"), asOf) == 3)
        // The same instant and the same day: 0.
        #expect(ISODate.calendarDaysBetween(asOf, asOf) == 0)
        #expect(ISODate.calendarDaysBetween(at("2026-11-20T23:59:59Z"), asOf) == 0)
        // Across a year boundary and a leap day: 2023-12-31 → 2024-03-01 is 31 + 29 + 1 = 61 days.
        #expect(ISODate.calendarDaysBetween(at("2025-12-31T23:00Z"), at("2026-01-01")) == 1)
        #expect(ISODate.calendarDaysBetween(at("2023-12-31T12:00Z"), at("2024-03-01")) == 61)
        // Later before earlier is negative.
        #expect(ISODate.calendarDaysBetween(at("2026-11-20"), at("2026-11-18T23:00Z")) == -2)
        // Before 1970 the day still floors: 1969-12-31T12:00Z is day −1, one day before 1970-01-01.
        #expect(ISODate.calendarDay(at("1969-12-31T12:00Z")) == -1)
        #expect(ISODate.calendarDaysBetween(at("1969-12-31T12:00Z"), at("1970-01-01")) == 1)
    }

    @Test func offsetsAreConvertedToUTCBeforeTakingTheDay() {
        let asOf = at("2026-11-20")
        // 23:30+03:00 on the 19th is 20:30Z on the 19th: yesterday.
        #expect(ISODate.calendarDaysBetween(at("2026-11-19T23:30+03:00"), asOf) == 1)
        // 01:30+03:00 on the 20th (local) is 22:30Z on the 19th (UTC): also yesterday in UTC.
        #expect(ISODate.calendarDaysBetween(at("2026-11-20T01:30+03:00"), asOf) == 1)
        // 20:00-05:00 on the 19th is 01:00Z on the 20th: today in UTC.
        #expect(ISODate.calendarDaysBetween(at("2026-11-19T20:00-05:00"), at("2026-11-20T12:00Z")) == 0)
        // +14:00 (Kiribati) at 10:00 on the 21st is 20:00Z on the 20th.
        #expect(ISODate.calendarDay(at("2026-11-21T10:00+14:00")) == ISODate.calendarDay(asOf))
    }

    /// The tie explanation's "last in touch" sentence, as_of 2026-11-20 (midnight UTC).
    private func lastInTouch(_ when: String) -> String {
        let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "anna", name: "Anna", kind: .client)]
        let ws = Workspace(contacts: contacts,
                           interactions: [Interaction(date: at(when), from: 0, to: [1], channel: .email)],
                           ties: [], introductions: [], deals: [],
                           config: WorkspaceConfig(asOf: at("2026-11-20")))
        let text = ws.explainTie(0, 1, in: ws.tieStrengths(model: TieStrengthModel()))
        return text.split(separator: "\n").first { $0.contains("last in touch") }.map(String.init) ?? text
    }

    @Test func explanationSaysTodayYesterdayAndDaysAgoByCalendarDay() {
        // The cases: a touch on the 19th is "yesterday" (was "today": 0.4 elapsed days
        // floored to 0), one on the 17th is "3 days ago" (was "2 days ago": 2.6 floored to 2).
        #expect(lastInTouch("2026-11-19T14:00Z").contains("last in touch yesterday, on 2026-11-19"))
        #expect(lastInTouch("2026-11-17T14:00Z").contains("last in touch 3 days ago, on 2026-11-17"))
        // Exactly at as_of: today.
        #expect(lastInTouch("2026-11-20T00:00Z").contains("last in touch today, on 2026-11-20"))
        // 23:30+03:00 on the 19th: 20:30Z, yesterday, and the day shown is the UTC day.
        #expect(lastInTouch("2026-11-19T23:30+03:00").contains("last in touch yesterday, on 2026-11-19"))
        // 02:00+03:00 on the 20th is 23:00Z on the 19th: yesterday, on 2026-11-19 (UTC).
        #expect(lastInTouch("2026-11-20T02:00+03:00").contains("last in touch yesterday, on 2026-11-19"))
    }
}
