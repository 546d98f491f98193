import Foundation
import Testing

/// Runs `liaison` with its standard output on `stdout` (a device, a pipe) and returns the status
/// and what it wrote to standard error.
private func runLiaison(_ arguments: [String], stdout: FileHandle, environment: [String: String] = [:]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("liaison")
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = stdout
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try err.close()
    return (process.terminationStatus, try String(contentsOf: errURL, encoding: .utf8))
}

private let demo = packageRoot.appendingPathComponent("data/demo").path

/// Issue 19, "Write errors crash or vanish" and "-o replaces devices and FIFOs".
@Suite struct OutputErrorCommandTests {
    @Test("Write errors crash or vanish: ties --format csv > /dev/full exits 74 with a message")
    func tiesCSVToDevFull() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try runLiaison(["ties", demo, "--format", "csv"], stdout: full)
        #expect(r.status == 74)
        #expect(r.stderr.contains("error: standard output: write failed: No space left on device\n"))
    }

    @Test("Write errors crash or vanish: render > /dev/full exits 74 with a message, no crash")
    func renderToDevFull() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try runLiaison(["render", demo], stdout: full)
        #expect(r.status == 74)
        #expect(r.stderr.contains("error: standard output: write failed: No space left on device\n"))
        #expect(r.stderr.components(separatedBy: "error:").count == 2, "one message, not two: \(r.stderr)")
    }

    @Test("Write errors crash or vanish: output into a closed pipe exits 74 with a message")
    func closedPipe() throws {
        for arguments in [["summary", demo], ["render", demo], ["ties", demo, "--format", "json"]] {
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()   // no reader: every write is EPIPE (or SIGPIPE)
            let r = try runLiaison(arguments, stdout: pipe.fileHandleForWriting)
            try pipe.fileHandleForWriting.close()
            #expect(r.status == 74, "\(arguments[0]): \(r.stderr)")
            #expect(r.stderr.contains("error: standard output: write failed: Broken pipe\n"))
        }
    }

    @Test("-o replaces devices and FIFOs: -o /dev/null keeps /dev/null a character device")
    func outputToDevNull() throws {
        var before = stat()
        stat("/dev/null", &before)
        for arguments in [["render", demo, "-o", "/dev/null"], ["report", demo, "-o", "/dev/null"]] {
            let r = try runLiaison(arguments)
            #expect(r.status == 0, "\(r.stderr)")
            var after = stat()
            #expect(lstat("/dev/null", &after) == 0)
            #expect(after.st_mode & S_IFMT == S_IFCHR)
            #expect(after.st_rdev == before.st_rdev && after.st_ino == before.st_ino)
        }
    }

    @Test("-o replaces devices and FIFOs: -o /dev/stdout writes to standard output and keeps the link")
    func outputToDevStdout() throws {
        var before = stat()
        lstat("/dev/stdout", &before)
        let r = try runLiaison(["render", demo, "--format", "dot", "-o", "/dev/stdout"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("graph") || r.stdout.hasPrefix("digraph") || r.stdout.hasPrefix("strict"))
        var after = stat()
        #expect(lstat("/dev/stdout", &after) == 0)
        #expect(after.st_mode & S_IFMT == before.st_mode & S_IFMT)
    }

    @Test func outputIntoAMissingFolderExits73() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let missing = tmp.appendingPathComponent("no/such/folder/out.svg").path
        for arguments in [["render", demo, "-o", missing], ["report", demo, "-o", missing],
                          ["plan", demo, "--draw", missing], ["render", demo, "-o", tmp.path]] {
            let r = try runLiaison(arguments)
            #expect(r.status == 73, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("error: \(arguments.last!): cannot create: "))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == [])
    }

    @Test("Write errors crash or vanish: a file-size limit mid-write exits 74, keeps the old file, leaves no temporary")
    func fileSizeLimit() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let target = tmp.appendingPathComponent("network.svg").path
        try Data("old drawing\n".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        // ulimit -f 16: 16 KiB at most per file; the drawing of data/demo is ~200 KB.
        let exe = productsDirectory.appendingPathComponent("liaison").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 16 && exec \"$0\" render \"$1\" -o \"$2\"", exe, demo, target]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74, "\(stderr)")
        #expect(stderr.contains("error: \(target): write failed: File too large"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old drawing\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == ["network.svg"])
    }
}

