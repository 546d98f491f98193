import Foundation
import Testing

/// Issue 19 ("fuzz every parser"): every seed of fuzz/corpus/<target>/ and every input the fuzzer
/// found a crash with, fuzz/regressions/<target>/, goes through the same entry point the libFuzzer
/// binary calls (FuzzEntryPoints.swift, shared with the fuzz package through a symlink). A crash
/// or a broken invariant in an entry point stops this test process; a missing folder fails.
@Suite struct FuzzReplayTests {
    static let fuzzRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz")

    static func inputs(_ kind: String, _ target: String) -> [URL] {
        let dir = fuzzRoot.appendingPathComponent(kind).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzEntryPoints.targets)
    func issue19CorpusReplays(_ target: String) throws {
        let seeds = Self.inputs("corpus", target)
        #expect(!seeds.isEmpty, "fuzz/corpus/\(target) holds no seed")
        for url in seeds {
            let bytes = [UInt8](try Data(contentsOf: url))
            bytes.withUnsafeBufferPointer { FuzzEntryPoints.run(target, $0) }
        }
    }

    @Test(arguments: FuzzEntryPoints.targets)
    func issue19FuzzRegressionsReplay(_ target: String) throws {
        for url in Self.inputs("regressions", target) {
            let bytes = [UInt8](try Data(contentsOf: url))
            bytes.withUnsafeBufferPointer { FuzzEntryPoints.run(target, $0) }
        }
    }
}
