//===----------------------------------------------------------------------===//
// OutputFile: the one way Liaison writes a file
//===----------------------------------------------------------------------===//

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one output — a drawing, a report, liaison.toml, a workspace CSV — so that it is either
/// complete or not there at all, and never destroys what stands at the path unless it is a file
/// to replace (SPEC §7). Every file Liaison writes goes through this type.
///
/// What a path names decides how it is written:
///
/// - **Absent, or a regular file**: the bytes go to a temporary file in the same folder (on Linux an
///   unnamed `O_TMPFILE` inode, elsewhere — or where the file system lacks it — a fresh
///   `.NAME.liaison-PID-RANDOM.tmp` opened with `O_EXCL`), which is `fsync`ed, named, `rename(2)`d
///   over the target (atomic within a file system), and then the folder is `fsync`ed so that the
///   rename itself survives a crash. A reader, or a crash, sees the old file or the new one. A
///   replaced file keeps its permission bits, its group when the user may set it, and its owner
///   when running as root. A file the user may not write is refused, as `cp` would, even where the
///   folder would allow a rename. On any failure the temporary file is removed and the target is
///   untouched. (A hard link to the old file keeps the old content; extended attributes and ACLs
///   are not copied.)
/// - **A character or block device, a FIFO, or a socket**: written in place — opened `O_WRONLY`
///   without `O_CREAT` or `O_TRUNC` (a socket is connected to), never replaced by a regular file:
///   `-o /dev/null` leaves `/dev/null` a device. Opening a FIFO waits for a reader, as a shell
///   redirection does.
/// - **A symbolic link**: written *through*, never replaced: the links are followed one by one and
///   the rules above apply to what the last one names (a dangling link creates its target). Links
///   into `/proc` (`/dev/fd/N`, `/proc/self/fd/N`) name open files, not paths, and are opened in place.
/// - **`-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`**: the process's own
///   descriptor, written where it stands (its offset, its append mode); `-` and fd 1 go through
///   `StandardOutput`.
/// - **A folder, or a path whose folder does not exist**: `OutputError` `.cannotCreate`.
///
/// Errors carry a kind (`OutputError.Kind`): `.cannotCreate` when the output cannot be opened
/// (exit 73), `.writeFailed` when a write, flush or rename fails (exit 74).
///
/// A process killed with SIGKILL cannot clean up. With `O_TMPFILE` the new bytes have no name
/// until the last two system calls (`linkat` then `rename`), so a kill leaves nothing behind except
/// in that window of microseconds; a temporary file left by a dead process (its PID is in the
/// name) is removed by the next write to the same target. (Where the named fallback is used, a
/// killed writer leaves its partial temporary file until then; the target is whole either way.)
///
/// Use `OutputFile.write(_:to:)` for a whole buffer, or open one and stream into it (through a
/// 1 MiB buffer) and `commit()`; an `OutputFile` released without `commit()` is discarded.
///
///     try OutputFile.write(svgBytes, to: "out/network.svg")
///
///     let file = try OutputFile("ws/interactions.csv")
///     for row in rows {                       // streamed, bounded memory
///         file.append(contentsOf: row.utf8)
///         file.flushIfFull()
///     }
///     try file.commit()                       // throws the first write failure, if any
public final class OutputFile {
    /// Bytes kept before a `write(2)`: 1 MiB, so ten million CSV rows cost about a thousand writes.
    public static let bufferCapacity = 1 << 20

    /// The path as given.
    public let path: String

    private enum Sink {
        /// Committed or discarded: nothing left to write or remove.
        case closed
        case standardOutput
        /// A descriptor written in place (device, FIFO, socket, an inherited descriptor).
        case inPlace(fd: Int32)
        /// A temporary file to rename over `final` at `commit()`; `temporary` is `nil` while it is
        /// an unnamed `O_TMPFILE` inode.
        case replacement(fd: Int32, final: String, folder: String, temporary: String?)
    }

    private var sink: Sink
    private var isOpen = true
    /// The first failure; later bytes are dropped and `commit()` throws it.
    public private(set) var failure: OutputError?
    @usableFromInline var buffer: [UInt8] = []
    /// Failures injected by tests (`OutputFaults.current` when the file was opened); `nil` in the product.
    private let faults: OutputFaults?
    /// Bytes handed to the descriptor so far (for `OutputFaults.Step.write(afterByte:)`).
    private var written = 0

    /// Opens `path` for writing by the rules of the type. Nothing is visible at `path` until
    /// `commit()`.
    ///
    /// - Throws: `OutputError` `.cannotCreate`.
    public init(_ path: String) throws {
        self.path = path
        faults = OutputFaults.current
        switch try OutputTarget.resolve(path) {
        case .standardOutput:
            sink = .standardOutput
        case .descriptor(let n):
            let fd = fcntl(n, F_DUPFD_CLOEXEC, 0)
            guard fd >= 0 else { throw OutputError(.cannotCreate, path: path, errno: errno) }
            sink = .inPlace(fd: fd)
        case .inPlace(let target, let isSocket):
            sink = .inPlace(fd: try Self.openInPlace(target, isSocket: isSocket, shownAs: path))
        case .regular(let target, let existing):
            sink = try Self.openReplacement(target, existing: existing, shownAs: path,
                                            namedTemporary: faults?.namedTemporary ?? false)
        }
    }

