//===----------------------------------------------------------------------===//
// ContactSlug: readable, stable ids for new contacts (Cyrillic transliterated)
//===----------------------------------------------------------------------===//

import Foundation

/// Makes contact ids: lower-case ASCII letters and digits joined by `-`, from the name as written.
///
/// Cyrillic is transliterated with the table of ICAO Doc 9303 (Machine Readable Travel Documents,
/// part 3, section 6 — the table Russian and Ukrainian passports use since 2013/2014):
/// а a · б b · в v · г g · д d · е e · ё e · ж zh · з z · и i · й i · к k · л l · м m · н n · о o ·
/// п p · р r · с s · т t · у u · ф f · х kh · ц ts · ч ch · ш sh · щ shch · ъ ie · ы y · ь (dropped) ·
/// э e · ю iu · я ia; Ukrainian і i · ї i · є ie · ґ g. Latin letters lose their diacritics
/// (Krüger → kruger, ß → ss, ø → o, æ → ae, ł → l). Anything else separates words.
///
///     ContactSlug.make("Анна Петрова")      // "anna-petrova"
///     ContactSlug.make("Пётр Щукин")        // "petr-shchukin"
///     ContactSlug.make("Tobias Krüger")     // "tobias-kruger"
///
/// `unique(_:taken:)` adds `-2`, `-3`, … until the id is free.
public enum ContactSlug {
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
        "і": "i", "ї": "i", "є": "ie", "ґ": "g",
    ]
    static let latin: [Character: String] = ["ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"]

    /// The slug of `name` (at most 48 characters, cut at a word boundary); `"contact"` when
    /// nothing is left.
    public static func make(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        func emit(_ s: String) {
            guard !s.isEmpty else { return }
            if pendingDash && !out.isEmpty { out += "-" }
            pendingDash = false
            out += s
        }
        for ch in name.lowercased() {
            if let t = cyrillic[ch] { emit(t); continue }
            if let t = latin[ch] { emit(t); continue }
            let plain = String(ch).folding(options: .diacriticInsensitive, locale: Locale(identifier: "en_US_POSIX"))
            let ascii = plain.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) }
            if ascii.isEmpty { pendingDash = true } else { emit(String(String.UnicodeScalarView(ascii))) }
        }
        if out.count > 48 {
            let cut = out.prefix(48)
            out = cut.contains("-") ? String(cut[..<cut.lastIndex(of: "-")!]) : String(cut)
        }
        return out.isEmpty ? "contact" : out
    }

    /// `base`, or `base-2`, `base-3`, … : the first that `taken` does not hold.
    public static func unique(_ base: String, taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var k = 2
        while taken("\(base)-\(k)") { k += 1 }
        return "\(base)-\(k)"
    }
}
