import Foundation
import Testing
@testable import Liaison

/// Issue 19, item 8 (the parts not about output): ids with `;`, and the date parser's ranges.
@Suite struct SmallInputDefectTests {
    @Test func issue19Item8IdWithSemicolonIsRejected() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-ws-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("id,name,kind\nme,Мария,me\nанна;b,Анна,client\n".utf8).write(to: URL(fileURLWithPath: dir + "/contacts.csv"))
        try Data("date,from,to,channel\n2026-03-01,me,анна;b,email\n".utf8).write(to: URL(fileURLWithPath: dir + "/interactions.csv"))
        do {
            _ = try WorkspaceLoader.load(from: dir)
            Issue.record("loaded an id with ';'")
        } catch let e as InputErrors {
            let shown = e.diagnostics.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
            #expect(shown.first == "contacts.csv:3:1: id 'анна;b' contains ';', which separates the ids of a 'to' list: such an id could never be referenced; use a slug such as anna-petrova")
        }
    }

    /// Each form is outside a range ISO 8601 / RFC 3339 §5.6 allows (or that Liaison allows, for
    /// year 0000): all are refused, and the nearest valid value beside each is accepted.
    @Test(arguments: [
        ("0000-01-01", "0001-01-01"),                     // year 0
        ("2026-13-01", "2026-12-01"),                     // month 13
        ("2026-00-10", "2026-01-10"),                     // month 0
        ("2026-01-32", "2026-01-31"),                     // day 32
        ("2026-04-31", "2026-04-30"),                     // April has 30 days
        ("2026-01-00", "2026-01-01"),                     // day 0
        ("2025-02-29", "2024-02-29"),                     // Feb 29 of a common year / a leap year
        ("1900-02-29", "2000-02-29"),                     // century rule: 1900 common, 2000 leap
        ("2026-03-14T24:00", "2026-03-14T23:59"),         // hour 24
        ("2026-03-14T10:60", "2026-03-14T10:59"),         // minute 60
        ("2026-03-14T10:00:61", "2026-03-14T10:00:60"),   // second 61 / a leap second
        ("2026-03-14T10:00-24:00", "2026-03-14T10:00-23:59"), // offset hour 24
        ("2026-03-14T10:00+05:60", "2026-03-14T10:00+05:59"), // offset minute 60
        ("2026-03-14T10:00-5", "2026-03-14T10:00-05"),    // a one-digit offset
        ("-2026-03-14", "2026-03-14"),                    // a signed (expanded) year
    ])
    func issue19Item8DateOutOfRange(bad: String, good: String) {
        #expect(ISODate.parse(bad) == nil, "\(bad) accepted")
        #expect(ISODate.parse(good) != nil, "\(good) refused")
    }

    @Test func issue19Item8NegativeZonesShiftForward() {
        // 10:00 at −05:30 is 15:30 UTC; the same instant written with Z.
        #expect(ISODate.parse("2026-03-14T10:00-05:30") == ISODate.parse("2026-03-14T15:30Z"))
        #expect(ISODate.parse("2026-03-14T10:00-0530") == ISODate.parse("2026-03-14T15:30Z"))
        // Year 1 is the first accepted: day −719162 of the Unix epoch (Hinnant's days_from_civil).
        #expect(ISODate.parse("0001-01-01")!.timeIntervalSince1970 == -719_162 * 86_400)
    }
}
