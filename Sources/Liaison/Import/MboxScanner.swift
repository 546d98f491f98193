//===----------------------------------------------------------------------===//
// MboxScanner: the header blocks of an mbox file, streamed
//===----------------------------------------------------------------------===//

/// The header fields of one message that the mail importer uses, unfolded, as text (see
/// `MboxScanner.text(_:)`), with the line each came from.
struct MailMessageHeaders {
    enum Field: Int, CaseIterable {
        case from, to, cc, date, messageID, inReplyTo, references, subject
        case listID, listUnsubscribe, precedence, autoSubmitted
    }
    /// Line of the `From ` separator that starts the message.
    var line: Int
    /// The separator line after `From ` (sender and date the delivery agent wrote).
    var envelope: String
    private var values = [String?](repeating: nil, count: Field.allCases.count)
    private var lines = [Int](repeating: 0, count: Field.allCases.count)

    init(line: Int, envelope: String) { self.line = line; self.envelope = envelope }

    subscript(_ f: Field) -> String? { values[f.rawValue] }
    func line(of f: Field) -> Int { lines[f.rawValue] }

    /// Stores a field; a repeated To or Cc adds to the list, other repeats are ignored (the first
    /// one counts, as RFC 5322 §3.6 allows each only once).
    mutating func set(_ f: Field, _ value: String, line: Int) {
        if let old = values[f.rawValue] {
            if f == .to || f == .cc { values[f.rawValue] = old + ", " + value }
            return
        }
        values[f.rawValue] = value
        lines[f.rawValue] = line
    }
}

/// Splits an mbox file into messages and reads the header block of each, holding one message's
/// kept fields at a time; bodies are passed over line by line and never stored.
///
/// Format (RFC 4155; the mboxo and mboxrd variants): a message starts at a line beginning with
/// `From ` (the separator, as Python's `mailbox` and most readers take it, with or without a blank
/// line before). Its header block runs to the first empty line (RFC 5322 §2.1). A header line is
/// `name: value` with a name of printable ASCII other than `:` (§2.2; white space before the colon
/// is the obsolete form of §4.5 and accepted); a line starting with a space or tab continues the
/// field before it (unfolding, §2.2.3: the line break is removed, the white space kept). In mboxrd,
/// `>From ` lines (any number of `>`) are body lines that were escaped; one `>` is removed when such
/// a line is read, and since only headers are read here, what matters is that they never start a
/// message.
///
/// Problems (reported as diagnostics, the scan goes on): text before the first separator, a
/// header line that is not a header, a message whose header block never ends (the file ends, or
/// the next separator comes, before the blank line: a truncated message, which is not passed on).
///
/// - Complexity: O(*n*) in the file's size; memory O(one message's kept header fields).
enum MboxScanner {
    static func scan(path: String, display: String, problems: inout [Diagnostic],
                     _ body: (MailMessageHeaders) throws -> Void) throws {
        try scan(.file(path: path), display: display, problems: &problems, body)
    }

