//===----------------------------------------------------------------------===//
// MailAddressList: RFC 5322 address lists (From, To, Cc)
//===----------------------------------------------------------------------===//

/// One mailbox of an address list: the display name (RFC 2047 words decoded, white space
/// collapsed; empty when none) and the address as written (`local@domain`).
struct MailAddress: Equatable, Sendable {
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
        let s = Array(text.unicodeScalars)
        var result = [MailAddress]()
        var phrase = ""              // display name being built
        var bare = ""                // the same tokens with no spaces, for a bare addr-spec
        var comments = [String]()
        var angle: String?
        var spaceBefore = false

        func flush() {
            let address: String
            var name = phrase
            if let angle { address = angle } else { address = bare; name = "" }
            if !comments.isEmpty {
                let c = comments.joined(separator: " ")
                name = angle == nil ? c : name + " (" + c + ")"
            }
            let cleanAddress = address.trimmingSpaces
            if !cleanAddress.isEmpty {
                result.append(MailAddress(name: MailEncodedWords.decode(name).collapsingSpaces,
                                          address: cleanAddress))
            }
            phrase = ""; bare = ""; comments = []; angle = nil; spaceBefore = false
        }
        func addWord(_ word: String, raw: String) {
            if !phrase.isEmpty && spaceBefore { phrase += " " }
            phrase += word
            bare += raw
            spaceBefore = false
        }

        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case " ", "\t", "\r", "\n":
                spaceBefore = true; i += 1
            case "(":
                let (text, end) = readComment(s, from: i)
                if angle == nil, !text.trimmingSpaces.isEmpty { comments.append(text.trimmingSpaces) }
                spaceBefore = true
                i = end
            case "\"":
                let (text, end) = readQuoted(s, from: i)
                addWord(text, raw: "\"" + text + "\"")
                i = end
            case "<":
                var addr = "", j = i + 1
                while j < s.count, s[j] != ">" {
                    let d = s[j]
                    if d == "\"" {
                        let (text, end) = readQuoted(s, from: j)
                        addr += "\"" + text + "\""; j = end; continue
                    }
                    if d == "(" { j = readComment(s, from: j).1; continue }
                    if d != " " && d != "\t" && d != "\r" && d != "\n" { addr.unicodeScalars.append(d) }
                    j += 1
                }
                if addr.hasPrefix("@"), let colon = addr.firstIndex(of: ":") {      // obs-route
                    addr = String(addr[addr.index(after: colon)...])
                }
                angle = addr
                i = min(j + 1, s.count)
            case ",":
                flush(); i += 1
            case ":":
                if angle == nil { phrase = ""; bare = ""; comments = []; spaceBefore = false }   // group name
                i += 1
            case ";":
                flush(); i += 1
            default:
                var word = ""
                while i < s.count {
                    let d = s[i]
                    if d == " " || d == "\t" || d == "\r" || d == "\n" || d == "(" || d == "\"" || d == "<"
                        || d == "," || d == ";" || (d == ":" && !word.hasPrefix("=?")) { break }
                    word.unicodeScalars.append(d); i += 1
                }
                if angle != nil { continue }     // text after "<…>" belongs to no one
                addWord(word, raw: word)
            }
        }
        flush()
        return result
    }

    /// The text of a quoted string starting at `from` (at `"`), unescaped, and the index after it.
    private static func readQuoted(_ s: [Unicode.Scalar], from: Int) -> (String, Int) {
        var out = "", j = from + 1
        while j < s.count, s[j] != "\"" {
            if s[j] == "\\", j + 1 < s.count { j += 1 }
            if s[j] != "\r" && s[j] != "\n" { out.unicodeScalars.append(s[j]) }
            j += 1
        }
        return (out, min(j + 1, s.count))
    }

    /// The text of a (possibly nested) comment starting at `from` (at `(`) and the index after it.
    private static func readComment(_ s: [Unicode.Scalar], from: Int) -> (String, Int) {
        var out = "", depth = 0, j = from
        while j < s.count {
            let d = s[j]
            if d == "\\", j + 1 < s.count { out.unicodeScalars.append(s[j + 1]); j += 2; continue }
            if d == "(" { depth += 1; if depth > 1 { out += "(" } }
            else if d == ")" { depth -= 1; if depth == 0 { return (out, j + 1) }; out += ")" }
            else { out.unicodeScalars.append(d) }
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
