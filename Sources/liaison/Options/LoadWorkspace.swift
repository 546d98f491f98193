import Liaison

/// Loads a workspace for an analysis command: its warnings are counted on stderr (`liaison check`
/// lists them); errors are thrown as they are (exit 65 or 66 through `reportingErrors`).
func loadWorkspace(_ folder: String) throws -> Workspace {
    let (ws, warnings) = try WorkspaceLoader.load(from: folder)
    if !warnings.isEmpty {
        printError("\(warnings.count) warning\(warnings.count == 1 ? "" : "s") (see liaison check \(folder))")
    }
    return ws
}
