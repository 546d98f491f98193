//===----------------------------------------------------------------------===//
// WorkspaceFiles: where the workspace loader reads its files from (a folder, or bytes in memory)
//===----------------------------------------------------------------------===//

import Foundation

/// The files of one workspace as the loader sees them: the folder on disk, or a set of file name →
/// bytes held in memory (tests and the fuzz target, which would otherwise write every input to
/// disk first).
///
/// Both kinds name a file the same way, `directory/name` (`WorkspaceLoader.path`), so a workspace
/// given in memory with `directory: "ws"` gives the same `Workspace` and the same diagnostics,
/// `ws/contacts.csv:3:7: …`, as the folder `ws` holding those files. Only the folder's own checks
/// (it exists, it is a folder, each file is a regular file that can be read) have no in-memory
/// counterpart.
public struct WorkspaceFiles: Sendable {
    /// The folder name diagnostics and `Workspace.directory` carry.
    public let directory: String
    /// File name (`contacts.csv`, `liaison.toml`, …) → bytes; nil for a folder on disk.
    private let memory: [String: [UInt8]]?

    /// The files of the folder `directory`, read from disk when the loader asks for them.
    public static func folder(_ directory: String) -> WorkspaceFiles {
        WorkspaceFiles(directory: directory, memory: nil)
    }

    /// Files held in memory, keyed by their name in the workspace (`WorkspaceLoader.fileNames`;
    /// other names are never read). A name that is absent is a file that does not exist.
    public static func inMemory(_ files: [String: [UInt8]], directory: String) -> WorkspaceFiles {
        WorkspaceFiles(directory: directory, memory: files)
    }

    /// The path of `name` in this workspace, as diagnostics show it.
    func path(_ name: String) -> String { WorkspaceLoader.path(directory, name) }

    /// Whether the workspace has a file `name` (on disk: anything by that name, as `fileExists`).
    func contains(_ name: String) -> Bool {
        if let memory { return memory[name] != nil }
        return FileManager.default.fileExists(atPath: path(name))
    }

    /// The bytes of `name`. On disk, throws `InputMissing` when it is missing, not a regular
    /// file, or cannot be read; in memory, when it is absent.
    func bytes(_ name: String) throws -> [UInt8] {
        guard let memory else { return try readFileBytes(path(name)) }
        guard let bytes = memory[name] else { throw InputMissing(path: path(name), reason: "no such file") }
        return bytes
    }
}
