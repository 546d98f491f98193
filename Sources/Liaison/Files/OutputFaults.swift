//===----------------------------------------------------------------------===//
// OutputFaults: failures injected into OutputFile, for the tests of its atomicity
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure for the `OutputFile`s opened while it is set (a task-local value, so tests running in
/// parallel do not see each other's faults; the product never sets it). It stands in for what a
/// disk or a kernel does to a writer: a `write(2)` failing part-way (a full disk at byte *k*), a
/// failing `fsync`, `linkat`, `close` or `rename`, or a failing `fsync` of the folder after the
/// rename. `OutputFile` must then leave the target as it was (or, for the folder sync that comes
/// after the rename, as the new file), complete, with its mode, and no temporary file behind
/// (issue 19, item 3: "the writer's atomicity", Tests/LiaisonTests/Properties).
///
/// Only the replacement of a regular file is affected; devices, FIFOs and standard output are
/// written in place and have nothing to keep atomic.
struct OutputFaults: Sendable, Hashable {
    enum Step: Sendable, Hashable {
        /// The write that would take the file past `afterByte` bytes writes up to that byte, then fails.
        case write(afterByte: Int)
        case fsync, link, close, rename
        /// `fsync` of the folder, after the rename: the new file is in place and the error reported.
        case folderSync
    }

    var step: Step?
    /// The `errno` of the injected failure.
    var code: Int32 = ENOSPC
    /// Use the named `.NAME.liaison-PID-RANDOM.tmp` file even where `O_TMPFILE` works, so that the
    /// fallback path is tested on Linux too.
    var namedTemporary = false

    init(_ step: Step?, code: Int32 = ENOSPC, namedTemporary: Bool = false) {
        self.step = step; self.code = code; self.namedTemporary = namedTemporary
    }

    @TaskLocal static var current: OutputFaults?

    /// The `errno` to fail `step` with, or `nil` to let the call run.
    func failure(at step: Step) -> Int32? { self.step == step ? code : nil }
}
