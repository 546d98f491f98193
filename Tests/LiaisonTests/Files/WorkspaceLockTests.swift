import Foundation
import Testing
@testable import Liaison

/// The workspace lock (issue 12 item 3: "a second writer waits or fails with a clear message").
/// The first holder is another process: Python's `fcntl.flock`, an independent user of flock(2).
@Suite struct WorkspaceLockTests {
    /// Starts `python3` holding an exclusive flock on `WS/.liaison.lock` for `seconds`; returns once
    /// it holds it, or `nil` when there is no python3.
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
            """, ws + "/" + WorkspaceLock.fileName, String(seconds)]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        _ = out.fileHandleForReading.availableData   // "locked"
        return p
    }

    @Test func aSecondWriterWaitsForTheFirst() throws {
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: ws, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: ws) }
        guard let holder = try holdLock(ws, seconds: 1.0) else {
            print("skipped: python3 not found")
            return
        }
        let clock = ContinuousClock(), start = clock.now
        let lock = try WorkspaceLock(workspace: ws, timeout: 20)
        let waited = clock.now - start
        holder.waitUntilExit()
        #expect(waited > .milliseconds(700), "the lock was taken after \(waited), while the first writer held it")
        #expect(waited < .seconds(10))
        // The lock file now names this process.
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
        lock.release()
        // Released: the next one gets it at once.
        let again = try WorkspaceLock(workspace: ws, timeout: 0)
        again.release()
    }

    @Test func aSecondWriterGivesUpAfterTheTimeoutNamingTheLockAndTheHolder() throws {
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: ws, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: ws) }
        guard let holder = try holdLock(ws, seconds: 3) else {
            print("skipped: python3 not found")
            return
        }
        defer { holder.terminate(); holder.waitUntilExit() }
        let clock = ContinuousClock(), start = clock.now
        #expect {
            _ = try WorkspaceLock(workspace: ws, timeout: 0.3)
        } throws: { error in
            (error as? WorkspaceLockTimeout)?.description == "\(ws)/.liaison.lock: the workspace is locked by another liaison process "
                + "(pid \(holder.processIdentifier)); gave up after waiting 0.3 s (try again when it has finished)"
        }
        let waited = clock.now - start
        #expect(waited >= .milliseconds(300) && waited < .seconds(2))
    }

    @Test func theTimeoutComesFromTheArgumentThenTheEnvironment() {
        #expect(WorkspaceLock.timeout(2.5) == 2.5)
        setenv(WorkspaceLock.timeoutVariable, "0.25", 1)
        #expect(WorkspaceLock.timeout() == 0.25)
        setenv(WorkspaceLock.timeoutVariable, "soon", 1)
        #expect(WorkspaceLock.timeout() == WorkspaceLock.defaultTimeout)
        unsetenv(WorkspaceLock.timeoutVariable)
        #expect(WorkspaceLock.timeout() == 10)
    }

    @Test func aMissingWorkspaceCannotBeLocked() {
        #expect {
            _ = try WorkspaceLock(workspace: "/nonexistent-\(UUID().uuidString)")
        } throws: { error in
            (error as? OutputError)?.kind == .cannotCreate
        }
    }
}
