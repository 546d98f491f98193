import Foundation
import Testing

/// `liaison plan --edges … --weights count`: a graph whose weights are counts is normalised by
/// 1 − e^(−w/median w) instead of being refused (issue 14, item 5).
@Suite struct PlanWeightsCommandTests {
    @Test func countsAreNormalisedByTheMedian() throws {
        // a–b 2, b–c 2, a–c 1, c–d 8: weights {1, 2, 2, 8}, median 2.
        // a–b → 1 − e^(−1) = 0.632121, a–c → 1 − e^(−0.5) = 0.393469, c–d → 1 − e^(−4) = 0.981684.
        // a–b–c–d = 0.632121² × 0.981684 = 0.392258; a–c–d = 0.393469 × 0.981684 = 0.386262.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("counts.csv")
        try "source,target,weight\na,b,2\nb,c,2\na,c,1\nc,d,8\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--format", "json"])
        #expect(refused.status == 65 && refused.stderr.contains("--weights count"))
        let r = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--weights", "count", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let paths = (object["paths"] as! [[String: Any]]).map { ($0["nodes"] as! [String], $0["reliability"] as! Double) }
        #expect(paths.map(\.0) == [["a", "b", "c", "d"], ["a", "c", "d"]])
        let ab = 1 - exp(-1.0), ac = 1 - exp(-0.5), cd = 1 - exp(-4.0)
        #expect(abs(paths[0].1 - ab * ab * cd) < 1e-12 && abs(paths[1].1 - ac * cd) < 1e-12)
        #expect(abs(paths[0].1 - 0.392258) < 1e-6)
        // A bad value and --weights without --edges are usage errors.
        #expect(try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--weights", "tons"]).status == 64)
    }
}
