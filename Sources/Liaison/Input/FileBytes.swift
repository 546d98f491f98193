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
/// mapped, are read with `read(2)` until end of file.
final class FileBytes {
    private var start: UnsafeMutableRawPointer?
    private(set) var count = 0
    private var isMapped = false

    /// - Parameter regularOnly: refuse anything but a regular file ("not a regular file"), as
    ///   the files of a workspace must be.
    init(path: String, regularOnly: Bool = false) throws {
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
        try readAll(fd, sizeHint: size, path: path)
    }

    private func readAll(_ fd: Int32, sizeHint: Int, path: String) throws {
        var capacity = max(sizeHint, 0) + 1   // +1: end of file is seen without a regrow
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        start = buffer
        while true {
            if count == capacity {
                capacity *= 2
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
