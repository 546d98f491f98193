import Foundation
import Testing
@testable import Liaison

/// Loads `files` from a temporary folder: the workspace, or the errors as `file:line:column: message`.
private func load(_ files: [String: String]) throws -> Result<Workspace, InputErrors> {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-team-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
    do {
        return .success(try WorkspaceLoader.load(from: dir).workspace)
    } catch let e as InputErrors {
        return .failure(InputErrors(e.diagnostics.map { d in
            var d = d
            d.file = d.file.replacingOccurrences(of: dir + "/", with: "")
            return d
        }))
    }
}

private let contacts = "id,name,kind\nme,Мария Орлова,me\nolga,Ольга,colleague\nanna,Анна,investor\n"

@Test func ownerColumnAttributesTouchesToTeamMembers() throws {
    let ws = try load([
        "contacts.csv": contacts,
        "liaison.toml": "team = [\"me\", \"olga\"]\n",
        "interactions.csv": "date,from,to,channel,owner\n2026-01-01,me,anna,call,\n2026-01-02,olga,anna,call,olga\n2026-01-03,me,anna,call,me\n",
    ]).get()
    #expect(ws.team == [0, 1])
    #expect(ws.interactions.map(\.owner) == [nil, 1, nil])
    #expect(ws.ownerView(1).interactions.count == 1 && ws.ownerView(0).interactions.count == 2)
}

@Test func ownerNotOnTheTeamIsAnErrorAtItsField() throws {
    // "2026-01-02,olga,anna,call," is 26 characters: the owner starts at column 27.
    let r = try load([
        "contacts.csv": contacts,
        "liaison.toml": "team = [\"me\", \"olga\"]\n",
        "interactions.csv": "date,from,to,channel,owner\n2026-01-01,me,anna,call,\n2026-01-02,olga,anna,call,anna\n2026-01-03,me,anna,call,ghost\n",
    ])
    guard case .failure(let e) = r else { Issue.record("expected errors"); return }
    #expect(e.diagnostics.map(\.description) == [
        "interactions.csv:3:27: owner 'anna' is not on the team: team = [\"me\", \"olga\"] in liaison.toml",
        "interactions.csv:4:25: unknown contact id 'ghost' in owner: no row of contacts.csv has this id",
    ])
    // Without a team, any owner but me is an error ("2026-01-02,olga,anna," is 21 characters).
    let single = try load([
        "contacts.csv": contacts,
        "interactions.csv": "date,from,to,owner\n2026-01-02,olga,anna,olga\n",
    ])
    guard case .failure(let e2) = single else { Issue.record("expected an error"); return }
    #expect(e2.diagnostics.map(\.description) == [
        "interactions.csv:2:22: owner 'olga' is not on the team: liaison.toml names no team (team = [\"me\", \"…\"])",
    ])
}

@Test func aSingleOwnerWorkspaceLoadsAsBefore() throws {
    let ws = try load([
        "contacts.csv": contacts,
        "interactions.csv": "date,from,to,channel\n2026-01-01,me,anna,call\n2026-01-02,olga,anna,call\n",
    ]).get()
    #expect(ws.team.isEmpty && ws.teamOwners == nil)
    #expect(ws.interactions.allSatisfy { $0.owner == nil })
    #expect(ws.ownerView(0).interactions == ws.interactions)
}