/// Issue 19 item 5, "Kill tests for every writer", and issue 12: "an interrupted write (kill -9 in a
/// loop) leaves the old or the new file, never a torn one". Each writer is started 200 times on a
/// target holding known old content (mode 0600) and killed with SIGKILL at a random moment — half
/// of the moments anywhere in a run, half near its end, where the file is written and renamed.
/// After each kill the target must be exactly the old or the new content with mode 0600, and the
/// folder must hold nothing else. The one window the writer cannot close against SIGKILL (the
/// microseconds between naming its temporary file and renaming it) may leave a complete copy of the
/// new content under the dead process's temporary name: that is checked byte for byte, and the next
/// write must remove it.
@Suite(.serialized) struct KillTests {
    static let tries = 200

    struct Outcomes { var old = 0, new = 0, leftovers = 0 }

    /// Runs the writer `tries` times, killing it; `reset` puts the old content back.
    func killLoop(arguments: [String], target: String, folder: String, expectedEntries: [String],
                  old: Data, new: Data, seed: UInt64) throws -> Outcomes {
        var moments = KillMoments(state: seed)
        func reset() throws {
            try old.write(to: URL(fileURLWithPath: target))
            chmod(target, 0o600)
        }
        func start() throws -> Process { try startLiaison(arguments) }
        // One full run gives the duration the kill moments are drawn from.
        try reset()
        let clock = ContinuousClock()
        let t0 = clock.now
        let full = try start()
        full.waitUntilExit()
        let d = clock.now - t0
        let duration = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        #expect(full.terminationStatus == 0)
        #expect(FileManager.default.contents(atPath: target) == new, "an uninterrupted run writes the new content")

        var outcomes = Outcomes()
        for attempt in 0 ..< Self.tries {
            try reset()
            let delay = attempt % 2 == 0 ? moments.next() * 1.2 * duration : (0.8 + 0.3 * moments.next()) * duration
            let p = try start()
            usleep(UInt32(delay * 1e6))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let content = FileManager.default.contents(atPath: target)
            var info = stat()
            stat(target, &info)
            let context = "try \(attempt) (seed \(seed)), killed after \(Int(delay * 1000)) ms"
            #expect(content == old || content == new, "torn file: \(context)")
            if content == old { outcomes.old += 1 } else if content == new { outcomes.new += 1 }
            #expect(info.st_mode & 0o7777 == 0o600, "mode \(String(info.st_mode & 0o7777, radix: 8)): \(context)")
            let extra = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !expectedEntries.contains($0) }
            for name in extra {
                // Only the link-to-rename window: the dead writer's name, the complete new content.
                let pattern = ".\((target as NSString).lastPathComponent).liaison-\(p.processIdentifier)-"
                #expect(name.hasPrefix(pattern) && name.hasSuffix(".tmp"), "stray file \(name): \(context)")
                #expect(FileManager.default.contents(atPath: folder + "/" + name) == new, "stray \(name) is not complete: \(context)")
                outcomes.leftovers += 1
            }
            if !extra.isEmpty {
                let next = try start()
                next.waitUntilExit()
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !expectedEntries.contains($0) } == [],
                        "the next write removes what a killed one left")
            }
        }
        // The moments covered both sides of the rename, so the loop tested the commit.
        #expect(outcomes.old > 0 && outcomes.new > 0, "\(outcomes)")
        print("kill loop \(arguments[0]): \(Self.tries) kills, old \(outcomes.old), new \(outcomes.new), "
              + "complete leftovers removed by the next write \(outcomes.leftovers); one run \(Int(duration * 1000)) ms")
        return outcomes
    }

    @Test("Kill tests for every writer: calibrate --write")
    func killCalibrateWrite() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ws = tmp.appendingPathComponent("ws").path
        let synth = try runLiaison(["synth", "--contacts", "40", "--seed", "7", "--out", ws])
        #expect(synth.status == 0, "\(synth.stderr)")
        let toml = ws + "/liaison.toml"
        let old = try Data(contentsOf: URL(fileURLWithPath: toml))
        // The new content: what an uninterrupted run writes over the old (on a copy).
        let copy = tmp.appendingPathComponent("copy").path
        try FileManager.default.copyItem(atPath: ws, toPath: copy)
        let once = try runLiaison(["calibrate", copy, "--folds", "3", "--write"])
        #expect(once.status == 0, "\(once.stderr)")
        let new = try Data(contentsOf: URL(fileURLWithPath: copy + "/liaison.toml"))
        #expect(new != old)
        let entries = try FileManager.default.contentsOfDirectory(atPath: ws)
        _ = try killLoop(arguments: ["calibrate", ws, "--folds", "3", "--write"], target: toml, folder: ws,
                         expectedEntries: entries + [".liaison.lock"], old: old, new: new, seed: 19)
    }

    @Test("Kill tests for every writer: render -o")
    func killRenderOutput() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ws = tmp.appendingPathComponent("ws").path
        let synth = try runLiaison(["synth", "--contacts", "40", "--seed", "7", "--out", ws])
        #expect(synth.status == 0, "\(synth.stderr)")
        let out = tmp.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let target = out + "/network.svg"
        let arguments = ["render", ws, "--size", "degree", "-o", target]
        let first = try runLiaison(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let new = try Data(contentsOf: URL(fileURLWithPath: target))
        let second = try runLiaison(arguments)
        #expect(second.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == new, "the drawing is deterministic")
        _ = try killLoop(arguments: arguments, target: target, folder: out, expectedEntries: ["network.svg"],
                         old: Data("old drawing\n".utf8), new: new, seed: 12)
    }
}

