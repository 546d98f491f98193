import ArgumentParser
import Foundation
import Liaison

/// `--member ID|NAME`: one owner of a team workspace (`team` in liaison.toml), by id or name; the
/// command then works on that owner's view of the workspace (`Workspace.ownerView`) with the owner
/// as the ego. Without it, a team workspace is analysed for the team as a whole.
struct MemberOption: ParsableArguments {
    @Option(help: ArgumentHelp("In a team workspace: one member, by id or name — their own ties, with them as the ego (default: the team as a whole).",
                               valueName: "ID"))
    var member: String?

    /// The member's contact, checked to be on the team; nil without --member.
    func contact(in ws: Workspace) throws -> ContactIndex? {
        guard let member else { return nil }
        let index = ContactIndex(try ws.contactDirectory.resolve(member, option: "--member"))
        guard ws.owners.contains(index) else {
            let team = ws.owners.map { ws[$0].id }.joined(separator: ", ")
            throw ValidationError("--member \(member) is not on the team" + (ws.team.isEmpty
                ? ": liaison.toml names no team (team = [\"me\", \"…\"])" : " (\(team))"))
        }
        return index
    }

    /// The network of an analysis: with --member, that member's view of the workspace (ego = the
    /// member) and the workspace; otherwise `input.loadNetwork()` unchanged, and its workspace.
    func network(_ input: InputOptions) throws -> (network: AnalysisNetwork, member: ContactIndex?) {
        guard member != nil else { return (try input.loadNetwork(), nil) }
        guard let folder = input.workspace else { throw ValidationError("--member needs a team workspace, not --edges") }
        input.progress.start()
        let ws = try loadWorkspace(folder)
        let m = try contact(in: ws)!
        ProgressReporter.shared.begin("tie strengths")
        defer { ProgressReporter.shared.end() }
        return (try AnalysisNetwork(workspace: ws.ownerView(m), asOf: input.asOf?.date), m)
    }
}
