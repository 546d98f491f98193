//===----------------------------------------------------------------------===//
// UTF8Check: where the first byte that is not UTF-8 is
//===----------------------------------------------------------------------===//

/// Validates UTF-8 before bytes reach a parser that would trap on them (FoundationXML's
/// `XMLParser` crashed with SIGILL on `<graphml a\xee="x"/>`), and says where the bad byte is.
///
/// Well-formed UTF-8 is the byte sequences of RFC 3629 §4's table: no overlong forms (C0, C1,
/// E0 80–9F, F0 80–8F), no surrogates (ED A0–BF), nothing above U+10FFFF (F4 90–, F5–FF).
enum UTF8Check {
    /// The offset of the first byte that does not start or continue a well-formed sequence, or nil.
    ///
    /// - Complexity: O(bytes); a run of ASCII is one comparison per byte.
    static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF   // range of the second byte
            switch b {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + 1 < n, (low ... high).contains(bytes[i + 1]) else { return i }
            for k in 2 ..< length {
                guard i + k < n, (0x80 ... 0xBF).contains(bytes[i + k]) else { return i }
            }
            i += length
        }
        return nil
    }

    /// Throws `file:line:column: invalid UTF-8 …` (column in characters before the bad byte, plus
    /// one) when `bytes` is not UTF-8.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        guard let bad = firstInvalidByte(bytes) else { return }
        var line = 1, lineStart = 0
        for k in 0 ..< bad where bytes[k] == UInt8(ascii: "\n") { line += 1; lineStart = k + 1 }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart ..< bad]), as: UTF8.self).count + 1
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        throw InputErrors([Diagnostic(file: file, line: line, column: column,
                                      message: "invalid UTF-8 (byte 0x\(hex)); expected UTF-8 text")])
    }
}
