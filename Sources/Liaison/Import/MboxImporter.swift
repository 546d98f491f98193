//===----------------------------------------------------------------------===//
// MboxImporter: mail headers → e-mail touches
//===----------------------------------------------------------------------===//

import Foundation

/// Reads a mailbox in mbox format (RFC 4155; mboxo and mboxrd) into touches: one `email` touch
/// per message, from the sender to every To and Cc recipient other than the sender. Only headers
/// are read (`MboxScanner`); bodies are passed over and never stored, so memory stays flat in the
/// size of the mailbox: what grows is the output (one touch per message) and a Message-ID → touch
/// map for reply times.
///
/// Per message:
/// - **Sender and recipients**: `From`, `To`, `Cc` as RFC 5322 address lists (`MailAddressList`),
///   display names with RFC 2047 words decoded (`MailEncodedWords`). Recipients are de-duplicated
///   by address (case-insensitive); the sender is left out of them, and when the sender is one of
///   `ownerEmails`, so are the owner's other addresses (a copy to oneself is not a touch).
/// - **Date**: `Date` (RFC 5322 §3.3 with the obsolete forms, `MailDate`); when a message has no
///   `Date`, the date on its `From ` separator line. An unreadable date is a problem.
/// - **Key**: the Message-ID as written, with its angle brackets (`<abc@example.com>`). A message
///   without one gets `mbox-hash:` and 16 hex digits of the 64-bit FNV-1a hash of its unfolded
///   `From`, `Date` and `Subject` values, joined by line feeds: stable over re-imports of the same
///   mail, different for different messages but for a 2⁻⁶⁴ chance.
/// - **Reply time** (SPEC: reply_hours = how long the other side took to answer): when a message
///   answers another one in the same mailbox (`In-Reply-To`, or the last `References` entry when
///   there is no `In-Reply-To`) and comes from someone else (another address, the owner's addresses
///   counting as one person), the parent's touch gets `replyHours` = reply date − parent date in
///   hours; of several answers, the first. Answers dated before their parent (clock skew) are
///   ignored.
/// - **Skipped, with the reason**: mailing-list and bulk mail (`List-Id`, `List-Unsubscribe`,
///   `Precedence: bulk|list|junk`), automatic mail (`Auto-Submitted` other than `no`, senders
///   whose local part is no-reply, noreply, do-not-reply, donotreply or mailer-daemon), messages
///   with no sender, and messages with no recipient other than the sender.
/// - **Problems** (`file:line:column` diagnostics; the rest of the file is read): see
///   `MboxScanner`, plus unreadable dates. A message with a problem gives no touch.
///
/// `people` lists everyone met as a sender or recipient, once per address (case-insensitive), the
/// first non-empty display name winning, in order of first appearance; the owner's addresses are
/// not listed (identity resolution maps them to `me`).
///
/// - Complexity: O(*n*) in the file's size, plus O(*m*) for *m* messages.
public enum MboxImporter {
    /// - Parameters:
    ///   - path: the mbox file.
    ///   - ownerEmails: the owner's own addresses (any case).
    ///   - displayName: how the file is named in sources and diagnostics (default: `path`).
    /// - Throws: `InputMissing` when the file cannot be opened or read; problems inside it are
    ///   returned in `problems`.
    public static func read(path: String, ownerEmails: Set<String> = [], displayName: String? = nil) throws -> ImportBatch {
        try read(.file(path: path), display: displayName ?? path, ownerEmails: ownerEmails)
    }

    /// The same import from the bytes of an mbox file already in memory: the batch (people,
    /// touches, skips, problems with their `file:line:column`) is the one `read(path:)` gives for a
    /// file holding these bytes and shown as `displayName`. Used by tests and the fuzz target.
    public static func read(bytes: [UInt8], displayName: String, ownerEmails: Set<String> = []) throws -> ImportBatch {
        try bytes.withUnsafeBufferPointer { try read(.bytes($0), display: displayName, ownerEmails: ownerEmails) }
    }

