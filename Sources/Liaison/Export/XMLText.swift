//===----------------------------------------------------------------------===//
// XMLText: text as XML 1.0 character data and attribute values
//===----------------------------------------------------------------------===//

/// Escapes text for XML 1.0 (W3C XML 1.0 §2.2 Characters, §2.4 Character Data, §3.3.3
/// Attribute-Value Normalization), so that any name reads back as the same string:
/// - `&`, `<`, `>`, `"` and `'` become the predefined entities;
/// - TAB, LF and CR become character references (`&#9;`, `&#10;`, `&#13;`): a parser would
///   otherwise normalise them to spaces in an attribute, and CR to LF in text;
/// - the other characters ``TextSanitizer`` calls hostile that XML allows (C1 controls, bidi
///   controls, invisible format characters) become `&#xHHHH;`: the reader gets them back, and the
///   file itself holds none raw;
/// - what XML 1.0 cannot hold at all (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) becomes
///   U+FFFD — the one lossy case.
enum XMLText {
    static func escape(_ s: String) -> String {
        // Most text (ids, numbers, plain names) is printable ASCII with nothing to escape: returned
        // as it is, without building a copy scalar by scalar.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                    out.unicodeScalars.append(TextSanitizer.placeholder)
                } else if TextSanitizer.isHostile(u) {
                    out += "&#x" + String(u.value, radix: 16, uppercase: true) + ";"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
