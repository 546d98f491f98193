import Foundation
import Testing

/// Kill tests for the workspace writers `import` and `log` (issue 19 item 5; issue 13 "an import
/// that fails half-way leaves the workspace as it was"). Each writer is started on a workspace with
/// known files and killed with SIGKILL at a random moment, 200 times. After each kill every data
/// file must be exactly its old or its new content, and the workspace must load (`check` exits 0):
/// `import` puts its files in place in name order (contacts.csv before interactions.csv and
/// ties.csv), so a kill between two renames leaves new contacts whose rows of other files are not
/// there yet — a valid workspace that the next, idempotent import completes. Temporary files a
/// killed writer leaves behind (the link-to-rename window of `OutputFile`) are complete copies and
/// ignored here; the writer's own kill tests check them.
@Suite(.serialized) struct ImportKillTests {
    static let tries = 200

    private func sample(_ name: String) -> String { packageRoot.appendingPathComponent("data/samples/\(name)").path }

    /// The data files (not the lock, not dot-files) of a folder.
    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files = [String: Data]()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    private func restore(_ folder: String, _ files: [String: Data]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        for (name, data) in files { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
    }

    private func killLoop(_ arguments: [String], workspace ws: String, old: [String: Data], new: [String: Data],
                          seed: UInt64) throws {
        var moments = KillMoments(state: seed)
        func start() throws -> Process { try startLiaison(arguments) }
        try restore(ws, old)
        let clock = ContinuousClock(), t0 = clock.now
        let full = try start()
        full.waitUntilExit()
        let d = clock.now - t0
        let duration = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        #expect(full.terminationStatus == 0)
        #expect(try snapshot(ws) == new, "an uninterrupted run writes the new files")
        var outcomes = (old: 0, new: 0, mixed: 0)
        for attempt in 0 ..< Self.tries {
            try restore(ws, old)
            let delay = attempt % 2 == 0 ? moments.next() * 1.2 * duration : (0.7 + 0.4 * moments.next()) * duration
            let p = try start()
            usleep(UInt32(delay * 1e6))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let now = try snapshot(ws)
            let context = "try \(attempt) (seed \(seed)), killed after \(Int(delay * 1000)) ms"
            #expect(Set(old.keys).isSubset(of: now.keys) && Set(now.keys).isSubset(of: Set(old.keys).union(new.keys)),
                    "files appeared or vanished: \(context)")
            for (name, data) in now {
                #expect(data == old[name] || data == new[name], "torn \(name): \(context)")
            }
            if now == old { outcomes.old += 1 } else if now == new { outcomes.new += 1 } else {
                outcomes.mixed += 1
                let check = try runLiaison(["check", ws])
                #expect(check.status == 0, "a half-done write left an invalid workspace: \(context): \(check.stderr)")
            }
        }
        #expect(outcomes.old > 0 && outcomes.new > 0, "\(outcomes)")
        print("kill loop \(arguments[0]): \(Self.tries) kills: old \(outcomes.old), new \(outcomes.new), "
              + "new contacts before their rows \(outcomes.mixed); one run \(Int(duration * 1000)) ms")
    }

    @Test("Kill tests for every writer: import")
    func killImport() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ws = tmp.appendingPathComponent("ws").path
        #expect(try runLiaison(["log", ws, "contact", "--name", "Алексей Воронов", "--kind", "me",
                                "--email", "alexey@routely.example"]).status == 0)
        let old = try snapshot(ws)
        let arguments = ["import", "auto", sample("Connections.csv"), sample("contacts.vcf"), "--into", ws]
        let once = try runLiaison(arguments)
        #expect(once.status == 0, "\(once.stderr)")
        let new = try snapshot(ws)
        #expect(new != old && new.count >= 2, "the import writes more than one file")
        try killLoop(arguments, workspace: ws, old: old, new: new, seed: 13)
    }

    @Test("Kill tests for every writer: log")
    func killLog() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ws = tmp.appendingPathComponent("ws").path
        #expect(try runLiaison(["log", ws, "contact", "--name", "Me", "--kind", "me"]).status == 0)
        #expect(try runLiaison(["log", ws, "contact", "--name", "Анна Петрова"]).status == 0)
        let old = try snapshot(ws)
        let arguments = ["log", ws, "touch", "--with", "Анна Петрова", "--channel", "call", "--date", "2026-11-30"]
        #expect(try runLiaison(arguments).status == 0)
        let new = try snapshot(ws)
        #expect(new != old)
        try killLoop(arguments, workspace: ws, old: old, new: new, seed: 14)
    }
}
