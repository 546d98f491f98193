//===----------------------------------------------------------------------===//
// ICalendarImporter: VEVENTs → meeting touches, recurrences expanded up to as_of
//===----------------------------------------------------------------------===//

import Foundation

/// Reads an iCalendar file (RFC 5545) into `meeting` touches, one per occurrence of each event up
/// to `asOf`, from the organiser (or, when there is none, the first attendee) to the other
/// participants.
///
/// - **Content lines** (§3.1): unfolded, parameters with quoted values, TEXT escapes
///   (`ICalendarContentLine`). Components nest; only VEVENT (§3.6.1) and VTIMEZONE (§3.6.5) are
///   read, and inside a VEVENT only its own properties (an ATTENDEE inside a VALARM is not a
///   participant).
/// - **Participants**: ORGANIZER and ATTENDEE (§3.8.4.3, §3.8.4.1): the address after `mailto:`
///   (any case), the name from CN. Attendees with PARTSTAT=DECLINED, and those with CUTYPE=ROOM
///   or RESOURCE (rooms and projectors are not people), are left out; so is the organiser's own
///   ATTENDEE line. Participants are de-duplicated by address, case-insensitively; the owner's
///   addresses (`ownerEmails`) count as one.
/// - **Start** (§3.3.4, §3.3.5): DTSTART in UTC (`Z`), with a TZID (`ICalendarTimeZones`: IANA
///   names through Foundation, else the file's VTIMEZONE), floating (read as UTC), or a DATE (an
///   all-day event, dated 00:00 UTC of that day). DTEND and DURATION are not read.
/// - **Recurrence** (§3.8.5): the set is DTSTART, every RRULE occurrence (`RecurrenceRule`) and
///   every RDATE (PERIOD values by their start), minus every EXDATE. An EXDATE given as a DATE for
///   an event with times removes the occurrences on that day. Expansion stops at `asOf`: no
///   occurrence after it is ever produced, and a single event after it is skipped.
/// - **Overrides** (RECURRENCE-ID, §3.8.4.4): a VEVENT with the UID of a recurring one and a
///   RECURRENCE-ID replaces that occurrence: its DTSTART is the new date, its participants (the
///   master's when it lists no ATTENDEE), its STATUS (CANCELLED removes the occurrence). An
///   override whose occurrence is not in the expanded set (its master is missing, or it moved an
///   instance past the rule's end) stands as an event of its own. RANGE=THISANDFUTURE is read as
///   this instance only.
/// - **Key**: `UID@YYYYMMDDTHHMMSSZ`, the occurrence's original start in UTC (for an override,
///   its RECURRENCE-ID, so that a moved meeting keeps its key). An event with no UID gets
///   `ics-hash:` and the FNV-1a hash of its DTSTART, ORGANIZER and SUMMARY values as its UID.
/// - **Skipped with a reason**: STATUS:CANCELLED events, events with no other participant than
///   the organiser (or none at all), single events after `asOf`.
/// - **Problems**: lines that are not content lines, BEGIN without END (the component is
///   dropped) or END without BEGIN, an unreadable DTSTART/RDATE/EXDATE/RECURRENCE-ID or RRULE, a
///   VEVENT without DTSTART (dropped); warnings for RRULE parts not expanded and unknown TZIDs.
///
/// - Complexity: O(lines + occurrences up to `asOf`).
public enum ICalendarImporter {
    /// - Parameters:
    ///   - path: the .ics file.
    ///   - asOf: occurrences after this instant are not produced.
    ///   - ownerEmails: the owner's addresses (any case); they are not listed in `people`.
    ///   - displayName: how the file is named in sources and diagnostics (default: `path`).
    /// - Throws: `InputMissing` when the file cannot be opened or read.
    public static func read(path: String, asOf: Date, ownerEmails: Set<String> = [],
                            displayName: String? = nil) throws -> ImportBatch {
        try read(.file(path: path), display: displayName ?? path, asOf: asOf, ownerEmails: ownerEmails)
    }

