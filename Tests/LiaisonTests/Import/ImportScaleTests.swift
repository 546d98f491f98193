import Foundation
import Testing
@testable import Liaison
import LiaisonGraph

/// How the merge scales: 100,000 messages among 2,000 correspondents (what a mailbox import hands
/// over), then the same batch again (all duplicates). Run on demand:
/// `LIAISON_SCALE=1 swift test --filter mergeScale` (prints the times; asserts only correctness).
@Test(.enabled(if: ProcessInfo.processInfo.environment["LIAISON_SCALE"] != nil, "set LIAISON_SCALE=1"))
func mergeScale() throws {
    let ws = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: ws) }
    write("id,name,kind,email\nme,Me,me,me@home.example\n", ws, "contacts.csv")
    var rng = SplitMix64(seed: 7)
    let people = (0 ..< 2000).map { k in
        ImportedPerson(name: "Person \(k)", emails: ["p\(k)@mail\(k % 40).example"], source: SourcePlace(file: "m", line: 0))
    }
    let me = ImportedPerson(name: "Me", emails: ["me@home.example"], source: SourcePlace(file: "m", line: 0))
    var touches = [ImportedTouch]()
    touches.reserveCapacity(100_000)
    let n = Int(ProcessInfo.processInfo.environment["LIAISON_SCALE_N"] ?? "") ?? 100_000
    for k in 0 ..< n {
        let other = people[Int(rng.next() % 2000)]
        let outgoing = rng.next() % 2 == 0
        touches.append(ImportedTouch(date: Date(timeIntervalSince1970: 1.7e9 + Double(k) * 600), from: outgoing ? me : other,
                                     to: outgoing ? [other] : [me], channel: .email, key: "<\(k)@mail>",
                                     source: SourcePlace(file: "m", line: k)))
    }
    let batch = ImportBatch(touches: touches)
    var clock = ContinuousClock.now
    var draft = try WorkspaceDraft(directory: ws)
    let report = draft.merge(batch, file: "m", kind: "mbox")
    let files = draft.changedFiles
    let mergeTime = ContinuousClock.now - clock
    clock = ContinuousClock.now
    try WorkspaceValidation.check(directory: ws, replacing: files)
    let checkTime = ContinuousClock.now - clock
    for (name, bytes) in files { FileManager.default.createFile(atPath: ws + "/" + name, contents: Data(bytes)) }
    clock = ContinuousClock.now
    var again = try WorkspaceDraft(directory: ws)
    let second = again.merge(batch, file: "m", kind: "mbox")
    let againTime = ContinuousClock.now - clock
    print("merge 100k touches: \(mergeTime), check: \(checkTime), re-merge (all duplicates): \(againTime)")
    #expect(report.count(.added, .interaction) == n)
    #expect(report.count(.added, .contact) == min(n, 2000) || n < 20_000)
    #expect(second.count(.unchanged, .interaction) == n)
    #expect(again.changedFiles.isEmpty)
}
