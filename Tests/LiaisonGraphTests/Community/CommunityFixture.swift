import Foundation
import LiaisonGraph

/// A fixture written by bench/oracle/communities.py (NetworkX's answers).
struct CommunityFixture {
    struct LabeledPartition { let name: String; let resolution: Double; let labels: [Int]; let modularity: Double }
    struct LouvainMean { let resolution: Double; let mean: Double; let values: [Double] }
    let name: String
    let graph: Graph
    let partitions: [LabeledPartition]
    let louvain: [LouvainMean]
    let planted: [Int]?

    static let names = ["karate", "les_miserables", "florentine", "davis_women", "planted_4x32", "random_partition_5"]

    static func load(_ name: String) throws -> CommunityFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/communities/\(name).json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let nodes = root["nodes"] as! [String]
        let edges = root["edges"] as! [[Double]]
        let g = try Graph(nodeCount: nodes.count, sources: edges.map { Int32($0[0]) },
                          targets: edges.map { Int32($0[1]) }, weights: edges.map { $0[2] })
        let parts = (root["partitions"] as! [[String: Any]]).map {
            LabeledPartition(name: $0["name"] as! String, resolution: ($0["resolution"] as! NSNumber).doubleValue,
                             labels: $0["labels"] as! [Int], modularity: ($0["modularity"] as! NSNumber).doubleValue)
        }
        let louvain = (root["louvain"] as! [[String: Any]]).map {
            LouvainMean(resolution: ($0["resolution"] as! NSNumber).doubleValue, mean: ($0["mean"] as! NSNumber).doubleValue,
                        values: ($0["modularities"] as! [NSNumber]).map(\.doubleValue))
        }
        return CommunityFixture(name: name, graph: g, partitions: parts, louvain: louvain,
                                planted: root["planted"] as? [Int])
    }
}
