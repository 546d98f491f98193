import Foundation
import Testing
@testable import Liaison

private let calendarPath = samplesFolder.appendingPathComponent("calendar.ics").path
private let asOf = Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: 2026, month: 6, day: 30), 0, 0, 0)))

/// ../shared/datasets/crm_formats/ics_samples_icaljs beside the repository, or nil.
private let icaljsFolder: URL? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/datasets/crm_formats/ics_samples_icaljs")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("recur_instances.ics").path) ? url : nil
}()

private func lineOf(_ prefix: String, in path: String = calendarPath) throws -> Int {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.components(separatedBy: "\r\n").firstIndex { $0.hasPrefix(prefix) }! + 1
}

private func keys(_ uid: String, _ starts: [String]) -> [String] { starts.map { uid + "@" + $0 } }

@Suite struct ICalendarImporterTests {
    /// Every occurrence worked out by hand from the sample (as of 2026-06-30 00:00 UTC; Moscow is
    /// UTC+3 all year; the Outlook "W. Europe Standard Time" zone is UTC+1, and UTC+2 from the last
    /// Sunday of March, 29 March 2026).
    @Test func occurrencesOfTheSampleCalendar() throws {
        let batch = try ICalendarImporter.read(path: calendarPath, asOf: asOf, ownerEmails: ["me@EXAMPLE.com"],
                                               displayName: "calendar.ics")
        let expected =
            // weekly MO,TH ×8 from Mon 2 March 10:00 MSK; 9 March excluded; 12 March moved to 13
            // March 11:00 (keeps its key); 19 March cancelled by an override.
            keys("weekly-sync@liaison.example", ["20260302T070000Z", "20260305T070000Z", "20260312T070000Z",
                                                 "20260316T070000Z", "20260323T070000Z", "20260326T070000Z"])
            // last Friday of each month, until 1 May
            + keys("month-end@liaison.example", ["20260130T150000Z", "20260227T150000Z", "20260327T150000Z", "20260424T150000Z"])
            // every two weeks from 19 March 09:00 in the Outlook zone: +0100, then +0200
            + keys("berlin-fortnightly@liaison.example", ["20260319T080000Z", "20260402T070000Z", "20260416T070000Z"])
            + keys("offsite@liaison.example", ["20260415T000000Z"])
            + keys("lunch@liaison.example", ["20260220T120000Z"])
            // the last weekday (BYSETPOS=-1) of Jan–Apr, 17:00 MSK
            + keys("last-workday@liaison.example", ["20260130T140000Z", "20260227T140000Z", "20260331T140000Z", "20260430T140000Z"])
            // every 8 March from 2024, plus two RDATEs
            + keys("anniversary@liaison.example", ["20240308T090000Z", "20250308T090000Z", "20250601T090000Z",
                                                   "20260308T090000Z", "20260601T090000Z"])
            // every other day from 22 June 09:30 MSK, 24 June excluded by date, 30 June is after as_of
            + keys("standup@liaison.example", ["20260622T063000Z", "20260626T063000Z", "20260628T063000Z"])
            // RFC 5545's WKST=SU example shape: Tue 6, Sun 18, Tue 20 January, Sun 1 February
            + keys("wkst@liaison.example", ["20260106T080000Z", "20260118T080000Z", "20260120T080000Z", "20260201T080000Z"])
        #expect(batch.touches.map(\.key) == expected)
        #expect(batch.touches.allSatisfy { $0.channel == .meeting && $0.replyHours == nil })

        let t = Dictionary(uniqueKeysWithValues: batch.touches.map { ($0.key, $0) })
        let first = t["weekly-sync@liaison.example@20260302T070000Z"]!
        #expect(first.from.name == "Петрова, Анна" && first.from.emails == ["anna@example.ru"])
        #expect(first.to.map(\.emails) == [["ivan@example.ru"], ["me@example.com"]])      // the room is left out
        #expect(first.date == Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: 2026, month: 3, day: 2), 7, 0, 0))))
        let moved = t["weekly-sync@liaison.example@20260312T070000Z"]!
        #expect(moved.date == Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: 2026, month: 3, day: 13), 8, 0, 0))))
        #expect(moved.to.map(\.name) == ["Ольга Кузнецова"])
        #expect(t["month-end@liaison.example@20260130T150000Z"]!.to.map(\.emails) == [["olga@example.org"]])  // Пётр declined
        let lunch = t["lunch@liaison.example@20260220T120000Z"]!
        #expect(lunch.from.emails == ["olga@example.org"] && lunch.to.map(\.emails) == [["me@example.com"]])  // folded; no alarm target
        let offsite = t["offsite@liaison.example@20260415T000000Z"]!
        #expect(offsite.from.name == "Иван Сидоров" && offsite.to.map(\.emails) == [["ANNA@example.ru"], ["me@example.com"]])
        #expect(offsite.source == SourcePlace(file: "calendar.ics", line: try lineOf("UID:offsite") - 1))
    }

