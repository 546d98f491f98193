//===----------------------------------------------------------------------===//
// ImportKind: the export formats `liaison import` reads, and telling them apart by content
//===----------------------------------------------------------------------===//

import Foundation

public enum ImportKind: String, Sendable, CaseIterable {
    case linkedin, google, vcard, mbox, ics

    /// The kind of an export, from its first 64 KiB (`nil` when none fits):
    ///
    /// - `BEGIN:VCARD` as the first line → vcard; `BEGIN:VCALENDAR` → ics;
    /// - a first line `From ` (the mbox separator, RFC 4155) → mbox;
    /// - a CSV line naming `First Name`, `Last Name`, `URL` and `Connected On` (after LinkedIn's
    ///   `Notes:` preamble or not) → linkedin;
    /// - a CSV header naming `Given Name`/`Group Membership`, or `First Name` with `Labels` or
    ///   `E-mail 1 - Value` → google.
    public static func detect(_ bytes: [UInt8]) -> ImportKind? {
        var head = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        let lines = head.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first else { return nil }
        let upper = first.uppercased()
        if upper == "BEGIN:VCARD" { return .vcard }
        if upper == "BEGIN:VCALENDAR" { return .ics }
        if first.hasPrefix("From ") { return .mbox }
        for line in lines.prefix(20) {
            if line.contains("First Name"), line.contains("Last Name"), line.contains("Connected On") { return .linkedin }
            if line.contains("Given Name") || line.contains("Group Membership") { return .google }
            if line.contains("First Name"), line.contains("Labels") || line.contains("E-mail 1 - Value") { return .google }
        }
        return nil
    }
}
