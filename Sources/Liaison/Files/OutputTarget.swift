//===----------------------------------------------------------------------===//
// OutputTarget: what a path names, and so how OutputFile must write it
//===----------------------------------------------------------------------===//

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a path given for output is written (the rules `OutputFile` documents).
enum OutputTarget {
    /// `-`, `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`: Liaison's standard output.
    case standardOutput
    /// `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: an already-open descriptor, written where it
    /// stands (its offset, its `O_APPEND`), never reopened.
    case descriptor(Int32)
    /// A device, FIFO or socket, or a path through a `/proc` link: opened and written in place.
    case inPlace(path: String, isSocket: Bool)
    /// A regular file (`existing`) or nothing yet (`nil`) at `path`, which holds no symbolic link
    /// as its last component: replaced through a temporary file and `rename(2)`.
    case regular(path: String, existing: stat?)

    /// The most symbolic links followed, as Linux's own limit (`MAXSYMLINKS`, 40).
    static let maximumLinks = 40

    /// What `path` names. Symbolic links are followed one by one (so that a dangling link names
    /// the file to create at its target); a link into `/proc` (`/dev/fd`, `/proc/self/fd/N`) is
    /// not resolved by name, since its target is an open file, not a path.
    ///
    /// - Throws: `OutputError.cannotCreate` for a folder, a missing or unreadable parent, a loop of
    ///   links, a closed descriptor.
    static func resolve(_ path: String) throws -> OutputTarget {
        if path == "-" || path == "/dev/stdout" { return .standardOutput }
        if path == "/dev/stderr" { return .descriptor(2) }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let n = Int32(path.dropFirst(prefix.count)), n >= 0 {
                if n == 1 { return .standardOutput }
                guard fcntl(n, F_GETFD) >= 0 else { throw OutputError(.cannotCreate, path: path, errno: EBADF) }
                return .descriptor(n)
            }
        }
        var current = path
        for _ in 0 ... maximumLinks {
            var info = stat()
            if lstat(current, &info) != 0 {
                let code = errno
                if code == ENOENT { return .regular(path: current, existing: nil) }
                throw OutputError(.cannotCreate, path: path, errno: code)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let link = readLink(current) else { throw OutputError(.cannotCreate, path: path, errno: errno) }
                if current.hasPrefix("/proc/") || link.hasPrefix("/proc/") {
                    return .inPlace(path: path, isSocket: false)
                }
                current = link.hasPrefix("/") ? link : directory(of: current) + "/" + link
            case S_IFDIR:
                throw OutputError(.cannotCreate, path: path, reason: "is a folder")
            case S_IFREG:
                return .regular(path: current, existing: info)
            case S_IFSOCK:
                return .inPlace(path: current, isSocket: true)
            default:   // character or block device, FIFO
                return .inPlace(path: current, isSocket: false)
            }
        }
        throw OutputError(.cannotCreate, path: path, errno: ELOOP)
    }

    /// The target of a symbolic link, or `nil` (errno set).
    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder part of a path ("." for a bare name, "/" for a name at the root).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
