//===----------------------------------------------------------------------===//
// VCardLines: vCard content lines — unfolding, parameters, QUOTED-PRINTABLE, base64, charsets
//===----------------------------------------------------------------------===//

import Foundation

/// One logical vCard line, `[group.]NAME[;param…]:value` (RFC 2425 §5.8.1, RFC 6350 §3.3), after
/// unfolding. The value is still raw bytes: `decodedValue` applies the `ENCODING` and `CHARSET`
/// parameters.
struct VCardLine {
    var group: String
    /// Upper-cased property name (`EMAIL`, `X-ABRELATEDNAMES`).
    var name: String
    /// Parameter names upper-cased; a vCard 2.1 bare parameter (`TEL;WORK;VOICE`) is filed under
    /// `TYPE`, or under `ENCODING` when it names one (`QUOTED-PRINTABLE`, `BASE64`, `8BIT`).
    var params: [String: [String]]
    var value: [UInt8]
    /// 1-based physical line where the logical line starts.
    var line: Int

    func param(_ name: String) -> String? { params[name]?.first }
    var types: [String] { (params["TYPE"] ?? []).map { $0.lowercased() } }

    /// The value as text: quoted-printable or base64 decoded, then read in its `CHARSET`
    /// (UTF-8 when none is given; the others `VCardLines.decode` knows).
    func decodedValue() throws(VCardValueError) -> String {
        var bytes = value
        switch param("ENCODING")?.uppercased() {
        case "QUOTED-PRINTABLE": bytes = VCardLines.quotedPrintable(bytes)
        case "B", "BASE64":
            guard let d = Data(base64Encoded: String(decoding: bytes.filter { $0 > 0x20 }, as: UTF8.self)) else {
                throw .badBase64
            }
            bytes = Array(d)
        default: break
        }
        return try VCardLines.decode(bytes, charset: param("CHARSET"))
    }
}

enum VCardValueError: Error {
    case badBase64, notUTF8, unknownCharset(String), badCharset(String)
    var message: String {
        switch self {
        case .badBase64: "a base64 value (ENCODING=b) that does not decode"
        case .notUTF8: "text that is not UTF-8 and names no CHARSET"
        case let .unknownCharset(c): "unsupported CHARSET=\(c) (supported: UTF-8, windows-1251, ISO-8859-1, windows-1252, US-ASCII)"
        case let .badCharset(c): "text that is not valid \(c)"
        }
    }
}

enum VCardLines {
    /// Splits `bytes` into logical lines: CRLF, LF or CR end a line; a line starting with a space
    /// or tab continues the previous one (the first blank removed, RFC 6350 §3.2); a
    /// QUOTED-PRINTABLE value ending in `=` continues on the next line (vCard 2.1 soft line break);
    /// so does a line that starts with `=XX` and has no `:` (Android writes QP breaks without `=`);
    /// lines of bare base64 after a base64 property continue it (vCard 2.1 writes them unindented).
    /// Empty lines are dropped. Returns each line with its first physical line number.
    static func unfold(_ bytes: [UInt8]) -> [(bytes: [UInt8], line: Int)] {
        var physical = [(ArraySlice<UInt8>, Int)]()
        var i = 0, start = 0, line = 1
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3; start = 3 }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                physical.append((bytes[start ..< i], line))
                // CRLF is one line end; so is CR CR LF (some iOS exports write it).
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                else if b == 0x0D, i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { i += 2 }
                line += 1
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { physical.append((bytes[start...], line)) }

