import Foundation
import Testing
@testable import Liaison

// cadence.csv: loading, errors with file:line:column, and the writer's round trip.

private func workspaceFolder(cadence: String? = nil) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-cadence-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try """
    id,name,kind
    me,Me,me
    anna,Анна Петрова,client
    boris,Boris Ivanov,investor
    twin-1,Sam Lee,other
    twin-2,Sam Lee,partner

    """.write(toFile: dir + "/contacts.csv", atomically: true, encoding: .utf8)
    if let cadence { try cadence.write(toFile: dir + "/cadence.csv", atomically: true, encoding: .utf8) }
    return dir
}

private func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

@Test func cadenceRowsLoad() throws {
    let dir = try workspaceFolder(cadence: "contact,snooze_until,no_cadence,note\nanna,2026-12-01,,back from leave\nboris,,YES,\n")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (ws, warnings) = try WorkspaceLoader.load(from: dir)
    #expect(warnings.isEmpty)
    #expect(ws.cadence == [CadenceSetting(contact: 1, snoozeUntil: ISODate.parse("2026-12-01"), note: "back from leave"),
                           CadenceSetting(contact: 2, noCadence: true)])
    let check = try WorkspaceCheck(directory: dir)
    #expect(check.files.first { $0.name == "cadence.csv" }?.rows == 2)
}

@Test func badCadenceRowsGiveFileLineColumn() throws {
    let dir = try workspaceFolder(cadence: """
    contact,snooze_until,no_cadence
    anna,2026-12-01,
    boris,2026-13-01,
    boris,,maybe
    anna,,yes
    ghost,,

    """)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/cadence.csv"
    #expect(throws: InputErrors.self) { try WorkspaceLoader.load(from: dir) }
    let check = try WorkspaceCheck(directory: dir)
    #expect(check.errors.map { "\($0.file):\($0.line):\($0.column)" } == [
        "\(file):3:7", "\(file):4:8", "\(file):5:1", "\(file):6:1",
    ])
    #expect(check.errors[0].message.hasPrefix("bad date '2026-13-01' in snooze_until"))
    #expect(check.errors[1].message.hasPrefix("no_cadence 'maybe' is not a yes or no"))
    #expect(check.errors[2].message == "contact 'anna' already has a row on line 2: one row per contact")
    #expect(check.errors[3].message.hasPrefix("unknown contact id 'ghost' in contact"))
}

@Test func withoutCadenceCSVCheckListsTheSameFilesAsBefore() throws {
    let dir = try workspaceFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let check = try WorkspaceCheck(directory: dir)
    #expect(!check.files.contains { $0.name == "cadence.csv" })
    #expect(check.files.map(\.name).last == "liaison.toml")
}

/// Applies a change and writes the result as the CLI does (the one writer).
private func apply(_ change: CadenceChange, _ contact: String, _ dir: String) throws -> String {
    let (files, summary) = try CadenceEdit.apply(change, to: contact, in: dir)
    for (name, bytes) in files {
        let out = try OutputFile(dir + "/" + name)
        try out.write(bytes)
        try out.commit()
    }
    return summary
}

@Test func theWriterRoundTrips() throws {
    let dir = try workspaceFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/cadence.csv"
    #expect(try apply(.snooze(until: ISODate.parse("2026-12-01")!), "анна петрова", dir) == "anna snoozed until 2026-12-01")
    #expect(try text(file) == "contact,snooze_until,no_cadence,note\nanna,2026-12-01,,\n")
    #expect(try apply(.noCadence, "boris", dir) == "boris marked no cadence")
    #expect(try apply(.noCadence, "anna", dir) == "anna marked no cadence")
    #expect(try text(file) == "contact,snooze_until,no_cadence,note\nanna,2026-12-01,true,\nboris,,true,\n")
    var (ws, _) = try WorkspaceLoader.load(from: dir)
    #expect(ws.cadence == [CadenceSetting(contact: 1, snoozeUntil: ISODate.parse("2026-12-01"), noCadence: true),
                           CadenceSetting(contact: 2, noCadence: true)])
    _ = try apply(.resume, "anna", dir)
    (ws, _) = try WorkspaceLoader.load(from: dir)
    #expect(ws.cadence == [CadenceSetting(contact: 1), CadenceSetting(contact: 2, noCadence: true)])
}

@Test func theWriterKeepsOtherBytesAndRejectsUnknownOrAmbiguousContacts() throws {
    // CRLF line ends, a column Liaison does not know and a quoted note stay as written.
    let original = "contact,no_cadence,owner,note\r\nboris,yes,olga,\"said \"\"later\"\"\"\r\n"
    let dir = try workspaceFolder(cadence: original)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try apply(.snooze(until: ISODate.parse("2027-01-15")!), "anna", dir)
    #expect(try text(dir + "/cadence.csv") == original.replacingOccurrences(of: "contact,no_cadence,owner,note\r\n", with: "contact,no_cadence,owner,note,snooze_until\r\n")
        + "anna,,,,2027-01-15\r\n")
    #expect { try CadenceEdit.apply(.noCadence, to: "Sam Lee", in: dir) } throws: { error in
        let e = error as? UnknownContact
        return e?.ambiguous == true && e?.suggestions == ["twin-1 (Sam Lee)", "twin-2 (Sam Lee)"]
    }
    #expect { try CadenceEdit.apply(.noCadence, to: "Borys", in: dir) } throws: { error in
        (error as? UnknownContact)?.description.contains("did you mean boris (Boris Ivanov)") == true
    }
}
