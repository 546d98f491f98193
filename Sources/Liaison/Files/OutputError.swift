//===----------------------------------------------------------------------===//
// OutputError: an output that could not be created or written
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output Liaison could not produce: the file or stream named by `path` could not be created
/// (a missing folder, a folder in its place, no permission: sysexits `EX_CANTCREAT`, 73) or a
/// write to it failed (a full disk, a closed pipe, an I/O error: `EX_IOERR`, 74).
///
/// Whatever the kind, a file target is left as it was: `OutputFile` never leaves a partial file
/// under the real name (see there).
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The output could not be opened or created (exit 73).
        case cannotCreate
        /// Bytes could not be written, flushed or renamed into place (exit 74).
        case writeFailed
    }

    public var kind: Kind
    /// The path as the user gave it, or "standard output".
    public var path: String
    /// What went wrong: the `strerror` text of the failing call, or a phrase.
    public var reason: String

    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    /// The error of a failed call, with its `strerror` text.
    init(_ kind: Kind, path: String, errno code: Int32) {
        self.init(kind, path: path, reason: String(cString: strerror(code)))
    }

    /// `PATH: cannot create: REASON` or `PATH: write failed: REASON`.
    public var description: String {
        "\(path): \(kind == .cannotCreate ? "cannot create" : "write failed"): \(reason)"
    }
}
