import Foundation
import Testing

/// `liaison agenda` and `liaison show` end to end, on a small hand-written workspace.
@Suite struct AgendaCommandTests {
    /// me; weekly (a weekly e-mail tie, last touch 3 weeks before as_of); two "Sam Lee"; a hostile name.
    func workspace() throws -> URL {
        let dir = try temporaryDirectory()
        try """
        id,name,kind,organization
        me,Alex Morgan,me,
        weekly,Вера Недельная,client,Nord Cargo
        twin-1,Sam Lee,other,
        twin-2,Sam Lee,partner,
        evil,"Eve\u{1B}[2J\u{202E}lyn",other,"Bad\u{7}Corp"

        """.write(to: dir.appendingPathComponent("contacts.csv"), atomically: true, encoding: .utf8)
        var rows = "date,from,to,channel,reply_hours,note\n"
        let asOf = ISODateText.day(2026, 6, 1)
        for k in 0 ..< 20 { rows += "\(ISODateText.minus(asOf, 21 + 7 * k)),me,weekly,email,3,\n" }
        for k in 0 ..< 20 { rows += "\(ISODateText.minus(asOf, 30 + 7 * k)),me,evil,call,1,\"hi \u{1B}]0;pwn\u{7}\"\n" }
        rows += "\(ISODateText.minus(asOf, 2)),me,twin-1,email,,\n"
        try rows.write(to: dir.appendingPathComponent("interactions.csv"), atomically: true, encoding: .utf8)
        try "as_of = 2026-06-01\n".write(to: dir.appendingPathComponent("liaison.toml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func theAgendaSaysWhyAndWhichChannel() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runLiaison(["agenda", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Agenda for Alex Morgan as of 2026-06-01, looking 7 days ahead: 2 contacts.\n"))
        let line = try #require(r.stdout.split(separator: "\n").first { $0.contains("Вера Недельная") })
        #expect(line.contains("overdue") && line.contains("email") && line.contains("2026-05-11")
                && line.contains("usually every week; last touch 3 weeks ago"))
        #expect(!r.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{7}" })
    }

    @Test func jsonAndCSVParseWithPythonsOwnParsers() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try runLiaison(["agenda", dir.path, "--format", "json"])
        let csv = try runLiaison(["agenda", dir.path, "--format", "csv"])
        #expect(json.status == 0 && csv.status == 0)
        try json.stdout.write(to: dir.appendingPathComponent("agenda.json"), atomically: true, encoding: .utf8)
        try csv.stdout.write(to: dir.appendingPathComponent("agenda.csv"), atomically: true, encoding: .utf8)
        let script = """
        import csv, json, sys
        a = json.load(open(sys.argv[1], encoding="utf-8"))
        rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
        out = [a["ego"]["id"], str(len(a["items"]))]
        for item, row in zip(a["items"], rows):
            out.append("|".join([item["contact"]["id"], row["id"], item["reasons"][0]["reason"], row["reason"],
                                 item["channel"], row["channel"], item["contact"]["name"]]))
        print("\\n".join(out))
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, dir.appendingPathComponent("agenda.json").path, dir.appendingPathComponent("agenda.csv").path]
        let pipe = Pipe()
        p.standardOutput = pipe
        do { try p.run() } catch { print("python3 not available: skipped"); return }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.prefix(2) == ["me", "2"])
        #expect(lines.contains("weekly|weekly|overdue|overdue|email|email|Вера Недельная"))
        // The hostile name comes back from JSON exactly as written (escaped, not altered).
        #expect(lines.contains("evil|evil|overdue|overdue|call|call|Eve\u{1B}[2J\u{202E}lyn"))
    }

    @Test func aSnoozeFromTheCommandLineHidesTheContactUntilItsDate() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snooze = try runLiaison(["agenda", dir.path, "snooze", "вера недельная", "--until", "2026-06-15"])
        #expect(snooze.status == 0, "\(snooze.stderr)")
        #expect(snooze.stdout == "weekly snoozed until 2026-06-15\n")
        let hidden = try runLiaison(["agenda", dir.path])
        #expect(!hidden.stdout.contains("Вера") && hidden.stdout.contains("Left out (cadence.csv): 1 snoozed."))
        let back = try runLiaison(["agenda", dir.path, "--as-of", "2026-06-15"])
        #expect(back.stdout.contains("Вера Недельная"))
        #expect(try runLiaison(["check", dir.path]).stdout.contains("cadence.csv"))
        // no-cadence, then resume.
        #expect(try runLiaison(["agenda", dir.path, "no-cadence", "evil"]).status == 0)
        #expect(try runLiaison(["agenda", dir.path, "--as-of", "2026-06-15"]).stdout.contains("1 marked no cadence"))
        #expect(try runLiaison(["agenda", dir.path, "resume", "weekly"]).status == 0)
        #expect(try runLiaison(["agenda", dir.path]).stdout.contains("Вера Недельная"))
    }

    @Test func badContactsAndUsageErrors() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let unknown = try runLiaison(["agenda", dir.path, "snooze", "Wekly", "--until", "2026-07-01"])
        #expect(unknown.status == 65 && unknown.stderr.contains("did you mean"))
        let ambiguous = try runLiaison(["agenda", dir.path, "no-cadence", "Sam Lee"])
        #expect(ambiguous.status == 65 && ambiguous.stderr.contains("several contacts have this name"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cadence.csv").path))
        #expect(try runLiaison(["agenda", dir.path, "snooze", "weekly"]).status == 64)
        #expect(try runLiaison(["agenda", dir.path, "--until", "2026-07-01"]).status == 64)
        let missing = dir.appendingPathComponent("nope").path
        #expect(try runLiaison(["agenda", missing, "no-cadence", "weekly"]).status == 66)
        #expect(!FileManager.default.fileExists(atPath: missing))
        // A bad cadence.csv row: file:line:column, exit 65.
        try "contact,snooze_until\nweekly,someday\n".write(to: dir.appendingPathComponent("cadence.csv"), atomically: true, encoding: .utf8)
        let bad = try runLiaison(["agenda", dir.path])
        #expect(bad.status == 65 && bad.stderr.contains("cadence.csv:2:8: bad date 'someday' in snooze_until"))
    }

    @Test func showByIdByNameAndBadNames() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byID = try runLiaison(["show", dir.path, "weekly"])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.hasPrefix("Вера Недельная (weekly) — client, Nord Cargo\n"))
        for heading in ["KPIs", "Tie with you", "Strongest ties", "Groups they bridge", "What they can do for your goals",
                        "Introductions made (0)", "Introductions received (0)", "Last touches"] {
            #expect(byID.stdout.contains("\n\(heading)\n"), "\(heading)")
        }
        let byName = try runLiaison(["show", dir.path, "ВЕРА НЕДЕЛЬНАЯ"])
        #expect(byName.status == 0 && byName.stdout == byID.stdout)
        let ambiguous = try runLiaison(["show", dir.path, "Sam Lee"])
        #expect(ambiguous.status == 65 && ambiguous.stderr.contains("twin-1 (Sam Lee)"))
        let unknown = try runLiaison(["show", dir.path, "Vera Nedelnaja"])
        #expect(unknown.status == 65)
        let typo = try runLiaison(["show", dir.path, "weekyl"])
        #expect(typo.status == 65 && typo.stderr.contains("did you mean weekly"))
        #expect(try runLiaison(["show", dir.path, "weekly", "--format", "csv"]).status == 64)
    }

    @Test func showJSONAndHostileText() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try runLiaison(["show", dir.path, "evil"])
        #expect(text.status == 0)
        #expect(!text.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{7}" })
        let json = try runLiaison(["show", dir.path, "evil", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["contact"] as? [String: Any])?["organization"] as? String == "Bad\u{7}Corp")
        let touches = try #require(object["last_touches"] as? [[String: Any]])
        #expect(touches.count == 5 && touches[0]["note"] as? String == "hi \u{1B}]0;pwn\u{7}")
        #expect((object["tie_with_you"] as? [String: Any])?["class"] is String)
    }
}

/// Dates for the hand-written files.
enum ISODateText {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        var c = DateComponents(); c.year = y; c.month = m; c.day = d
        var cal = Calendar(identifier: .gregorian); cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: c)!
    }
    static func minus(_ date: Date, _ days: Int) -> String {
        let f = DateFormatter(); f.dateFormat = "yyyy-MM-dd"; f.timeZone = TimeZone(identifier: "UTC"); f.locale = Locale(identifier: "en_US_POSIX")
        return f.string(from: date.addingTimeInterval(-Double(days) * 86_400))
    }
}
