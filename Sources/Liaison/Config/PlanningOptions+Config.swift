import Foundation

/// Reading the `[plan]` table of liaison.toml: the planner's defaults, which `liaison plan
/// --paths/--max-hops/--budget` override.
///
/// ```toml
/// [plan]
/// paths = 3       # alternative introduction paths kept per target (Yen's k)
/// max_hops = 3    # at most this many ties from you to a target
/// budget = 3      # introductions asked of one introducer across the plan
/// min_reliability = 0.05   # introduction routes less reliable than this: cold outreach instead
/// ```
/// Each count is a whole number ≥ 1 (default 3); min_reliability is a number in [0, 1] (default 0.05).
extension PlanningOptions {
    static func read(_ root: TOMLTable, _ reader: inout ConfigReader) -> PlanningOptions {
        var options = PlanningOptions()
        guard let table = reader.table(root, "plan", name: "plan") else { return options }
        func whole(_ key: String) -> Int? {
            guard let node = table[key] else { return nil }
            guard let n = node.value.integer, n >= 1 else {
                reader.problem("[plan] \(key): got \(node.value.shown), expected a whole number ≥ 1", at: node.position)
                return nil
            }
            return n
        }
        if let n = whole("paths") { options.paths = n }
        if let n = whole("max_hops") { options.maxHops = n }
        if let n = whole("budget") { options.budget = n }
        if let x = reader.number(table, "plan", "min_reliability", { $0 >= 0 && $0 <= 1 }, "a reliability between 0 and 1") {
            options.minReliability = x
        }
        reader.unknownKeys(table, "plan", known: ["paths", "max_hops", "budget", "min_reliability"])
        return options
    }
}
