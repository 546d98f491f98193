import Foundation
import Testing
@testable import Liaison

/// Issue 19: the two fuzz targets that stayed slow. `edges-pajek` spent its time on inputs such as
/// `*Vertices 9999999` (a node per declared vertex); `ics` on rules from a distant DTSTART (every
/// day since year 226 walked to keep the latest 10,000).
@Suite struct FuzzSpeedFixTests {
    private func loadPajek(_ text: String) throws -> LoadedEdgeList {
        try EdgeListLoader.load(bytes: Array(text.utf8), name: "f.net", directed: nil, format: .pajek, threads: 1)
    }

    private func messages(_ text: String) -> [String] {
        do { _ = try loadPajek(text); return [] } catch let e as InputErrors {
            return e.diagnostics.map(\.description)
        } catch { return ["\(error)"] }
    }

    // Limits by hand: 4096 + 16 per byte. "*Vertices 1000000\n*Edges\n1 2\n" is 18 + 7 + 4 = 29 bytes
    // (limit 4560); "*Edges\n1 99999\n" is 7 + 8 = 15 bytes (limit 4336), 99999 at line 2, column 3.
    @Test func issue19PajekVerticesBeyondTheFileSizeLimitAreRefusedAtTheirPlace() {
        let tail = " vertices for a file of 29 bytes (4096 + 16 per byte; every vertex 1 … N is a node): write the vertices under '*Vertices'"
        #expect(messages("*Vertices 1000000\n*Edges\n1 2\n") == ["f.net:1:1: '*Vertices 1000000' is over the limit of 4560" + tail])
        #expect(messages("*Edges\n1 99999\n") == [
            "f.net:2:3: vertex 99999 is over the limit of 4336 vertices for a file of 15 bytes (4096 + 16 per byte; every vertex 1 … N is a node): write the vertices under '*Vertices'"])
        // The absolute cap keeps its own message.
        #expect(messages("*Vertices 20000000\n") == ["f.net:1:1: '*Vertices 20000000' is over the limit of 10000000 vertices"])
    }

    @Test func issue19PajekFilesInsideTheLimitStillLoadEveryDeclaredVertex() throws {
        // "*Vertices 4512\n*Edges\n1 2\n" is 15 + 7 + 4 = 26 bytes: limit 4512, so 4513 is refused
        // and 4512 read, every one of them a node (isolated but two).
        #expect(messages("*Vertices 4513\n*Edges\n1 2\n").count == 1)
        let atLimit = try loadPajek("*Vertices 4512\n*Edges\n1 2\n")
        #expect(atLimit.network.labels.count == 4512)
        #expect(atLimit.network.labels.last == "4512")
        #expect(atLimit.network.graph.edgeCount == 1)
        // Labelled vertices: ids are the labels when each vertex has a distinct one (as before).
        let labelled = try loadPajek("*Vertices 3\n1 \"A\"\n2 \"B\"\n3 \"C\"\n*Edges\n1 2\n")
        #expect(labelled.network.labels == ["A", "B", "C"])
        let partly = try loadPajek("*Vertices 3\n1 \"A\"\n3 \"C\"\n*Edges\n1 2\n")
        #expect(partly.network.labels == ["1", "2", "3"])
        #expect(partly.names == ["A", "2", "C"])
        // A file that writes its vertices is far inside the limit: Les Misérables (igraphdata), 77
        // vertices and 254 edges, as networkx.read_pajek reads it.
        let lesMis = "/work/shared/datasets/les_miserables/igraphdata_lesmis.net"
        if FileManager.default.fileExists(atPath: lesMis) {
            let g = try EdgeListLoader.load(path: lesMis, directed: nil, format: nil, threads: 1)
            #expect(g.network.labels.count == 77)
            #expect(g.network.graph.edgeCount == 254)
        }
    }

    /// Rules the skipping ahead applies to and rules it leaves alone, each read with and without it:
    /// the same touches (date and key), skips and problems.
    @Test(arguments: [
        // Skipped ahead (DAILY or WEEKLY, no COUNT / BYMONTH / BYMONTHDAY / BYSETPOS):
        ("DTSTART:02260105T090000Z", "FREQ=DAILY", ""),
        ("DTSTART:19000301T233000Z", "FREQ=DAILY;INTERVAL=3", ""),
        ("DTSTART:15000101T000000Z", "FREQ=DAILY;BYDAY=MO,WE,FR", ""),
        ("DTSTART:16000229T120000", "FREQ=DAILY;INTERVAL=2;BYDAY=TU,SA", ""),           // floating
        ("DTSTART:17770704T080000Z", "FREQ=DAILY;INTERVAL=5;BYDAY=SU", ""),
        ("DTSTART:12000101T101010Z", "FREQ=WEEKLY", ""),
        ("DTSTART:18000102T070000Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH,SU", ""),
        ("DTSTART:18000102T070000Z", "FREQ=WEEKLY;BYDAY=SU,SA;WKST=SU", ""),
        ("DTSTART;VALUE=DATE:13000607", "FREQ=DAILY", ""),                               // all-day
        ("DTSTART:02260105T090000Z", "FREQ=DAILY;UNTIL=20250101T000000Z", ""),
        ("DTSTART:02260105T090000Z", "FREQ=DAILY;UNTIL=20240229", ""),
        ("DTSTART:19000105T090000Z", "FREQ=DAILY", "EXDATE:20260101T090000Z,19000106T090000Z\r\n"),
        ("DTSTART:19000105T090000Z", "FREQ=WEEKLY;BYDAY=MO", ""),                        // DTSTART not a Monday
        // Too few occurrences to skip anything, or an UNTIL that ends before the kept window:
        ("DTSTART:20000105T090000Z", "FREQ=DAILY", ""),
        ("DTSTART:02260105T090000Z", "FREQ=DAILY;UNTIL=02500101T000000Z", ""),
        ("DTSTART:02260105T090000Z", "FREQ=WEEKLY;INTERVAL=100", ""),
        // Left to the plain expansion: COUNT, BYMONTH, BYSETPOS, MONTHLY, a named zone, RDATE.
        ("DTSTART:02260105T090000Z", "FREQ=DAILY;COUNT=20000", ""),
        ("DTSTART:15000105T090000Z", "FREQ=DAILY;BYMONTH=1,7", ""),
        ("DTSTART:15000105T090000Z", "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=1", ""),
        ("DTSTART:10000131T090000Z", "FREQ=MONTHLY", ""),
        ("DTSTART;TZID=Europe/Berlin:19000105T090000", "FREQ=DAILY", ""),
        ("DTSTART:19000105T090000Z", "FREQ=DAILY", "RDATE:18991231T090000Z,19000106T090000Z\r\n"),
    ])
    func issue19RecurrenceSkippingAheadGivesThePlainExpansion(_ dtstart: String, _ rule: String, _ extra: String) throws {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\n\(dtstart)\r\nRRULE:\(rule)\r\n\(extra)"
            + "ORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\n"
            // An override of one late instance, which must find its original in either expansion.
            + "BEGIN:VEVENT\r\nUID:u1\r\nRECURRENCE-ID:20260105T090000Z\r\nDTSTART:20260105T100000Z\r\n"
            + "ATTENDEE:mailto:b@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let asOf = try #require(ISODate.parse("2026-06-01"))
        let fast = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                              ownerEmails: ["me@example.com"], skipsAhead: true)
        let plain = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                               ownerEmails: ["me@example.com"], skipsAhead: false)
        #expect(fast.touches.count == plain.touches.count)
        #expect(fast.touches.map(\.date) == plain.touches.map(\.date))
        #expect(fast.touches.map(\.key) == plain.touches.map(\.key))
        #expect(fast.problems.map(\.description) == plain.problems.map(\.description))
        #expect(fast.skipped.map(\.reason) == plain.skipped.map(\.reason))
        #expect(fast.people.map(\.emails) == plain.people.map(\.emails))
        #expect(!plain.touches.isEmpty || rule.contains("UNTIL=0250"))
    }

    /// Which of the rules above skip: checked so that the comparison is not between two plain
    /// expansions. The skipped counts by hand: a daily rule from 1900-03-01 every 3rd day, blocks
    /// of one period; skipping k periods skips k - 1 occurrences besides DTSTART.
    @Test func issue19RecurrenceSkipAheadAppliesWhereItShould() throws {
        func skip(_ dtstart: String, _ rule: String) throws -> (firstPeriod: Int, skipped: Int)? {
            let start = try #require(ICalendarTime.parse(dtstart, tzid: nil))
            let lastDay = CivilDate(year: 2026, month: 6, day: 1).dayNumber
            return try RecurrenceRule.parse(rule).skipAhead(start: start, lastDay: lastDay, keep: 10_000)
        }
        let every3 = try #require(try skip("19000301T233000Z", "FREQ=DAILY;INTERVAL=3"))
        #expect(every3.skipped == every3.firstPeriod - 1)
        // MO, WE, FR from Monday 1500-01-01 (proleptic Gregorian; Python: date(1500,1,1).weekday() == 0):
        // block 0 is days 0 … 6, MO TU WE TH FR SA SU, of which WE and FR follow DTSTART (2);
        // every later block of seven days has 3.
        let mwf = try #require(try skip("15000101T000000Z", "FREQ=DAILY;BYDAY=MO,WE,FR"))
        #expect(mwf.firstPeriod % 7 == 0)
        #expect(mwf.skipped == 2 + (mwf.firstPeriod / 7 - 1) * 3)
        #expect(try skip("12000101T101010Z", "FREQ=WEEKLY") != nil)
        #expect(try skip("02260105T090000Z", "FREQ=DAILY;COUNT=20000") == nil)
        #expect(try skip("15000105T090000Z", "FREQ=DAILY;BYMONTH=1,7") == nil)
        #expect(try skip("10000131T090000Z", "FREQ=MONTHLY") == nil)
        #expect(try skip("20000105T090000Z", "FREQ=DAILY") == nil)         // 9,644 days: nothing to skip
    }

    /// The input the ics fuzzer timed out on: DTSTART in year 226, FREQ=DAILY, no end. The
    /// expansion now starts near the kept window: from 657,584 days it walks about 10,000.
    @Test func issue19ICalendarDailyRuleFromYear226ExpandsOnlyTheKeptWindow() throws {
        let start = try #require(ICalendarTime.parse("02260105T090000Z", tzid: nil))
        let lastDay = CivilDate(year: 2026, month: 6, day: 1).dayNumber
        let skip = try #require(try RecurrenceRule.parse("FREQ=DAILY").skipAhead(start: start, lastDay: lastDay, keep: 10_000))
        // 657,584 occurrences up to 2026-05-31 (Python: date(2026,5,31) - date(226,1,5) + 1); at
        // most 10,000 + 2 blocks + a day of slack are left to walk.
        #expect(skip.firstPeriod >= 657_584 - 10_003)
        #expect(skip.firstPeriod < 657_584 - 10_000)
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\nDTSTART:02260105T090000Z\r\n"
            + "RRULE:FREQ=DAILY\r\nORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n"
        let asOf = try #require(ISODate.parse("2026-06-01"))
        let clock = ContinuousClock()
        var batch = ImportBatch()
        let fast = try clock.measure {
            batch = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf, ownerEmails: ["me@example.com"])
        }
        let plain = try clock.measure {
            _ = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                           ownerEmails: ["me@example.com"], skipsAhead: false)
        }
        #expect(batch.touches.count == 10_000)
        #expect(batch.problems.contains { $0.message == "657584 occurrences up to the as-of date; only the latest 10000 are kept" })
        // The plain walk does 65 times the periods; a loaded machine still shows a large gap.
        #expect(fast * 5 < plain, "skipping ahead \(fast), plain \(plain)")
    }
}
