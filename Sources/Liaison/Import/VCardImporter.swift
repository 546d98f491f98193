//===----------------------------------------------------------------------===//
// VCardImporter: address-book cards (vCard 2.1, 3.0, 4.0) → imported people and relations
//===----------------------------------------------------------------------===//

import Foundation

/// Reads a file of vCards — one or many `BEGIN:VCARD … END:VCARD`, as phones and mail programs
/// export them — in any of vCard 2.1 (the versit spec), 3.0 (RFC 2425/2426) and 4.0 (RFC 6350).
///
/// Lines are unfolded and decoded by `VCardLines` (folding, QUOTED-PRINTABLE with soft line breaks,
/// base64 / `ENCODING=b`, `CHARSET`, groups such as `item1.EMAIL`). Of each card it keeps:
///
/// | property | becomes |
/// |---|---|
/// | `FN`, else `N` (given additional family), else `ORG` | name |
/// | `ORG` (first component), `TITLE` | organisation, title |
/// | `EMAIL`, `TEL`, `URL` (all of them) | e-mails, phones, URLs |
/// | `CATEGORIES` | tags |
/// | `NOTE`, `BDAY` | notes (`birthday: …` appended) |
/// | `UID` (else Apple's `X-ABUID`) | uid, for idempotent re-imports |
/// | `RELATED` (4.0; `TYPE` = kind; text, `mailto:` or `urn:uuid:` value) | relation |
/// | `X-ABRELATEDNAMES` (kind from the `X-ABLabel` of the same group, `_$!<Spouse>!$_` → spouse) | relation |
/// | `X-MS-MANAGER`, `X-EVOLUTION-MANAGER`, `X-KADDRESSBOOK-X-MANAGERSNAME` | relation "manager" |
/// | `X-MS-ASSISTANT`, `X-EVOLUTION-ASSISTANT`, `X-KADDRESSBOOK-X-ASSISTANTSNAME`, `X-ASSISTANT` | relation "assistant" |
///
/// Every other property (PHOTO, ADR, …) is passed over without being decoded. A malformed card —
/// a line with no `:`, a value that does not decode, `BEGIN:VCARD` without `END:VCARD` — is a
/// problem at its line, and that card is not imported; the others are.
///
/// - Complexity: O(bytes).
public enum VCardImporter {
    public static func read(path: String) throws -> ImportBatch {
        try read(path: path, bytes: readFileBytes(path))
    }

    public static func read(path: String, bytes: [UInt8]) -> ImportBatch {
        var batch = ImportBatch()
        var card: [VCardLine]?
        var cardLine = 0
        var cardBad = false
        var depth = 0
        var sawCard = false
        func problem(_ line: Int, _ column: Int, _ message: String) {
            batch.problems.append(Diagnostic(file: path, line: line, column: column, message: message))
        }
        for (raw, line) in VCardLines.unfold(bytes) {
            guard let l = VCardLines.parse(raw, line: line) else {
                if card != nil { cardBad = true }
                problem(line, 1, "expected a property line NAME:value (or NAME;PARAM=…:value), found '\(shown(String(decoding: raw.prefix(60), as: UTF8.self)))'")
                continue
            }
            let value = String(decoding: l.value, as: UTF8.self).trimmingCharacters(in: .whitespaces).uppercased()
            if l.name == "BEGIN" && value == "VCARD" {
                if card != nil { depth += 1; continue } // a nested card (vCard 2.1 AGENT): passed over
                card = []; cardLine = line; cardBad = false; sawCard = true
                continue
            }
            if l.name == "END" && value == "VCARD" {
                if depth > 0 { depth -= 1; continue }
                guard let lines = card else { problem(line, 1, "END:VCARD without a BEGIN:VCARD before it"); continue }
                card = nil
                if cardBad { continue }
                let place = SourcePlace(file: path, line: cardLine)
                do {
                    if let person = try person(lines, place: place) {
                        batch.people.append(person)
                    } else {
                        batch.skipped.append(ImportSkip(source: place, reason: "card with no name, organisation, e-mail or phone"))
                    }
                } catch let e as CardError {
                    problem(e.line, 1, e.message)
                } catch {}
                continue
            }
            if depth > 0 { continue }
            if card == nil {
                problem(line, 1, "'\(shown(l.name))' outside BEGIN:VCARD … END:VCARD")
                continue
            }
            card!.append(l)
        }
        if card != nil { problem(cardLine, 1, "BEGIN:VCARD without END:VCARD: the card is cut off") }
        if !sawCard && batch.problems.isEmpty { problem(1, 1, "no BEGIN:VCARD: not a vCard file") }
        return batch
    }

    struct CardError: Error { let line: Int; let message: String }