    deinit { if isOpen { discard() } }

    // MARK: Writing

    /// Appends bytes; they reach the target at `commit()` (or earlier when the buffer fills).
    ///
    /// - Throws: `OutputError` `.writeFailed` when a write fails (now or before).
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure { throw failure }
        if buffer.count + bytes.count > Self.bufferCapacity { flushBuffer() }
        if bytes.count >= Self.bufferCapacity {
            emit(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
        if let failure { throw failure }
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends one byte without checking for failure (a streaming writer's inner loop; call
    /// `flushIfFull()` at row ends, and `commit()` reports any failure).
    @inlinable public func append(_ byte: UInt8) { buffer.append(byte) }

    /// Appends bytes without checking for failure (see `append(_:)`).
    @inlinable public func append<S: Sequence>(contentsOf bytes: S) where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// Writes the buffer out once it holds `bufferCapacity` bytes or more. A failure is kept
    /// (`failure`) and thrown by `commit()`.
    @inlinable public func flushIfFull() {
        if buffer.count >= Self.bufferCapacity { flushBuffer() }
    }

    @usableFromInline func flushBuffer() {
        guard !buffer.isEmpty else { return }
        if failure == nil { buffer.withUnsafeBytes { emit($0) } }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Bytes to the descriptor (or standard output); the first failure closes and removes the
    /// temporary file and is kept.
    private func emit(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, bytes.count > 0 else { return }
        switch sink {
        case .closed:
            break
        case .standardOutput:
            do { try StandardOutput.shared.write(bytes) } catch let error as OutputError { fail(error) } catch {}
        case .inPlace(let fd):
            let code = writeFully(fd, bytes.baseAddress, bytes.count)
            if code != 0 { fail(OutputError(.writeFailed, path: path, errno: code)) }
        case .replacement(let fd, _, _, _):
            var count = bytes.count, injected: Int32 = 0
            if let faults, case .write(let limit)? = faults.step, written + count > limit {
                count = max(0, limit - written)
                injected = faults.code
            }
            var code = writeFully(fd, bytes.baseAddress, count)
            written += count
            if code == 0 { code = injected }
            if code != 0 { fail(OutputError(.writeFailed, path: path, errno: code)) }
        }
    }

    private func fail(_ error: OutputError) {
        if failure == nil { failure = error }
        closeAndRemove()
    }

    // MARK: Commit and discard

    /// Writes what is buffered and puts the file in place: `fsync`, rename over the target and
    /// `fsync` of the folder for a file; a flush for standard output; a close for a device.
    ///
    /// - Throws: `OutputError` `.writeFailed`; the target is then as it was.
    public func commit() throws {
        guard isOpen else {
            if let failure { throw failure }
            return
        }
        flushBuffer()
        if let failure { throw failure }
        isOpen = false
        switch sink {
        case .closed:
            break
        case .standardOutput:
            try StandardOutput.shared.flush()
        case .inPlace(let fd):
            sink = .closed
            if close(fd) != 0 && errno != EINTR { throw failed(errno) }
        case .replacement(let fd, let final, let folder, let named):
            sink = .closed   // the descriptor and the temporary name are handled here from now on
            var temporary = named
            func abandon(_ error: OutputError) -> OutputError {
                if let temporary { unlink(temporary) }
                failure = error
                return error
            }
            if let code = faults?.failure(at: .fsync) ?? (fsync(fd) != 0 ? errno : nil) {
                let error = failed(code)
                close(fd)
                throw abandon(error)
            }
            #if os(Linux)
            if temporary == nil {
                do {
                    if let code = faults?.failure(at: .link) { throw failed(code) }
                    temporary = try Self.link(fd, in: folder, name: OutputTarget.name(of: final), shownAs: path)
                } catch let error as OutputError {
                    close(fd)
                    throw abandon(error)
                }
            }
            #endif
            guard let named = temporary else { preconditionFailure("an anonymous temporary file is named above") }
            if let code = faults?.failure(at: .close) {
                close(fd)
                throw abandon(failed(code))
            }
            if close(fd) != 0 && errno != EINTR { throw abandon(failed(errno)) }
            if let code = faults?.failure(at: .rename) ?? (rename(named, final) != 0 ? errno : nil) {
                throw abandon(failed(code))
            }
            if let code = faults?.failure(at: .folderSync) { throw failed(code) }
            try Self.syncFolder(folder, shownAs: path)
        }
    }

    /// Gives up: removes the temporary file (the target is untouched) or, for standard output and
    /// devices, drops what is still buffered.
    public func discard() {
        guard isOpen else { return }
        isOpen = false
        buffer = []
        closeAndRemove()
    }

    private func closeAndRemove() {
        switch sink {
        case .closed, .standardOutput:
            break
        case .inPlace(let fd):
            close(fd)
        case .replacement(let fd, _, _, let temporary):
            close(fd)
            if let temporary { unlink(temporary) }
        }
        sink = .closed
        isOpen = false
    }

    private func failed(_ code: Int32) -> OutputError { OutputError(.writeFailed, path: path, errno: code) }

    // MARK: Whole buffers

    /// Writes `bytes` to `path` by the rules of the type: the whole content or nothing.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try OutputFile(path)
        try file.write(bytes)
        try file.commit()
    }

    /// Writes the UTF-8 of `text` to `path` by the rules of the type.
    public static func write(_ text: String, to path: String) throws {
        let file = try OutputFile(path)
        try file.write(text)
        try file.commit()
    }

    // MARK: Opening

    private static func openInPlace(_ target: String, isSocket: Bool, shownAs path: String) throws -> Int32 {
        if isSocket { return try connectSocket(target, shownAs: path) }
        while true {
            let fd = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            if fd >= 0 { return fd }
            if errno == EINTR { continue }
            throw OutputError(.cannotCreate, path: path, errno: errno)
        }
    }

    /// A stream connection to the Unix socket at `target`.
    private static func connectSocket(_ target: String, shownAs path: String) throws -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(target.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { throw OutputError(.cannotCreate, path: path, errno: ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw OutputError(.cannotCreate, path: path, errno: errno) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw OutputError(.cannotCreate, path: path, errno: code)
        }
        return fd
    }

    private static func openReplacement(_ target: String, existing: stat?, shownAs path: String,
                                        namedTemporary: Bool) throws -> Sink {
        if existing != nil && access(target, W_OK) != 0 {
            throw OutputError(.cannotCreate, path: path, errno: errno)
        }
        let folder = OutputTarget.directory(of: target), name = OutputTarget.name(of: target)
        removeAbandonedTemporaries(in: folder, name: name)
        var fd: Int32 = -1
        var temporary: String?
        #if os(Linux)
        if !namedTemporary && access("/proc/self/fd", X_OK) == 0 {
            fd = open(folder, oTmpFile | O_WRONLY | O_CLOEXEC, 0o666)
            if fd < 0 {
                let code = errno
                // No O_TMPFILE on this file system: fall back to a named temporary file.
                if code != EOPNOTSUPP && code != EISDIR && code != EINVAL {
                    throw OutputError(.cannotCreate, path: path, errno: code)
                }
            }
        }
        #endif
        if fd < 0 {
            for _ in 0 ..< 8 {
                let candidate = folder + "/" + temporaryName(for: name)
                fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
                if fd >= 0 { temporary = candidate; break }
                if errno != EEXIST { throw OutputError(.cannotCreate, path: path, errno: errno) }
            }
            guard fd >= 0 else { throw OutputError(.cannotCreate, path: path, errno: EEXIST) }
        }
        if let existing {
            // Owner first: chown(2) clears the set-user-ID and set-group-ID bits.
            if geteuid() == 0 {
                _ = fchown(fd, existing.st_uid, existing.st_gid)
            } else if existing.st_gid != getegid() {
                _ = fchown(fd, uid_t.max, existing.st_gid)   // allowed when the user is in the group
            }
            if fchmod(fd, existing.st_mode & 0o7777) != 0 {
                let code = errno
                close(fd)
                if let temporary { unlink(temporary) }
                throw OutputError(.cannotCreate, path: path, errno: code)
            }
        }
        return .replacement(fd: fd, final: target, folder: folder, temporary: temporary)
    }

    #if os(Linux)
    /// `O_TMPFILE` (Linux ≥ 3.11): `__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import.
    private static let oTmpFile: Int32 = 0o20000000 | O_DIRECTORY

    /// Gives the unnamed file `fd` a temporary name in `folder` (through its `/proc/self/fd`
    /// link, which needs no privilege, unlike `AT_EMPTY_PATH`).
    private static func link(_ fd: Int32, in folder: String, name: String, shownAs path: String) throws -> String {
        for _ in 0 ..< 8 {
            let candidate = folder + "/" + temporaryName(for: name)
            if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0 { return candidate }
            if errno != EEXIST { throw OutputError(.writeFailed, path: path, errno: errno) }
        }
        throw OutputError(.writeFailed, path: path, errno: EEXIST)
    }
    #endif

    /// `.NAME.liaison-PID-RANDOM.tmp`: hidden, tied to the writing process, and with 64 random
    /// bits, so that two writers never pick the same name (and `O_EXCL` / `linkat` would refuse it).
    static func temporaryName(for name: String) -> String {
        let random = String(UInt64.random(in: 0 ... .max), radix: 16)
        return ".\(name).liaison-\(getpid())-\(random).tmp"
    }

    /// Removes the temporary files of `name` left by processes that no longer exist (a writer
    /// killed between naming its file and renaming it).
    static func removeAbandonedTemporaries(in folder: String, name: String) {
        let prefix = ".\(name).liaison-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let rest = entry.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + entry) }
        }
    }

    /// `fsync` of a folder, so that a rename in it is on disk. File systems that cannot sync a
    /// folder (`EINVAL`) are let be.
    private static func syncFolder(_ folder: String, shownAs path: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
            throw OutputError(.writeFailed, path: path, errno: errno)
        }
    }
}
