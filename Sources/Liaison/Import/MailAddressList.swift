//===----------------------------------------------------------------------===//
// MailAddressList: RFC 5322 address lists (From, To, Cc)
//===----------------------------------------------------------------------===//

/// One mailbox of an address list: the display name (RFC 2047 words decoded, white space
/// collapsed; empty when none) and the address as written (`local@domain`).
struct MailAddress: Hashable, Sendable {
    var name: String
    var address: String
}

/// Parses an RFC 5322 `address-list` (§3.4) with the obsolete forms of §4.4.
///
/// Grammar read: `mailbox = name-addr / addr-spec`, `name-addr = [display-name] "<" addr-spec ">"`,
/// `group = display-name ":" [mailbox-list] ";"`. Quoted strings (with `\` escapes), nested
/// comments, and an obsolete route (`<@a,@b:user@host>`) are understood; a group's name is dropped
/// and its members kept (an empty group such as `undisclosed-recipients:;` gives nothing).
/// Comments become part of the name as Python's `email.utils.getaddresses` makes them (our test
/// oracle): a bare address's comments are its name (`anna@example.com (Anna Petrova)`, as older
/// mailers wrote it), and comments before `<…>` are appended to the display name in parentheses
/// (`Ivan (Sidorov) <i@x>` → "Ivan (Sidorov)"). Empty list elements (`a@x,,b@y`) are skipped.
///
/// - Complexity: O(*n*) in the header's length.
enum MailAddressList {
    static func parse(_ text: String) -> [MailAddress] {
        // Every character with a meaning here is ASCII, so the parse runs on UTF-8 bytes and a
        // multi-byte name passes through untouched.
        let s = Array(text.utf8)
        var result = [MailAddress]()
        var phrase = [UInt8]()             // display name being built
        var bare = [UInt8]()               // the same tokens with no spaces, for a bare addr-spec
        var comments = [[UInt8]]()
        var angle: [UInt8]?
        var spaceBefore = false

        func flush() {
            let address: [UInt8]
            var name = phrase
            if let angle { address = angle } else { address = bare; name = [] }
            if !comments.isEmpty {
                let c = Array(comments.joined(separator: [32]))
                name = angle == nil ? c : name + Array(" (".utf8) + c + [41]
            }
            let cleanAddress = String(decoding: address, as: UTF8.self).trimmingSpaces
            if !cleanAddress.isEmpty {
                result.append(MailAddress(name: MailEncodedWords.decode(String(decoding: name, as: UTF8.self)).collapsingSpaces,
                                          address: cleanAddress))
            }
            phrase = []; bare = []; comments = []; angle = nil; spaceBefore = false
        }
        func addWord(_ word: ArraySlice<UInt8>, quoted: Bool) {
            if !phrase.isEmpty && spaceBefore { phrase.append(32) }
            phrase += word
            if quoted { bare.append(34); bare += word; bare.append(34) } else { bare += word }
            spaceBefore = false
        }
        func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 13 || c == 10 }

        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case 32, 9, 13, 10:
                spaceBefore = true; i += 1
            case UInt8(ascii: "("):
                let (text, end) = readComment(s, from: i)
                let trimmed = trim(text)
                if angle == nil, !trimmed.isEmpty { comments.append(Array(trimmed)) }
                spaceBefore = true
                i = end
            case UInt8(ascii: "\""):
                let (text, end) = readQuoted(s, from: i)
                addWord(text[...], quoted: true)
                i = end
            case UInt8(ascii: "<"):
                var addr = [UInt8](), j = i + 1
                while j < s.count, s[j] != UInt8(ascii: ">") {
                    let d = s[j]
                    if d == UInt8(ascii: "\"") {
                        let (text, end) = readQuoted(s, from: j)
                        addr.append(34); addr += text; addr.append(34); j = end; continue
                    }
                    if d == UInt8(ascii: "(") { j = readComment(s, from: j).1; continue }
                    if !isSpace(d) { addr.append(d) }
                    j += 1
                }
                if addr.first == UInt8(ascii: "@"), let colon = addr.firstIndex(of: UInt8(ascii: ":")) {   // obs-route
                    addr = Array(addr[(colon + 1)...])
                }
                angle = addr
                i = min(j + 1, s.count)
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                flush(); i += 1
            case UInt8(ascii: ":"):
                if angle == nil { phrase = []; bare = []; comments = []; spaceBefore = false }   // group name
                i += 1
            default:
                let start = i
                while i < s.count {
                    let d = s[i]
                    if isSpace(d) || d == UInt8(ascii: "(") || d == UInt8(ascii: "\"") || d == UInt8(ascii: "<")
                        || d == UInt8(ascii: ",") || d == UInt8(ascii: ";") { break }
                    if d == UInt8(ascii: ":"), !(i - start >= 2 && s[start] == UInt8(ascii: "=") && s[start + 1] == UInt8(ascii: "?")) { break }
                    i += 1
                }
                if angle != nil { continue }     // text after "<…>" belongs to no one
                addWord(s[start ..< i], quoted: false)
            }
        }
        flush()
        return result
    }

    private static func trim(_ b: [UInt8]) -> ArraySlice<UInt8> {
        var lo = 0, hi = b.count
        while lo < hi, b[lo] == 32 || b[lo] == 9 || b[lo] == 13 || b[lo] == 10 { lo += 1 }
        while hi > lo, b[hi - 1] == 32 || b[hi - 1] == 9 || b[hi - 1] == 13 || b[hi - 1] == 10 { hi -= 1 }
        return b[lo ..< hi]
    }

    /// The text of a quoted string starting at `from` (at `"`), unescaped, and the index after it.
    private static func readQuoted(_ s: [UInt8], from: Int) -> ([UInt8], Int) {
        var out = [UInt8](), j = from + 1
        while j < s.count, s[j] != UInt8(ascii: "\"") {
            if s[j] == UInt8(ascii: "\\"), j + 1 < s.count { j += 1 }
            if s[j] != 13 && s[j] != 10 { out.append(s[j]) }
            j += 1
        }
        return (out, min(j + 1, s.count))
    }

    /// The text of a (possibly nested) comment starting at `from` (at `(`) and the index after it.
    private static func readComment(_ s: [UInt8], from: Int) -> ([UInt8], Int) {
        var out = [UInt8](), depth = 0, j = from
        while j < s.count {
            let d = s[j]
            if d == UInt8(ascii: "\\"), j + 1 < s.count { out.append(s[j + 1]); j += 2; continue }
            if d == UInt8(ascii: "(") { depth += 1; if depth > 1 { out.append(d) } }
            else if d == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return (out, j + 1) }; out.append(d) }
            else { out.append(d) }
            j += 1
        }
        return (out, j)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line ends.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isMailSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isMailSpace })!
        return String(scalars[first ... last])
    }

    /// Runs of white space as one space, trimmed.
    var collapsingSpaces: String {
        var out = String.UnicodeScalarView()
        var pending = false
        for c in unicodeScalars {
            if c.isMailSpace { pending = !out.isEmpty; continue }
            if pending { out.append(" "); pending = false }
            out.append(c)
        }
        return String(out)
    }
}

extension Unicode.Scalar {
    var isMailSpace: Bool { self == " " || self == "\t" || self == "\r" || self == "\n" }
}
