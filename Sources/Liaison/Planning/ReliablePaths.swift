//===----------------------------------------------------------------------===//
// ReliablePaths: the most reliable loopless paths between two nodes of a plain graph
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// The k most reliable loopless paths from one node to another of a network whose weights are tie
/// strengths in (0, 1]: reliability = Π w along the path, found as the k shortest simple paths
/// (Yen 1971) on the additive cost −ln w. Most reliable first; equally reliable ones fewest hops
/// first (`IntroductionPlanner.pathCost`).
public struct ReliablePaths: Sendable {
    /// What the weights of a plain graph are.
    public enum Weights: String, Sendable, CaseIterable {
        /// Tie strengths in (0, 1], used as they are.
        case strength
        /// Counts (messages, meetings, co-authored papers: any positive number), turned into a
        /// chance in (0, 1) by 1 − e^(−w/m) with m the median weight: a tie of median count passes
        /// an ask on with chance 1 − 1/e ≈ 0.63, a tie of 3 × the median 0.95, a single count in
        /// a graph whose median is 10 about 0.10. Why not w / max w: one heavy tie (a colleague
        /// with 10,000 messages) would push every other tie toward 0 and would itself become a
        /// certain hop (1); the saturating form depends on the typical tie, not the extreme one,
        /// and is the shape of the intensity component of tie strength (docs/tie-strength.md).
        case count

        /// 1 − e^(−w/median) of every weight (see ``count``).
        public static func normalisedCounts(_ g: Graph) -> Graph {
            let m = g.medianWeight()
            return g.mapWeights { -expm1(-$0 / m) }
        }
    }

    public struct Path: Sendable {
        public var nodes: [Int]
        public var reliability: Double
    }
    public var paths: [Path]

    /// - Throws: `InputErrors` (exit 65) when a weight lies outside (0, 1], naming up to five such
    ///   edges; `file` places the diagnostic.
    /// - Complexity: Yen's algorithm, O(k·n·(m + n log n)).
    public init(_ network: AnalysisNetwork, from a: Int, to b: Int, count k: Int, maxHops: Int?, file: String,
                mergedParallelEdges: Int = 0, weights: Weights = .strength) throws {
        let raw = network.graph
        if weights == .count {
            let bad = (0 ..< raw.edgeCount).filter { !(raw.edgeWeight[$0] > 0 && raw.edgeWeight[$0].isFinite) }
            if !bad.isEmpty {
                let shown = bad.prefix(5).map { e in
                    "\(TextTable.sanitize(network.ids[Int(raw.edgeSource[e])]))–\(TextTable.sanitize(network.ids[Int(raw.edgeTarget[e])])) has weight \(CSVWriter.format(raw.edgeWeight[e]))"
                }
                throw InputErrors([Diagnostic(file: file, line: 0, column: 0,
                    message: "--weights count needs every weight to be a positive count; " + shown.joined(separator: ", ")
                        + (bad.count > 5 ? " (and \(bad.count - 5) more)" : ""))])
            }
        }
        let g = weights == .count ? Weights.normalisedCounts(raw) : raw
        let bad = (0 ..< g.edgeCount).filter { !(g.edgeWeight[$0] > 0 && g.edgeWeight[$0] <= 1) }
        if !bad.isEmpty {
            let shown = bad.prefix(5).map { e in
                "\(TextTable.sanitize(network.ids[Int(g.edgeSource[e])]))–\(TextTable.sanitize(network.ids[Int(g.edgeTarget[e])])) has weight \(CSVWriter.format(g.edgeWeight[e]))"
            }
            throw InputErrors([Diagnostic(file: file, line: 0, column: 0,
                message: "path reliability is the product of the weights, so every weight must be a tie strength in (0, 1] (for counts give --weights count); "
                    + shown.joined(separator: ", ") + (bad.count > 5 ? " (and \(bad.count - 5) more)" : "")
                    + (mergedParallelEdges > 0 ? " (parallel edges were merged by summing their weights)" : ""))])
        }
        let found = Array(try g.shortestSimplePaths(from: a, to: b, cost: IntroductionPlanner.pathCost, maxHops: maxHops).prefix(k))
        paths = found.map { p in
            Path(nodes: p.nodes, reliability: g.pathReliability(p.nodes))
        }
    }
}

extension ReliablePaths {
    /// JSON `{"paths":[{"nodes":[ids],"reliability":R}]}`; CSV `rank,path,hops,reliability` (path:
    /// ids `;`-separated); the table one numbered line per path, names joined by arrows.
    public static func formatted(_ paths: [Path], _ format: ResultFormat, network: AnalysisNetwork) -> String {
        switch format {
        case .json:
            let items: [JSONValue] = paths.map { p in
                .object([("nodes", .array(p.nodes.map { .string(network.ids[$0]) })), ("reliability", .number(p.reliability))])
            }
            return JSONValue.object([("paths", .array(items))]).serialized(pretty: true) + "\n"
        case .csv:
            var w = CSVWriter()
            w.row(["rank", "path", "hops", "reliability"])
            for (k, p) in paths.enumerated() {
                w.number(k + 1); w.text(p.nodes.map { network.ids[$0] }.joined(separator: ";"))
                w.number(p.nodes.count - 1); w.number(p.reliability); w.endRow()
            }
            return w.output
        case .table:
            return paths.enumerated().map { k, p in
                "\(k + 1). " + p.nodes.map { TextTable.sanitize(network.names[$0]) }.joined(separator: " → ")
                    + "  (reliability \(CSVWriter.format(p.reliability)))\n"
            }.joined()
        }
    }
}

extension Goal {
    /// The goals a plan is for: every `[[goal]]` of liaison.toml when `requests` is empty; else each
    /// request is a filter (`"kind=investor industry=fintech count=2"`, when it contains `=`) or the
    /// name of a `[[goal]]` (compared as goal filters compare text).
    ///
    /// - Throws: `GoalRequestError` with a sentence for the user (a usage error).
    public static func resolve(_ requests: [String], defined: [Goal]) throws -> [Goal] {
        if requests.isEmpty { return defined }
        return try requests.map { request in
            if request.contains("=") {
                do { return try Goal(commandLine: request) } catch let e as GoalSyntaxError { throw GoalRequestError(message: e.message) }
            }
            if let named = defined.first(where: { ContactFilter.fold($0.name) == ContactFilter.fold(request) }) { return named }
            let names = defined.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw GoalRequestError(message: "--goal \(request): no [[goal]] with this name in liaison.toml"
                                   + (names.isEmpty ? " (it defines none)" : " (it defines \(names))")
                                   + "; or give a filter such as \"kind=investor industry=fintech\"")
        }
    }
}

/// A `--goal` that is neither a filter nor the name of a `[[goal]]`.
public struct GoalRequestError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