    static let managerNames: Set = ["X-MS-MANAGER", "X-EVOLUTION-MANAGER", "X-KADDRESSBOOK-X-MANAGERSNAME", "X-MANAGER"]
    static let assistantNames: Set = ["X-MS-ASSISTANT", "X-EVOLUTION-ASSISTANT", "X-KADDRESSBOOK-X-ASSISTANTSNAME", "X-ASSISTANT"]
    static let used: Set = ["FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "CATEGORIES", "NOTE", "BDAY", "UID",
                            "X-ABUID", "RELATED", "X-ABRELATEDNAMES", "X-ABLABEL"]

    /// The person one card describes; `nil` when it names nobody.
    static func person(_ lines: [VCardLine], place: SourcePlace) throws -> ImportedPerson? {
        var p = ImportedPerson(source: place)
        var fn = "", n = "", birthday = ""
        var labels = [String: String]()
        var related = [(VCardLine, String)]()
        var abuid: String?
        for l in lines where used.contains(l.name) || managerNames.contains(l.name) || assistantNames.contains(l.name) {
            let text: String
            do { text = try l.decodedValue() } catch { throw CardError(line: l.line, message: "\(l.name) holds \(error.message)") }
            let plain = VCardLines.unescape(text).trimmingCharacters(in: .whitespacesAndNewlines)
            switch l.name {
            case "FN": fn = plain
            case "N":
                let parts = VCardLines.splitUnescaped(text, ";").map { VCardLines.unescape($0).trimmingCharacters(in: .whitespaces) }
                let family = parts.first ?? "", given = parts.count > 1 ? parts[1] : "", middle = parts.count > 2 ? parts[2] : ""
                n = [given, middle, family].filter { !$0.isEmpty }.joined(separator: " ")
            case "ORG":
                p.organization = VCardLines.unescape(VCardLines.splitUnescaped(text, ";").first ?? "").trimmingCharacters(in: .whitespaces)
            case "TITLE": p.title = plain
            case "EMAIL": if !plain.isEmpty { p.emails.append(plain) }
            case "TEL": if !plain.isEmpty { p.phones.append(plain.hasPrefix("tel:") ? String(plain.dropFirst(4)) : plain) }
            case "URL": if !plain.isEmpty { p.urls.append(plain) }
            case "CATEGORIES":
                p.tags += VCardLines.splitUnescaped(text, ",").flatMap { VCardLines.splitUnescaped($0, ";") }
                    .map { VCardLines.unescape($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case "NOTE": p.notes += (p.notes.isEmpty ? "" : "; ") + plain
            case "BDAY": birthday = plain
            case "UID": p.uid = plain.isEmpty ? nil : plain
            case "X-ABUID": abuid = plain
            case "X-ABLABEL": if !l.group.isEmpty { labels[l.group.lowercased()] = plain }
            default: related.append((l, plain))
            }
        }
        for (l, value) in related where !value.isEmpty {
            switch l.name {
            case "RELATED":
                let kind = l.types.first { $0 != "pref" } ?? "related"
                let lower = value.lowercased()
                if lower.hasPrefix("mailto:") {
                    p.relations.append(ImportedRelation(kind: kind, name: "", reference: String(value.dropFirst(7))))
                } else if l.param("VALUE")?.lowercased() == "text" || !value.contains(":") {
                    p.relations.append(ImportedRelation(kind: kind, name: value))
                } else {
                    p.relations.append(ImportedRelation(kind: kind, name: "", reference: value))
                }
            case "X-ABRELATEDNAMES":
                let label = labels[l.group.lowercased()].map(appleLabel) ?? l.types.first { $0 != "pref" } ?? "related"
                p.relations.append(ImportedRelation(kind: label, name: value))
            default:
                p.relations.append(ImportedRelation(kind: managerNames.contains(l.name) ? "manager" : "assistant", name: value))
            }
        }
        if p.uid == nil, let abuid, !abuid.isEmpty { p.uid = abuid }
        p.name = !fn.isEmpty ? fn : !n.isEmpty ? n : p.organization
        if !birthday.isEmpty { p.notes += (p.notes.isEmpty ? "" : "; ") + "birthday: " + birthday }
        if p.name.isEmpty && p.emails.isEmpty && p.phones.isEmpty { return nil }
        return p
    }

    /// Apple's label for a related name: `_$!<Spouse>!$_` → `spouse`, `CustomRelationship` →
    /// `customrelationship`.
    static func appleLabel(_ label: String) -> String {
        var s = label
        if s.hasPrefix("_$!<"), s.hasSuffix(">!$_") { s = String(s.dropFirst(4).dropLast(4)) }
        return s.lowercased()
    }
}
