//===----------------------------------------------------------------------===//
// ICalendarTouchBuilder: event records → occurrences → meeting touches
//===----------------------------------------------------------------------===//

import Foundation

/// Pass 2 of `ICalendarImporter`: resolves times, expands recurrences up to `asOf`, applies
/// RECURRENCE-ID overrides and EXDATEs, and makes one touch per occurrence. See
/// `ICalendarImporter` for the rules.
struct ICalendarTouchBuilder {
    let display: String
    let asOf: Int
    let owners: Set<String>
    let zones: ICalendarTimeZones
    var people: [ImportedPerson] = []
    var touches: [ImportedTouch] = []
    var skipped: [ImportSkip] = []
    var problems: [Diagnostic] = []
    private var personIndex: [String: Int] = [:]
    private var warnedZones: Set<String> = []
    /// Whether a long rule starts at the period its kept occurrences need (`RecurrenceRule.skipAhead`)
    /// rather than at DTSTART. Off only in the test that compares the two.
    var skipsAhead = true

    init(display: String, asOf: Int, owners: Set<String>, zones: ICalendarTimeZones) {
        self.display = display; self.asOf = asOf; self.owners = owners; self.zones = zones
    }

    private mutating func problem(_ c: ICalendarContentLine, _ message: String, severity: Diagnostic.Severity = .error) {
        problems.append(Diagnostic(file: display, line: c.line, column: c.valueColumn, message: message, severity: severity))
    }

    /// UTC seconds of a parsed time; an unknown TZID is read as UTC and reported once.
    private mutating func utc(_ t: ICalendarTime, _ c: ICalendarContentLine) -> Int {
        utc(local: t.localSeconds, zone: t.isDate ? .utc : t.zone, c)
    }

    private mutating func utc(local: Int, zone: ICalendarTime.Zone, _ c: ICalendarContentLine) -> Int {
        guard case .named(let tzid) = zone else { return local }
        if let u = zones.utc(local: local, tzid: tzid) { return u }
        if warnedZones.insert(tzid).inserted {
            problems.append(Diagnostic(file: display, line: c.line, column: 1,
                message: "unknown time zone '\(tzid)' (not an IANA name, no VTIMEZONE in the file); its times are read as UTC",
                severity: .warning))
        }
        return local
    }

    /// The times of a DTSTART/RDATE/EXDATE/RECURRENCE-ID line (comma-separated lists, PERIOD
    /// values by their start), or nil after reporting a malformed one.
    private mutating func times(_ c: ICalendarContentLine) -> [ICalendarTime]? {
        var out = [ICalendarTime]()
        for item in c.value.split(separator: ",") {
            let start = item.split(separator: "/").first.map(String.init) ?? ""
            guard let t = ICalendarTime.parse(start, tzid: c.parameter("TZID")) else {
                problem(c, "\(c.name) '\(item)' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z])")
                return nil
            }
            out.append(t)
        }
        guard !out.isEmpty else { problem(c, "\(c.name) has no value"); return nil }
        return out
    }

    private struct Participant { var person: ImportedPerson; var key: String }

    /// A CAL-ADDRESS line as a person: `mailto:` address and CN name; nil when it has neither.
    private func participant(_ c: ICalendarContentLine) -> Participant? {
        var address = c.value.trimmingSpaces
        if address.lowercased().hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
        else if address.utf8.contains(UInt8(ascii: ":")) && !address.utf8.contains(UInt8(ascii: "@")) { address = "" }      // urn:uuid:…, etc.
        let name = (c.parameter("CN") ?? "").trimmingSpaces
        guard !address.isEmpty || !name.isEmpty else { return nil }
        let key = address.isEmpty ? "name:" + name.lowercased() : address.lowercased()
        let person = ImportedPerson(name: name == address ? "" : name, emails: address.isEmpty ? [] : [address],
                                    source: SourcePlace(file: display, line: c.line))
        return Participant(person: person, key: owners.contains(key) ? "\u{0}owner" : key)
    }

    /// Organiser first, then attendees not declined and not rooms, de-duplicated.
    private func participants(_ e: ICalendarEventRecord) -> [Participant] {
        var list = [Participant]()
        var seen = Set<String>()
        if let o = e.organizer, let p = participant(o) { list.append(p); seen.insert(p.key) }
        for a in e.attendees {
            if a.parameter("PARTSTAT")?.uppercased() == "DECLINED" { continue }
            if let t = a.parameter("CUTYPE")?.uppercased(), t == "ROOM" || t == "RESOURCE" { continue }
            guard let p = participant(a), seen.insert(p.key).inserted else { continue }
            list.append(p)
        }
        return list
    }

    private mutating func note(_ p: ImportedPerson) {
        let key = p.emails.first?.lowercased() ?? "name:" + p.name.lowercased()
        if owners.contains(key) { return }
        if let i = personIndex[key] {
            if people[i].name.isEmpty, !p.name.isEmpty { people[i].name = p.name }
        } else {
            personIndex[key] = people.count
            people.append(p)
        }
    }

