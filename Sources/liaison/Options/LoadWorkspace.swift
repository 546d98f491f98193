import Liaison

/// Loads a workspace for an analysis command: its warnings are counted on stderr (`liaison check`
/// lists them); errors are thrown as they are (exit 65 or 66 through `reportingErrors`).
func loadWorkspace(_ folder: String) throws -> Workspace {
    ProgressReporter.shared.begin("loading \(folder)")
    let (ws, warnings) = try WorkspaceLoader.load(from: folder)
    ProgressReporter.shared.end()
    if !warnings.isEmpty {
        printError("\(warnings.count) warning\(warnings.count == 1 ? "" : "s") (see liaison check \(folder))")
    }
    return ws
}
