//===----------------------------------------------------------------------===//
// writeFully: all of a buffer to a file descriptor
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all `count` bytes at `start` to `fd`, as `write(2)` may take fewer than asked: short
/// writes are continued, `EINTR` is retried, and `EAGAIN` (a non-blocking descriptor, e.g. a
/// standard output inherited in that mode) waits with `poll(2)` until the descriptor is writable.
///
/// - Returns: 0, or the `errno` of the first failing call (`EPIPE`, `ENOSPC`, `EIO`, …); the bytes
///   before it were written.
func writeFully(_ fd: Int32, _ start: UnsafeRawPointer?, _ count: Int) -> Int32 {
    guard let start, count > 0 else { return 0 }
    var offset = 0
    while offset < count {
        let n = write(fd, start + offset, count - offset)
        if n > 0 { offset += n; continue }
        if n == 0 { return EIO }   // write(2) of a non-empty buffer does not return 0 on files or pipes
        let code = errno
        if code == EINTR { continue }
        if code == EAGAIN || code == EWOULDBLOCK {
            var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&p, 1, -1)
            continue
        }
        return code
    }
    return 0
}

/// `writeFully` of an array's bytes.
func writeFully(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { writeFully(fd, $0.baseAddress, $0.count) }
}