    /// Whether `zone`'s offset from UTC varies by less than a day from the start of year `from`
    /// to the as-of date (`ICalendarTimeZones.offsetSpread`).
    private func offsetSpreadBelowADay(_ zone: ICalendarTime.Zone, from: Int) -> Bool {
        guard case .named(let tzid) = zone else { return true }
        let toYear = CivilDate(dayNumber: Int((Double(asOf) / 86_400).rounded(.down))).year
        guard from <= toYear else { return false }
        return zones.offsetSpread(tzid: tzid, fromYear: from, toYear: toYear) < 86_400
    }

    private struct Occurrence {
        var original: Int          // UTC seconds of the instance's original start (its identity)
        var start: Int             // UTC seconds it takes place
        var record: Int            // index of the event record it takes its participants from
    }

    /// The most occurrences one event contributes (RRULE and RDATE together): a daily meeting for
    /// 27 years. Beyond it the latest are kept and a warning says how many there were.
    static let maxOccurrences = 10_000

    mutating func build(_ records: [ICalendarEventRecord]) {
        // Starts resolved first; a record without a readable DTSTART is dropped.
        var starts = [ICalendarTime?](repeating: nil, count: records.count)
        for (i, e) in records.enumerated() {
            guard let d = e.dtstart else {
                problems.append(Diagnostic(file: display, line: e.line, column: 1, message: "VEVENT without DTSTART; left out"))
                continue
            }
            starts[i] = times(d)?.first
        }
        // Overrides by UID and original start.
        var overrides = [String: [Int: Int]]()                   // uid → original UTC → record
        var overrideUsed = Set<Int>()
        for (i, e) in records.enumerated() where starts[i] != nil {
            guard let rid = e.recurrenceID, let uid = e.uid else { continue }
            guard let t = times(rid)?.first else { overrideUsed.insert(i); continue }
            overrides[uid, default: [:]][utc(t, rid)] = i
        }

        for (i, e) in records.enumerated() where e.recurrenceID == nil {
            guard let start = starts[i], let dtLine = e.dtstart else { continue }
            let place = SourcePlace(file: display, line: e.line)
            if e.status == "CANCELLED" { skipped.append(ImportSkip(source: place, reason: "cancelled event")); continue }
            let uid = e.uid ?? "ics-hash:" + MboxImporter.fnv1a64Hex(
                [dtLine.value, e.organizer?.value ?? "", e.summary].joined(separator: "\n"))
            let zone: ICalendarTime.Zone = start.isDate ? .utc : start.zone
            var originals = Set<Int>()
            originals.insert(utc(start, dtLine))
            var skippedOccurrences = 0          // occurrences before the kept window, not in `originals`
            for r in e.rrules {
                let rule: RecurrenceRule
                do { rule = try RecurrenceRule.parse(r.value) } catch RecurrenceRule.ParseError.message(let m) {
                    problem(r, m); continue
                } catch { continue }
                if !rule.unsupported.isEmpty {
                    problem(r, "RRULE parts \(rule.unsupported.joined(separator: ", ")) are not expanded; occurrences keep DTSTART's time of day",
                            severity: .warning)
                }
                let until = rule.until
                var untilUTC: Int?
                if let until, !until.isDate { untilUTC = until.zone == .utc ? until.localSeconds : utc(local: until.localSeconds, zone: zone, r) }
                let horizon = asOf
                // The rule's occurrences up to UNTIL and the as-of date, in UTC, from `firstPeriod` on.
                func occurrences(from firstPeriod: Int) -> [Int] {
                    var found = [Int]()
                    rule.expand(start: start, firstPeriod: firstPeriod, untilReached: { local in
                        guard let until else { return false }
                        return until.isDate && Int((Double(local) / 86_400).rounded(.down)) > until.date.dayNumber
                    }, stop: { local in local - 14 * 3600 > horizon }) { found.append($0) }
                    var kept = [Int]()
                    for local in found {
                        let u = utc(local: local, zone: zone, r)
                        if let untilUTC, u > untilUTC { break }
                        if u > asOf { break }
                        kept.append(u)
                    }
                    return kept
                }
                // Skipping ahead (docs in `skipAhead`): only the latest maxOccurrences are kept, so a
                // rule from a distant DTSTART need not walk every period since. Exact only when the
                // skipped occurrences are distinct from everything else in `originals` and before
                // the ones kept: one rule, no RDATE, and a zone whose offset varies by less than a
                // day over the span (UTC, floating and all-day not at all), so that occurrences on
                // distinct days at one wall-clock time are distinct instants in the same order. It
                // is taken when the expansion from the later period reaches maxOccurrences
                // occurrences: every skipped one is then before them, so inside UNTIL and the as-of
                // date too (both ends are monotone), and the kept window is the one the whole
                // expansion gives.
                var kept: [Int]?
                if skipsAhead, e.rrules.count == 1, e.rdates.isEmpty, offsetSpreadBelowADay(zone, from: start.date.year) {
                    let lastDay = min(Int((Double(asOf) / 86_400).rounded(.down)),
                                      until.map { $0.date.dayNumber } ?? Int.max) + 1
                    if let skip = rule.skipAhead(start: start, lastDay: lastDay, keep: Self.maxOccurrences) {
                        let tail = occurrences(from: skip.firstPeriod)
                        if tail.count >= Self.maxOccurrences { kept = tail; skippedOccurrences = skip.skipped }
                    }
                }
                originals.formUnion(kept ?? occurrences(from: 0))
            }
            for r in e.rdates {
                for t in times(r) ?? [] { originals.insert(utc(t, r)) }
            }
            if originals.count + skippedOccurrences > Self.maxOccurrences {
                // A rule from a garbled or ancient DTSTART ("DTSTART:02260105…;FREQ=DAILY") would
                // otherwise make hundreds of thousands of touches; the latest ones are what tie
                // strength reads (recency, the last 90 days and 12 months).
                problem(e.rrules.first ?? dtLine,
                        "\(originals.count + skippedOccurrences) occurrences up to the as-of date; only the latest \(Self.maxOccurrences) are kept",
                        severity: .warning)
                originals = Set(originals.sorted().suffix(Self.maxOccurrences))
            }
            for x in e.exdates {
                for t in times(x) ?? [] {
                    if t.isDate && !start.isDate {
                        let day = t.date.dayNumber
                        originals = originals.filter { o in
                            let local = o - (utc(local: o, zone: zone, x) - o)   // back to wall clock, roughly
                            return Int((Double(local) / 86_400).rounded(.down)) != day
                        }
                    } else {
                        originals.remove(utc(t, x))
                    }
                }
            }
            let recurring = !e.rrules.isEmpty || !e.rdates.isEmpty
            var occurrences = [Occurrence]()
            for o in originals.sorted() {
                if let uidText = e.uid, let ov = overrides[uidText]?[o] {
                    overrideUsed.insert(ov)
                    if records[ov].status == "CANCELLED" { continue }
                    guard let s = starts[ov], let line = records[ov].dtstart else { continue }
                    let moved = utc(s, line)
                    if moved <= asOf { occurrences.append(Occurrence(original: o, start: moved, record: ov)) }
                } else if o <= asOf {
                    occurrences.append(Occurrence(original: o, start: o, record: i))
                }
            }
            if occurrences.isEmpty, !recurring, originals.allSatisfy({ $0 > asOf }) {
                skipped.append(ImportSkip(source: place, reason: "event after the as-of date"))
                continue
            }
            emit(uid: uid, occurrences, records, master: i, place: place)
        }
        // Overrides whose instance was not generated stand on their own.
        for (i, e) in records.enumerated() where e.recurrenceID != nil && !overrideUsed.contains(i) {
            guard let start = starts[i], let line = e.dtstart, let rid = e.recurrenceID, let ridTime = times(rid)?.first else { continue }
            let place = SourcePlace(file: display, line: e.line)
            if e.status == "CANCELLED" { skipped.append(ImportSkip(source: place, reason: "cancelled event")); continue }
            let s = utc(start, line)
            guard s <= asOf else { skipped.append(ImportSkip(source: place, reason: "event after the as-of date")); continue }
            let uid = e.uid ?? "ics-hash:" + MboxImporter.fnv1a64Hex(line.value)
            emit(uid: uid, [Occurrence(original: utc(ridTime, rid), start: s, record: i)], records, master: i, place: place)
        }
    }

