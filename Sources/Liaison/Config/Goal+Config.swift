import Foundation

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
    /// pitch = { en = "I'm raising a seed round", ru = "Я привлекаю посевной раунд" }   # optional
    /// ```
    /// Every problem goes to `reader`, placed at the goal's key in the file
    /// (`liaison.toml:12:1: [[goal]] 2 ("seed round") count: …`), or at its `[[goal]]` header for a
    /// problem of the whole goal. Goals with problems are still returned (the load fails anyway).
    static func read(_ root: TOMLTable, _ reader: inout ConfigReader) -> [Goal] {
        guard let entry = root.entry("goal") else { return [] }
        guard let array = entry.node.value.array else {
            reader.problem("goal must be an array of tables: write each goal as [[goal]] followed by its keys",
                           at: entry.keyPosition)
            return []
        }
        var goals = [Goal]()
        var seen = Set<String>()
        for (i, element) in array.enumerated() {
            let table = element.value.table
            let label = table?["name"]?.value.string.map { " (\"\($0)\")" } ?? ""
            func problem(_ key: String?, _ message: String) {
                let at = key.flatMap { table?.entry($0)?.keyPosition } ?? element.position
                reader.problem("[[goal]] \(i + 1)\(label) \(key.map { $0 + ": " } ?? "")\(message)", at: at)
            }
            guard let table else { problem(nil, "must be a table of keys"); continue }
            var fields = [String: [String]]()
            var goal = Goal(name: "goal \(i + 1)", filter: ContactFilter())
            for e in table.entries {
                let key = e.key, v = e.node.value
                switch key {
                case "count":
                    if let n = v.integer, n >= 1 { goal.count = n } else {
                        problem(key, "got \(v.shown), expected a whole number ≥ 1")
                    }
                case "deadline":
                    if let d = ConfigReader.date(v) { goal.deadline = d } else {
                        problem(key, "got \(v.shown), expected a date (deadline = 2026-06-30)")
                    }
                case "new":
                    if let b = v.boolean { goal.newOnly = b } else {
                        problem(key, "got \(v.shown), expected true or false")
                    }
                case "pitch":
                    guard let t = v.table else {
                        problem(key, "got \(v.shown), expected a table of sentences per language: pitch = { en = \"…\", ru = \"…\" }")
                        break
                    }
                    for p in t.entries {
                        if let language = DraftLanguage(rawValue: p.key), let sentence = p.node.value.string {
                            goal.pitch[language] = sentence
                        } else if DraftLanguage(rawValue: p.key) == nil {
                            problem(key, "unknown language \"\(p.key)\", expected one of \(DraftLanguage.allCases.map(\.rawValue).joined(separator: ", "))")
                        } else {
                            problem(key, "\(p.key): got \(p.node.value.shown), expected a string")
                        }
                    }
                case "name", "text":
                    if let s = v.string { fields[key] = [s] } else {
                        problem(key, "got \(v.shown), expected a string")
                    }
                case "kind", "industry", "tags", "tag", "city", "organization":
                    if let s = v.string {
                        fields[key] = [s]
                    } else if let list = v.array, list.allSatisfy({ $0.value.string != nil }) {
                        fields[key] = list.map { $0.value.string! }
                    } else {
                        problem(key, "got \(v.shown), expected a string or a list of strings")
                    }
                default:
                    problem(key, "unknown key, expected one of \(Goal.keys.joined(separator: ", "))")
                }
            }
            do {
                try goal.apply(fields)
            } catch let e as GoalSyntaxError {
                problem(e.key, e.message)
            } catch {
                problem(nil, "\(error)")
            }
            if goal.filter.isEmpty {
                problem(nil, "has no filter: give at least one of kind, industry, tags, city, organization, text")
            }
            if !seen.insert(ContactFilter.fold(goal.name)).inserted {
                problem("name", "\"\(goal.name)\" names an earlier goal too; goal names must differ")
            }
            goals.append(goal)
        }
        return goals
    }
}