    private static func read(_ input: ChunkedLineReader.Input, display: String, ownerEmails: Set<String>) throws -> ImportBatch {
        let owners = Set(ownerEmails.map { $0.lowercased() })
        var batch = ImportBatch()
        var problems = [Diagnostic](), dateProblems = [Diagnostic]()
        var indexByMessageID = [String: Int]()
        var replies = [(child: Int, parent: String)]()
        var senderKeys = [String]()
        var personIndex = [String: Int]()
        // One stored copy of each (name, address): the touches of a big mailbox share their
        // strings and e-mail arrays instead of holding one copy per message (memory follows the
        // number of people, not of messages, for everything but the touch records themselves).
        var interned = [MailAddress: ImportedPerson]()
        func person(_ a: MailAddress, _ place: SourcePlace) -> ImportedPerson {
            var p = interned[a] ?? {
                let made = ImportedPerson(name: a.name, emails: [a.address], source: place)
                interned[a] = made
                return made
            }()
            p.source = place
            return p
        }

        func note(_ p: ImportedPerson) {
            guard let email = p.emails.first?.lowercased(), !owners.contains(email) else { return }
            if let i = personIndex[email] {
                if batch.people[i].name.isEmpty, !p.name.isEmpty { batch.people[i].name = p.name }
            } else {
                personIndex[email] = batch.people.count
                batch.people.append(p)
            }
        }

        try MboxScanner.scan(input, display: display, problems: &problems) { m in
            let place = SourcePlace(file: display, line: m.line)
            func skip(_ reason: String) { batch.skipped.append(ImportSkip(source: place, reason: reason)) }

            if let list = m[.listID] { return skip("mailing-list message (List-Id: \(list))") }
            if m[.listUnsubscribe] != nil { return skip("mailing-list or bulk mail (List-Unsubscribe)") }
            if let p = m[.precedence], ["bulk", "list", "junk"].contains(p.lowercased()) {
                return skip("bulk mail (Precedence: \(p))")
            }
            if let a = m[.autoSubmitted], !a.lowercased().hasPrefix("no") {
                return skip("automatic mail (Auto-Submitted: \(a))")
            }
            guard let sender = m[.from].flatMap({ MailAddressList.parse($0).first }) else {
                return skip("no sender (From)")
            }
            if isAutomaticSender(sender.address) { return skip("automatic sender \(sender.address)") }

            let date: Date
            if let d = m[.date] {
                guard let parsed = MailDate.parse(d) else {
                    dateProblems.append(Diagnostic(file: display, line: m.line(of: .date), column: 1,
                                               message: "cannot read the date '\(d)'"))
                    return
                }
                date = parsed
            } else if let d = envelopeDate(m.envelope) {
                date = d
            } else {
                dateProblems.append(Diagnostic(file: display, line: m.line, column: 1,
                                           message: "message has no Date header and its 'From ' line has no date"))
                return
            }

            let senderKey = owners.contains(sender.address.lowercased()) ? "\u{0}owner" : sender.address.lowercased()
            var seen: Set<String> = [sender.address.lowercased()]
            var recipients = [ImportedPerson]()
            for a in MailAddressList.parse([m[.to], m[.cc]].compactMap { $0 }.joined(separator: ", ")) {
                let key = a.address.lowercased()
                if senderKey == "\u{0}owner", owners.contains(key) { continue }
                guard seen.insert(key).inserted else { continue }
                recipients.append(person(a, place))
            }
            guard !recipients.isEmpty else { return skip("no recipient other than the sender") }

            let key: String
            if let id = m[.messageID].flatMap(messageIDs).flatMap(\.first) {
                key = id
            } else {
                key = "mbox-hash:" + fnv1a64Hex([m[.from] ?? "", m[.date] ?? "", m[.subject] ?? ""].joined(separator: "\n"))
            }
            let from = person(sender, place)
            note(from)
            recipients.forEach(note)
            let index = batch.touches.count
            batch.touches.append(ImportedTouch(date: date, from: from, to: recipients, channel: .email,
                                               key: key, source: place))
            senderKeys.append(senderKey)
            if indexByMessageID[key] == nil { indexByMessageID[key] = index }
            if let parent = m[.inReplyTo].flatMap(messageIDs)?.first ?? m[.references].flatMap(messageIDs)?.last {
                replies.append((index, parent))
            }
        }

        for (child, parentID) in replies {
            guard let parent = indexByMessageID[parentID], senderKeys[parent] != senderKeys[child] else { continue }
            let hours = batch.touches[child].date.timeIntervalSince(batch.touches[parent].date) / 3600
            guard hours >= 0 else { continue }
            if let old = batch.touches[parent].replyHours, old <= hours { continue }
            batch.touches[parent].replyHours = hours
        }
        batch.problems = (problems + dateProblems).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return batch
    }

    /// The `<…>` identifiers in a Message-ID, In-Reply-To or References value, in order; a value
    /// with no angle brackets counts as one identifier (bracketed, for matching). Nil when empty.
    static func messageIDs(_ value: String) -> [String]? {
        let u = Array(value.utf8)
        var ids = [String]()
        var i = 0
        while i < u.count {
            guard u[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            var inner = [UInt8]()
            while j < u.count, u[j] != UInt8(ascii: ">") {
                if u[j] > 32 { inner.append(u[j]) }
                j += 1
            }
            guard j < u.count else { break }
            if !inner.isEmpty { ids.append("<" + String(decoding: inner, as: UTF8.self) + ">") }
            i = j + 1
        }
        if ids.isEmpty {
            let bare = value.trimmingSpaces
            if !bare.isEmpty, !bare.utf8.contains(32) { ids.append("<" + bare + ">") }
        }
        return ids.isEmpty ? nil : ids
    }

    /// No-reply and bounce senders: the local part, without `-`, `_` and `.`, lower-cased, starts
    /// with "noreply" or "donotreply", or is "mailerdaemon".
    static func isAutomaticSender(_ address: String) -> Bool {
        let local = address.split(separator: "@").first.map(String.init) ?? address
        let squeezed = local.lowercased().filter { $0 != "-" && $0 != "_" && $0 != "." }
        return squeezed.hasPrefix("noreply") || squeezed.hasPrefix("donotreply") || squeezed == "mailerdaemon"
    }

    /// The date on a `From sender Sat Jan  3 01:05:34 1996` separator (C `asctime` form, UTC).
    static func envelopeDate(_ envelope: String) -> Date? {
        let parts = envelope.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return MailDate.parse(String(parts[1]))
    }

    /// 64-bit FNV-1a (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/) of the UTF-8
    /// bytes, as 16 lower-case hex digits.
    static func fnv1a64Hex(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