        var out = [(bytes: [UInt8], line: Int)]()
        var k = 0
        while k < physical.count {
            let (first, firstLine) = physical[k]
            k += 1
            if first.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var current = Array(first)
            let nameEnd = current.firstIndex(of: UInt8(ascii: ":")) ?? current.count
            let head = String(decoding: current[..<nameEnd], as: UTF8.self).uppercased()
            let qp = head.contains("QUOTED-PRINTABLE")
            let base64 = head.contains("BASE64") || head.contains("ENCODING=B")
            while k < physical.count {
                let next = physical[k].0
                if let f = next.first, f == 0x20 || f == 0x09 {
                    current += next.dropFirst()
                } else if qp, current.last == UInt8(ascii: "="), !next.isEmpty {
                    current.removeLast()
                    current += next
                } else if qp, next.first == UInt8(ascii: "="), !next.contains(UInt8(ascii: ":")) {
                    current += next // Android breaks QP lines without the '=' soft break
                } else if base64, !next.isEmpty, next.allSatisfy(isBase64Byte) {
                    current += next
                } else {
                    break
                }
                k += 1
            }
            out.append((current, firstLine))
        }
        return out
    }

    static func isBase64Byte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
    }

    /// Parses `[group.]NAME;params:value`; `nil` when there is no `:` outside quotes or no name.
    static func parse(_ bytes: [UInt8], line: Int) -> VCardLine? {
        var colon: Int?
        var quoted = false
        for (k, b) in bytes.enumerated() {
            if b == UInt8(ascii: "\"") { quoted.toggle() } else if b == UInt8(ascii: ":") && !quoted { colon = k; break }
        }
        guard let colon else { return nil }
        let head = String(decoding: bytes[..<colon], as: UTF8.self)
        var parts = splitOutsideQuotes(head, ";")
        guard !parts.isEmpty else { return nil }
        var nameWithGroup = parts.removeFirst()
        var group = ""
        if let dot = nameWithGroup.lastIndex(of: ".") {
            group = String(nameWithGroup[..<dot])
            nameWithGroup = String(nameWithGroup[nameWithGroup.index(after: dot)...])
        }
        let name = nameWithGroup.trimmingCharacters(in: .whitespaces).uppercased()
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        var params = [String: [String]]()
        for p in parts where !p.isEmpty {
            if let eq = p.firstIndex(of: "=") {
                let key = p[..<eq].trimmingCharacters(in: .whitespaces).uppercased()
                let values = splitOutsideQuotes(String(p[p.index(after: eq)...]), ",")
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
                params[key, default: []] += values
            } else {
                let bare = p.trimmingCharacters(in: .whitespaces)
                let upper = bare.uppercased()
                let key = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"].contains(upper) ? "ENCODING" : "TYPE"
                params[key, default: []].append(bare)
            }
        }
        return VCardLine(group: group, name: name, params: params, value: Array(bytes[(colon + 1)...]), line: line)
    }

    static func splitOutsideQuotes(_ s: String, _ separator: Character) -> [String] {
        var out = [String](), cur = ""
        var quoted = false
        for ch in s {
            if ch == "\"" { quoted.toggle(); cur.append(ch) } else if ch == separator && !quoted { out.append(cur); cur = "" } else { cur.append(ch) }
        }
        out.append(cur)
        return out
    }

    /// RFC 2045 §6.7 quoted-printable: `=XX` is a byte, `=` at a line end a soft break; anything
    /// malformed is kept as written.
    static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30 ... 0x39: b - 0x30
            case 0x41 ... 0x46: b - 0x41 + 10
            case 0x61 ... 0x66: b - 0x61 + 10
            default: nil
            }
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "="), i + 2 < bytes.count,
               let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else if bytes[i] == UInt8(ascii: "="), i == bytes.count - 1 {
                i += 1
            } else {
                out.append(bytes[i]); i += 1
            }
        }
        return out
    }

    /// Text from bytes in `charset` (case-insensitive): UTF-8 (default), windows-1251 (cp1251),
    /// ISO-8859-1 (latin1), windows-1252, US-ASCII.
    static func decode(_ bytes: [UInt8], charset: String?) throws(VCardValueError) -> String {
        guard let charset, !charset.isEmpty else {
            guard let s = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
            return s
        }
        let encoding: String.Encoding
        switch charset.lowercased() {
        case "utf-8", "utf8": encoding = .utf8
        case "windows-1251", "cp1251", "cp-1251", "x-cp1251": encoding = .windowsCP1251
        case "iso-8859-1", "latin1", "iso8859-1": encoding = .isoLatin1
        case "windows-1252", "cp1252": encoding = .windowsCP1252
        case "us-ascii", "ascii": encoding = .ascii
        default: throw .unknownCharset(charset)
        }
        guard let s = String(data: Data(bytes), encoding: encoding) else { throw .badCharset(charset) }
        return s
    }

    /// RFC 6350 §3.4 text unescaping: `\n` `\N` → line break, `\\` `\,` `\;` `\:` → the character.
    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = ""
        var escape = false
        for ch in s {
            if escape {
                out.append(ch == "n" || ch == "N" ? "\n" : ch)
                escape = false
            } else if ch == "\\" {
                escape = true
            } else {
                out.append(ch)
            }
        }
        if escape { out.append("\\") }
        return out
    }

    /// Splits on `separator` where it is not escaped with `\` (structured values: N, ORG, ADR).
    static func splitUnescaped(_ s: String, _ separator: Character) -> [String] {
        var out = [String](), cur = ""
        var escape = false
        for ch in s {
            if escape { cur.append("\\"); cur.append(ch); escape = false } else if ch == "\\" { escape = true } else if ch == separator { out.append(cur); cur = "" } else { cur.append(ch) }
        }
        if escape { cur.append("\\") }
        out.append(cur)
        return out
    }
}
