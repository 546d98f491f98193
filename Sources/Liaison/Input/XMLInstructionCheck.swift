//===----------------------------------------------------------------------===//
// XMLInstructionCheck: processing instructions FoundationXML's parser crashes on
//===----------------------------------------------------------------------===//

/// Refuses a GraphML file holding a processing instruction without data, `<?name?>`, before it
/// reaches FoundationXML's `XMLParser`.
///
/// Why: libxml2 reports such an instruction to its SAX handler with a NULL data pointer (its
/// `xmlParsePI` passes NULL when the target is followed directly by `?>`), and FoundationXML's
/// handler (`_NSXMLParserProcessingInstruction`) calls `strlen` on it: the whole process dies
/// with SIGSEGV. `printf '<?xml version="1.0"?>\n<graphml><?foo?></graphml>' > g.graphml;
/// liaison summary --edges g.graphml` ended with exit 139; the libFuzzer target `edges-graphml`
/// found it (`<?xml?>` at the start of a file does the same), issue 19. With a space,
/// `<?foo ?>`, libxml2 passes an empty string and all is well, so only the form without any
/// byte between the target and `?>` is refused. Comments and CDATA sections are skipped:
/// `<?foo?>` inside them is text.
///
/// XML 1.0 §2.6: `PI ::= '<?' PITarget (S (Char* - (Char* '?>' Char*)))? '?>'`: the data part is
/// optional, so the refused files are well-formed XML; GraphML has no use for them.
enum XMLInstructionCheck {
    /// The byte offset of the first `<?` that opens an instruction without data, or nil.
    ///
    /// - Complexity: O(bytes).
    static func firstEmptyInstruction(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        func starts(_ s: StaticString, at i: Int) -> Bool {
            let count = s.utf8CodeUnitCount
            guard i + count <= n else { return false }
            return (0 ..< count).allSatisfy { bytes[i + $0] == s.utf8Start[$0] }
        }
        /// The offset just past `end` from `i` on, or `n`.
        func skip(past end: StaticString, from i: Int) -> Int {
            var k = i
            while k < n, !starts(end, at: k) { k += 1 }
            return min(n, k + end.utf8CodeUnitCount)
        }
        var i = 0
        while i + 1 < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
            if starts("<![CDATA[", at: i) { i = skip(past: "]]>", from: i + 9); continue }
            guard bytes[i + 1] == UInt8(ascii: "?") else { i += 1; continue }
            var k = i + 2
            while k < n, !isSpace(bytes[k]), bytes[k] != UInt8(ascii: "?") { k += 1 }
            if k > i + 2, starts("?>", at: k) { return i }
            i = k
        }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Throws `file:line:column: a processing instruction without data …` (the column in
    /// characters; the bytes are UTF-8, checked before).
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        guard let at = firstEmptyInstruction(bytes) else { return }
        var line = 1, lineStart = 0
        for k in 0 ..< at where bytes[k] == UInt8(ascii: "\n") { line += 1; lineStart = k + 1 }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart ..< at]), as: UTF8.self).count + 1
        var end = at + 2
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        var shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[at ..< min(end + 1, bytes.count)]), as: UTF8.self)
        if shown.count > 40 { shown = shown.prefix(36) + "…?>" }
        shown = TextSanitizer.terminal(shown)
        throw InputErrors([Diagnostic(file: file, line: line, column: column,
            message: "a processing instruction without data, \(shown), is not read (the XML parser fails on it); remove it or write '<?name ?>'")])
    }
}