    @Test func skipsAndProblems() throws {
        let batch = try ICalendarImporter.read(path: calendarPath, asOf: asOf, displayName: "calendar.ics")
        #expect(batch.skipped.map(\.reason) == ["cancelled event", "event after the as-of date"])
        #expect(batch.skipped.map(\.source.line) == [try lineOf("UID:cancelled") - 1, try lineOf("UID:future") - 1])
        #expect(batch.problems.map(\.description) == [
            "calendar.ics:\(try lineOf("DTSTART:2026023")):9: DTSTART '2026023T100000Z' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z])",
            "calendar.ics:\(try lineOf("UID:unterminated") - 1):1: BEGIN:VEVENT has no END:VEVENT before END:VCALENDAR; the component is left out",
        ])
    }

    @Test func peopleOnceEachWithoutTheOwner() throws {
        let batch = try ICalendarImporter.read(path: calendarPath, asOf: asOf, ownerEmails: ["me@example.com"])
        #expect(batch.people.map(\.name) == ["Петрова, Анна", "Иван Сидоров", "Ольга Кузнецова", "Hans Müller", ""])
        #expect(batch.people.map(\.emails) == [["anna@example.ru"], ["ivan@example.ru"], ["olga@example.org"],
                                               ["hans@example.de"], ["petr@example.ru"]])
    }

    @Test func nothingAfterAsOf() throws {
        let early = Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: 2026, month: 3, day: 10), 0, 0, 0)))
        let batch = try ICalendarImporter.read(path: calendarPath, asOf: early)
        #expect(!batch.touches.isEmpty)
        #expect(batch.touches.allSatisfy { $0.date <= early })
        #expect(batch.touches.filter { $0.key.hasPrefix("weekly-sync") }.count == 2)
    }

    @Test func textAndParameters() throws {
        let c = ICalendarContentLine.parse(#"ATTENDEE;CN="Doe, John";X-Q="a:b;c";ROLE=REQ-PARTICIPANT,CHAIR:mailto:j@x"#, line: 1)!
        #expect(c.parameters["CN"] == ["Doe, John"] && c.parameters["X-Q"] == ["a:b;c"])
        #expect(c.parameters["ROLE"] == ["REQ-PARTICIPANT", "CHAIR"] && c.value == "mailto:j@x")
        #expect(ICalendarContentLine.parse(#"SUMMARY:a\, b\; c\\d\ne"#, line: 1)!.text == "a, b; c\\d\ne")
        #expect(ICalendarContentLine.parse("no colon here", line: 1) == nil)
    }

    /// A byte-order mark before BEGIN:VCALENDAR and LF line ends read like the sample without them.
    @Test func byteOrderMarkAndLFLines() throws {
        let text = try String(contentsOfFile: calendarPath, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bom-\(getpid()).ics")
        try ("\u{FEFF}" + text).write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let a = try ICalendarImporter.read(path: calendarPath, asOf: asOf, displayName: "c")
        let b = try ICalendarImporter.read(path: tmp.path, asOf: asOf, displayName: "c")
        #expect(a.touches == b.touches && a.problems == b.problems && a.skipped == b.skipped)
    }

    /// The VTIMEZONE evaluator against Foundation's tz database: the Outlook zone of the sample
    /// against Europe/Berlin, and the America/Los_Angeles VTIMEZONE ical.js's sample carries
    /// against Foundation's, at 00:00 and 12:00 of every day 2024–2027 (2012–2013 for Los Angeles).
    @Test func vtimezoneAgreesWithFoundation() throws {
        var reader = ICalendarFileReader(display: "x")
        var lineProblems = [Diagnostic]()
        try ICalendarContentLine.forEach(path: calendarPath, display: "x", problems: &lineProblems) { reader.take($0) }
        var cases = [(ICalendarFileReader, String, String, ClosedRange<Int>)]()
        cases.append((reader, "W. Europe Standard Time", "Europe/Berlin", 2024 ... 2027))
        if let icaljsFolder {
            var la = ICalendarFileReader(display: "x")
            try ICalendarContentLine.forEach(path: icaljsFolder.appendingPathComponent("recur_instances.ics").path,
                                             display: "x", problems: &lineProblems) { la.take($0) }
            la.zones.definitions["LA (file)"] = la.zones.definitions["America/Los_Angeles"]
            cases.append((la, "LA (file)", "America/Los_Angeles", 2012 ... 2013))
        }
        for (r, tzid, iana, years) in cases {
            let tz = TimeZone(identifier: iana)!
            let first = CivilDate(year: years.lowerBound, month: 1, day: 1).dayNumber
            let last = CivilDate(year: years.upperBound, month: 12, day: 31).dayNumber
            var compared = 0
            for day in first ... last {
                for hour in [0, 12] {
                    let local = day * 86_400 + hour * 3600
                    let mine = r.zones.utc(local: local, tzid: tzid)!
                    let theirs = local - tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(mine)))
                    if mine != theirs { Issue.record("\(tzid) day \(CivilDate(dayNumber: day)) \(hour):00: \(mine) vs \(theirs)") }
                    compared += 1
                }
            }
            #expect(compared > 1000)
        }
        #expect(lineProblems.isEmpty)
    }
}

