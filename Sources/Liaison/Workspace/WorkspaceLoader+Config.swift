//===----------------------------------------------------------------------===//
// liaison.toml (read by WorkspaceConfig.read) and the checks that span files
//===----------------------------------------------------------------------===//

import Foundation

extension LoadState {
    /// Reads liaison.toml through `WorkspaceConfig.read`: a syntax error, or every problem of every
    /// section, each at its line:column, joins the loader's error list.
    mutating func loadConfig() throws {
        guard let file = optionalPath("liaison.toml") else { return }
        let bytes = try files.bytes("liaison.toml")
        let reading = WorkspaceConfig.read(bytes, file: file)
        for e in reading.errors { log.error(e) }
        for w in reading.warnings { log.warning(w) }
        if let p = reading.mePosition { configMePlace = (p.line, p.column) }
        config = reading.config
    }

    /// Warnings that need the whole workspace: contacts never touched, records after `as_of`,
    /// deliveries from contacts who are not suppliers, a workspace without `me`.
    mutating func crossCheck(_ ws: Workspace) {
        let contactsFile = path("contacts.csv")
        if !ws.interactions.isEmpty {
            var touched = [Bool](repeating: false, count: ws.contacts.count)
            for i in ws.interactions {
                touched[Int(i.from)] = true
                for t in i.to { touched[Int(t)] = true }
            }
            if let me = ws.me { touched[Int(me)] = true }
            let never = touched.indices.filter { !touched[$0] }
            if !never.isEmpty {
                let listed = never.prefix(8).map { shown(ws.contacts[$0].id) }.joined(separator: ", ")
                let line = contactLines[never[0]]
                log.warning(Diagnostic(file: contactsFile, line: line, column: 1,
                    message: "\(never.count) contact\(never.count == 1 ? " is" : "s are") never touched in interactions.csv: \(listed)\(never.count > 8 ? ", …" : "")"))
            }
        }
        if let asOf = ws.config.asOf {
            let later = ws.interactions.reduce(0) { $0 + ($1.date > asOf ? 1 : 0) }
            if later > 0 {
                log.warning(Diagnostic(file: path("interactions.csv"), line: 0, column: 0,
                    message: "\(later) interaction\(later == 1 ? " is" : "s are") dated after as_of (\(ISODate.dayString(asOf))): analyses as of that date ignore them"))
            }
        }
        let notSuppliers = Set(ws.deliveries.map(\.supplier)).filter { ws.contacts[Int($0)].kind != .supplier }
        if !notSuppliers.isEmpty {
            let ids = notSuppliers.map { shown(ws.contacts[Int($0)].id) }.sorted().prefix(8).joined(separator: ", ")
            log.warning(Diagnostic(file: path("deliveries.csv"), line: 0, column: 0,
                message: "deliveries from contacts whose kind is not supplier: \(ids)"))
        }
        if ws.me == nil && !ws.contacts.isEmpty {
            log.warning(Diagnostic(file: contactsFile, line: 0, column: 0,
                message: "no contact is 'me' (kind me, or me = \"id\" in liaison.toml): ego-centred commands will need --ego"))
        }
    }
}
