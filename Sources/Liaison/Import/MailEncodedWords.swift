//===----------------------------------------------------------------------===//
// MailEncodedWords: RFC 2047 encoded words in mail headers
//===----------------------------------------------------------------------===//

import Foundation

/// Decodes RFC 2047 "encoded words" (`=?charset?B?…?=`, `=?charset?Q?…?=`) in a header's text.
///
/// - An encoded word is `=?` charset [`*` language] `?` `B`|`Q` `?` encoded-text `?=` with no
///   space inside (RFC 2047 §2; the language suffix is RFC 2231 §5). `B` is base64 (padding may be
///   missing); `Q` is quoted-printable where `_` is a space (§4.2).
/// - White space between two adjacent encoded words is dropped (§6.2), so a name split across
///   words ("=?UTF-8?B?0JDQvdC90LA=?= =?UTF-8?B?0J/QtdGC0YDQvtCy0LA=?=") joins as the sender wrote
///   it; white space next to ordinary text is kept.
/// - A word in an unknown charset, or one that does not decode, is kept as written, as mail readers
///   do. Words inside quoted strings are decoded too (not allowed by §5, but common, and every
///   mail reader decodes them).
///
/// - Complexity: O(*n*) in the text's length.
enum MailEncodedWords {
    static func decode(_ text: String) -> String {
        let u = Array(text.utf8)
        guard u.indices.contains(where: { u[$0] == UInt8(ascii: "=") && $0 + 1 < u.count && u[$0 + 1] == UInt8(ascii: "?") }) else {
            return text
        }
        var out = [UInt8]()
        out.reserveCapacity(u.count)
        var i = 0
        var pendingSpace = [UInt8]()     // white space after an encoded word, dropped if another follows
        var lastWasWord = false
        while i < u.count {
            if u[i] == UInt8(ascii: "="), i + 1 < u.count, u[i + 1] == UInt8(ascii: "?"),
               let (decoded, end) = word(u, at: i) {
                if !lastWasWord { out += pendingSpace }
                pendingSpace.removeAll()
                out += decoded.utf8
                lastWasWord = true
                i = end
                continue
            }
            let c = u[i]
            if lastWasWord && (c == 32 || c == 9) {
                pendingSpace.append(c); i += 1; continue
            }
            out += pendingSpace; pendingSpace.removeAll()
            lastWasWord = false
            out.append(c); i += 1
        }
        out += pendingSpace
        return String(decoding: out, as: UTF8.self)
    }

    /// The encoded word starting at `start` (at "=?") and the index after its "?=", or nil.
    private static func word(_ u: [UInt8], at start: Int) -> (String, Int)? {
        var i = start + 2
        let charsetStart = i
        while i < u.count, u[i] != UInt8(ascii: "?") {
            if u[i] <= 32 || u[i] >= 127 { return nil }
            i += 1
        }
        guard i + 3 < u.count, i > charsetStart else { return nil }
        var charset = String(decoding: u[charsetStart ..< i], as: UTF8.self)
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let encoding = u[i + 1] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q"), u[i + 2] == UInt8(ascii: "?") else { return nil }
        i += 3
        let textStart = i
        while i + 1 < u.count, !(u[i] == UInt8(ascii: "?") && u[i + 1] == UInt8(ascii: "=")) {
            if u[i] <= 32 || u[i] >= 127 { return nil }
            i += 1
        }
        guard i + 1 < u.count else { return nil }
        let encoded = u[textStart ..< i]
        let bytes: [UInt8]?
        if encoding == UInt8(ascii: "b") { bytes = base64(encoded) } else { bytes = quoted(encoded) }
        guard let bytes, let text = MailCharset.decode(bytes, charset: charset) else { return nil }
        return (text, i + 2)
    }

    /// RFC 2047 §4.2: `_` is a space, `=XX` a byte.
    private static func quoted(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        var out = [UInt8]()
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == UInt8(ascii: "_") { out.append(32); i += 1 }
            else if c == UInt8(ascii: "=") {
                guard i + 2 < s.endIndex, let h = hex(s[i + 1]), let l = hex(s[i + 2]) else { return nil }
                out.append(h << 4 | l); i += 3
            } else { out.append(c); i += 1 }
        }
        return out
    }

    static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case 48 ... 57: return c - 48
        case 65 ... 70: return c - 55
        case 97 ... 102: return c - 87
        default: return nil
        }
    }

    /// Base64 (RFC 4648 §4) with or without `=` padding; nil on a character outside the alphabet.
    static func base64(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(s.count * 3 / 4)
        var acc: UInt32 = 0, bits = 0
        for c in s {
            let v: UInt32
            switch c {
            case 65 ... 90: v = UInt32(c - 65)
            case 97 ... 122: v = UInt32(c - 71)
            case 48 ... 57: v = UInt32(c + 4)
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            case UInt8(ascii: "="): continue
            default: return nil
            }
            acc = acc << 6 | v; bits += 6
            if bits >= 8 { bits -= 8; out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits))) }
        }
        return out
    }
}