    private mutating func emit(uid: String, _ occurrences: [Occurrence], _ records: [ICalendarEventRecord],
                               master: Int, place: SourcePlace) {
        var skippedAlone = false
        let masterList = participants(records[master])
        var notedMaster = false
        for occ in occurrences {
            let list: [Participant]
            if occ.record == master {
                list = masterList
            } else {
                var r = records[occ.record]
                if r.attendees.isEmpty { r.attendees = records[master].attendees }
                if r.organizer == nil { r.organizer = records[master].organizer }
                list = participants(r)
            }
            guard list.count >= 2 else {
                if !skippedAlone {
                    skipped.append(ImportSkip(source: place, reason: list.isEmpty ? "event with no participants"
                                              : "event with no participant other than the organiser"))
                    skippedAlone = true
                }
                continue
            }
            if occ.record != master || !notedMaster {
                for p in list { note(p.person) }
                notedMaster = notedMaster || occ.record == master
            }
            let source = SourcePlace(file: display, line: records[occ.record].line)
            touches.append(ImportedTouch(date: Date(timeIntervalSince1970: TimeInterval(occ.start)),
                                         from: list[0].person, to: list.dropFirst().map(\.person), channel: .meeting,
                                         key: uid + "@" + ICalendarTime.basicUTC(occ.original), source: source))
        }
    }
}
