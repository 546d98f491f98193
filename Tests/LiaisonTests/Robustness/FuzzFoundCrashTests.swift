import Foundation
import Testing
@testable import Liaison

/// Crashes the coverage-guided libFuzzer runs of issue 19 found, each fixed in the source; the
/// inputs themselves are also in fuzz/regressions/<target>/ and replayed by FuzzReplayTests.
@Suite struct FuzzFoundCrashTests {
    private func loadGraphML(_ text: String) throws -> LoadedEdgeList {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-pi-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.graphml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try EdgeListLoader.load(path: path, directed: nil, format: .graphml, threads: 1)
    }

    /// `edges-graphml` found `<?xml?>\n<graphml xml?xml vns="http://graphml.gr<?xml veap`: a
    /// processing instruction without data reached FoundationXML, whose handler calls strlen on
    /// libxml2's NULL data pointer — SIGSEGV, `liaison summary --edges g.graphml` exit 139. Now it is
    /// refused at its place before the XML parser, exit 65 like any bad input.
    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<graphml><?foo?></graphml>", "g.graphml:2:10:"),
        ("<?xml?>\n<graphml/>", "g.graphml:1:1:"),
        ("<graphml>\n  <node id=\"ж\"/><?ш?>\n</graphml>", "g.graphml:2:17:"),
    ])
    func issue19FuzzGraphMLProcessingInstructionWithoutDataIsRefused(_ input: String, _ place: String) throws {
        do {
            _ = try loadGraphML(input)
            Issue.record("loaded \(input.debugDescription)")
        } catch let e as InputErrors {
            let shown = e.diagnostics.map { d in
                var d = d
                d.file = "g.graphml"
                return d.description
            }
            #expect(shown.count == 1)
            #expect(shown.first?.hasPrefix(place + " a processing instruction without data") == true, "\(shown)")
        }
    }

    /// What stays accepted: an instruction with data or with a space before `?>` (libxml2 then
    /// passes a string, not NULL), and `<?foo?>` inside a comment or CDATA, where it is text.
    @Test func issue19FuzzGraphMLInstructionsWithDataAndQuotedOnesStillLoad() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet href="x.xsl"?>
            <graphml><?foo ?><!-- <?foo?> --><graph edgedefault="undirected">
            <node id="a"/><node id="b"><data key="d"><![CDATA[<?bar?>]]></data></node>
            <edge source="a" target="b"/></graph></graphml>
            """
        let loaded = try loadGraphML(text)
        #expect(loaded.names.count == 2)
        #expect(loaded.network.graph.edgeCount == 1)
    }

    @Test func issue19FuzzEmptyInstructionFinderMatchesByHand() {
        func find(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { XMLInstructionCheck.firstEmptyInstruction($0) } }
        #expect(find("<?a?>") == 0)
        #expect(find("ab<?xml?>") == 2)
        #expect(find("<? a?>") == nil)          // no target: libxml2 reports an error, no callback
        #expect(find("<?a ?>") == nil)
        #expect(find("<!--<?a?>--><?b?>") == 12)
        #expect(find("<![CDATA[<?a?>]]>") == nil)
        #expect(find("<!-- unterminated <?a?>") == nil)
        #expect(find("<?a") == nil)
        #expect(find("<?a?") == nil)
    }

    /// `edges-pajek` found (fuzz/regressions/edges-pajek/vertices-zero-labels-not-one-to-n, 2026-12-02):
    /// after `*Vertices 0` no vertex number was bounded, so labels of vertices 1, 2, 3, 6 and arcs up
    /// to vertex 4 made "as many labels as vertices" true while vertex 4 had none; the force-unwrap of
    /// its label trapped (`liaison summary --edges f.net`: "Unexpectedly found nil", exit 132).
    /// Now `*Vertices 0` bounds vertex numbers like any `*Vertices N` (each one is refused at its
    /// place), and labels become ids only when each of 1 … n has one.
    @Test func issue19FuzzPajekVerticesZeroWithLabelsIsRefusedNotTrapped() throws {
        func load(_ text: String) throws -> LoadedEdgeList {
            try EdgeListLoader.load(bytes: Array(text.utf8), name: "f.net", directed: nil, format: nil, threads: 1)
        }
        for text in ["*Vertices 0\n2 \"B\"\n*Edges\n1 1\n",
                     "% hand-written\n*Network test\n*Vertices 0\n1 \"Анна\" 0.1 0.2 0.5\n2 \"Bob\"\n3 \"Cécile\" ic Red\n6 \"2 2.5\n*Arcs\n3 4 1\n"] {
            do {
                let loaded = try load(text)
                Issue.record("loaded \(loaded.names) from \(text.debugDescription)")
            } catch let e as InputErrors {
                let first = e.diagnostics.first?.description ?? ""
                #expect(first.hasPrefix("f.net:") && first.contains("is beyond '*Vertices 0'"), "\(e.diagnostics)")
            }
        }
        #expect(throws: InputErrors.self) { try load("*Vertices 0\n2 \"B\"\n*Edges\n1 1\n") }
        // The minimal case's places, by hand: vertex 2 on line 2, vertex 1 (twice) on line 4.
        do { _ = try load("*Vertices 0\n2 \"B\"\n*Edges\n1 1\n") } catch let e as InputErrors {
            #expect(e.diagnostics.map(\.description) == ["f.net:2:1: vertex 2 is beyond '*Vertices 0'",
                                                         "f.net:4:1: vertex 1 is beyond '*Vertices 0'"])
        }
        // Still read: labels of every vertex become ids; a missing label keeps numbers for all.
        let labelled = try load("*Vertices 3\n1 \"A\"\n2 \"B\"\n3 \"C\"\n*Edges\n1 2\n2 3\n")
        #expect(labelled.network.labels == ["A", "B", "C"])
        let numbered = try load("*Vertices 3\n1 \"A\"\n3 \"C\"\n*Edges\n1 2\n2 3\n")
        #expect(numbered.network.labels == ["1", "2", "3"])
        #expect(numbered.names == ["A", "2", "C"])
    }

    // edges-pajek, 2026-12-02: "*Edgeslist" then "5 0…08000000001 2" asked for an index of eight
    // billion vertices (every vertex 1 … N is a node), and ASan stopped it at 32 GB.
    @Test func issue19FuzzPajekHugeVertexNumberIsRefusedNotAllocated() throws {
        func load(_ text: String) throws -> LoadedEdgeList {
            try EdgeListLoader.load(bytes: Array(text.utf8), name: "f.net", directed: nil, format: nil, threads: 1)
        }
        // Places by hand: the second field of line 2 starts at column 3; '*Vertices' is line 1.
        do { _ = try load("*Edgeslist\n5 8000000001 2\n"); Issue.record("loaded") } catch let e as InputErrors {
            #expect(e.diagnostics.map(\.description) == ["f.net:2:3: vertex 8000000001 is over the limit of 10000000 vertices"])
        }
        do { _ = try load("*Vertices 20000000\n"); Issue.record("loaded") } catch let e as InputErrors {
            #expect(e.diagnostics.map(\.description) == ["f.net:1:1: '*Vertices 20000000' is over the limit of 10000000 vertices"])
        }
        // At the limit's scale, but inside it: ten declared vertices, one edge, ten nodes.
        let small = try load("*Vertices 10\n*Edges\n1 10\n")
        #expect(small.network.labels.count == 10)
    }

    // mbox, 2026-12-02: an envelope year of 4444444444442026 overflowed the seconds since 1970
    // (Swift's overflow trap, exit 132). Years now have to be 1–9999, as RFC 5322 writes them.
    @Test func issue19FuzzMboxEnvelopeYearBeyond9999IsNotATrap() throws {
        #expect(MailDate.parse("Mon Mar  2 09:00:00 4444444444442026") == nil)
        #expect(MailDate.parse("Mon, 2 Mar 10000 09:00:00 +0000") == nil)
        #expect(MailDate.parse("Mon, 2 Mar 2026 09:-5:00 +0000") == nil)
        // 2026-03-02T09:00:00Z is 1,772,442,000 s after 1970 (Python's datetime gives the same).
        #expect(MailDate.parse("Mon, 2 Mar 2026 09:00:00 +0000")?.timeIntervalSince1970 == 1_772_442_000)
        #expect(MailDate.parse("Fri, 31 Dec 9999 23:59:59 +0000") != nil)
        let mbox = "From anna@example.ru Mon Mar  2 09:00:00 4444444444442026\nFrom: Anna <anna@example.ru>\n"
            + "To: Me <me@example.com>\nDate: Mon, 2 Mar 2026 09:00:00 +0000\nSubject: hi\n\nbody\n"
        let batch = try MboxImporter.read(bytes: Array(mbox.utf8), displayName: "m.mbox", ownerEmails: ["me@example.com"])
        #expect(batch.touches.count == 1)
    }

    // ics, 2026-12-02: "DTSTART:02260105T090000Z" with a daily rule and no end expanded 657,000
    // occurrences up to the as-of date (a libFuzzer timeout). One event now gives at most 10,000,
    // the latest, with a warning that says how many there were.
    @Test func issue19FuzzICalendarRuleFromYear226KeepsTheLatestOccurrences() throws {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\nDTSTART:02260105T090000Z\r\n"
            + "RRULE:FREQ=DAILY\r\nORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:a@x.example\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n"
        let asOf = try #require(ISODate.parse("2026-06-01"))
        let batch = try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf, ownerEmails: ["me@example.com"])
        let dates = batch.touches.map(\.date).sorted()
        #expect(dates.count == ICalendarTouchBuilder.maxOccurrences)
        // The last occurrence before 2026-06-01 is 2026-05-31 09:00 UTC (1,780,218,000 s); the first
        // kept is 9,999 days earlier.
        #expect(dates.last?.timeIntervalSince1970 == 1_780_218_000)
        let first = try #require(dates.first?.timeIntervalSince1970)
        #expect(first == Double(1_780_218_000 - 9_999 * 86_400), "\(first.bitPattern) \(Double(1_780_218_000 - 9_999 * 86_400).bitPattern)")
        // 0226-01-05 … 2026-05-31 is 657,584 days inclusive (Python: date(2026,5,31) - date(226,1,5) + 1).
        #expect(batch.problems.contains { $0.message == "657584 occurrences up to the as-of date; only the latest 10000 are kept" && $0.line == 6 })
    }

    // ics, found by hand (2026-12-02) while reading the period arithmetic for the fuzz speed fix,
    // input fuzz/regressions/ics/interval-int-max: "RRULE:FREQ=DAILY;INTERVAL=9223372036854775807"
    // overflowed `startDay + period * interval` at the second period (Swift's trap, `liaison import
    // ics` exit 132), and so for WEEKLY, MONTHLY and YEARLY. INTERVAL is now read as at most
    // 3,660,000, past which the second occurrence is after year 9999 anyway.
    @Test(arguments: ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    func issue19ICalendarHugeIntervalIsNotATrap(_ freq: String) throws {
        func touches(_ interval: String) throws -> [Date] {
            let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20200105T090000Z\r\n"
                + "RRULE:FREQ=\(freq);INTERVAL=\(interval)\r\nORGANIZER:mailto:me@example.com\r\n"
                + "ATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            let asOf = try #require(ISODate.parse("9999-12-31"))
            return try ICalendarImporter.read(bytes: Array(ics.utf8), displayName: "c.ics", asOf: asOf,
                                              ownerEmails: ["me@example.com"]).touches.map(\.date)
        }
        // DTSTART only: 2020-01-05 09:00 UTC is 1,578,214,800 s since 1970.
        #expect(try touches("9223372036854775807") == [Date(timeIntervalSince1970: 1_578_214_800)])
        #expect(try touches("3660000") == [Date(timeIntervalSince1970: 1_578_214_800)])
        // Still expanded when the second occurrence falls before year 9999: 2020 + 7000 years.
        if freq == "YEARLY" { #expect(try touches("7000").count == 2) }    // 2020 and 9020
        if freq == "MONTHLY" { #expect(try touches("12").count == 7980) }   // 2020 … 9999, one a year
    }
}