    /// The same import from the bytes of an .ics file already in memory: the batch (people,
    /// touches, skips, problems with their `file:line:column`) is the one `read(path:)` gives for a
    /// file holding these bytes and shown as `displayName`. Used by tests and the fuzz target.
    public static func read(bytes: [UInt8], displayName: String, asOf: Date, ownerEmails: Set<String> = []) throws -> ImportBatch {
        try bytes.withUnsafeBufferPointer { try read(.bytes($0), display: displayName, asOf: asOf, ownerEmails: ownerEmails) }
    }

    /// The same, with the skipping ahead of long recurrences (`RecurrenceRule.skipAhead`) on or
    /// off: for the test that checks it changes nothing.
    static func read(bytes: [UInt8], displayName: String, asOf: Date, ownerEmails: Set<String> = [],
                     skipsAhead: Bool) throws -> ImportBatch {
        try bytes.withUnsafeBufferPointer {
            try read(.bytes($0), display: displayName, asOf: asOf, ownerEmails: ownerEmails, skipsAhead: skipsAhead)
        }
    }

    private static func read(_ input: ChunkedLineReader.Input, display: String, asOf: Date,
                             ownerEmails: Set<String>, skipsAhead: Bool = true) throws -> ImportBatch {
        var reader = ICalendarFileReader(display: display)
        var lineProblems = [Diagnostic]()
        try ICalendarContentLine.forEach(input, display: reader.display, problems: &lineProblems) { reader.take($0) }
        reader.finish()
        var builder = ICalendarTouchBuilder(display: reader.display, asOf: Int(asOf.timeIntervalSince1970.rounded(.down)),
                                            owners: Set(ownerEmails.map { $0.lowercased() }), zones: reader.zones)
        builder.problems = reader.problems + lineProblems
        builder.skipsAhead = skipsAhead
        builder.build(reader.events)
        var batch = ImportBatch()
        batch.people = builder.people
        batch.touches = builder.touches
        batch.skipped = builder.skipped
        batch.problems = builder.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return batch
    }
}

/// The properties of one VEVENT that the importer uses, as content lines.
struct ICalendarEventRecord {
    var line: Int
    var uid: String?
    var summary = ""
    var dtstart: ICalendarContentLine?
    var rrules: [ICalendarContentLine] = []
    var rdates: [ICalendarContentLine] = []
    var exdates: [ICalendarContentLine] = []
    var recurrenceID: ICalendarContentLine?
    var status = ""
    var organizer: ICalendarContentLine?
    var attendees: [ICalendarContentLine] = []
}

/// Pass 1: the component tree of the file, keeping VEVENT records and VTIMEZONE definitions.
struct ICalendarFileReader {
    let display: String
    var events: [ICalendarEventRecord] = []
    let zones = ICalendarTimeZones()
    var problems: [Diagnostic] = []
    private var stack: [(name: String, line: Int)] = []
    private var event: ICalendarEventRecord?
    private var zoneID: String?
    private var zoneObservances: [TimeZoneObservance] = []
    private var observance: [String: ICalendarContentLine] = [:]
    private var observanceRDates: [ICalendarContentLine] = []

    init(display: String) { self.display = display }

    private mutating func problem(_ c: ICalendarContentLine, _ message: String, column: Int? = nil,
                                  severity: Diagnostic.Severity = .error) {
        problems.append(Diagnostic(file: display, line: c.line, column: column ?? c.valueColumn,
                                   message: message, severity: severity))
    }

