// Timing of LiaisonGraph's betweenness (not a test), a product of the bench package. Build and run
// from the repository root:
//
//   swift build -c release --package-path bench --product graph-timing
//   bench/.build/release/graph-timing threads 10000 50000           # exact betweenness, 1 vs 2 threads
//   bench/.build/release/graph-timing approx 100000 200000 0.01 200 # approximate vs exact on 200 sampled nodes
//   bench/.build/release/graph-timing calibrate 300 0               # parallelism the machine offers right now
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

/// G(n, m) with weights from {1, 2, 4, 8} (or 1), seeded. Repeated pairs are merged by the
/// builder (weights summed), so "unweighted" runs pass `length: .unit` to get the BFS path.
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

/// The calibration's busy loop, `scale` million additions; the sum it returns keeps the optimiser
/// from dropping the work. (Top level, so that it is not isolated to the main actor as a local
/// function of `main` would be, and can run on two threads at once.)
func spin(_ scale: Int) -> Double {
    var x = 0.0
    for k in 0 ..< scale * 1_000_000 { x += Double(k & 7) }
    return x
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
                    results[threads] = g.betweenness(length: weighted ? .inverseWeight : .unit, threads: threads)
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
            let estimate = g.approximateBetweenness(epsilon: epsilon, delta: 0.1, seed: 5, length: .unit)
            let approxTime = now() - start
            print("approx: ε=\(estimate.epsilon) δ=\(estimate.delta) samples=\(estimate.sampleCount) VD bound=\(estimate.vertexDiameterBound) time \(approxTime) s")
            start = now()
            let exact = g.betweenness(length: .unit)
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
        case "calibrate":
            // How much parallelism the machine gives right now: the same busy loop on 1 thread,
            // then on 2 threads at once (each thread doing the full loop).
            var start = now()
            let a = spin(n)
            let one = now() - start
            start = now()
            // Each thread writes only its own slot.
            nonisolated(unsafe) let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: 2)
            defer { sums.deallocate() }
            DispatchQueue.concurrentPerform(iterations: 2) { i in sums[i] = spin(n) }
            let two = now() - start
            print("calibration: 1 loop \(one) s, 2 loops on 2 threads \(two) s, available parallelism \(2 * one / two) (\(a == sums[0] && a == sums[1]))")
        default:
            print("usage: graph-timing threads N M | approx N M EPS SAMPLE | calibrate SCALE 0")
        }
    }
}
