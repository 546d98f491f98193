//===----------------------------------------------------------------------===//
// TOMLParser: basic, literal and multi-line strings (TOML 1.0 "String")
//===----------------------------------------------------------------------===//

extension TOMLParser {
    /// Appends the UTF-8 of scalar `v`.
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 { out.append(UInt8(v)) } else if v < 0x800 {
            out += [0xC0 | UInt8(v >> 6), 0x80 | UInt8(v & 0x3F)]
        } else if v < 0x10000 {
            out += [0xE0 | UInt8(v >> 12), 0x80 | UInt8((v >> 6) & 0x3F), 0x80 | UInt8(v & 0x3F)]
        } else {
            out += [0xF0 | UInt8(v >> 18), 0x80 | UInt8((v >> 12) & 0x3F), 0x80 | UInt8((v >> 6) & 0x3F), 0x80 | UInt8(v & 0x3F)]
        }
    }

    /// An escape after `\` (at `i`): the escaped character, appended to `out`.
    mutating func escape(into out: inout [UInt8]) throws(TOMLError) {
        let at = i - 1
        guard let c = peek else { throw fail("unfinished escape at the end of the file") }
        i += 1
        switch c {
        case 0x62: out.append(0x08)
        case 0x74: out.append(0x09)
        case 0x6E: out.append(0x0A)
        case 0x66: out.append(0x0C)
        case 0x72: out.append(0x0D)
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x75, 0x55:
            let n = c == 0x75 ? 4 : 8
            var v: UInt32 = 0
            for k in 0 ..< n {
                guard let d = peek(k), let h = Self.hexValue(d) else {
                    throw fail("\\\(c == 0x75 ? "u" : "U") must be followed by \(n) hexadecimal digits", at: at)
                }
                v = v &* 16 &+ UInt32(h)
            }
            guard v < 0xD800 || (v > 0xDFFF && v <= 0x10FFFF) else {
                throw fail("\\\(c == 0x75 ? "u" : "U")\(String(decoding: b[i ..< i + n], as: UTF8.self)) is not a Unicode scalar value", at: at)
            }
            i += n
            Self.append(v, to: &out)
        default:
            throw fail("a backslash followed by \(shown(at: i - 1)) is not an escape: "
                       + "TOML knows \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX", at: at)
        }
    }

    static func hexValue(_ d: UInt8) -> UInt8? {
        switch d {
        case 0x30 ... 0x39: d - 0x30
        case 0x41 ... 0x46: d - 0x41 + 10
        case 0x61 ... 0x66: d - 0x61 + 10
        default: nil
        }
    }

    mutating func basicString() throws(TOMLError) -> String {
        let open = i
        i += 1
        var out = [UInt8]()
        while true {
            guard let c = peek else { throw fail("the string opened here is not closed", at: open) }
            if c == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
            if c == 0x5C { i += 1; try escape(into: &out); continue }
            if c == 0x0A || (c == 0x0D && peek(1) == 0x0A) {
                throw fail("the string is not closed on its line (use \"\"\" for a multi-line string)", at: open)
            }
            if Self.isControl(c) { throw fail("\(shown(at: i)) is not allowed in a string; write it as an escape such as \\u0000") }
            out.append(c)
            i += 1
        }
    }

    mutating func literalString() throws(TOMLError) -> String {
        let open = i
        i += 1
        let s = i
        while true {
            guard let c = peek else { throw fail("the string opened here is not closed", at: open) }
            if c == 0x27 { i += 1; return String(decoding: b[s ..< i - 1], as: UTF8.self) }
            if c == 0x0A || (c == 0x0D && peek(1) == 0x0A) {
                throw fail("the string is not closed on its line (use ''' for a multi-line string)", at: open)
            }
            if Self.isControl(c) { throw fail("\(shown(at: i)) is not allowed in a literal string") }
            i += 1
        }
    }

    /// The end of a multi-line string at a run of `quote`: true (and the up to two quotes that
    /// belong to the content appended) when the run is at least three long.
    mutating func closes(_ quote: UInt8, _ out: inout [UInt8]) -> Bool {
        var n = 0
        while peek(n) == quote { n += 1 }
        if n < 3 { out += [UInt8](repeating: quote, count: n); i += n; return false }
        let extra = min(n - 3, 2)
        out += [UInt8](repeating: quote, count: extra)
        i += 3 + extra
        return true
    }

    mutating func multilineBasicString() throws(TOMLError) -> String {
        let open = place()
        i += 3
        _ = newline()
        var out = [UInt8]()
        while true {
            guard let c = peek else { throw TOMLError("the multi-line string opened here is not closed", at: open) }
            if c == 0x22 { if closes(0x22, &out) { return String(decoding: out, as: UTF8.self) }; continue }
            if newline() { out.append(0x0A); continue }
            if c == 0x5C {
                i += 1
                // A line-ending backslash: drop it, the newline and the whitespace that follows.
                var k = i
                while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                if k < b.count, b[k] == 0x0A || (b[k] == 0x0D && k + 1 < b.count && b[k + 1] == 0x0A) {
                    i = k
                    while true { skipSpaces(); if !newline() { break } }
                    continue
                }
                if k > i { throw fail("a backslash followed by spaces must end the line in a multi-line string", at: i - 1) }
                try escape(into: &out)
                continue
            }
            if Self.isControl(c) { throw fail("\(shown(at: i)) is not allowed in a string; write it as an escape such as \\u0000") }
            out.append(c)
            i += 1
        }
    }

    mutating func multilineLiteralString() throws(TOMLError) -> String {
        let open = place()
        i += 3
        _ = newline()
        var out = [UInt8]()
        while true {
            guard let c = peek else { throw TOMLError("the multi-line string opened here is not closed", at: open) }
            if c == 0x27 { if closes(0x27, &out) { return String(decoding: out, as: UTF8.self) }; continue }
            if newline() { out.append(0x0A); continue }
            if Self.isControl(c) { throw fail("\(shown(at: i)) is not allowed in a literal string") }
            out.append(c)
            i += 1
        }
    }
}