    mutating func take(_ c: ICalendarContentLine) {
        switch c.name {
        case "BEGIN":
            let name = c.value.uppercased()
            stack.append((name, c.line))
            if name == "VEVENT", stack.count >= 2, stack[stack.count - 2].name == "VCALENDAR" {
                event = ICalendarEventRecord(line: c.line)
            } else if name == "VTIMEZONE" {
                zoneID = nil; zoneObservances = []
            } else if name == "STANDARD" || name == "DAYLIGHT" {
                observance = [:]; observanceRDates = []
            }
        case "END":
            let name = c.value.uppercased()
            guard let open = stack.lastIndex(where: { $0.name == name }) else {
                problem(c, "END:\(c.value) without a BEGIN:\(c.value)")
                return
            }
            for unclosed in stack[(open + 1)...].reversed() {
                problems.append(Diagnostic(file: display, line: unclosed.line, column: 1,
                                           message: "BEGIN:\(unclosed.name) has no END:\(unclosed.name) before END:\(name); the component is left out"))
                drop(unclosed.name)
            }
            stack.removeSubrange(open...)
            close(name, at: c)
        default:
            guard let top = stack.last?.name else {
                problem(c, "\(c.name) outside any BEGIN:VCALENDAR", column: 1)
                return
            }
            if top == "VEVENT", event != nil { eventProperty(c) }
            else if top == "VTIMEZONE", c.name == "TZID" { zoneID = c.value }
            else if top == "STANDARD" || top == "DAYLIGHT" {
                if c.name == "RDATE" { observanceRDates.append(c) } else if observance[c.name] == nil { observance[c.name] = c }
            }
        }
    }

    private mutating func eventProperty(_ c: ICalendarContentLine) {
        switch c.name {
        case "UID": event!.uid = c.value
        case "SUMMARY": event!.summary = c.text
        case "DTSTART": event!.dtstart = c
        case "RRULE": event!.rrules.append(c)
        case "RDATE": event!.rdates.append(c)
        case "EXDATE": event!.exdates.append(c)
        case "RECURRENCE-ID": event!.recurrenceID = c
        case "STATUS": event!.status = c.value.uppercased()
        case "ORGANIZER": event!.organizer = c
        case "ATTENDEE": event!.attendees.append(c)
        default: break
        }
    }

    private mutating func drop(_ name: String) {
        if name == "VEVENT" { event = nil }
        if name == "VTIMEZONE" { zoneID = nil; zoneObservances = [] }
    }

    private mutating func close(_ name: String, at c: ICalendarContentLine) {
        switch name {
        case "VEVENT":
            if let e = event { events.append(e) }
            event = nil
        case "STANDARD", "DAYLIGHT":
            guard let dt = observance["DTSTART"], let start = ICalendarTime.parse(dt.value, tzid: nil),
                  let toLine = observance["TZOFFSETTO"], let to = ICalendarTimeZones.parseOffset(toLine.value) else {
                problem(c, "\(name) of a VTIMEZONE without a readable DTSTART and TZOFFSETTO; left out", column: 1)
                return
            }
            let from = observance["TZOFFSETFROM"].flatMap { ICalendarTimeZones.parseOffset($0.value) } ?? to
            var o = TimeZoneObservance(start: start, offsetFrom: from, offsetTo: to)
            if let r = observance["RRULE"] {
                do { o.rule = try RecurrenceRule.parse(r.value) } catch RecurrenceRule.ParseError.message(let m) {
                    problem(r, m)
                } catch {}
            }
            o.rdates = observanceRDates.flatMap { $0.value.split(separator: ",").compactMap { ICalendarTime.parse(String($0), tzid: nil) } }
            zoneObservances.append(o)
        case "VTIMEZONE":
            if let id = zoneID, !zoneObservances.isEmpty { zones.definitions[id] = zoneObservances }
        default: break
        }
    }

    mutating func finish() {
        for unclosed in stack.reversed() {
            problems.append(Diagnostic(file: display, line: unclosed.line, column: 1,
                                       message: "BEGIN:\(unclosed.name) is never ended (no END:\(unclosed.name)); the component is left out"))
        }
        stack = []
        event = nil
    }
}
