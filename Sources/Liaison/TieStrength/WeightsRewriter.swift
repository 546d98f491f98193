import Foundation

/// Writes fitted weights into liaison.toml (`liaison calibrate --write`) without losing the rest
/// of the file.
///
/// Text-level edit, so that comments, key order and formatting elsewhere survive (a TOML library
/// round trip would drop every comment): inside the `[tie_strength.weights]` table the lines
/// assigning `intercept` or a component are replaced by the new values; other lines there
/// (comments) are kept; a missing table is appended at the end. The result is parsed again and
/// must give back exactly the new weights and the same everything else, or nothing is written.
public enum WeightsRewriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func rewrite(_ text: String, intercept: Double, weights: [Double]) throws -> String {
        let keys = ["intercept"] + TieComponents.names
        let values = [intercept] + weights
        let newLines = zip(keys, values).map { "\($0) = \(format($1))" }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        func header(_ line: String) -> String? {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("["), let close = t.firstIndex(of: "]") else { return nil }
            let rest = t[t.index(after: close)...].trimmingCharacters(in: .whitespaces)
            guard rest.isEmpty || rest.hasPrefix("#") || rest == "]" else { return nil }
            return t.trimmingCharacters(in: CharacterSet(charactersIn: "[]# ")).replacingOccurrences(of: " ", with: "")
        }
        if let start = lines.firstIndex(where: { header($0) == "tie_strength.weights" }) {
            var end = start + 1
            while end < lines.count && header(lines[end]) == nil { end += 1 }
            let body = lines[(start + 1)..<end].filter { line in
                let key = line.split(separator: "=", maxSplits: 1).first.map {
                    $0.trimmingCharacters(in: .whitespaces)
                } ?? ""
                return !keys.contains(key)
            }
            lines.replaceSubrange((start + 1)..<end, with: newLines + body)
        } else {
            if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
            lines.append("# Fitted by `liaison calibrate --write`.")
            lines.append("[tie_strength.weights]")
            lines.append(contentsOf: newLines)
        }
        let result = lines.joined(separator: "\n") + "\n"
        try verify(original: text, rewritten: result, intercept: intercept, weights: weights)
        return result
    }

    static func format(_ x: Double) -> String {
        let r = (x * 1e6).rounded() / 1e6
        return r == r.rounded() ? String(format: "%.1f", r) : String(r)
    }

    /// The rewritten file must parse, hold the new weights and be otherwise unchanged (compared
    /// value by value with `TOMLValue.sameContent`, so comments and layout may differ).
    static func verify(original: String, rewritten: String, intercept: Double, weights: [Double]) throws {
        let before: TOMLTable, after: TOMLTable
        do {
            before = try TOML.parse(original)
            after = try TOML.parse(rewritten)
        } catch {
            throw Failure(description: "liaison.toml could not be rewritten safely (\(error)); nothing was written")
        }
        var reader = ConfigReader(file: "liaison.toml")
        let model = TieStrengthModel.read(after, &reader)
        guard reader.errors.isEmpty,
              abs(model.intercept - intercept) < 1e-5,
              zip(model.weights, weights).allSatisfy({ abs($0 - $1) < 1e-5 }) else {
            throw Failure(description: "liaison.toml defines [tie_strength.weights] in a form this rewrite does not "
                          + "handle (inline or dotted keys); nothing was written")
        }
        // Everything but the weights must be as before.
        func stripped(_ t: TOMLTable) -> TOMLTable {
            guard let entry = t.entry("tie_strength"), let ts = entry.node.value.table else { return t }
            let rest = ts.removing("weights")
            if rest.isEmpty { return t.removing("tie_strength") }
            var copy = t
            if let k = copy.entries.firstIndex(where: { $0.key == "tie_strength" }) {
                copy.entries[k].node.value = .table(rest)
            }
            return copy
        }
        guard TOMLValue.table(stripped(before)).sameContent(as: .table(stripped(after))) else {
            throw Failure(description: "rewriting liaison.toml would change more than [tie_strength.weights]; nothing was written")
        }
    }
}
