//===----------------------------------------------------------------------===//
// DrawingText: user text made inert before it reaches Graphviz
//===----------------------------------------------------------------------===//

/// Turns names and other user text into values Graphviz shows as written and cannot misread.
///
/// Graphviz quotes and escapes names and values itself (SVG: `&lt;` `&amp;` `&quot;` …; DOT: `\"`),
/// so `<script>`, `&`, quotes and `"]; node [` need nothing from us. What it does not handle:
/// - control characters, which are not allowed in XML 1.0 even as `&#1;`: C0 controls become the
///   matching Control Pictures (U+2400 + code, so `\u{1}` shows as ␁), tab/CR/LF a space, DEL ␡,
///   C1 controls and the non-characters U+FFFE/U+FFFF the replacement character �;
/// - bidirectional formatting controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), which
///   could make a label display as other text than it is: they become �; Arabic and Hebrew text
///   without them still reads right to left;
/// - escape sequences in labels and tooltips (`\N`, `\n`, `\l`, `\G` …): ``label(_:limit:)``
///   doubles every backslash, ``tooltip(_:)`` too, with an invisible word joiner after each.
/// - entities: Graphviz decodes `&amp;` in labels and copies `&amp;` into SVG as is, so an `&`
///   that starts something entity-like is written `&amp;` (``protectingEntities(_:)``).
/// Very long text is cut to a limit with "…" in labels (tooltips keep more).
public enum DrawingText {
    /// `text` with control and bidirectional-formatting characters replaced (see above).
    public static func inert(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: needsReplacement) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append(contentsOf: replacement(for: s))
        }
        return String(out)
    }

    /// A node name: inert, with entity-like `&…;` protected (the name becomes the SVG `<title>`),
    /// at most ``nameLimit`` characters: fdp 2.42 crashes or hangs on names of thousands of characters.
    public static func name(_ text: String) -> String {
        protectingEntities(truncated(inert(text), nameLimit))
    }

    public static let nameLimit = 300

    /// Text for a `label` or `xlabel`: inert, backslashes doubled, entity-like `&…;` protected,
    /// at most `limit` characters.
    public static func label(_ text: String, limit: Int = 40) -> String {
        protectingEntities(escaped(truncated(inert(text), limit)))
    }

    /// `text` with `&` written `&amp;` where it starts something Graphviz takes for an entity
    /// (`&name;`, `&#123;`, `&#x1F;`, even `&;`): Graphviz decodes entities in labels and passes
    /// them through unescaped into SVG, so the name `R&amp;D` would otherwise show as `R&D`. A lone
    /// `&` (as in `Tom & Jerry`) is left alone; Graphviz escapes it.
    /// Mirrors `xml_isentity` in Graphviz's `lib/common/xml.c`.
    public static func protectingEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "&") && looksLikeEntity(bytes, i) {
                out += Array("&amp;".utf8)
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func looksLikeEntity(_ s: [UInt8], _ amp: Int) -> Bool {
        var i = amp + 1
        func isDigit(_ c: UInt8) -> Bool { (48 ... 57).contains(c) }
        func isHex(_ c: UInt8) -> Bool { isDigit(c) || (65 ... 70).contains(c) || (97 ... 102).contains(c) }
        func isAlpha(_ c: UInt8) -> Bool { (65 ... 90).contains(c) || (97 ... 122).contains(c) }
        if i < s.count && s[i] == UInt8(ascii: "#") {
            i += 1
            if i < s.count && (s[i] == UInt8(ascii: "x") || s[i] == UInt8(ascii: "X")) {
                i += 1
                while i < s.count && isHex(s[i]) { i += 1 }
            } else {
                while i < s.count && isDigit(s[i]) { i += 1 }
            }
        } else {
            while i < s.count && isAlpha(s[i]) { i += 1 }
        }
        return i < s.count && s[i] == UInt8(ascii: ";")
    }

    /// Text for a `tooltip`: inert, at most 2,000 characters, every backslash doubled and followed
    /// by a word joiner (U+2060, invisible): Graphviz 2.42 turns `\\` into `\` in tooltips *before*
    /// it expands `\N`, so `\\N` alone would still show the node's name.
    public static func tooltip(_ text: String) -> String {
        let t = protectingEntities(truncated(inert(text), 2_000))
        return t.contains("\\") ? t.replacingOccurrences(of: "\\", with: "\\\\\u{2060}") : t
    }

    /// `text` cut to `limit` characters (grapheme clusters), the last one replaced by "…".
    public static func truncated(_ text: String, _ limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    private static func escaped(_ text: String) -> String {
        text.contains("\\") ? text.replacingOccurrences(of: "\\", with: "\\\\") : text
    }

    private static func needsReplacement(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F ... 0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x202A ... 0x202E).contains(v) || (0x2066 ... 0x2069).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    private static func replacement(for s: Unicode.Scalar) -> [Unicode.Scalar] {
        guard needsReplacement(s) else { return [s] }
        switch s.value {
        case 0x09, 0x0A, 0x0D: return [" "]
        case 0x00 ..< 0x20: return [Unicode.Scalar(0x2400 + s.value)!]
        case 0x7F: return ["\u{2421}"]
        default: return ["\u{FFFD}"]
        }
    }
}
