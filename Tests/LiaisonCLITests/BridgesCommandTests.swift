import Foundation
import Testing

@Suite struct BridgesCommandTests {
    static let header = "a,b,weight,overlap,bridge,local_bridge,span"

    /// Triangle a–b–c, tail c–d, and a square d–e–f–g–d.
    static let edges = "source,target,weight\na,b,1\nb,c,1\nc,a,1\nc,d,4\nd,e,1\ne,f,1\nf,g,1\ng,d,1\n"

    func write() throws -> URL {
        let file = try temporaryDirectory().appendingPathComponent("edges.csv")
        try Self.edges.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func csvByHand() throws {
        let file = try write()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["bridges", "--edges-only", "--edges", file.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(Self.header + "\n"))
        let csv = try #require(ParsedCSV(r.stdout))
        var byEdge: [String: [String]] = [:]
        for row in csv.rows { byEdge[[row[0], row[1]].sorted().joined(separator: "-")] = row }
        // c–d: the only bridge; a local bridge with infinite span (empty), overlap 0.
        #expect(byEdge["c-d"]! == ["c", "d", "4", "0", "true", "true", ""])
        // Square edges: no common neighbours, span 3 around the square.
        #expect(byEdge["d-e"]!.suffix(3) == ["false", "true", "3"])
        // Triangle edge a–b: one common neighbour; (k_a−1)+(k_b−1)−1 = 1 → overlap 1; not local.
        #expect(byEdge["a-b"]!.suffix(4) == ["1", "false", "false", ""])
        #expect(csv.rows.count == 8)
    }

    @Test func jsonListsEdgesAndArticulationPoints() throws {
        let file = try write()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["bridges", "--edges-only", "--edges", file.path, "--format", "json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((object["articulation_points"] as? [String]) == ["c", "d"])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.count == 8)
        let cd = edges.first { ($0["a"] as? String) == "c" && ($0["b"] as? String) == "d" }!
        #expect(cd["span"] is NSNull && cd["bridge"] as? Bool == true)
    }

    @Test func tableNamesTheArticulationPoints() throws {
        let file = try write()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["bridges", "--edges-only", "--edges", file.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("articulation points (2): c, d"))
    }

    @Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
    func everySharedEdgeListRuns() throws {
        for file in try datasetEdgeLists(try #require(sharedDatasets)) {
            let r = try runLiaison(["bridges", "--edges-only", "--edges", file.path, "--format", "csv"])
            #expect(r.status == 0, "\(file.lastPathComponent): \(r.stderr)")
            let csv = ParsedCSV(r.stdout)
            #expect(csv?.header.joined(separator: ",") == Self.header, "\(file.path)")
            for value in csv?.column("bridge") ?? [] { #expect(value == "true" || value == "false") }
        }
    }
}