    /// The scan over a file read in chunks or over bytes in memory: the same messages and problems.
    static func scan(_ input: ChunkedLineReader.Input, display: String, problems: inout [Diagnostic],
                     _ body: (MailMessageHeaders) throws -> Void) throws {
        var current: MailMessageHeaders?
        var inHeaders = false
        var field: MailMessageHeaders.Field?
        var value = [UInt8]()
        var fieldLine = 0
        var sawPreamble = false
        var headerLinesSeen = false
        var localProblems = [Diagnostic]()

        func endField() {
            if let f = field, current != nil { current!.set(f, text(value[...]), line: fieldLine) }
            field = nil
            value.removeAll(keepingCapacity: true)
        }
        func truncated(_ m: MailMessageHeaders, _ why: String) {
            localProblems.append(Diagnostic(file: display, line: m.line, column: 1,
                                            message: "truncated message: \(why) before the end of its header"))
        }

        try ChunkedLineReader.forEachLine(input) { line, number, _ in
            let n = line.count
            if n >= 5, line[0] == 70, line[1] == 114, line[2] == 111, line[3] == 109, line[4] == 32 {   // "From "
                if inHeaders, let m = current { endField(); truncated(m, "the next 'From ' line came") }
                current = MailMessageHeaders(line: number, envelope: text(line[5...]))
                inHeaders = true; headerLinesSeen = false
                return
            }
            guard inHeaders else {
                if current == nil, !sawPreamble, n > 0 {
                    sawPreamble = true
                    localProblems.append(Diagnostic(file: display, line: number, column: 1,
                                                    message: "text before the first 'From ' line: not an mbox message"))
                }
                return                                                       // body: skipped
            }
            if n == 0 {                                                      // end of the header block
                endField()
                inHeaders = false
                if let m = current { try body(m) }
                return
            }
            var start = 0
            if line[0] == UInt8(ascii: ">") {                                // mboxrd: >From → From
                var k = 0
                while k < n, line[k] == UInt8(ascii: ">") { k += 1 }
                if n - k >= 5, line[k] == 70, line[k + 1] == 114, line[k + 2] == 111, line[k + 3] == 109, line[k + 4] == 32 {
                    start = 1
                }
            }
            let first = line[start]
            if start == 0, first == 32 || first == 9 {                        // folded continuation
                if !headerLinesSeen {
                    localProblems.append(Diagnostic(file: display, line: number, column: 1,
                                                    message: "continuation line with no header before it"))
                } else if field != nil {
                    value.append(contentsOf: line)
                }
                return
            }
            endField()
            var colon = -1
            var bad = -1
            var k = start
            while k < n {
                let c = line[k]
                if c == UInt8(ascii: ":") { colon = k; break }
                if c <= 32 || c >= 127 {
                    if c == 32 || c == 9 {                                   // "Name  :" (obsolete form)
                        var j = k
                        while j < n, line[j] == 32 || line[j] == 9 { j += 1 }
                        if j < n, line[j] == UInt8(ascii: ":") { colon = j; break }
                    }
                    bad = k; break
                }
                k += 1
            }
            guard colon > start, bad < 0 else {
                let column = bad >= 0 ? text(line[0 ..< bad]).unicodeScalars.count + 1 : 1
                localProblems.append(Diagnostic(file: display, line: number, column: column,
                    message: "not a header line (expected 'Name: value'): \(preview(line))"))
                headerLinesSeen = true
                return
            }
            headerLinesSeen = true
            var end = colon
            while end > start, line[end - 1] == 32 || line[end - 1] == 9 { end -= 1 }
            if let f = fieldKind(UnsafeBufferPointer(rebasing: line[start ..< end])) {
                field = f
                fieldLine = number
                value.append(contentsOf: line[(colon + 1)...])
            }
        }
        if inHeaders, let m = current { truncated(m, "the file ended") }
        problems += localProblems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Header bytes as text: UTF-8 when they are valid UTF-8 (RFC 6532 allows it, and most
    /// programs write raw UTF-8 names), else windows-1251, the usual raw 8-bit Cyrillic of old mail.
    static func text<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if bytes.allSatisfy({ $0 < 128 }) || String(validatingUTF8Bytes: bytes) != nil {
            return String(decoding: bytes, as: UTF8.self).trimmingSpaces
        }
        return (MailCharset.decode(bytes, charset: "windows-1251") ?? "").trimmingSpaces
    }

    private static func preview(_ line: UnsafeBufferPointer<UInt8>) -> String {
        let s = text(line.prefix(60))
        return "'" + s + (line.count > 60 ? "…" : "") + "'"
    }

    /// The kept field a header name stands for (case-insensitive), or nil.
    private static func fieldKind(_ name: UnsafeBufferPointer<UInt8>) -> MailMessageHeaders.Field? {
        switch name.count {
        case 2, 4, 7, 10, 11, 14, 16:
            var lower = ""
            lower.reserveCapacity(name.count)
            for c in name { lower.unicodeScalars.append(Unicode.Scalar(c >= 65 && c <= 90 ? c + 32 : c)) }
            return fieldNames[lower]
        default: return nil
        }
    }

    private static let fieldNames: [String: MailMessageHeaders.Field] = [
        "from": .from, "to": .to, "cc": .cc, "date": .date, "message-id": .messageID,
        "in-reply-to": .inReplyTo, "references": .references, "subject": .subject, "list-id": .listID,
        "list-unsubscribe": .listUnsubscribe, "precedence": .precedence, "auto-submitted": .autoSubmitted,
    ]
}

extension String {
    /// The bytes as UTF-8 text, or nil when they are not valid UTF-8.
    init?<C: Collection>(validatingUTF8Bytes bytes: C) where C.Element == UInt8 {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}
