import Foundation
import TOMLKit

//===----------------------------------------------------------------------===//
// Goals from liaison.toml ([[goal]] tables) and from the command line (--goal "k=v …")
//===----------------------------------------------------------------------===//

/// A goal definition that cannot be used, with where it is and what was expected.
public struct GoalSyntaxError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The goal key at fault (to place a liaison.toml diagnostic), when there is one.
    public var key: String?
    public init(_ message: String) { self.message = message }
    init(key: String, _ message: String) { self.message = message; self.key = key }
    public var description: String { message }
}

extension Goal {
    /// Reads every `[[goal]]` table of liaison.toml:
    ///
    /// ```toml
    /// [[goal]]
    /// name = "seed round"
    /// kind = "investor"              # or a list: ["investor", "partner"]
    /// industry = "fintech"           # string or list; so are tags, city, organization
    /// text = "seed"                  # words searched in name, title, organization, notes
    /// count = 2                      # how many wanted (default 1)
    /// deadline = 2026-06-30          # optional: a TOML date or an ISO 8601 string
    /// new = true                     # optional: only contacts you have no tie with yet
    /// ```
    /// - Throws: `InputErrors` with one diagnostic per problem, all of them, placed at the goal's
    ///   key in the file (`liaison.toml:12:1: [[goal]] 2 ("seed round") count: …`).
    public static func goals(in config: WorkspaceConfig) throws -> [Goal] {
        guard let value = config.table["goal"] else { return [] }
        let text = (try? String(contentsOfFile: config.file, encoding: .utf8)) ?? ""
        let places = GoalPlaces(text: text)
        guard let array = value.array else {
            let p = places.headerPlace(0)
            throw InputErrors([Diagnostic(file: config.file, line: p.line, column: p.column,
                                          message: "goal must be an array of tables: write each goal as [[goal]] followed by its keys")])
        }
        var goals = [Goal](), problems = [Diagnostic]()
        var seen = Set<String>()
        for (i, element) in array.enumerated() {
            func problem(_ key: String?, _ message: String) {
                let p = key.map { places.keyPlace(goal: i, key: $0) } ?? places.headerPlace(i)
                problems.append(Diagnostic(file: config.file, line: p.line, column: p.column,
                                           message: "[[goal]] \(i + 1)\(label(element)) \(key.map { $0 + ": " } ?? "")\(message)"))
            }
            guard let table = element.table else { problem(nil, "must be a table of keys"); continue }
            var fields = [String: [String]]()
            var goal = Goal(name: "goal \(i + 1)", filter: ContactFilter())
            for key in table.keys {
                let v = table[key]!
                switch key {
                case "count":
                    if let n = v.int, n >= 1 { goal.count = n } else {
                        problem(key, "got \(v.debugDescription), expected a whole number ≥ 1")
                    }
                case "deadline":
                    if let d = LoadState.date(v) { goal.deadline = d } else {
                        problem(key, "got \(v.debugDescription), expected a date (deadline = 2026-06-30)")
                    }
                case "new":
                    if let b = v.bool { goal.newOnly = b } else {
                        problem(key, "got \(v.debugDescription), expected true or false")
                    }
                case "name", "text":
                    if let s = v.string { fields[key] = [s] } else {
                        problem(key, "got \(v.debugDescription), expected a string")
                    }
                case "kind", "industry", "tags", "tag", "city", "organization":
                    if let s = v.string {
                        fields[key] = [s]
                    } else if let list = v.array, list.allSatisfy({ $0.string != nil }) {
                        fields[key] = list.map { $0.string! }
                    } else {
                        problem(key, "got \(v.debugDescription), expected a string or a list of strings")
                    }
                default:
                    problem(key, "unknown key, expected one of \(Goal.keys.joined(separator: ", "))")
                }
            }
            do {
                try goal.apply(fields)
            } catch let e as GoalSyntaxError {
                problem(e.key, e.message)
            }
            if goal.filter.isEmpty {
                problem(nil, "has no filter: give at least one of kind, industry, tags, city, organization, text")
            }
            if !seen.insert(ContactFilter.fold(goal.name)).inserted {
                problem("name", "\"\(goal.name)\" names an earlier goal too; goal names must differ")
            }
            goals.append(goal)
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return goals
    }

    /// Parses a goal given on the command line: space-separated `key=value` pairs, values with
    /// spaces in double or single quotes, lists comma-separated:
    /// `kind=investor,partner industry=fintech city="New York" count=2 deadline=2026-06-30`.
    public init(commandLine text: String) throws {
        var fields = [String: [String]]()
        var count: Int?, deadline: Date?, newOnly = false
        for (key, value) in try Self.pairs(text) {
            switch key {
            case "count":
                guard let n = Int(value), n >= 1 else {
                    throw GoalSyntaxError("--goal: count=\(value): expected a whole number ≥ 1")
                }
                count = n
            case "deadline":
                guard let d = ISODate.parse(value) else { throw GoalSyntaxError("--goal: deadline=\(value): \(ISODate.expected)") }
                deadline = d
            case "new":
                guard let b = Bool(value.lowercased()) else { throw GoalSyntaxError("--goal: new=\(value): expected true or false") }
                newOnly = b
            case "name", "text":
                fields[key] = [value]
            case "kind", "industry", "tags", "tag", "city", "organization":
                fields[key, default: []] += value.split(separator: ",").map(String.init)
            default:
                throw GoalSyntaxError("--goal: unknown key \"\(key)\", expected one of \(Goal.keys.joined(separator: ", "))")
            }
        }
        self.init(name: text, filter: ContactFilter(), count: count ?? 1, deadline: deadline, newOnly: newOnly)
        do { try apply(fields) } catch let e as GoalSyntaxError {
            throw GoalSyntaxError("--goal: \(e.key.map { $0 + ": " } ?? "")\(e.message)")
        }
        if filter.isEmpty {
            throw GoalSyntaxError("--goal \"\(text)\": no filter; give at least one of kind=, industry=, tags=, city=, organization=, text=")
        }
    }

    /// Sets name and filter from string fields; throws on an unknown kind.
    private mutating func apply(_ fields: [String: [String]]) throws {
        if let n = fields["name"]?.first {
            let trimmed = n.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw GoalSyntaxError(key: "name", "is empty, expected a name") }
            name = trimmed
        }
        func list(_ key: String) -> [String] {
            (fields[key] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var kinds = [ContactKind]()
        for k in list("kind") {
            guard let kind = ContactKind(rawValue: ContactFilter.fold(k)) else {
                throw GoalSyntaxError(key: "kind", "unknown kind \"\(k)\", expected one of "
                                      + ContactKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kinds.append(kind)
        }
        filter = ContactFilter(kinds: kinds, tags: list("tags") + list("tag"), industries: list("industry"),
                               cities: list("city"), organizations: list("organization"),
                               text: fields["text"]?.first?.trimmingCharacters(in: .whitespaces) ?? "")
    }

    /// `key=value` tokens; quotes group spaces; a token without `=` is an error.
    static func pairs(_ text: String) throws -> [(String, String)] {
        var result = [(String, String)]()
        var scalars = Array(text.unicodeScalars)[...]
        func skipSpaces() { while let c = scalars.first, c == " " || c == "\t" { scalars = scalars.dropFirst() } }
        skipSpaces()
        while !scalars.isEmpty {
            var key = ""
            while let c = scalars.first, c != "=", c != " ", c != "\t" { key.unicodeScalars.append(c); scalars = scalars.dropFirst() }
            guard scalars.first == "=", !key.isEmpty else {
                throw GoalSyntaxError("--goal: \"\(key)\" is not key=value (e.g. kind=investor industry=fintech count=2)")
            }
            scalars = scalars.dropFirst()
            var value = ""
            if let q = scalars.first, q == "\"" || q == "'" {
                scalars = scalars.dropFirst()
                while let c = scalars.first, c != q { value.unicodeScalars.append(c); scalars = scalars.dropFirst() }
                guard scalars.first == q else { throw GoalSyntaxError("--goal: \(key)=: the quote \(q) is not closed") }
                scalars = scalars.dropFirst()
            } else {
                while let c = scalars.first, c != " ", c != "\t" { value.unicodeScalars.append(c); scalars = scalars.dropFirst() }
            }
            result.append((ContactFilter.fold(key), value))
            skipSpaces()
        }
        return result
    }
}

private func label(_ element: TOMLValueConvertible) -> String {
    guard let name = element.table?["name"]?.string else { return "" }
    return " (\"\(name)\")"
}

/// Where each `[[goal]]` header and its keys are in liaison.toml (TOMLKit keeps no positions):
/// a line scan that knows table headers and `key =` lines, enough to point at the right line.
struct GoalPlaces {
    /// Per goal: the header line and the line of each key.
    private var headers: [Int] = []
    private var keys: [[String: (Int, Int)]] = []

    init(text: String) {
        var lineNumber = 0
        var inGoal = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let header = line.replacingOccurrences(of: " ", with: "")
                inGoal = header.hasPrefix("[[goal]]")
                if inGoal { headers.append(lineNumber); keys.append([:]) }
                continue
            }
            guard inGoal, let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let column = raw.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count + 1
            if keys[keys.count - 1][key] == nil { keys[keys.count - 1][key] = (lineNumber, column) }
        }
    }

    func headerPlace(_ goal: Int) -> (line: Int, column: Int) {
        goal < headers.count ? (headers[goal], 1) : (0, 0)
    }

    func keyPlace(goal: Int, key: String) -> (line: Int, column: Int) {
        if goal < keys.count, let p = keys[goal][key] { return p }
        return headerPlace(goal)
    }
}
