//===----------------------------------------------------------------------===//
// team = [...] in liaison.toml and the owner column of interactions.csv
//===----------------------------------------------------------------------===//

import Foundation

extension LoadState {
    /// Resolves `team` (liaison.toml) to contacts, the ego first: each member is a contact id, or
    /// `"me"` for the ego (the contact of kind me, or `me = "id"`). A team needs an ego (the
    /// default owner of every interaction); an unknown id, or the ego named twice (as "me" and by
    /// its id), is an error at the member's line:column. Runs after contacts.csv, before
    /// interactions.csv (whose `owner` column it checks).
    mutating func resolveTeam() {
        guard !config.team.isEmpty else { return }
        let file = path("liaison.toml")
        let ego = config.me.flatMap { fields.ids.index(of: $0) } ?? meRow?.index
        guard let ego else {
            let p = config.teamPositions[0]
            log.error(Diagnostic(file: file, line: p.line, column: p.column,
                message: "team needs a me (kind me in contacts.csv, or me = \"id\"): the owner of interactions without an owner"))
            return
        }
        var members = [ego], seenEgo = false
        for (id, p) in zip(config.team, config.teamPositions) {
            let index = id == "me" ? ego : fields.ids.index(of: id)
            guard let index else {
                if fields.contactsUsable {
                    log.error(Diagnostic(file: file, line: p.line, column: p.column,
                        message: "team: '\(shown(id))' names no contact: no row of contacts.csv has this id"))
                }
                continue
            }
            if index == ego {
                if seenEgo {
                    log.error(Diagnostic(file: file, line: p.line, column: p.column,
                        message: "team: '\(shown(id))' is me, already on the team"))
                }
                seenEgo = true
                continue
            }
            members.append(index)
        }
        team = members.count > 1 ? members : []
        teamEgo = ego
    }

    /// What reading the `owner` column needs, captured once before the rows.
    var ownerReader: OwnerReader {
        OwnerReader(fields: fields, team: team,
                    ego: teamEgo ?? config.me.flatMap { fields.ids.index(of: $0) } ?? meRow?.index,
                    listed: config.team, contactIDs: contacts.map(\.id))
    }
}

/// Reads the `owner` of one interactions.csv row: empty or `me` is the ego (`nil`); otherwise a
/// contact id that must be on the team (an error at the field otherwise).
struct OwnerReader {
    let fields: FieldReader
    let team: [ContactIndex]
    let ego: ContactIndex?
    let listed: [String]
    let contactIDs: [String]

    func read(_ r: CSVRecord, _ col: Int?, _ log: inout DiagnosticLog, _ ok: inout Bool) -> ContactIndex? {
        guard let col, !r.isEmpty(col) else { return nil }
        if !r.isEscaped(col), r.withTrimmedBytes(col, { $0.elementsEqual("me".utf8) }) { return nil }
        var good = true
        guard let index = fields.contactRef(r, col, "owner", required: false, &log, &good) else {
            ok = ok && good
            return nil
        }
        if index == ego { return nil }
        if !team.contains(index) {
            let named = listed.isEmpty ? "liaison.toml names no team (team = [\"me\", \"…\"])"
                : "team = [" + listed.map { "\"\(shown($0))\"" }.joined(separator: ", ") + "] in liaison.toml"
            log.error(r.diagnostic(col, "owner '\(shown(contactIDs[Int(index)]))' is not on the team: \(named)"))
            ok = false
            return nil
        }
        return index
    }
}
