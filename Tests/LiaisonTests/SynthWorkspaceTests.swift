import Foundation
import Testing
@testable import Liaison

private func synth(_ options: SynthOptions) throws -> (dir: String, report: SynthReport) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-synth-\(UUID().uuidString)").path
    return (dir, try SynthWorkspace.generate(options, into: dir))
}

private func contents(_ dir: String) throws -> [String: Data] {
    var out = [String: Data]()
    // cadence.csv is the user's (agenda snoozes): synth never writes it.
    for name in WorkspaceLoader.fileNames where name != "cadence.csv" { out[name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)) }
    return out
}

@Test func synthIsDeterministicForASeed() throws {
    let o = SynthOptions(contacts: 120, interactions: 1500, seed: 11)
    let (d1, r1) = try synth(o), (d2, r2) = try synth(o)
    var other = o
    other.seed = 12
    let (d3, _) = try synth(other)
    defer { for d in [d1, d2, d3] { try? FileManager.default.removeItem(atPath: d) } }
    #expect(r1 == r2)
    let (c1, c2, c3) = (try contents(d1), try contents(d2), try contents(d3))
    #expect(c1 == c2)
    #expect(c1["contacts.csv"] != c3["contacts.csv"])
    #expect(c1["interactions.csv"] != c3["interactions.csv"])
    // Separate streams: more interactions leave the contacts unchanged.
    var more = o
    more.interactions = 3000
    let (d4, _) = try synth(more)
    defer { try? FileManager.default.removeItem(atPath: d4) }
    #expect(try contents(d4)["contacts.csv"] == c1["contacts.csv"])
}

@Test func synthWritesAValidRealisticWorkspace() throws {
    let (dir, report) = try synth(SynthOptions(contacts: 400, interactions: 6000, seed: 3))
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (ws, _) = try WorkspaceLoader.load(from: dir)
    #expect(ws.contacts.count == 400 && report.contacts == 400)
    #expect(ws.interactions.count == report.interactions)
    // Poisson total: within 10% of the request.
    #expect(abs(ws.interactions.count - 6000) < 600, "\(ws.interactions.count)")
    #expect(ws.me == 0 && ws.contacts[0].kind == .me)
    #expect(Set(ws.contacts.map(\.kind)) == Set(ContactKind.allCases))
    #expect(ws.contacts.contains { $0.name.unicodeScalars.contains { (0x400 ..< 0x500).contains($0.value) } })
    #expect(ws.contacts.contains { $0.name.unicodeScalars.allSatisfy { $0.isASCII } })
    #expect(Set(ws.contacts.map(\.industry)).isSuperset(of: ["fintech", "logistics"]))
    #expect(ws.contacts.filter { $0.kind == .investor && $0.industry == "fintech" }.count >= 3)
    // History of at least two years, ending before as_of.
    let first = ws.interactions.map(\.date).min()!, last = ws.interactions.map(\.date).max()!
    #expect(last.timeIntervalSince(first) > 2 * 365 * 86400)
    #expect(last < ws.asOf)
    #expect(Set(ws.interactions.map(\.channel)).count >= 6)
    #expect(ws.interactions.contains { $0.replyHours != nil })
    #expect(ws.interactions.contains { $0.to.count > 1 })
    // Heavy tail: the busiest pair has many times the median pair's touches.
    var perPair = [Int64: Int]()
    for i in ws.interactions { perPair[Int64(min(i.from, i.to[0])) << 32 | Int64(max(i.from, i.to[0])), default: 0] += 1 }
    let counts = perPair.values.sorted()
    #expect(counts.last! >= 20 * counts[counts.count / 2], "max \(counts.last!) median \(counts[counts.count / 2])")
    // Ties inside and across communities (same industry and city, or not), between third parties.
    let community = { (i: ContactIndex) in ws[i].industry + "/" + ws[i].city }
    #expect(ws.ties.contains { $0.a != 0 && community($0.a) == community($0.b) })
    #expect(ws.ties.contains { $0.a != 0 && community($0.a) != community($0.b) })
    #expect(Set(ws.introductions.map(\.status)) == Set(IntroductionStatus.allCases))
    #expect(Set(ws.deals.map(\.status)) == Set(DealStatus.allCases))
    #expect(ws.deals.contains { $0.source != nil })
    #expect(ws.deliveries.contains { ($0.delivered ?? $0.due) > $0.due })   // some late
    #expect(ws.deliveries.contains { $0.delivered == nil })
    #expect(Set(ws.feedback.map(\.scale)) == [.csat, .nps])
    #expect(ws.config.goals.count == 2)
}
