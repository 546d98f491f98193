import Foundation
import Testing

@Test func synthWritesAWorkspaceThatChecksCleanAndIsReproducible() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    let a = try runLiaison(["synth", "--contacts", "150", "--seed", "4", "--out", "a"], in: tmp)
    #expect(a.status == 0, "\(a.stderr)")
    #expect(a.stderr.hasPrefix("wrote a: 150 contacts, "))
    let b = try runLiaison(["synth", "--contacts", "150", "--seed", "4", "--out", "b"], in: tmp)
    #expect(b.status == 0)
    for name in ["contacts.csv", "interactions.csv", "ties.csv", "introductions.csv", "deals.csv",
                 "deliveries.csv", "feedback.csv"] {
        let x = try Data(contentsOf: tmp.appendingPathComponent("a/" + name))
        let y = try Data(contentsOf: tmp.appendingPathComponent("b/" + name))
        #expect(x == y, "\(name) differs between two runs with the same seed")
    }
    let check = try runLiaison(["check", "a"], in: tmp)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("contacts.csv       ok       150"))
    // No temporary files are left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("a").path)
    #expect(left.filter { $0.hasPrefix(".") } == [".liaison.lock"])   // the lock file stays, by design
}

@Test func synthRefusesToOverwriteAWorkspaceWithoutForce() throws {
    let tmp = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: tmp) }
    try writeWorkspace(["contacts.csv": "id,name\nmine,Mine\n"], named: "ws", in: tmp)
    let refused = try runLiaison(["synth", "--contacts", "20", "--out", "ws"], in: tmp)
    #expect(refused.status == 64)
    #expect(try String(contentsOf: tmp.appendingPathComponent("ws/contacts.csv"), encoding: .utf8) == "id,name\nmine,Mine\n")
    let forced = try runLiaison(["synth", "--contacts", "20", "--out", "ws", "--force"], in: tmp)
    #expect(forced.status == 0)
    #expect(try runLiaison(["synth", "--contacts", "0", "--out", "x"], in: tmp).status == 64)
    #expect(try runLiaison(["synth", "--contacts", "5", "--months", "12", "--out", "x"], in: tmp).status == 64)
}
