//===----------------------------------------------------------------------===//
// EdgeListLoader: SNAP-style whitespace edge lists (`source target [weight]` per line)
//===----------------------------------------------------------------------===//

import LiaisonGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EdgeListLoader {
    /// Reads `source target [weight]` lines.
    ///
    /// Three paths give the same nodes (in order of first appearance), edges and diagnostics:
    /// - the fast path: the common line of a large edge list, `123 456 0.375` — canonical decimal
    ///   ids, a plain decimal weight, spaces/tabs/commas between — parsed in one pass over its
    ///   bytes, the ids found through `LabelIndex`'s table with no string made;
    /// - `asciiLine`: any other ASCII line (comments, signs, exponents, text ids, more than three
    ///   fields), split on bytes;
    /// - `unicodeLine`: lines with non-ASCII bytes (Unicode whitespace, columns in scalars).
    ///
    /// A line holds at most one edge, so the edge arrays are allocated once for the number of
    /// lines and written in place: appending a million edges one by one cost more than parsing them.
    ///
    /// With more than one thread, a large file is first tried in two halves at once
    /// (`readSNAPInParallel`); the result is the same.
    /// - Complexity: O(bytes), one hash lookup per occurrence of a non-numeric id.
    static func readSNAP(_ buf: UnsafeBufferPointer<UInt8>, file: String, threads: Int? = nil,
                         minimumParallelBytes: Int = 4 << 20, into c: inout Collector) {
        if _workerCount(threads) > 1, buf.count >= minimumParallelBytes, readSNAPInParallel(buf, into: &c) { return }
        let capacity = newlineCount(buf) + 1
        var targets = [Int32](), weights = [Double]()
        let sources = [Int32](unsafeUninitializedCapacity: capacity) { sourceOut, sourceCount in
            targets = [Int32](unsafeUninitializedCapacity: capacity) { targetOut, targetCount in
                weights = [Double](unsafeUninitializedCapacity: capacity) { weightOut, weightCount in
                    var edges = 0
                    @inline(__always) func add(_ s: Int32, _ t: Int32, _ w: Double, line: Int) {
                        if s == t { c.selfLoopLines.append(line); return }
                        precondition(edges < capacity, "more edges than lines")
                        sourceOut[edges] = s; targetOut[edges] = t; weightOut[edges] = w
                        edges += 1
                    }
                    let count = buf.count
                    var line = 0
                    var start = buf.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                    while start < count {
                        line += 1
                        if let (a, b, w, next) = fastLine(buf, from: start) {
                            add(c.index.insert(number: a).index, c.index.insert(number: b).index, w, line: line)
                            start = next
                            continue
                        }
                        var end = start
                        var ascii = true
                        while end < count, buf[end] != 0x0A { ascii = ascii && buf[end] < 0x80; end += 1 }
                        let text = UnsafeBufferPointer(rebasing: buf[start ..< end])
                        if let (a, b, w) = ascii ? asciiLine(text, line: line, file: file, into: &c)
                                                 : unicodeLine(text, line: line, file: file, into: &c) {
                            add(a, b, w, line: line)
                        }
                        start = end + 1
                    }
                    weightCount = edges
                }
                targetCount = weights.count
            }
            sourceCount = weights.count
        }
        c.sources = sources; c.targets = targets; c.weights = weights
    }

    /// Two threads parse the two halves of the file (split after a newline), each writing the raw
    /// numbers of its lines straight into its part of the edge arrays; then one pass numbers the
    /// nodes in file order through `LabelIndex`, so that nodes, edges, self-loop lines and every
    /// other result equal the sequential reading. Only files whose lines all take the fast path
    /// (apart from blank and comment lines) are read this way: at the first other line a worker
    /// stops, and this returns false with `c` untouched, for the sequential reader to do it all.
    static func readSNAPInParallel(_ buf: UnsafeBufferPointer<UInt8>, into c: inout Collector) -> Bool {
        guard let base = buf.baseAddress, let middle = memchr(base + buf.count / 2, 0x0A, buf.count - buf.count / 2) else { return false }
        let split = UnsafeRawPointer(middle) - UnsafeRawPointer(base) + 1
        let bom = buf.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let halves = [UnsafeBufferPointer(rebasing: buf[bom ..< split]), UnsafeBufferPointer(rebasing: buf[split...])]
        let firstLines = newlineCount(halves[0])   // every line of the first half ends in \n
        let capacity = firstLines + newlineCount(halves[1]) + 1
        struct Part { var edges = 0, lines = 0, selfLoopLines: [Int] = [], complete = true }
        var parts = [Part(), Part()]
        var targets = [Int32](), weights = [Double]()
        let sources = [Int32](unsafeUninitializedCapacity: capacity) { sourceOut, sourceCount in
            targets = [Int32](unsafeUninitializedCapacity: capacity) { targetOut, targetCount in
                weights = [Double](unsafeUninitializedCapacity: capacity) { weightOut, weightCount in
                    parts.withUnsafeMutableBufferPointer { parts in
                        _runWorkers(2) { worker in
                            let text = halves[worker], first = worker == 0 ? 0 : firstLines
                            var part = Part(), start = 0
                            while start < text.count {
                                part.lines += 1
                                if let (a, b, w, next) = fastLine(text, from: start) {
                                    // Raw numbers for now (< 10^8), self-loops included (their nodes
                                    // exist): numbered in file order below.
                                    if a == b { part.selfLoopLines.append(part.lines) }
                                    sourceOut[first + part.edges] = Int32(a); targetOut[first + part.edges] = Int32(b)
                                    weightOut[first + part.edges] = w
                                    part.edges += 1
                                    start = next
                                    continue
                                }
                                // Blank and comment lines of plain ASCII are skipped; any other line stops.
                                var end = start, ascii = true
                                while end < text.count, text[end] != 0x0A { ascii = ascii && text[end] < 0x80; end += 1 }
                                var i = start
                                while i < end, text[i] == 0x20 || (text[i] >= 0x09 && text[i] <= 0x0D) { i += 1 }
                                guard ascii, i == end || text[i] == UInt8(ascii: "#") || text[i] == UInt8(ascii: "%") else {
                                    part.complete = false
                                    break
                                }
                                start = end + 1
                            }
                            parts[worker] = part
                        }
                    }
                    guard parts[0].complete, parts[1].complete else { weightCount = 0; return }
                    // The second half's edges move down to follow the first half's.
                    let (moved, from) = (parts[1].edges, firstLines), to = parts[0].edges
                    if to < from {
                        (sourceOut.baseAddress! + to).update(from: sourceOut.baseAddress! + from, count: moved)
                        (targetOut.baseAddress! + to).update(from: targetOut.baseAddress! + from, count: moved)
                        (weightOut.baseAddress! + to).update(from: weightOut.baseAddress! + from, count: moved)
                    }
                    var edges = 0
                    for e in 0 ..< to + moved {
                        let s = c.index.insert(number: Int(sourceOut[e])).index
                        let t = c.index.insert(number: Int(targetOut[e])).index
                        if s == t { continue }   // its line is in the part's selfLoopLines
                        sourceOut[edges] = s; targetOut[edges] = t; weightOut[edges] = weightOut[e]
                        edges += 1
                    }
                    weightCount = edges
                }
                targetCount = weights.count
            }
            sourceCount = weights.count
        }
        guard parts[0].complete, parts[1].complete else { return false }
        c.sources = sources; c.targets = targets; c.weights = weights
        c.selfLoopLines = parts[0].selfLoopLines + parts[1].selfLoopLines.map { $0 + parts[0].lines }
        return true
    }

    /// The number of `\n` bytes, eight at a time: in each 64-bit word, a byte equal to `\n` becomes
    /// 0 after the XOR, and `~((x & 0x7F…) + 0x7F… | x | 0x7F…)` sets the top bit of exactly the
    /// zero bytes (no borrow crosses bytes), so a popcount counts them.
    static func newlineCount(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        var count = 0, i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= buf.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ newlines
            count += (~(((x & low7) &+ low7) | x | low7)).nonzeroBitCount
            i += 8
        }
        while i < buf.count { if buf[i] == 0x0A { count += 1 }; i += 1 }
        return count
    }

    /// `a b` or `a b w` ending in `\n`, `\r\n` or the end of the file, where `a` and `b` are
    /// canonical decimal numbers (`LabelIndex.canonicalNumber`), `w` a plain decimal > 0 with at
    /// most 15 digits (`plainDecimal`), and the separators runs of spaces, tabs or commas. Returns
    /// the two numbers, the weight and where the next line starts; nil for any other line.
    @inline(__always)
    static func fastLine(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int, Double, Int)? {
        let count = buf.count
        var i = start
        @inline(__always) func number() -> Int? {
            let first = i
            var value = 0
            while i < count {
                let d = buf[i] &- UInt8(ascii: "0")
                if d > 9 { break }
                value = value &* 10 &+ Int(d)
                i += 1
            }
            let length = i - first
            guard length >= 1, length <= 8, buf[first] != UInt8(ascii: "0") || length == 1 else { return nil }
            return value
        }
        @inline(__always) func separators() -> Bool {
            let first = i
            while i < count, buf[i] == 0x20 || buf[i] == 0x09 || buf[i] == 0x2C { i += 1 }
            return i > first
        }
        @inline(__always) func endOfLine() -> Int? {
            if i == count { return count }
            if buf[i] == 0x0A { return i + 1 }
            if buf[i] == 0x0D, i + 1 == count || buf[i + 1] == 0x0A { return min(i + 2, count) }
            return nil
        }
        guard let a = number(), separators(), let b = number() else { return nil }
        if let next = endOfLine() { return (a, b, 1, next) }
        guard separators() else { return nil }
        // The weight, as `plainDecimal` reads it (inlined here: this is the hottest loop of a load).
        var mantissa = 0, digits = 0, fraction = 0, point = false
        while i < count {
            let c = buf[i]
            if c == UInt8(ascii: ".") {
                if point { return nil }
                point = true
            } else {
                let d = c &- UInt8(ascii: "0")
                if d > 9 { break }
                mantissa = mantissa &* 10 &+ Int(d)
                digits += 1
                if point { fraction += 1 }
            }
            i += 1
        }
        guard digits > 0, digits <= 15, mantissa > 0, let next = endOfLine() else { return nil }
        return (a, b, Double(mantissa) / exactPowerOfTen(fraction), next)
    }

    /// An ASCII line (no `\n`): blank, a comment (`#`, `%`), or fields split on spaces, tabs, `\r`
    /// and commas, of which the first three are read. The edge, or nil (a diagnostic recorded when
    /// the line is wrong).
    static func asciiLine(_ buf: UnsafeBufferPointer<UInt8>, line: Int, file: String,
                          into c: inout Collector) -> (Int32, Int32, Double)? {
        let end = buf.count
        // Trimmed (ASCII whitespace and newlines: \t \n \v \f \r and space) empty or a comment?
        var first = 0
        while first < end, buf[first] == 0x20 || (buf[first] >= 0x09 && buf[first] <= 0x0D) { first += 1 }
        if first == end || buf[first] == UInt8(ascii: "#") || buf[first] == UInt8(ascii: "%") { return nil }
        var tokens: [(Int, Int)] = []   // byte ranges of the first three fields
        var fields = 0, i = 0
        while i < end {
            let b = buf[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x2C { i += 1; continue }
            let tokenStart = i
            while i < end, buf[i] != 0x20, buf[i] != 0x09, buf[i] != 0x0D, buf[i] != 0x2C { i += 1 }
            fields += 1
            if fields <= 3 { tokens.append((tokenStart, i)) } else { break }
        }
        guard fields >= 2 else {
            c.errors.append(Diagnostic(file: file, line: line, column: tokens.first.map { $0.0 + 1 } ?? 1,
                                       message: "expected 'source target [weight]', found one field"))
            return nil
        }
        func text(_ t: (Int, Int)) -> String { String(decoding: UnsafeBufferPointer(rebasing: buf[t.0 ..< t.1]), as: UTF8.self) }
        var w = 1.0
        if fields >= 3, let parsed = plainDecimal(buf, tokens[2].0, tokens[2].1), parsed > 0 {
            w = parsed
        } else if fields >= 3 {
            let token = text(tokens[2])
            if let parsed = Double(token), parsed.isFinite, parsed > 0 {
                w = parsed
            } else {
                guard let parsed = c.weight(token, line: line, column: tokens[2].0 + 1) else { return nil }
                w = parsed
            }
        }
        return (c.node(text(tokens[0])), c.node(text(tokens[1])), w)
    }

    /// 10^k for k in 0 ... 22, all exact doubles (a literal table: no lazy global in the hot loop).
    @inline(__always)
    static func exactPowerOfTen(_ k: Int) -> Double {
        switch k {
        case 0: 1e0; case 1: 1e1; case 2: 1e2; case 3: 1e3; case 4: 1e4; case 5: 1e5; case 6: 1e6
        case 7: 1e7; case 8: 1e8; case 9: 1e9; case 10: 1e10; case 11: 1e11; case 12: 1e12; case 13: 1e13
        case 14: 1e14; case 15: 1e15; case 16: 1e16; case 17: 1e17; case 18: 1e18; case 19: 1e19
        case 20: 1e20; case 21: 1e21; default: 1e22
        }
    }

    /// `digits[.digits]` with at most 15 digits in all, parsed as m / 10^k with both m and 10^k
    /// exact doubles, so the one division rounds correctly and the result equals `Double(text)`
    /// (Clinger's fast path, https://doi.org/10.1145/93548.93557); nil for anything else.
    @inline(__always)
    static func plainDecimal(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, point = false
        for i in start ..< end {
            let b = buf[i]
            if b == UInt8(ascii: ".") {
                if point { return nil }
                point = true
                continue
            }
            let d = b &- UInt8(ascii: "0")
            if d > 9 { return nil }
            mantissa = mantissa &* 10 &+ UInt64(d)   // wraps past 19 digits; refused below
            digits += 1
            if point { fraction += 1 }
        }
        guard digits > 0, digits <= 15 else { return nil }
        // < 10^15 < 2^53: exact as a signed integer and as a double (signed converts in one instruction).
        return Double(Int64(bitPattern: mantissa)) / exactPowerOfTen(fraction)
    }

    /// A line with non-ASCII bytes: tokens split on Unicode scalars, columns counted in scalars.
    static func unicodeLine(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, file: String,
                            into c: inout Collector) -> (Int32, Int32, Double)? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            c.errors.append(Diagnostic(file: file, line: line, column: 1, message: "invalid UTF-8; expected UTF-8 text"))
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("%") { return nil }
        // Tokens with their columns (in Unicode scalars).
        var tokens = [(String, Int)]()
        var current = "", column = 0, tokenColumn = 0
        for u in text.unicodeScalars {
            column += 1
            if u == " " || u == "\t" || u == "\r" || u == "," {
                if !current.isEmpty { tokens.append((current, tokenColumn)); current = "" }
            } else {
                if current.isEmpty { tokenColumn = column }
                current.unicodeScalars.append(u)
            }
        }
        if !current.isEmpty { tokens.append((current, tokenColumn)) }
        guard tokens.count >= 2 else {
            c.errors.append(Diagnostic(file: file, line: line, column: tokens.first?.1 ?? 1,
                                       message: "expected 'source target [weight]', found one field"))
            return nil
        }
        var w = 1.0
        if tokens.count >= 3 {
            guard let parsed = c.weight(tokens[2].0, line: line, column: tokens[2].1) else { return nil }
            w = parsed
        }
        return (c.node(tokens[0].0), c.node(tokens[1].0), w)
    }
}
