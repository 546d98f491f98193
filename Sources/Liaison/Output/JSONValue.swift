/// A JSON value whose objects keep their key order, so that `--format json` output is stable and
/// documented field by field. Non-finite numbers are written as `null` (SPEC §4).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// `nil` becomes `null`.
    public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// Compact JSON, or indented with two spaces when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .integer(i): out += String(i)
        case let .number(x): out += x.isFinite ? CSVWriter.format(x) : "null"
        case let .string(s): JSONValue.writeString(s, to: &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case let .object(fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (k, (key, value)) in fields.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONValue.writeString(key, to: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    /// RFC 8259 string escaping; `<`, `>` and `&` are escaped too so that JSON embedded in an HTML
    /// report cannot close its `<script>` element, and every character `TextSanitizer.isHostile`
    /// names (C0 and C1 controls, DEL, bidi controls and marks, invisible format characters,
    /// U+2028/2029 — which also keeps the JSON valid JavaScript) as \uXXXX: lossless, and no such
    /// character reaches the output raw.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&":
                out += "\\u" + hex4(scalar.value)
            default:
                // Hostile characters are all in the BMP: one \uXXXX each.
                if TextSanitizer.isHostile(scalar) { out += "\\u" + hex4(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }
}