/// The workspace lock between two `liaison` processes (issue 12 item 3).
@Suite struct WorkspaceLockCommandTests {
    /// A python3 process holding WS/.liaison.lock with flock(2) for `seconds`, or `nil`.
    private func holdLock(_ ws: String, seconds: Double) throws -> Process? {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", """
            import fcntl, os, sys, time
            f = open(sys.argv[1], 'a+')
            fcntl.flock(f, fcntl.LOCK_EX)
            f.truncate(0); f.write(str(os.getpid()) + '\\n'); f.flush()
            print('locked', flush=True)
            time.sleep(float(sys.argv[2]))
            """, ws + "/.liaison.lock", String(seconds)]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        _ = out.fileHandleForReading.availableData
        return p
    }

    @Test func aSecondWriterFailsWithTheLockNamedAfterTheWaitAndWritesNothing() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ws = tmp.appendingPathComponent("ws").path
        #expect(try runLiaison(["synth", "--contacts", "40", "--seed", "7", "--out", ws]).status == 0)
        let toml = try Data(contentsOf: URL(fileURLWithPath: ws + "/liaison.toml"))
        guard let holder = try holdLock(ws, seconds: 4) else {
            print("skipped: python3 not found")
            return
        }
        defer { holder.terminate(); holder.waitUntilExit() }
        let r = try runLiaison(["calibrate", ws, "--folds", "3", "--write"], stdout: FileHandle.nullDevice,
                               environment: ["LIAISON_LOCK_TIMEOUT": "0.5"])
        #expect(r.status == 75)
        #expect(r.stderr.contains("error: \(ws)/.liaison.lock: the workspace is locked by another liaison process (pid \(holder.processIdentifier)); gave up after waiting 0.5 s"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/liaison.toml")) == toml)
        let synth = try runLiaison(["synth", "--contacts", "40", "--out", ws, "--force"], stdout: FileHandle.nullDevice,
                                   environment: ["LIAISON_LOCK_TIMEOUT": "0.2"])
        #expect(synth.status == 75)
    }

    @Test func aSecondWriterWaitsWhileTheFirstHoldsTheLock() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ws = tmp.appendingPathComponent("ws").path
        #expect(try runLiaison(["synth", "--contacts", "40", "--seed", "7", "--out", ws]).status == 0)
        guard let holder = try holdLock(ws, seconds: 1.5) else {
            print("skipped: python3 not found")
            return
        }
        let clock = ContinuousClock(), start = clock.now
        let r = try runLiaison(["calibrate", ws, "--folds", "3", "--write"], stdout: FileHandle.nullDevice,
                               environment: ["LIAISON_LOCK_TIMEOUT": "30"])
        let took = clock.now - start
        holder.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(took > .milliseconds(1000), "calibrate --write finished after \(took), while the lock was held for 1.5 s")
        #expect(try String(contentsOfFile: ws + "/liaison.toml", encoding: .utf8).contains("[tie_strength.weights]"))
    }
}