@Suite(.enabled(if: icaljsFolder != nil, "needs ../shared/datasets/crm_formats/ics_samples_icaljs"))
struct ICalendarSharedSampleTests {
    /// ical.js's recur_instances.ics: a monthly first-Tuesday rule from 2 October 2012 10:00 Los
    /// Angeles time, RDATEs (one a PERIOD, two after the as-of date), EXDATEs, and two overrides
    /// (one moves the first instance to 15:00, one moves the 5 November RDATE, named by its UTC
    /// time, to 6 November 20:00). As of 1 March 2013, worked out by hand (PDT = UTC−7 until
    /// 4 November 2012, then PST = UTC−8).
    @Test func recurInstances() throws {
        let path = icaljsFolder!.appendingPathComponent("recur_instances.ics").path
        let cut = Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: 2013, month: 3, day: 1), 0, 0, 0)))
        let batch = try ICalendarImporter.read(path: path, asOf: cut)
        let uid = "623c13c0-6c2b-45d6-a12b-c33ad61c4868"
        #expect(batch.touches.map(\.key) == keys(uid, ["20121002T170000Z", "20121105T180000Z", "20121106T180000Z",
                                                       "20121110T180000Z", "20121130T180000Z", "20130101T180000Z"]))
        func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> Date {
            Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: y, month: m, day: d), h, 0, 0)))
        }
        #expect(batch.touches.map(\.date) == [utc(2012, 10, 2, 22), utc(2012, 11, 7, 4), utc(2012, 11, 6, 18),
                                              utc(2012, 11, 10, 18), utc(2012, 11, 30, 18), utc(2013, 1, 1, 18)])
        let t = batch.touches[0]
        #expect(t.from.name == "James Lal" && t.from.emails == ["jlal@mozilla.com"])
        #expect(t.to.map(\.name) == ["Sahaja Lal", "", ""])      // a CN equal to the address is no name
        #expect(t.to.map(\.emails) == [["calmozilla1@gmail.com"], ["james@lightsofapollo.com"], ["iam.revelation@gmail.com"]])
        #expect(batch.problems.isEmpty)
    }

    /// Every file reads without a problem; those with nobody to meet are skipped with a reason.
    @Test func everySampleReads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: icaljsFolder!.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(files.count == 12)
        let late = Date(timeIntervalSince1970: 2_000_000_000)
        var reasons = [String: [String]]()
        for f in files {
            let batch = try ICalendarImporter.read(path: icaljsFolder!.appendingPathComponent(f).path, asOf: late, displayName: f)
            #expect(batch.problems.filter { $0.severity == .error }.isEmpty, "\(f): \(batch.problems)")
            reasons[f] = batch.skipped.map(\.reason)
        }
        // blank_description: its only ATTENDEE is inside a VALARM, so the event has no participants.
        #expect(reasons["blank_description.ics"] == ["event with no participants"])
        #expect(reasons["utc_negative_zero.ics"] == ["event with no participant other than the organiser"])
    }

    /// rdate_exdate.ics (a daily rule ×4 with an EXDATE given as a DATE) with two participants added:
    /// 9, 10 and 12 June 2024 at 03:00 UTC.
    @Test func dateExdateRemovesThatDay() throws {
        let text = try String(contentsOfFile: icaljsFolder!.appendingPathComponent("rdate_exdate.ics").path, encoding: .utf8)
            .replacingOccurrences(of: "END:VEVENT", with: "ORGANIZER:mailto:a@x\nATTENDEE:mailto:b@x\nEND:VEVENT")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-rdate-\(getpid()).ics")
        try text.write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let batch = try ICalendarImporter.read(path: tmp.path, asOf: Date(timeIntervalSince1970: 2_000_000_000))
        #expect(batch.touches.map(\.key) == keys("123", ["20240609T030000Z", "20240610T030000Z", "20240612T030000Z"]))
    }

    /// timezone_from_file.ics: TZID "Nowhere/Middle", defined only by its VTIMEZONE (−07:41).
    @Test func customZoneFromFile() throws {
        var reader = ICalendarFileReader(display: "x")
        var problems = [Diagnostic]()
        try ICalendarContentLine.forEach(path: icaljsFolder!.appendingPathComponent("timezone_from_file.ics").path,
                                         display: "x", problems: &problems) { reader.take($0) }
        let local = civilSeconds(CivilDate(year: 2023, month: 3, day: 6), 13, 42, 0)
        #expect(reader.zones.utc(local: local, tzid: "Nowhere/Middle") == local + 7 * 3600 + 41 * 60)
    }
}

