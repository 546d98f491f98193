import Foundation
import Testing
import LiaisonGraph
@testable import Liaison

/// `../shared/datasets` beside the repository, or nil.
private let enronFolder: URL? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/datasets/enron_email_igraphdata")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("edges.csv").path) ? url : nil
}()

/// 'YYYY-MM-DD HH:MM:SS' (UTC) → Date, without a formatter (125,000 rows).
private func parseTime(_ s: String) -> Date? {
    let d = Array(s.utf8)
    guard d.count >= 19 else { return nil }
    func num(_ a: Int, _ b: Int) -> Int { d[a ..< b].reduce(0) { $0 * 10 + Int($1 - 48) } }
    var c = DateComponents()
    c.year = num(0, 4); c.month = num(5, 7); c.day = num(8, 10)
    c.hour = num(11, 13); c.minute = num(14, 16); c.second = num(17, 19)
    var cal = Calendar(identifier: .gregorian); cal.timeZone = TimeZone(identifier: "UTC")!
    return cal.date(from: c)
}

/// The Onnela test on the real Enron e-mail log (SPEC §5.6; issue "Communities, bridge contacts and
/// the reach of weak ties"): rows dated 1979 dropped, self-mails dropped, every row one e-mail touch.
/// Strength: the tie-strength model (default parameters) as of the last e-mail; for comparison, the
/// number of e-mails per pair. Prints both tables; asserts only what must hold for any network
/// (curves start at 1, never grow, end at 1/n). Run: swift test --filter enronOnnela
@Test(.enabled(if: enronFolder != nil, "needs ../shared/datasets/enron_email_igraphdata"))
func enronOnnela() throws {
    let folder = enronFolder!
    var contacts = [Contact]()
    try CSVReader(contentsOf: folder.appendingPathComponent("nodes.csv").path).forEachRecord { r in
        guard let id = r.string(0), id != "id" else { return }
        contacts.append(Contact(id: id, name: r.string(2).flatMap { $0.isEmpty ? nil : $0 } ?? "node \(id)"))
    }
    var interactions = [Interaction](), dropped1979 = 0, selfMails = 0
    var counts = [Int: Double]()
    try CSVReader(contentsOf: folder.appendingPathComponent("edges.csv").path).forEachRecord { r in
        guard let s = r.string(0), let a = Int32(s), let t = r.string(1), let b = Int32(t), let time = r.string(2) else { return }
        if time.hasPrefix("1979") { dropped1979 += 1; return }
        if a == b { selfMails += 1; return }
        guard let date = parseTime(time) else { return }
        interactions.append(Interaction(date: date, from: a, to: [b], channel: .email))
        counts[Int(min(a, b)) * 1000 + Int(max(a, b)), default: 0] += 1
    }
    let asOf = interactions.map(\.date).max()!
    let ws = Workspace(contacts: contacts, interactions: interactions, config: WorkspaceConfig(asOf: asOf))
    let strength = ws.strengthGraph(asOf: asOf, model: TieStrengthModel()).graph
    let keys = counts.keys.sorted()
    let countGraph = try Graph(nodeCount: contacts.count, sources: keys.map { Int32($0 / 1000) },
                               targets: keys.map { Int32($0 % 1000) }, weights: keys.map { counts[$0]! })
    print("Enron: \(contacts.count) people, \(interactions.count) e-mails (dropped \(dropped1979) dated 1979, \(selfMails) to self), as of \(asOf)")
    for (label, g) in [("tie strength (model, as of last e-mail)", strength), ("e-mail count per pair", countGraph)] {
        let c = g.onnelaTest(seed: 1)
        print("\n\(label): \(g.edgeCount) ties, largest component \(c.initialLargest)")
        print("removed  weak-first  strong-first  random")
        for i in c.fractions.indices {
            print(String(format: "%6.0f%%  %10.3f  %12.3f  %6.3f", 100 * c.fractions[i], c.weakFirst[i], c.strongFirst[i], c.randomOrder[i]))
        }
        print(String(format: "area: weak-first %.3f, strong-first %.3f, random %.3f → weak ties hold it together: %@",
                     c.weakFirstArea, c.strongFirstArea, c.randomArea, c.weakTiesHoldTheNetworkTogether ? "yes" : "no"))
        let overlap = g.neighborhoodOverlap()
        print(String(format: "overlap vs strength: Pearson %.3f, Spearman %.3f",
                     pearsonCorrelation(overlap, g.edgeWeight) ?? .nan, spearmanCorrelation(overlap, g.edgeWeight) ?? .nan))
        for curve in [c.weakFirst, c.strongFirst, c.randomOrder] {
            #expect(curve.first == 1)
            #expect(zip(curve, curve.dropFirst()).allSatisfy { $0 >= $1 })
            #expect(abs(curve.last! - 1 / Double(c.initialLargest)) < 1e-12)
        }
    }
}
