import Foundation
import Testing

@Suite struct CentralityCommandTests {
    static let header = "id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,constraint,effective_size,efficiency,clustering"

    /// Writes `text` as edges.csv in a fresh temporary folder (the caller removes the folder).
    func writeEdges(_ text: String) throws -> URL {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("edges.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// A path a–b–c plus a separate pair d–e.
    @Test func csvHasTheExactHeaderAndHandValues() throws {
        let file = try writeEdges("source,target,weight\na,b,1\nb,c,1\nd,e,2\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["centrality", "--edges", file.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(Self.header + "\n"))
        let csv = try #require(ParsedCSV(r.stdout))
        #expect(csv.column("id") == ["a", "b", "c", "d", "e"])
        #expect(csv.column("degree") == ["1", "2", "1", "1", "1"])
        #expect(csv.column("strength") == ["1", "2", "1", "2", "2"])
        // b lies on the one a–c path: raw 1, ÷ (n−1)(n−2)/2 = 6 pairs.
        #expect(Double(csv.column("betweenness")[1])! == 1.0 / 6.0)
        // Disconnected: NetworkX raises AmbiguousSolution, so the column is empty, with a note.
        #expect(csv.column("eigenvector").allSatisfy { $0.isEmpty })
        #expect(r.stderr.contains("eigenvector"))
        // Leaves of a path have constraint 1; b has two contacts, p = 1/2 each → 2 · (1/2)² = 0.5.
        #expect(csv.column("constraint")[0] == "1" && csv.column("constraint")[1] == "0.5")
    }

    @Test func jsonIsAnArrayOfObjectsWithTheSameKeys() throws {
        let file = try writeEdges("source,target\nx,y\ny,z\nz,x\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["centrality", "--edges", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        #expect(Set(array[0].keys) == Set(Self.header.split(separator: ",").map(String.init)))
        // Triangle: every node alike; eigenvector 1/√3, clustering 1, pagerank 1/3.
        let first = array[0]
        #expect(abs((first["eigenvector"] as! Double) - 1 / 3.0.squareRoot()) < 1e-12)
        #expect(first["clustering"] as! Double == 1)
        #expect(abs((first["pagerank"] as! Double) - 1.0 / 3.0) < 1e-12)
    }

    @Test func tableShowsNamesAndApproxStatesItsBound() throws {
        let file = try writeEdges("source,target\nAnna Petrova,Борис Иванов\nБорис Иванов,Chen\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let table = try runLiaison(["centrality", "--edges", file.path])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Борис Иванов"))
        let approx = try runLiaison(["centrality", "--edges", file.path, "--approx", "0.1", "--format", "csv"])
        #expect(approx.status == 0)
        #expect(approx.stderr.contains("approximate") && approx.stderr.contains("0.1"))
    }

    @Test func badArgumentsAndMissingInput() throws {
        let file = try writeEdges("source,target\na,b\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try runLiaison(["centrality", "--edges", file.path, "--approx", "2"]).status == 64)
        #expect(try runLiaison(["centrality"]).status == 64)
        #expect(try runLiaison(["centrality", "--edges", "/nonexistent/edges.csv"]).status == 66)
    }

    /// Every CSV edge list in ../shared/datasets runs, and its CSV parses with one row per node.
    @Test(.enabled(if: sharedDatasets != nil, "needs ../shared/datasets"))
    func everySharedEdgeListRuns() throws {
        let root = try #require(sharedDatasets)
        let files = try datasetEdgeLists(root)
        #expect(!files.isEmpty)
        for file in files {
            let r = try runLiaison(["centrality", "--edges", file.path, "--format", "csv"])
            #expect(r.status == 0, "\(file.lastPathComponent): \(r.stderr)")
            let csv = ParsedCSV(r.stdout)
            #expect(csv?.header.joined(separator: ",") == Self.header, "\(file.path)")
            #expect((csv?.rows.count ?? 0) > 0, "\(file.path)")
            for row in csv?.rows ?? [] {
                for cell in row.dropFirst() where !cell.isEmpty {
                    #expect(Double(cell) != nil, "\(file.lastPathComponent): \(cell) is not a number")
                }
            }
        }
    }
}

/// The `edges*.csv` files under the shared datasets.
func datasetEdgeLists(_ root: URL) throws -> [URL] {
    let folders = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
    return folders.flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent.hasPrefix("edges") && $0.pathExtension == "csv" }
    }.sorted { $0.path < $1.path }
}
