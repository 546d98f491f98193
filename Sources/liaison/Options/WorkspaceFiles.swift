import Foundation
import Liaison

// The one place `liaison import` and `liaison log` write a workspace: through the one writer
// (`OutputFile`) and under the workspace lock (`WorkspaceLock`).

/// Runs `body` holding the workspace's lock (`WS/.liaison.lock`), creating the folder first, so
/// that two `log` or `import` runs started together read, check and write one after the other. A
/// second writer waits up to `LIAISON_LOCK_TIMEOUT` seconds (10 by default), then exits 75.
func withWorkspaceLock<R>(_ directory: String, _ body: () throws -> R) throws -> R {
    do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
        throw OutputError(.cannotCreate, path: directory, reason: "cannot create the workspace folder")
    }
    return try WorkspaceLock.withLock(directory, body)
}

/// Writes every file of `files` (name → bytes) into `directory` as a set: each is written and
/// flushed to its own temporary file beside its target first (`OutputFile`), and only when all are
/// written are they put in place one after the other. A failure before that leaves every file as
/// it was (the temporary files are discarded); modes are kept.
func writeWorkspaceFiles(_ files: [String: [UInt8]], into directory: String) throws {
    var open = [OutputFile]()
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
        let file = try OutputFile((directory as NSString).appendingPathComponent(name))
        open.append(file)
        try file.write(bytes)
    }
    for file in open { try file.commit() }
}
