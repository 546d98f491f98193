//===----------------------------------------------------------------------===//
// StandardOutput: the results of a command, buffered, with every write error reported
//===----------------------------------------------------------------------===//

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output for results (tables, CSV, JSON, drawings), used instead of Swift's `print`,
/// which drops write errors: with it `liaison ties ws --format csv > /dev/full` exited 0 having
/// written nothing.
///
/// Bytes are kept in a 64 KiB buffer and written with `write(2)` when it fills, at `flush()`, and
/// before anything goes to standard error (so that the two streams keep their order on a
/// terminal). Any failing write — `EPIPE` (the reader is gone), `ENOSPC`, `EIO` — throws
/// `OutputError` `.writeFailed` ("standard output: write failed: Broken pipe"), and every later
/// write and flush throws it again. `prepareProcess()` must run first in a program that uses it,
/// so that a closed pipe gives `EPIPE` instead of a silent death by `SIGPIPE`.
///
/// Thread-safe (one lock); one shared instance for descriptor 1.
public final class StandardOutput: @unchecked Sendable {
    /// The process's standard output (descriptor 1).
    public static let shared = StandardOutput(fileDescriptor: 1, name: "standard output")

    static let capacity = 1 << 16

    private let fd: Int32
    private let name: String
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var failure: OutputError?

    /// A writer on another descriptor (tests: a pipe, /dev/full).
    init(fileDescriptor: Int32, name: String) {
        fd = fileDescriptor
        self.name = name
        buffer.reserveCapacity(Self.capacity)
    }

    // MARK: The process

    /// Prepares the process for `StandardOutput`: ignores `SIGPIPE` (a write to a closed pipe then
    /// fails with `EPIPE` and is reported, exit 74; `SIGXFSZ` too, so that a file-size limit is
    /// `EFBIG`) and registers a last flush at exit, which ends
    /// the process with status 74 and a message if it fails. Call once, first thing in `main()`.
    public static func prepareProcess() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)   // likewise a file-size limit: EFBIG, reported, not a core dump
        atexit {
            if let error = StandardOutput.shared.flushAtExit() {
                StandardError.print("error: \(error)")
                _exit(74)
            }
        }
    }

    // MARK: Writing

    /// `text` followed by `terminator`, as Swift's `print(_:terminator:)`.
    public static func print(_ text: String, terminator: String = "\n") throws {
        try shared.write(text)
        if !terminator.isEmpty { try shared.write(terminator) }
    }

    /// Raw bytes (a drawing).
    public static func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try shared.write($0) }
    }

    /// Writes what is buffered.
    public static func flush() throws { try shared.flush() }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// - Throws: `OutputError` `.writeFailed`, now or for an earlier failure.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        if buffer.count + bytes.count > Self.capacity { flushLocked() }
        if bytes.count >= Self.capacity {
            emitLocked(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
        if let failure { throw failure }
    }

    /// - Throws: `OutputError` `.writeFailed`, now or for an earlier failure.
    public func flush() throws {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
        if let failure { throw failure }
    }

    /// Flushes and keeps any failure for the next `write` or `flush` to throw: for use before a
    /// message goes to standard error, where a failure of standard output cannot be reported yet.
    public func flushKeepingFailure() {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
    }

    /// Flushes what is still buffered; returns the failure only if it is new (one already thrown
    /// has been reported by whoever caught it).
    func flushAtExit() -> OutputError? {
        lock.lock()
        defer { lock.unlock() }
        guard !buffer.isEmpty, failure == nil else { return nil }
        flushLocked()
        return failure
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { emitLocked($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func emitLocked(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        let code = writeFully(fd, bytes.baseAddress, bytes.count)
        if code != 0 { failure = OutputError(.writeFailed, path: name, errno: code) }
    }
}

/// Standard error, for diagnostics: unbuffered, and a failure to write there is ignored, as there
/// is nowhere left to report it. Standard output is flushed first, so that the order of the two
/// streams is kept.
public enum StandardError {
    public static func print(_ text: String) {
        StandardOutput.shared.flushKeepingFailure()
        _ = writeFully(2, Array((text + "\n").utf8))
    }
}
