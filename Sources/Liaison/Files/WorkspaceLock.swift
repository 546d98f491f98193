//===----------------------------------------------------------------------===//
// WorkspaceLock: one writer at a time in a workspace
//===----------------------------------------------------------------------===//

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The workspace's lock is held by another process and was not released in time.
public struct WorkspaceLockTimeout: Error, Sendable, CustomStringConvertible {
    /// The lock file (`WS/.liaison.lock`).
    public var lockPath: String
    /// The process that last took the lock, as written in the lock file, if known.
    public var holder: Int32?
    /// Seconds waited.
    public var waited: Double

    public var description: String {
        let who = holder.map { "another liaison process (pid \($0))" } ?? "another liaison process"
        let seconds = waited.rounded() == waited ? String(Int(waited)) : String(format: "%.1f", waited)
        return "\(lockPath): the workspace is locked by \(who); gave up after waiting \(seconds) s (try again when it has finished)"
    }
}

/// An advisory lock on `WS/.liaison.lock` (`flock(2)`, exclusive), held by every command that
/// writes into a workspace — `calibrate --write`, `synth`, and importers and `log` — so that two
/// writers never interleave (SPEC §7). Commands that only read do not lock: every file they read
/// is replaced atomically (`OutputFile`), so they see each file whole.
///
/// A second writer polls for the lock (1 ms, doubling up to 50 ms) for `timeout` seconds — by
/// default 10, or `LIAISON_LOCK_TIMEOUT` from the environment (tests, scripts) — and then throws
/// `WorkspaceLockTimeout` naming the lock file and the holder's PID (written into the lock file).
/// The lock is released by `release()`, by deinit, and by the kernel when the process ends, however
/// it ends; the lock file itself stays (removing it would let two processes lock two different
/// files). Advisory: programs that do not take the lock are not stopped.
public final class WorkspaceLock {
    public static let fileName = ".liaison.lock"
    public static let defaultTimeout: Double = 10
    /// The environment variable that overrides `defaultTimeout` (seconds, ≥ 0).
    public static let timeoutVariable = "LIAISON_LOCK_TIMEOUT"

    /// The lock file.
    public let path: String
    private var fd: Int32

    /// `timeout` when given, else `LIAISON_LOCK_TIMEOUT`, else `defaultTimeout`.
    public static func timeout(_ given: Double? = nil) -> Double {
        if let given { return given }
        if let text = getenv(timeoutVariable).map({ String(cString: $0) }), let t = Double(text), t >= 0, t.isFinite { return t }
        return defaultTimeout
    }

    /// Takes the lock of the workspace folder `workspace`, waiting up to `timeout` seconds.
    ///
    /// - Throws: `WorkspaceLockTimeout`; `OutputError` `.cannotCreate` when the lock file cannot be
    ///   created (a missing or read-only folder).
    public init(workspace: String, timeout: Double? = nil) throws {
        path = (workspace as NSString).appendingPathComponent(Self.fileName)
        let limit = Self.timeout(timeout)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw OutputError(.cannotCreate, path: path, errno: errno) }
        let clock = ContinuousClock(), start = clock.now
        var pause = 0.001
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw OutputError(.cannotCreate, path: path, errno: code)
            }
            let waited = clock.now - start
            let seconds = Double(waited.components.seconds) + Double(waited.components.attoseconds) * 1e-18
            if seconds >= limit {
                let holder = Self.holder(fd)
                close(fd)
                throw WorkspaceLockTimeout(lockPath: path, holder: holder, waited: limit)
            }
            usleep(UInt32(min(pause, max(limit - seconds, 0.001)) * 1e6))
            pause = min(pause * 2, 0.05)
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 { _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } }
    }

    deinit { release() }

    /// Releases the lock (also done by deinit and by the end of the process).
    public func release() {
        guard fd >= 0 else { return }
        close(fd)   // closing the only descriptor of the open file releases its flock
        fd = -1
    }

    /// Runs `body` holding the lock of `workspace`.
    public static func withLock<R>(_ workspace: String, timeout: Double? = nil, _ body: () throws -> R) throws -> R {
        let lock = try WorkspaceLock(workspace: workspace, timeout: timeout)
        defer { lock.release() }
        return try body()
    }

    /// The PID written in the lock file by its holder.
    private static func holder(_ fd: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: bytes[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
