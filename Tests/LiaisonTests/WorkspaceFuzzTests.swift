import Foundation
import LiaisonGraph
import Testing
@testable import Liaison

/// Seeded mutation fuzzing of the workspace loader (SPEC §7: bad input never crashes): a valid
/// workspace has random bytes replaced, inserted or deleted (quotes, commas, line breaks, invalid
/// UTF-8, digits…), and every load must either succeed or throw `InputErrors` whose diagnostics
/// point at a real line of the file they name. `LIAISON_FUZZ_ROUNDS` (default 80) runs more rounds.
@Test func mutatedWorkspacesNeverCrashTheLoader() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fuzz-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try SynthWorkspace.generate(SynthOptions(contacts: 25, interactions: 80, seed: 5), into: dir)
    let names = ["contacts.csv", "interactions.csv", "ties.csv", "introductions.csv", "deals.csv",
                 "deliveries.csv", "feedback.csv", "liaison.toml"]
    var originals = [String: [UInt8]]()
    for n in names { originals[n] = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + n))) }
    let alphabet: [UInt8] = Array("\",;\n\r -:T0123456789Zaz=[]#".utf8) + [0xFF, 0xC3, 0xD0, 0xEF, 0xBB, 0xBF, 0x00]
    var rng = SplitMix64(seed: 2026)
    var failures = 0, successes = 0
    let rounds = ProcessInfo.processInfo.environment["LIAISON_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 80
    for round in 0 ..< rounds {
        let name = names[rng.below(names.count)]
        var bytes = originals[name]!
        for _ in 0 ..< 1 + rng.below(6) where !bytes.isEmpty {
            let at = rng.below(bytes.count)
            switch rng.below(3) {
            case 0: bytes[at] = alphabet[rng.below(alphabet.count)]
            case 1: bytes.insert(alphabet[rng.below(alphabet.count)], at: at)
            default: bytes.remove(at: at)
            }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
        do {
            _ = try WorkspaceLoader.load(from: dir)
            successes += 1
        } catch let e as InputErrors {
            failures += 1
            #expect(!e.diagnostics.isEmpty, "round \(round)")
            // Lines end at LF, CRLF or a lone CR (as the CSV reader counts them).
            let lineCount = 1 + bytes.indices.filter {
                bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A))
            }.count
            for d in e.diagnostics where d.line > 0 {
                #expect(d.column >= 1, "round \(round): \(d)")
                if d.file.hasSuffix("/" + name) { #expect(d.line <= lineCount, "round \(round): \(d)") }
            }
        }
        try Data(originals[name]!).write(to: URL(fileURLWithPath: dir + "/" + name))
    }
    // The mutations are harsh enough to break most rounds, and some survive.
    #expect(failures > rounds / 3 && successes > 0, "failures \(failures), successes \(successes)")
}

@Test func randomBytesNeverCrashTheDateParser() {
    var rng = SplitMix64(seed: 7)
    let alphabet = Array("0123456789-:T Z+.,".utf8)
    for _ in 0 ..< 20_000 {
        var bytes = Array("2026-03-14T09:30:00+03:00".utf8.prefix(rng.below(26)))
        for _ in 0 ..< rng.below(4) where !bytes.isEmpty { bytes[rng.below(bytes.count)] = alphabet[rng.below(alphabet.count)] }
        if let t = bytes.withUnsafeBufferPointer({ ISODate.parse($0) }) {
            #expect(t.isFinite)
        }
    }
}
