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
        let lesMis = importRepoRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/datasets/les_miserables/igraphdata_lesmis.net").path
        if FileManager.default.fileExists(atPath: lesMis) {
            let g = try EdgeListLoader.load(path: lesMis, directed: nil, format: nil, threads: 1)
            #expect(g.network.labels.count == 77)
            #expect(g.network.graph.edgeCount == 254)
        }
    }

    /// The calendar read as of 2026-06-01 twice: skipping ahead through long rules, and walking
    /// every period from DTSTART.
    static func readSkippingAndPlain(_ ics: String) throws -> (fast: ImportBatch, plain: ImportBatch) {
        let asOf = try #require(ISODate.parse("2026-06-01"))
        let fast = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                              ownerEmails: ["me@example.com"], skipsAhead: true)
        let plain = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                               ownerEmails: ["me@example.com"], skipsAhead: false)
        return (fast, plain)
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
        // Named zones whose offset varies by less than a day (summer time, LMT to CET):
        ("DTSTART;TZID=Europe/Berlin:18500105T090000", "FREQ=DAILY", ""),
        ("DTSTART;TZID=America/New_York:19000105T233000", "FREQ=WEEKLY;BYDAY=SA,SU", ""),
        ("DTSTART;TZID=Nowhere/Atlantis:19000105T090000", "FREQ=DAILY", ""),               // unknown: UTC, warned
        // Left to the plain expansion: COUNT, BYMONTH, BYSETPOS, MONTHLY, RDATE, and a zone whose
        // offset moved by a whole day (Pacific/Apia skipped 2011-12-30: -10 h to +14 h).
        ("DTSTART:02260105T090000Z", "FREQ=DAILY;COUNT=20000", ""),
        ("DTSTART:15000105T090000Z", "FREQ=DAILY;BYMONTH=1,7", ""),
        ("DTSTART:15000105T090000Z", "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=1", ""),
        ("DTSTART:10000131T090000Z", "FREQ=MONTHLY", ""),
        ("DTSTART;TZID=Pacific/Apia:19800105T090000", "FREQ=DAILY", ""),
        ("DTSTART:19000105T090000Z", "FREQ=DAILY", "RDATE:18991231T090000Z,19000106T090000Z\r\n"),
    ])
    func issue19RecurrenceSkippingAheadGivesThePlainExpansion(_ dtstart: String, _ rule: String, _ extra: String) throws {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\n\(dtstart)\r\nRRULE:\(rule)\r\n\(extra)"
            + "ORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\n"
            // An override of one late instance, which must find its original in either expansion.
            + "BEGIN:VEVENT\r\nUID:u1\r\nRECURRENCE-ID:20260105T090000Z\r\nDTSTART:20260105T100000Z\r\n"
            + "ATTENDEE:mailto:b@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let (fast, plain) = try Self.readSkippingAndPlain(ics)
        #expect(fast.touches.count == plain.touches.count)
        #expect(fast.touches.map(\.date) == plain.touches.map(\.date))
        #expect(fast.touches.map(\.key) == plain.touches.map(\.key))
        #expect(fast.problems.map(\.description) == plain.problems.map(\.description))
        #expect(fast.skipped.map(\.reason) == plain.skipped.map(\.reason))
        #expect(fast.people.map(\.emails) == plain.people.map(\.emails))
        #expect(!plain.touches.isEmpty || rule.contains("UNTIL=0250"))
    }

    /// A zone of the file's own (Outlook's yearly rules from 1601), a daily rule from 1700 in it:
    /// skipped ahead, the same touches as the plain expansion. The offsets are +01:00 and +02:00,
    /// a spread of an hour.
    @Test func issue19RecurrenceSkippingAheadInAFileTimeZoneGivesThePlainExpansion() throws {
        let zone = "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
            + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
            + "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
            + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + zone + "BEGIN:VEVENT\r\nUID:u1\r\n"
            + "DTSTART;TZID=\"W. Europe Standard Time\":17000105T090000\r\nRRULE:FREQ=DAILY;INTERVAL=2\r\n"
            + "ORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let (fast, plain) = try Self.readSkippingAndPlain(ics)
        #expect(fast.touches.count == 10_000)
        #expect(fast.touches.map(\.date) == plain.touches.map(\.date))
        #expect(fast.touches.map(\.key) == plain.touches.map(\.key))
        #expect(fast.problems.map(\.description) == plain.problems.map(\.description))
        // 2026-05-31 is 1700-01-05 + 119,215 days (Python: (date(2026,5,31) - date(1700,1,5)).days),
        // odd, so the last occurrence is 2026-05-30: 09:00 at +02:00 is 07:00 UTC, 1,780,124,400 s.
        #expect(fast.touches.map(\.date).max() == Date(timeIntervalSince1970: 1_780_124_400))
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

    /// `firstPeriod(reaching:)`, used for a VTIMEZONE's onsets of one year: expanding from it gives
    /// every occurrence on or after the day that expanding from DTSTART gives, for each frequency,
    /// with BY parts, intervals, WKST and UNTIL, and days before, at and long after DTSTART.
    @Test(arguments: [
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20061029T010000Z",
        "FREQ=YEARLY;INTERVAL=3", "FREQ=YEARLY;BYDAY=2MO", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31,-1", "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,SU;WKST=SU",
        "FREQ=WEEKLY;BYMONTH=2", "FREQ=DAILY;INTERVAL=9;BYDAY=FR", "FREQ=DAILY;BYMONTHDAY=29",
    ])
    func issue19RecurrenceFirstPeriodReachingADayLosesNoOccurrence(_ text: String) throws {
        let rule = try RecurrenceRule.parse(text)
        let start = try #require(ICalendarTime.parse("16010101T020000", tzid: nil))
        let horizon = CivilDate(year: 2031, month: 1, day: 1).dayNumber * 86_400
        func occurrences(from period: Int) -> [Int] {
            var out = [Int]()
            rule.expand(start: start, firstPeriod: period, untilReached: { _ in false }, stop: { $0 >= horizon }) { out.append($0) }
            return out
        }
        let all = occurrences(from: 0)
        for (y, m, d) in [(1500, 6, 1), (1601, 1, 1), (1601, 3, 30), (1733, 2, 28), (2004, 2, 29), (2026, 1, 1), (2026, 10, 25)] {
            let day = CivilDate(year: y, month: m, day: d).dayNumber
            let first = rule.firstPeriod(reaching: day, start: start)
            let tail = occurrences(from: first).filter { $0 >= day * 86_400 }
            #expect(tail == all.filter { $0 >= day * 86_400 }, "\(text) from \(y)-\(m)-\(d), period \(first)")
            if y >= 2026 && !text.contains("UNTIL") { #expect(first > 0) }
        }
    }
}


/// The ics fuzzer's timeout of 2026-12-02 (fuzz/regressions/ics/rarely-firing-zone-rule, 2.9 KB,
/// 4 s in a release build): in a zone of the file whose observances have no onset in the year of
/// an occurrence or the year before, every occurrence expanded the zone's rules from their start.
/// The latest earlier onset is now looked up once per zone and year; the offsets are the same.
/// By hand: STANDARD from 1601 at +01:00, DAYLIGHT from 2004-02-29 02:00 at +03:00, no rules.
/// 2026-03-10 09:00 local: no onset in 2025 or 2026, the latest before is 2004's, +03:00, so
/// 06:00 UTC; 2003-03-10 09:00 local: before 2004's onset, +01:00, so 08:00 UTC.
@Test func issue19ZoneWithoutOnsetsNearAnOccurrenceUsesTheLatestEarlierOnset() throws {
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Rare\r\n"
        + "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
        + "BEGIN:DAYLIGHT\r\nDTSTART:20040229T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0300\r\nEND:DAYLIGHT\r\n"
        + "END:VTIMEZONE\r\n"
        + "BEGIN:VEVENT\r\nUID:late\r\nDTSTART;TZID=Rare:20260310T090000\r\n"
        + "ORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:early\r\nDTSTART;TZID=Rare:20030310T090000\r\n"
        + "ORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    let asOf = try #require(ISODate.parse("2026-06-01"))
    let batch = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                           ownerEmails: ["me@example.com"])
    let dates = Set(batch.touches.map(\.date))
    #expect(dates == [try #require(ISODate.parse("2026-03-10T06:00:00Z")), try #require(ISODate.parse("2003-03-10T08:00:00Z"))])
}
