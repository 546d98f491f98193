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
    /// The most bytes on one line (1 MiB, as in CSV files: `CSVReader.maxLineBytes`); a longer line
    /// ends the read with its `file:line:column`.
    static let maxLineBytes = CSVReader.maxLineBytes

    static func readSNAP(_ buf: UnsafeBufferPointer<UInt8>, file: String, threads: Int? = nil,
                         minimumParallelBytes: Int = 4 << 20, into c: inout Collector) {
        if _workerCount(threads) > 1, buf.count >= minimumParallelBytes, readSNAPInParallel(buf, into: &c) { return }
        let (sources, targets, weights) = withEdgeArrays(capacity: newlineCount(buf) + 1) { out in
            var edges = 0
            @inline(__always) func add(_ s: Int32, _ t: Int32, _ w: Double, line: Int) {
                if s == t { c.selfLoopLines.append(line); return }
                out.put(edges, s, t, w)
                edges += 1
            }
            var line = 0
            var start = byteOrderMarkLength(buf)
            while start < buf.count {
                line += 1
                if let (a, b, w, next) = fastLine(buf, from: start) {
                    add(c.index.insert(number: a).index, c.index.insert(number: b).index, w, line: line)
                    start = next
                    continue
                }
                let (end, ascii) = lineEnd(buf, from: start)
                if end - start > maxLineBytes {   // issue 19, item 7: no line of /dev/zero's length
                    c.errors.append(Diagnostic(file: file, line: line,
                        column: CSVReader.column(buf, lineStart: start, at: start + maxLineBytes),
                        message: "line longer than \(CSVReader.size(maxLineBytes)): a line of an edge list holds at most \(CSVReader.size(maxLineBytes))"))
                    break
                }
                let text = UnsafeBufferPointer(rebasing: buf[start ..< end])
                if let (a, b, w) = ascii ? asciiLine(text, line: line, file: file, into: &c)
                                         : unicodeLine(text, line: line, file: file, into: &c) {
                    add(a, b, w, line: line)
                }
                start = end + 1
            }
            return edges
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
        let bom = byteOrderMarkLength(buf)
        let halves = [UnsafeBufferPointer(rebasing: buf[bom ..< split]), UnsafeBufferPointer(rebasing: buf[split...])]
        let firstLines = newlineCount(halves[0])   // every line of the first half ends in \n
        struct Part { var edges = 0, lines = 0, selfLoopLines: [Int] = [], complete = true }
        var parts = [Part(), Part()]
        let (sources, targets, weights) = withEdgeArrays(capacity: firstLines + newlineCount(halves[1]) + 1) { out in
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
                            out.put(first + part.edges, Int32(a), Int32(b), w)
                            part.edges += 1
                            start = next
                            continue
                        }
                        // Blank and comment lines of plain ASCII are skipped; any other line stops.
                        let (end, ascii) = lineEnd(text, from: start)
                        guard ascii, isBlankOrComment(UnsafeBufferPointer(rebasing: text[start ..< end])) else {
                            part.complete = false
                            break
                        }
                        start = end + 1
                    }
                    parts[worker] = part
                }
            }
            guard parts[0].complete, parts[1].complete else { return 0 }
            // The second half's edges move down to follow the first half's.
            let (moved, from) = (parts[1].edges, firstLines), to = parts[0].edges
            if to < from {
                (out.source.baseAddress! + to).update(from: out.source.baseAddress! + from, count: moved)
                (out.target.baseAddress! + to).update(from: out.target.baseAddress! + from, count: moved)
                (out.weight.baseAddress! + to).update(from: out.weight.baseAddress! + from, count: moved)
            }
            var edges = 0
            for e in 0 ..< to + moved {
                let s = c.index.insert(number: Int(out.source[e])).index
                let t = c.index.insert(number: Int(out.target[e])).index
                if s == t { continue }   // its line is in the part's selfLoopLines
                out.put(edges, s, t, out.weight[e])
                edges += 1
            }
            return edges
        }
        guard parts[0].complete, parts[1].complete else { return false }
        c.sources = sources; c.targets = targets; c.weights = weights
        c.selfLoopLines = parts[0].selfLoopLines + parts[1].selfLoopLines.map { $0 + parts[0].lines }
        return true
    }

    /// The output of a reader: three buffers of one capacity, written by index.
    struct EdgeBuffers {
        let source: UnsafeMutableBufferPointer<Int32>, target: UnsafeMutableBufferPointer<Int32>
        let weight: UnsafeMutableBufferPointer<Double>

        @inline(__always) func put(_ at: Int, _ s: Int32, _ t: Int32, _ w: Double) {
            precondition(at < source.count, "more edges than lines")
            source[at] = s; target[at] = t; weight[at] = w
        }
    }

    /// Edge arrays of `capacity` entries, written in place by `fill`, which returns how many it
    /// wrote (a line holds at most one edge, so the number of lines bounds them): appending a
    /// million edges one by one cost more than parsing them.
    static func withEdgeArrays(capacity: Int, _ fill: (EdgeBuffers) -> Int) -> ([Int32], [Int32], [Double]) {
        var targets = [Int32](), weights = [Double]()
        let sources = [Int32](unsafeUninitializedCapacity: capacity) { sourceOut, sourceCount in
            targets = [Int32](unsafeUninitializedCapacity: capacity) { targetOut, targetCount in
                weights = [Double](unsafeUninitializedCapacity: capacity) { weightOut, weightCount in
                    weightCount = fill(EdgeBuffers(source: sourceOut, target: targetOut, weight: weightOut))
                }
                targetCount = weights.count
            }
            sourceCount = weights.count
        }
        return (sources, targets, weights)
    }

    /// 3 when the bytes start with the UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        buf.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Where the line starting at `start` ends (its `\n`, or the end of the bytes) and whether it
    /// is plain ASCII.
    @inline(__always)
    static func lineEnd(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, ascii: Bool) {
        var end = start, ascii = true
        while end < buf.count, buf[end] != 0x0A { ascii = ascii && buf[end] < 0x80; end += 1 }
        return (end, ascii)
    }

    /// An ASCII line that is empty once trimmed of ASCII whitespace (\t \n \v \f \r and space)
    /// or starts with `#` or `%`.
    static func isBlankOrComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var first = 0
        while first < line.count, line[first] == 0x20 || (line[first] >= 0x09 && line[first] <= 0x0D) { first += 1 }
        return first == line.count || line[first] == UInt8(ascii: "#") || line[first] == UInt8(ascii: "%")
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
        let weight = plainDecimalPrefix(buf, from: i)
        i = weight.end
        guard let w = weight.value, w > 0, let next = endOfLine() else { return nil }
        return (a, b, w, next)
    }

    /// An ASCII line (no `\n`): blank, a comment (`#`, `%`), or fields split on spaces, tabs, `\r`
    /// and commas, of which the first three are read. The edge, or nil (a diagnostic recorded when
    /// the line is wrong).
    static func asciiLine(_ buf: UnsafeBufferPointer<UInt8>, line: Int, file: String,
                          into c: inout Collector) -> (Int32, Int32, Double)? {
        if isBlankOrComment(buf) { return nil }
        let end = buf.count
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
        let scan = plainDecimalPrefix(UnsafeBufferPointer(rebasing: buf[..<end]), from: start)
        return scan.end == end ? scan.value : nil
    }

    /// The longest run of digits with at most one `.` from `start`, as `plainDecimal` reads it:
    /// its value (nil when it has no digit or more than 15) and where it stops.
    @inline(__always)
    static func plainDecimalPrefix(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Double?, end: Int) {
        var mantissa = 0, digits = 0, fraction = 0, point = false
        var i = start
        while i < buf.count {
            let b = buf[i]
            if b == UInt8(ascii: ".") {
                if point { break }
                point = true
            } else {
                let d = b &- UInt8(ascii: "0")
                if d > 9 { break }
                mantissa = mantissa &* 10 &+ Int(d)   // wraps past 18 digits; refused below
                digits += 1
                if point { fraction += 1 }
            }
            i += 1
        }
        guard digits > 0, digits <= 15 else { return (nil, i) }
        // < 10^15 < 2^53: exact as an integer and as a double.
        return (Double(mantissa) / exactPowerOfTen(fraction), i)
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
