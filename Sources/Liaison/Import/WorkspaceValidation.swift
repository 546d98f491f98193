//===----------------------------------------------------------------------===//
// WorkspaceValidation: load a workspace as it would be after a write, before writing
//===----------------------------------------------------------------------===//

import Foundation

public enum WorkspaceValidation {
    /// Loads the workspace in `directory` as it would be with `replacing` (file name → new bytes)
    /// written, exactly as `liaison check` would, without touching `directory`: the files are laid
    /// out in a private temporary folder, loaded with `WorkspaceLoader`, and the folder removed.
    /// Diagnostics name the real files.
    ///
    /// - Throws: `InputErrors` (every problem, paths in `directory`) when the result is invalid.
    /// - Returns: the loaded workspace and its warnings.
    @discardableResult
    public static func check(directory: String, replacing: [String: [UInt8]]) throws -> (workspace: Workspace, warnings: [Diagnostic]) {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("liaison-check-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: scratch) }
        for name in WorkspaceLoader.fileNames {
            let target = WorkspaceLoader.path(scratch, name)
            if let bytes = replacing[name] {
                guard fm.createFile(atPath: target, contents: Data(bytes)) else {
                    throw InputMissing(path: target, reason: "cannot write a scratch copy for checking")
                }
            } else if fm.fileExists(atPath: WorkspaceLoader.path(directory, name)) {
                try fm.copyItem(atPath: WorkspaceLoader.path(directory, name), toPath: target)
            }
        }
        let prefix = WorkspaceLoader.path(scratch, "")
        let real = WorkspaceLoader.path(directory, "")
        func renamed(_ d: Diagnostic) -> Diagnostic {
            var d = d
            if d.file.hasPrefix(prefix) { d.file = real + d.file.dropFirst(prefix.count) }
            d.message = d.message.replacingOccurrences(of: prefix, with: real)
            return d
        }
        do {
            let (ws, warnings) = try WorkspaceLoader.load(from: scratch)
            return (ws, warnings.map(renamed))
        } catch let e as InputErrors {
            throw InputErrors(e.diagnostics.map(renamed))
        } catch let e as InputMissing {
            throw InputMissing(path: e.path.replacingOccurrences(of: prefix, with: real), reason: e.reason)
        }
    }
}
