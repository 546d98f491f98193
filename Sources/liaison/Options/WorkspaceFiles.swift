import Foundation
import Liaison

// The one place `liaison import` and `liaison log` write a workspace. The workspace writer and
// lock of the redesign issue replace the two functions below; nothing else writes.

/// Runs `body` holding an exclusive lock on the workspace (`flock` on `WS/.liaison.lock`), so
/// that two `log` or `import` runs started together read, check and write one after the other.
func withWorkspaceLock<R>(_ directory: String, _ body: () throws -> R) throws -> R {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let lockPath = (directory as NSString).appendingPathComponent(".liaison.lock")
    let fd = open(lockPath, O_CREAT | O_RDWR, 0o644)
    guard fd >= 0 else { throw InputMissing(path: lockPath, reason: "cannot open the workspace lock") }
    defer { close(fd) }
    guard flock(fd, LOCK_EX) == 0 else { throw InputMissing(path: lockPath, reason: "cannot lock the workspace") }
    defer { flock(fd, LOCK_UN) }
    return try body()
}

/// Writes every file of `files` (name → bytes) into `directory` atomically as a set: each is first
/// written and flushed to a temporary file beside its target, and only when all are written are
/// they renamed over their targets. A failure before the renames leaves the workspace as it was.
func writeWorkspaceFiles(_ files: [String: [UInt8]], into directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var temps = [(temp: String, target: String)]()
    defer { for t in temps { unlink(t.temp) } }
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
        let target = (directory as NSString).appendingPathComponent(name)
        let temp = (directory as NSString).appendingPathComponent(".\(name).tmp-\(getpid())")
        let fd = open(temp, O_CREAT | O_TRUNC | O_WRONLY, 0o644)
        guard fd >= 0 else { throw InputMissing(path: temp, reason: "cannot create a temporary file") }
        temps.append((temp, target))
        let ok = bytes.withUnsafeBytes { buf -> Bool in
            var done = 0
            while done < buf.count {
                let n = write(fd, buf.baseAddress! + done, buf.count - done)
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard ok && synced else { throw InputMissing(path: temp, reason: "cannot write (disk full?)") }
    }
    for t in temps {
        guard rename(t.temp, t.target) == 0 else { throw InputMissing(path: t.target, reason: "cannot replace the file") }
    }
    temps.removeAll()
}