/// Every RRULE in the sample calendar and in ical.js's samples (events and VTIMEZONE
/// observances), expanded by `RecurrenceRule` and by python-dateutil's `rrulestr` from the same
/// DTSTART up to the end of 2027 (wall-clock times; UNTIL compared as wall-clock time on both sides).
@Test(.enabled(if: python3Path != nil, "needs python3 with python-dateutil"))
func recurrenceRulesAgreeWithDateutil() throws {
    var files = [calendarPath]
    if let icaljsFolder {
        files += try FileManager.default.contentsOfDirectory(atPath: icaljsFolder.path).filter { $0.hasSuffix(".ics") }
            .sorted().map { icaljsFolder.appendingPathComponent($0).path }
    }
    var rules = [(rule: String, start: String)]()
    for f in files {
        var start: String?, pending = [String]()
        var problems = [Diagnostic]()
        try ICalendarContentLine.forEach(path: f, display: f, problems: &problems) { c in
            switch c.name {
            case "BEGIN": start = nil; pending = []
            case "DTSTART": start = c.value.count == 8 ? c.value + "T000000" : String(c.value.prefix(15))
            case "RRULE": pending.append(c.value)
            case "END":
                if let s = start { rules += pending.map { ($0, s) } }
                pending = []
            default: break
            }
        }
    }
    // Our own calendar holds 9 rules; the shared ical.js samples (when present) add 6 or more.
    #expect(rules.count >= (icaljsFolder == nil ? 9 : 15))
    let bound = "20271231T235959"
    let script = #"""
import sys, json, datetime
from dateutil.rrule import rrulestr
fmt = "%Y%m%dT%H%M%S"
bound = datetime.datetime.strptime(sys.argv[2], fmt)
out = []
for rule, start in json.loads(sys.argv[1]):
    parts = []
    for p in rule.split(";"):
        k, v = p.split("=", 1)
        if k.upper() == "UNTIL":
            v = v.rstrip("Zz")
            if len(v) == 8: v += "T235959"
        parts.append(k + "=" + v)
    r = rrulestr(";".join(parts), dtstart=datetime.datetime.strptime(start, fmt))
    got = []
    for d in r:
        if d > bound: break
        got.append(d.strftime(fmt))
    out.append(got)
print(json.dumps(out))
"""#
    let input = String(decoding: try JSONSerialization.data(withJSONObject: rules.map { [$0.rule, $0.start] }), as: UTF8.self)
    let python = try JSONSerialization.jsonObject(with: runPython(script, [input, bound])) as! [[String]]
    #expect(python.count == rules.count)
    let boundLocal = ICalendarTime.parse(bound, tzid: nil)!.localSeconds
    for (i, (ruleText, startText)) in rules.enumerated() where i < python.count {
        let rule = try RecurrenceRule.parse(ruleText)
        let start = ICalendarTime.parse(startText, tzid: nil)!
        var mine = [String]()
        rule.expand(start: start, untilReached: { local in
            guard let u = rule.until else { return false }
            return u.isDate ? local >= (u.date.dayNumber + 1) * 86_400 : local > u.localSeconds
        }, stop: { $0 > boundLocal }) { local in
            mine.append(String(ICalendarTime.basicUTC(local).dropLast()))
        }
        #expect(mine == python[i], "\(ruleText) from \(startText)")
    }
}
