//===----------------------------------------------------------------------===//
// ChunkedLineReader: a file's lines, read in fixed-size chunks
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Calls a closure with each line of a file, read through one fixed buffer, so that a reader of a
/// multi-gigabyte mailbox holds one chunk (256 KiB) and one line at a time, never the file.
///
/// A line is the bytes up to `\n`, without it and without a `\r` before it (CRLF and LF files
/// read alike). The last line is passed even without a final newline; `endsWithNewline` is false
/// for it, which lets the mbox reader tell a file cut in the middle of a line. A line longer than
/// the buffer grows a separate carry buffer only for as long as that line lasts.
///
/// - Complexity: O(*n*) in the file's size; memory O(chunk + longest line).
struct ChunkedLineReader {
    static let chunkSize = 256 * 1024

    /// Reads `path` to the end, calling `body(line, lineNumber, endsWithNewline)`; the buffer
    /// passed is valid only during the call. Throws `InputMissing` when the file cannot be opened
    /// or read.
    static func forEachLine(path: String,
                            _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputMissing(path: path, reason: errno == ENOENT ? "no such file" : "cannot be read")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else {
            throw InputMissing(path: path, reason: "cannot be read")
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var carry = [UInt8]()          // the start of a line that crossed a chunk boundary
        var lineNumber = 0

        func emit(_ line: UnsafeBufferPointer<UInt8>, _ newline: Bool) throws {
            lineNumber += 1
            var n = line.count
            if newline, n > 0, line[n - 1] == 13 { n -= 1 }
            try body(UnsafeBufferPointer(rebasing: line[0 ..< n]), lineNumber, newline)
        }

        while true {
            let got = read(fd, buffer, chunkSize)
            if got < 0 {
                if errno == EINTR { continue }
                throw InputMissing(path: path, reason: "cannot be read")
            }
            if got == 0 { break }
            var start = 0
            while start < got {
                let rest = got - start
                guard let hit = memchr(buffer + start, 10, rest) else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: rest))
                    break
                }
                let end = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if carry.isEmpty {
                    try emit(UnsafeBufferPointer(start: buffer + start, count: end - start), true)
                } else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: end - start))
                    try carry.withUnsafeBufferPointer { try emit($0, true) }
                    carry.removeAll(keepingCapacity: carry.capacity <= 1 << 20)
                }
                start = end + 1
            }
        }
        if !carry.isEmpty {
            try carry.withUnsafeBufferPointer { try emit($0, false) }
        }
    }

    /// The same lines, numbers and `endsWithNewline` flags as `forEachLine(path:_:)` gives for a
    /// file holding `bytes`, from bytes already in memory (the in-memory readers of mbox and
    /// iCalendar text, which tests and the fuzz targets use; no file, no chunk buffer).
    static func forEachLine(bytes: UnsafeBufferPointer<UInt8>,
                            _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) rethrows {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            guard let hit = memchr(base + start, 10, bytes.count - start) else {
                try body(UnsafeBufferPointer(start: base + start, count: bytes.count - start), lineNumber, false)
                return
            }
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var n = end - start
            if n > 0, base[end - 1] == 13 { n -= 1 }
            try body(UnsafeBufferPointer(start: base + start, count: n), lineNumber, true)
            start = end + 1
        }
    }

    /// Where a reader's lines come from: a file read in chunks, or bytes in memory.
    enum Input {
        case file(path: String)
        case bytes(UnsafeBufferPointer<UInt8>)
    }

    /// `forEachLine(path:_:)` or `forEachLine(bytes:_:)`, as `input` says.
    static func forEachLine(_ input: Input, _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) throws -> Void) throws {
        switch input {
        case .file(let path): try forEachLine(path: path, body)
        case .bytes(let bytes): try forEachLine(bytes: bytes, body)
        }
    }
}
