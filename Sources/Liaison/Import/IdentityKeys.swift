//===----------------------------------------------------------------------===//
// IdentityKeys: the normal forms identity resolution compares (e-mail, phone, URL, name)
//===----------------------------------------------------------------------===//

import Foundation

/// The normal forms under which two records are "the same" e-mail, phone, profile URL or name.
/// Documented with examples in docs/identity-resolution.md.
public enum IdentityKeys {
    /// `" Anna.Petrova@Example.COM "` → `"anna.petrova@example.com"`; a `mailto:` prefix and angle
    /// brackets are removed. `nil` when there is no `@` (not an address).
    public static func email(_ raw: String) -> String? {
        var s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.lowercased().hasPrefix("mailto:") { s.removeFirst(7) }
        if s.hasPrefix("<"), s.hasSuffix(">") { s = String(s.dropFirst().dropLast()) }
        s = s.trimmingCharacters(in: .whitespaces).lowercased()
        guard let at = s.firstIndex(of: "@"), at != s.startIndex, s.index(after: at) != s.endIndex,
              !s.contains(where: { $0 == " " || $0 == "," || $0 == ";" }) else { return nil }
        return s
    }

    /// A phone number in E.164 (`+79161234567`) when it is written internationally (`+…`, `00…`)
    /// or when `region` is known; digits only otherwise. `nil` when fewer than 5 digits.
    ///
    /// National numbers are read with the region's trunk prefix removed (`0` in most of Europe,
    /// `8` in Russia and Kazakhstan, `1` in the North American plan): `8 (916) 123-45-67` with
    /// region RU → `+79161234567`; `030 1234567` with DE → `+49301234567`; `(905) 555-1234` with
    /// US → `+19055551234`. An extension (`x12`, `ext. 12`, `;ext=12`) is dropped.
    public static func phone(_ raw: String, region: String?) -> String? {
        var text = raw.lowercased()
        if text.hasPrefix("tel:") { text.removeFirst(4) }
        for marker in [";ext=", "ext.", "ext", "x", "#"] {
            if let r = text.range(of: marker) { text = String(text[..<r.lowerBound]) }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = trimmed.filter(\.isASCIIDigit)
        guard digits.count >= 5 else { return nil }
        if trimmed.hasPrefix("+") { return "+" + digits }
        if digits.hasPrefix("00") { return "+" + digits.dropFirst(2) }
        guard let region = region?.uppercased(), let plan = PhonePlan.byRegion[region] else { return digits }
        if let trunk = plan.trunk, digits.hasPrefix(trunk), digits.count > plan.nationalLength.lowerBound {
            digits.removeFirst(trunk.count)
        } else if digits.hasPrefix(plan.code), digits.count == plan.code.count + plan.nationalLength.upperBound {
            return "+" + digits
        }
        return "+" + plan.code + digits
    }

    /// `https://www.LinkedIn.com/in/anna-petrova/` → `linkedin.com/in/anna-petrova`: scheme,
    /// `www.`, a trailing `/`, a `#fragment` and a vCard `\:` escape removed, lower-cased.
    public static func url(_ raw: String) -> String? {
        var s = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\:", with: ":").lowercased()
        for scheme in ["https://", "http://"] where s.hasPrefix(scheme) { s.removeFirst(scheme.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        if let hash = s.firstIndex(of: "#") { s = String(s[..<hash]) }
        while s.hasSuffix("/") { s.removeLast() }
        return s.isEmpty ? nil : s
    }

    /// A name or organisation folded for comparison: lower case, diacritics removed (é → e,
    /// й → и, ё → е), punctuation turned into spaces, runs of spaces collapsed.
    /// `"  Пётр  Иванов-Петров "` → `"петр иванов петров"`.
    public static func folded(_ raw: String) -> String {
        let base = raw.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                               locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var space = false
        for ch in base.unicodeScalars {
            if CharacterSet.alphanumerics.contains(ch) {
                if space && !out.isEmpty { out += " " }
                space = false
                out.unicodeScalars.append(ch)
            } else {
                space = true
            }
        }
        return out
    }
}

/// What E.164 needs to know about a numbering plan: the country code, the trunk prefix dialled
/// before national numbers, and the length of a national number (ITU-T E.164 assignments).
struct PhonePlan {
    let code: String
    let trunk: String?
    let nationalLength: ClosedRange<Int>

    static let byRegion: [String: PhonePlan] = [
        "RU": .init(code: "7", trunk: "8", nationalLength: 10 ... 10),
        "KZ": .init(code: "7", trunk: "8", nationalLength: 10 ... 10),
        "BY": .init(code: "375", trunk: "80", nationalLength: 9 ... 9),
        "UA": .init(code: "380", trunk: "0", nationalLength: 9 ... 9),
        "US": .init(code: "1", trunk: "1", nationalLength: 10 ... 10),
        "CA": .init(code: "1", trunk: "1", nationalLength: 10 ... 10),
        "GB": .init(code: "44", trunk: "0", nationalLength: 9 ... 10),
        "DE": .init(code: "49", trunk: "0", nationalLength: 6 ... 11),
        "AT": .init(code: "43", trunk: "0", nationalLength: 6 ... 12),
        "CH": .init(code: "41", trunk: "0", nationalLength: 9 ... 9),
        "FR": .init(code: "33", trunk: "0", nationalLength: 9 ... 9),
        "NL": .init(code: "31", trunk: "0", nationalLength: 9 ... 9),
        "BE": .init(code: "32", trunk: "0", nationalLength: 8 ... 9),
        "IT": .init(code: "39", trunk: nil, nationalLength: 6 ... 11),
        "ES": .init(code: "34", trunk: nil, nationalLength: 9 ... 9),
        "PL": .init(code: "48", trunk: nil, nationalLength: 9 ... 9),
        "SE": .init(code: "46", trunk: "0", nationalLength: 7 ... 9),
        "FI": .init(code: "358", trunk: "0", nationalLength: 5 ... 12),
        "IL": .init(code: "972", trunk: "0", nationalLength: 8 ... 9),
        "IN": .init(code: "91", trunk: "0", nationalLength: 10 ... 10),
        "CN": .init(code: "86", trunk: "0", nationalLength: 10 ... 11),
        "JP": .init(code: "81", trunk: "0", nationalLength: 9 ... 10),
        "AU": .init(code: "61", trunk: "0", nationalLength: 9 ... 9),
    ]
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
