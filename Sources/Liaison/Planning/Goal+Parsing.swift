import Foundation

//===----------------------------------------------------------------------===//
// Goals from the command line (--goal "k=v …"); liaison.toml [[goal]] tables: Goal+Config.swift
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
    /// Parses a goal given on the command line: space-separated `key=value` pairs, values with
    /// spaces in double or single quotes, lists comma-separated:
    /// `kind=investor,partner industry=fintech city="New York" count=2 deadline=2026-06-30`.
    public init(commandLine text: String) throws {
        var fields = [String: [String]]()
        var count: Int?, deadline: Date?, newOnly = false, pitch = [DraftLanguage: String]()
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
            case _ where key.hasPrefix("pitch."):
                guard let language = DraftLanguage(rawValue: String(key.dropFirst(6))) else {
                    throw GoalSyntaxError("--goal: \(key): unknown language, expected pitch.en= or pitch.ru=")
                }
                pitch[language] = value
            case "kind", "industry", "tags", "tag", "city", "organization":
                fields[key, default: []] += value.split(separator: ",").map(String.init)
            default:
                throw GoalSyntaxError("--goal: unknown key \"\(key)\", expected one of \(Goal.keys.joined(separator: ", "))")
            }
        }
        self.init(name: text, filter: ContactFilter(), count: count ?? 1, deadline: deadline, newOnly: newOnly, pitch: pitch)
        do { try apply(fields) } catch let e as GoalSyntaxError {
            throw GoalSyntaxError("--goal: \(e.key.map { $0 + ": " } ?? "")\(e.message)")
        }
        if filter.isEmpty {
            throw GoalSyntaxError("--goal \"\(text)\": no filter; give at least one of kind=, industry=, tags=, city=, organization=, text=")
        }
    }

    /// Sets name and filter from string fields; throws on an unknown kind.
    mutating func apply(_ fields: [String: [String]]) throws {
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
