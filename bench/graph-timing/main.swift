// Timing of LiaisonGraph's betweenness (not a test). Build and run from the package root:
//
//   swift build -c release
//   swiftc -O -parse-as-library -I .build/release/Modules bench/graph-timing/main.swift \
//       .build/release/LiaisonGraph.build/*.o -o .build/graph-timing
//   .build/graph-timing threads 10000 50000          # exact betweenness, 1 vs 2 threads
//   .build/graph-timing approx 100000 250000 0.01 200 # approximate vs exact on 200 sampled nodes
import Dispatch
import Glibc
import LiaisonGraph

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU time (user + system) of the whole process so far, all threads.
func cpu() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// G(n, m) with weights from {1, 2, 4, 8} (or 1), seeded.
func randomGraph(nodes n: Int, edges m: Int, weighted: Bool, seed: UInt64) throws -> Graph {
    var rng = SplitMix64(seed: seed)
    var s = [Int32](), t = [Int32](), w = [Double]()
    s.reserveCapacity(m); t.reserveCapacity(m); w.reserveCapacity(m)
    for _ in 0 ..< m {
        s.append(Int32.random(in: 0 ..< Int32(n), using: &rng))
        t.append(Int32.random(in: 0 ..< Int32(n), using: &rng))
        w.append(weighted ? [1.0, 2, 4, 8].randomElement(using: &rng)! : 1)
    }
    return try Graph(nodeCount: n, sources: s, targets: t, weights: w)
}

@main struct Timing {
    static func main() throws {
        let args = CommandLine.arguments
        let n = Int(args[2])!, m = Int(args[3])!
        switch args[1] {
        case "threads":
            for weighted in [false, true] {
                let g = try randomGraph(nodes: n, edges: m, weighted: weighted, seed: 1)
                var times: [Int: Double] = [:], cpus: [Int: Double] = [:]
                var results: [Int: [Double]] = [:]
                for threads in [1, 2] {
                    let start = now(), startCPU = cpu()
                    results[threads] = g.betweenness(threads: threads)
                    times[threads] = now() - start
                    cpus[threads] = cpu() - startCPU
                }
                let diff = zip(results[1]!, results[2]!).map { abs($0 - $1) }.max()!
                print("n=\(n) m=\(g.edgeCount) weighted=\(weighted): wall 1 thread \(times[1]!) s, 2 threads \(times[2]!) s, speedup \(times[1]! / times[2]!); CPU 1 thread \(cpus[1]!) s, 2 threads \(cpus[2]!) s (wall/CPU \(times[1]! / cpus[1]!), \(times[2]! / cpus[2]!)); max |Δ| \(diff)")
            }
        case "approx":
            let epsilon = Double(args[4])!, sample = Int(args[5])!
            let g = try randomGraph(nodes: n, edges: m, weighted: false, seed: 2)
            var start = now()
            let estimate = g.approximateBetweenness(epsilon: epsilon, delta: 0.1, seed: 5)
            let approxTime = now() - start
            print("approx: ε=\(estimate.epsilon) δ=\(estimate.delta) samples=\(estimate.sampleCount) VD bound=\(estimate.vertexDiameterBound) time \(approxTime) s")
            start = now()
            let exact = g.betweenness()
            print("exact: time \(now() - start) s")
            var rng = SplitMix64(seed: 99)
            var worst = 0.0, total = 0.0
            var nodes = (0 ..< sample).map { _ in Int.random(in: 0 ..< n, using: &rng) }
            // Include the 10 most central nodes, where the absolute error is largest.
            nodes += (0 ..< n).sorted { exact[$0] > exact[$1] }.prefix(10)
            for v in nodes {
                let e = abs(exact[v] - estimate.values[v])
                worst = max(worst, e); total += e
            }
            let overall = zip(exact, estimate.values).map { abs($0 - $1) }.max()!
            print("sampled \(nodes.count) nodes: max error \(worst), mean error \(total / Double(nodes.count)); max over all nodes \(overall); max exact value \(exact.max()!)")
        default:
            print("usage: graph-timing threads N M | approx N M EPS SAMPLE")
        }
    }
}
