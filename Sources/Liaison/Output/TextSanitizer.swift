/// The one definition of the characters Liaison never writes raw, and what each output does with
/// them: terminal tables and messages (`terminal(_:)`, used by `TextTable`), CSV (`csv(_:)`, used
/// by `CSVWriter`) and JSON (`isHostile(_:)`, escaped by `JSONValue`).
///
/// Names, notes and ids come from the user's files and from imports, so they can hold characters
/// that drive a terminal or disguise text. Hostile (`isHostile`):
/// - C0 controls U+0000–U+001F (ESC starts the ANSI/OSC sequences that move the cursor, clear the
///   screen or retitle the window; BEL ends OSC; CR returns to the line start so that later text
///   overwrites earlier text), DEL U+007F and the C1 controls U+0080–U+009F (U+009B is CSI and
///   U+009D OSC in one byte on terminals that honour 8-bit controls; U+0085 is a line break);
/// - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, and
///   the marks U+200E (LRM), U+200F (RLM) and U+061C (ALM): they reorder the text that follows
///   them, so a name can show as something else ("Trojan Source", Boucher & Anderson 2021);
/// - invisible format characters that hide or fake text and are needed by no name:
///   U+200B (zero-width space), U+2060–U+2064 (word joiner, invisible operators), U+FEFF (byte
///   order mark / zero-width no-break space), U+206A–U+206F (deprecated shaping and digit
///   controls), U+FFF9–U+FFFB (interlinear annotation, which tells a renderer to hide text), and
///   the line and paragraph separators U+2028/U+2029, which some viewers break lines at.
///
/// Kept on purpose: U+200C/U+200D (zero-width non-joiner and joiner, needed by Persian and Indic
/// scripts and by emoji sequences such as 👩‍💻), the variation selectors (emoji vs text style),
/// combining marks, the soft hyphen, and the tag characters U+E0020–U+E007F (the subdivision flags
/// 🏴󠁧󠁢󠁳󠁣󠁴󠁿 are spelled with them). Every letter of every script — Cyrillic, CJK,
/// emoji — passes untouched.
///
/// What each output does with a hostile character:
/// - terminal: replaced by U+FFFD (�), every one of them — a table cell or a message is one line,
///   so TAB and LF go too. U+FFFD is visible, one column wide, and says "a character was here
///   that could not be shown"; it is also what the tables have always shown.
/// - CSV: replaced by U+FFFD too, except TAB and LF, which a field legitimately holds (RFC 4180
///   §2.6 allows line breaks inside a quoted field) and which cannot drive a terminal; CR is
///   replaced, as a bare CR overwrites the row when the CSV is printed. The replacement is lossy
///   by design: a spreadsheet cell has no escape syntax that stays inert.
/// - JSON: escaped as \uXXXX (RFC 8259 §7), which is lossless — a JSON reader gets the original
///   string back — and inert: the output bytes hold no control or bidi character. (\n, \r, \t
///   keep their short escapes.) Every hostile character is in the BMP, so one \uXXXX each.
public enum TextSanitizer {
    /// What replaces a hostile character in terminal and CSV output.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` must not reach an output raw (see the type's documentation).
    @inline(__always)
    public static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0xA0 { return v < 0x20 || v >= 0x7F }     // C0, DEL, C1
        if v < 0x061C { return false }                   // fast path: Latin, Greek, Cyrillic, …
        switch v {
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A ... 0x202E,
             0x2060 ... 0x2064, 0x2066 ... 0x206F, 0xFEFF, 0xFFF9 ... 0xFFFB:
            return true
        default:
            return false
        }
    }

    /// `text` for a terminal: every hostile character replaced by U+FFFD.
    public static func terminal(_ text: String) -> String { replacing(text, keepingTabAndNewline: false) }

    /// `text` for a CSV field: every hostile character but TAB and LF replaced by U+FFFD (the
    /// writer then quotes and defuses formulas).
    public static func csv(_ text: String) -> String { replacing(text, keepingTabAndNewline: true) }

    private static func replacing(_ text: String, keepingTabAndNewline keep: Bool) -> String {
        @inline(__always) func replaced(_ u: Unicode.Scalar) -> Bool {
            isHostile(u) && !(keep && (u == "\t" || u == "\n"))
        }
        // Most text holds nothing hostile: return it as it is, without copying.
        guard text.unicodeScalars.contains(where: replaced) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars { out.append(replaced(u) ? placeholder : u) }
        return String(out)
    }
}
