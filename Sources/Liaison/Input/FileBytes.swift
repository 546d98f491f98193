//===----------------------------------------------------------------------===//
// FileBytes: a whole file as one buffer
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file, with no `Data` and no copy into an array: the first step of loading a
/// million-edge list, where copies cost as much as the parse.
///
/// A regular file is mapped read-only (`mmap`, pages populated up front): 16 MB in ~2 ms where
/// `read(2)` into fresh memory took ~8 ms. The mapping is private and read-only, so the file is
/// never written; if another program truncates the file while it is being read, the process gets
/// SIGBUS, as any reader of a mapped file would. Pipes and other streams, and files that cannot be
/// mapped, are read with `read(2)` until end of file — at most ``streamLimit`` bytes of them: a
/// device such as `/dev/zero` or a pipe that never ends is refused with a message instead of
/// filling memory (issue 19, item 7). A regular file has no cap: it is mapped, so memory stays
/// proportional to its size.
final class FileBytes {
    /// The most bytes read from an input that is not a regular file (pipe, FIFO, character
    /// device): 256 MiB, ten times the largest edge list of the shared data sets (data/README.md).
    static let streamLimit = 256 << 20

    /// Thrown when a stream passes ``streamLimit``: exit 65 with `path: message`.
    static func tooLong(_ path: String, limit: Int) -> InputErrors {
        InputErrors([Diagnostic(file: path, line: 0, column: 0,
            message: "more than \(limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes") read from a pipe or device: not read further (save the input to a regular file, which has no such limit)")])
    }

    private var start: UnsafeMutableRawPointer?
    private(set) var count = 0
    private var isMapped = false

    /// - Parameter regularOnly: refuse anything but a regular file ("not a regular file"), as
    ///   the files of a workspace must be.
    init(path: String, regularOnly: Bool = false, streamLimit: Int = FileBytes.streamLimit) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputMissing(path: path, reason: errno == ENOENT ? "no such file" : "cannot be read")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputMissing(path: path, reason: "cannot be read") }
        if regularOnly && (info.st_mode & S_IFMT) != S_IFREG {
            throw InputMissing(path: path, reason: "not a regular file")
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw InputMissing(path: path, reason: "cannot be read") }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG, size > 0 {
            #if canImport(Glibc)
            let flags = MAP_PRIVATE | MAP_POPULATE
            #else
            let flags = MAP_PRIVATE
            #endif
            if let p = mmap(nil, size, PROT_READ, flags, fd, 0), p != MAP_FAILED {
                start = p; count = size; isMapped = true
                return
            }
        }
        try readAll(fd, sizeHint: (info.st_mode & S_IFMT) == S_IFREG ? size : 0, path: path,
                    limit: (info.st_mode & S_IFMT) == S_IFREG ? Int.max : streamLimit)
    }

    private func readAll(_ fd: Int32, sizeHint: Int, path: String, limit: Int) throws {
        var capacity = max(sizeHint, 4096) + 1   // +1: end of file is seen without a regrow
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        start = buffer
        while true {
            if count > limit { throw Self.tooLong(path, limit: limit) }   // deinit frees the buffer
            if count == capacity {
                capacity = limit < Int.max / 2 ? min(capacity * 2, limit + 1) : capacity * 2
                let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
                grown.copyMemory(from: buffer, byteCount: count)
                buffer.deallocate()
                buffer = grown
                start = grown
            }
            let n = read(fd, buffer + count, capacity - count)
            if n > 0 { count += n; continue }
            if n == 0 { return }
            if errno == EINTR { continue }
            throw InputMissing(path: path, reason: "cannot be read")   // deinit frees the buffer
        }
    }

    deinit {
        guard let start else { return }
        if isMapped { munmap(start, count) } else { start.deallocate() }
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: start?.assumingMemoryBound(to: UInt8.self), count: count))
    }
}

/// The whole regular file at `path` as an array, for readers that keep their bytes (`CSVReader`).
/// Throws `InputMissing` when it is missing, not a regular file, or cannot be read.
func readFileBytes(_ path: String) throws -> [UInt8] {
    try FileBytes(path: path, regularOnly: true).withBytes { Array($0) }
}
