//===----------------------------------------------------------------------===//
// liaison.toml (top-level `me`, `as_of`) and the checks that span files
//===----------------------------------------------------------------------===//

import Foundation
import TOMLKit

extension LoadState {
    /// Parses liaison.toml with TOMLKit. Syntax errors are reported at TOMLKit's line:column; the
    /// top-level `me` (a contact id) and `as_of` (a TOML date or date-time, or an ISO 8601 string)
    /// are read here; every other section is left in `config.table` for the feature that owns it.
    mutating func loadConfig() throws {
        guard let file = optionalPath("liaison.toml") else { return }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputMissing(path: file, reason: "cannot be read")
        }
        // A byte-order mark (as some editors write) is not TOML: drop it before parsing.
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let text = String(data: body, encoding: .utf8) else {
            log.error(Diagnostic(file: file, line: 1, column: 1, message: "not valid UTF-8 text: save the file as UTF-8"))
            return
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            log.error(Diagnostic(file: file, line: max(1, e.source.begin.line), column: max(1, e.source.begin.column),
                                 message: "TOML syntax error: \(e.description)"))
            return
        }
        var cfg = WorkspaceConfig(table: table, file: file)
        if let value = table["me"] {
            let place = Self.keyPlace("me", in: text)
            configMePlace = place
            if let id = value.string, !id.trimmingCharacters(in: .whitespaces).isEmpty {
                cfg.me = id.trimmingCharacters(in: .whitespaces)
            } else {
                log.error(Diagnostic(file: file, line: place.line, column: place.column,
                                     message: "me must be a contact id as a string (me = \"anna-petrova\")"))
            }
        }
        if let value = table["as_of"] {
            let place = Self.keyPlace("as_of", in: text)
            if let d = Self.date(value) {
                cfg.asOf = d
            } else {
                log.error(Diagnostic(file: file, line: place.line, column: place.column,
                    message: "bad as_of: expected a TOML date (as_of = 2026-03-14), date-time, or an ISO 8601 string"))
            }
        }
        config = cfg
    }

    /// A TOML value as a date (UTC): a local date, a date-time (with its offset when it has one), or
    /// a string in one of `ISODate`'s forms.
    static func date(_ value: TOMLValueConvertible) -> Date? {
        if let d = value.date {
            return Date(timeIntervalSince1970: Double(ISODate.daysFromCivil(year: d.year, month: d.month, day: d.day) * 86_400))
        }
        if let dt = value.dateTime {
            let days = ISODate.daysFromCivil(year: dt.date.year, month: dt.date.month, day: dt.date.day)
            var t = Double(days * 86_400 + dt.time.hour * 3600 + dt.time.minute * 60 + dt.time.second)
            t += Double(dt.time.nanoSecond) / 1e9
            if let offset = dt.offset { t -= Double(offset.offset) * 60 }
            return Date(timeIntervalSince1970: t)
        }
        if let s = value.string { return ISODate.parse(s.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// Line and column of the value of top-level `key` (before the first `[table]`), for messages.
    static func keyPlace(_ key: String, in text: String) -> (line: Int, column: Int) {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            if i < scalars.count, scalars[i] == "[" { break }
            let rest = String(String.UnicodeScalarView(scalars[i...]))
            guard rest.hasPrefix(key) else { continue }
            var j = i + key.unicodeScalars.count
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            guard j < scalars.count, scalars[j] == "=" else { continue }
            j += 1
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            return (lineNumber, j + 1)
        }
        return (1, 1)
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
