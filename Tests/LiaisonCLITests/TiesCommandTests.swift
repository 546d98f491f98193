import Foundation
import Testing

/// A small workspace on disk: me, Anna (client, many recent meetings, answers fast), Boris (one old
/// e-mail), Carla (supplier) and a declared Anna–Boris tie.
func writeTieWorkspace(extraToml: String = "") throws -> URL {
    let dir = try temporaryDirectory()
    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }
    try write("contacts.csv", """
    id,name,kind
    me,Me,me
    anna,Анна Петрова,client
    boris,Boris,partner
    carla,"=HYPERLINK(""x"")",supplier

    """)
    var rows = ["date,from,to,channel,reply_hours"]
    for k in 0..<6 { rows.append("2026-0\(3 + k / 3)-\(10 + k)T10:00,me,anna,meeting,") }
    for k in 0..<10 { rows.append("2026-05-\(10 + k),me,anna,email,\(k < 9 ? "3" : "")") }
    rows.append("2024-01-05,me,boris,email,")
    rows.append("2026-05-01,carla,me,email,")
    try write("interactions.csv", rows.joined(separator: "\n") + "\n")
    try write("ties.csv", "a,b,strength,kind\nanna,boris,4,friends\n")
    try write("deals.csv", "date,contact,amount,status,source\n2026-04-01,anna,5000,won,boris\n")
    try write("liaison.toml", "# my settings\nme = \"me\"\nas_of = 2026-06-01\n" + extraToml)
    return dir
}

@Suite struct TiesCommandTests {
    @Test func csvHasTheDocumentedHeaderAndOneRowPerPair() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "a,b,strength,class,last_touch,touches,recency,intensity,frequency,reciprocity,duration,"
                + "responsiveness,exchange,embeddedness,declared")
        // Pairs: me–anna (touches, deal), me–boris (e-mail, deal source), anna–boris (declared, deal),
        // me–carla (e-mail).
        #expect(lines.count == 5)
        let first = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(first[0] == "me" && first[1] == "anna")  // the strongest first, a before b in contacts.csv
        #expect(first[3] == "strong")
        #expect(first[4] == "2026-05-19")
        #expect(first[5] == "16")
        // The hostile name never reaches the CSV as a formula (ids only in a, b).
        #expect(!r.stdout.contains("=HYPERLINK"))
        let boris = try #require(lines.first { $0.hasPrefix("boris,me,") || $0.hasPrefix("me,boris,") })
        #expect(boris.contains(",2024-01-05,1,"))
    }

    @Test func explainSpeaksInSentences() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--explain", "anna", "me"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("You and Анна Петрова: strength "))
        #expect(r.stdout.contains("In the last 90 days you met 6 times and exchanged 10 e-mails"))
        #expect(r.stdout.contains("Анна Петрова answered 9 of 10 of your messages in the last 12 months and in the whole history, usually within 3 hours"))
        #expect(r.stdout.contains("You reached out 16 times and Анна Петрова never: mostly one-sided"))
        #expect(r.stdout.contains("1 deal (1 won)"))
    }

    @Test func explainOfAnUnknownIdIsADataError() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--explain", "anna", "nobody"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("--explain nobody: no contact has this id or name"))
        #expect(r.stdout.isEmpty)
    }

    @Test func asOfMovesTheDate() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        // As of 2024-06-01 only the e-mail to Boris (and the declared tie) exist.
        let r = try runLiaison(["ties", ws.path, "--as-of", "2024-06-01", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let pairs = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: "-") }
        #expect(Set(pairs) == ["me-boris", "anna-boris"])
        let json = try runLiaison(["ties", ws.path, "--as-of", "2024-06-01", "--format", "json"])
        #expect(json.stdout.contains("\"as_of\": \"2024-06-01\""))
        let bad = try runLiaison(["ties", ws.path, "--as-of", "yesterday"])
        #expect(bad.status == 64)
    }

    @Test func badTieStrengthConfigIsADataError() throws {
        let ws = try writeTieWorkspace(extraToml: "[tie_strength]\nhalf_life_days = 0\n")
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("liaison.toml:5:18: [tie_strength] half_life_days"))
        #expect(r.stdout.isEmpty)
    }

    @Test func contactsListsKPIsAndAdvice() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["contacts", ws.path, "--format", "csv", "--kind", "client"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("id,name,kind,quality,advice,strength,class,deals_won,revenue,") == true)
        #expect(lines.count == 2)
        // Anna: 1 deal of 5000 (the only revenue, so the reference is 5000: score ½); 9 of 10 e-mails
        // answered in 3 h; strong tie → keep.
        #expect(lines[1].hasPrefix("anna,Анна Петрова,client,"))
        #expect(lines[1].contains(",keep,"))
        #expect(lines[1].contains(",1,5000,0,0,16,"))
        let partner = try runLiaison(["contacts", ws.path, "--format", "json", "--kind", "partner"])
        #expect(partner.stdout.contains("\"credited_revenue\": 5000"))
    }
}

@Suite struct CalibrateCommandTests {
    @Test func calibrateReportsAndWritesOnlyWhenAsked() throws {
        let ws = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: ws) }
        let synth = try runLiaison(["synth", "--contacts", "300", "--seed", "7", "--out", ws.path, "--force"])
        #expect(synth.status == 0, "\(synth.stderr)")
        let tomlURL = ws.appendingPathComponent("liaison.toml")
        let before = try String(contentsOf: tomlURL, encoding: .utf8)

        let dry = try runLiaison(["calibrate", ws.path, "--folds", "3"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("fitted (3-fold CV)"))
        #expect(dry.stdout.contains("recency"))
        #expect(try String(contentsOf: tomlURL, encoding: .utf8) == before)

        let wet = try runLiaison(["calibrate", ws.path, "--folds", "3", "--write"])
        #expect(wet.status == 0, "\(wet.stderr)")
        let after = try String(contentsOf: tomlURL, encoding: .utf8)
        #expect(after.hasPrefix(before.trimmingCharacters(in: .newlines)))  // comments and goals kept
        #expect(after.contains("[tie_strength.weights]\nintercept = "))
        // The workspace still loads with the new weights.
        let ties = try runLiaison(["ties", ws.path, "--top", "3"])
        #expect(ties.status == 0, "\(ties.stderr)")
    }

    @Test func tooFewLabelsIsNoResult() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["calibrate", ws.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("calibration needs labelled ties"))
    }
}
