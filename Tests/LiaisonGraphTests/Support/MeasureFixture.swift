import Foundation
import Testing
@testable import LiaisonGraph

/// One oracle fixture written by bench/oracle/graph_measures.py (NetworkX 3.6.1).
struct MeasureFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let json: [String: JSONAny]
    let graph: Graph

    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/measures")

    /// Every fixture, sorted by name.
    static let all: [MeasureFixture] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().map { file in
            let data = try! Data(contentsOf: directory.appendingPathComponent(file))
            let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
            return MeasureFixture(object: object)
        }
    }()

    static func named(_ name: String) -> MeasureFixture { all.first { $0.name == name }! }

    init(object: [String: Any]) {
        name = object["name"] as! String
        json = object.mapValues { JSONAny($0) }
        let n = (object["nodes"] as! [Any]).count
        let edges = object["edges"] as! [[Any]]
        graph = try! Graph(nodeCount: n,
                           sources: edges.map { Int32(($0[0] as! NSNumber).intValue) },
                           targets: edges.map { Int32(($0[1] as! NSNumber).intValue) },
                           weights: edges.map { ($0[2] as! NSNumber).doubleValue },
                           directed: object["directed"] as! Bool)
    }

    var directed: Bool { json["directed"]!.value as! Bool }
    var exactDistances: Bool { json["exact_distances"]!.value as! Bool }
    var nodes: [String] { json["nodes"]!.value as! [String] }
    func has(_ key: String) -> Bool { json[key] != nil }

    /// A per-node (or per-pair) column; `nil` entries are NaN / undefined.
    func values(_ key: String) -> [Double?] {
        (json[key]!.value as! [Any]).map { ($0 as? NSNumber)?.doubleValue }
    }

    func intLists(_ key: String) -> [[Int]] {
        (json[key]!.value as! [[Any]]).map { $0.map { ($0 as! NSNumber).intValue } }
    }

    /// `[[a, b, x]]` rows with x possibly null.
    func triples(_ key: String) -> [(Int, Int, Double?)] {
        (json[key]!.value as! [[Any]]).map {
            (($0[0] as! NSNumber).intValue, ($0[1] as! NSNumber).intValue, ($0[2] as? NSNumber)?.doubleValue)
        }
    }
}

/// `Any` made Sendable for fixture storage (immutable after loading).
struct JSONAny: @unchecked Sendable { let value: Any; init(_ v: Any) { value = v } }

/// Relative 1e-9, absolute 1e-12 near zero (the SPEC §5.3 tolerance).
func close(_ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a == b { return true }
    return abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}

/// Compares a computed column with a fixture column (nil ↔ NaN), recording each mismatch with the
/// node id so a failure names what differs.
func expectColumn(_ computed: [Double], _ expected: [Double?], _ what: String, _ fixture: MeasureFixture,
                  relative: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(computed.count == expected.count, "\(fixture.name) \(what): count", sourceLocation: sourceLocation)
    var bad = 0
    for (i, (c, e)) in zip(computed, expected).enumerated() {
        let ok = e.map { close(c, $0, relative: relative) } ?? c.isNaN
        if !ok {
            bad += 1
            if bad <= 5 {
                Issue.record("\(fixture.name) \(what) node \(fixture.nodes[i]) (#\(i)): got \(c), NetworkX \(String(describing: e))",
                             sourceLocation: sourceLocation)
            }
        }
    }
}
