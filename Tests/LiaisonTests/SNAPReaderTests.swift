import Foundation
import Testing
@testable import Liaison
import LiaisonGraph

/// The SNAP reader's three paths (fast line, ASCII line, Unicode line) and its two-thread mode must
/// give exactly what the plain sequential reading gives.
@Suite struct SNAPReaderTests {
    /// Everything the reader leaves in the collector.
    struct Read: Equatable {
        var labels: [String], sources: [Int32], targets: [Int32], weights: [Double]
        var selfLoopLines: [Int], errors: [String]
    }

    static func read(_ text: String, threads: Int, minimumParallelBytes: Int = 0) -> Read {
        var c = EdgeListLoader.Collector(file: "f")
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buf in
            EdgeListLoader.readSNAP(UnsafeBufferPointer(buf), file: "f", threads: threads,
                                    minimumParallelBytes: minimumParallelBytes, into: &c)
        }
        return Read(labels: c.index.labels, sources: c.sources, targets: c.targets, weights: c.weights,
                    selfLoopLines: c.selfLoopLines, errors: c.errors.map(\.description))
    }

    /// A seeded list of mostly fast lines, with comments, blank lines, CRLF, commas, tabs,
    /// self-loops, weightless lines and (when `odd`) lines that only the slower paths take.
    static func sample(lines: Int, seed: UInt64, odd: Bool) -> String {
        var rng = SplitMix64(seed: seed)
        var out = "# a comment\n% another\n\n"
        for i in 0 ..< lines {
            let a = Int(rng.next() % 400), b = Int(rng.next() % 400)
            let w = Double(rng.next() % 1000 + 1) / 8
            switch rng.next() % 20 {
            case 0: out += "\(a) \(a) \(w)\n"                 // self-loop
            case 1: out += "\(a)\t\(b)\r\n"                   // tab, CRLF, no weight
            case 2: out += "\(a),\(b),\(w)\n"                 // commas
            case 3: out += "   # indented comment\n"
            case 4 where odd && i > lines / 2: out += "n\(a) \(b) 1e-1\n"   // text id, exponent
            case 5 where odd && i > lines / 2: out += "Вершина-\(a) \(b) \(w)\n"   // Cyrillic id
            case 6 where odd: out += "0\(a) \(b) \(w)\n"       // "0…": not canonical, another label
            default: out += "\(a) \(b) \(w)\n"
            }
        }
        return out + "\(lines) \(lines + 1) 0.5"             // last line without a newline
    }

    @Test(arguments: [false, true])
    func twoThreadsEqualOne(odd: Bool) {
        for seed in 0 ..< 5 as Range<UInt64> {
            let text = Self.sample(lines: 3_000, seed: seed, odd: odd)
            let one = Self.read(text, threads: 1)
            let two = Self.read(text, threads: 2)
            #expect(one == two, "seed \(seed)")
            #expect(one.errors.isEmpty)
            #expect(!one.selfLoopLines.isEmpty)
            // The two-thread reading is taken only when every line is fast, blank or a comment.
            var c = EdgeListLoader.Collector(file: "f")
            let parallel = Array(text.utf8).withUnsafeBufferPointer { EdgeListLoader.readSNAPInParallel($0, into: &c) }
            #expect(parallel == !odd, "seed \(seed)")
        }
    }

    @Test func selfLoopOnlyNodesExistInBothModes() {
        let text = "1 2 0.5\n7 7 1\n2 3 1\n"
        for threads in [1, 2] {
            let r = Self.read(text, threads: threads)
            #expect(r.labels == ["1", "2", "7", "3"], "threads \(threads)")
            #expect(r.selfLoopLines == [2])
            #expect(r.sources == [0, 1] && r.targets == [1, 3])
        }
    }

    @Test func fastPathWeightsEqualFoundationParsing() {
        let weights = ["0.375", "1", "12.5", "0.1", "0.3", "123456789.012345", "7.", "0.000000000000001",
                       "0.33333333333333333333333", "123456789012345678901234567890", "1.5e3", ".25", "0000.5"]
        let text = weights.enumerated().map { "\($0.offset) \($0.offset + 100) \($0.element)" }.joined(separator: "\n")
        let r = Self.read(text, threads: 1)
        #expect(r.weights == weights.map { Double($0)! })
    }

    /// The word-at-a-time newline count sizes the edge arrays: it must never undercount.
    @Test func newlineCountEqualsANaiveCount() {
        var rng = SplitMix64(seed: 3)
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x8A, 0x0A, 0x7F, 0x00, 0xFF, 0x30, 0x20]
        for length in 0 ..< 200 {
            let bytes = (0 ..< length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let counted = bytes.withUnsafeBufferPointer { EdgeListLoader.newlineCount($0) }
            #expect(counted == bytes.filter { $0 == 0x0A }.count, "length \(length)")
        }
    }
}
