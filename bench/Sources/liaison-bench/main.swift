// liaison-bench: Liaison's side of the benchmark (bench/run.py), with the same contract as
// bench/py_workloads.py:
//
//   liaison-bench WORKLOAD INPUT [--threads T] [--values PATH]
//
// prints one JSON line {tool, workload, input, load_s, compute_s, peak_rss_kb, note}. Load and
// compute are timed separately inside the process (monotonic clock); peak memory is the process's
// maximum resident set size (getrusage, KiB on Linux), as for the Python tools.
//
// Workloads on a whitespace edge list `u v w` (EdgeListLoader): load, components, pagerank
// (tolerance 1e-10, NetworkX's L1 rule, as NetworkX is given), louvain (seed 1), betweenness
// (exact, lengths 1/w), betweenness-hops (exact, every edge length 1), closeness (lengths 1/w),
// constraint; and the approximations of betweenness compared on W's edge list (bench/run.py's second
// table), all at ε = 0.05, δ = 0.1, seed 1: kadabra (KADABRA, lengths 1/w), kadabra-hops (KADABRA,
// lengths 1) and approx-rk (Riondato–Kornaropoulos, lengths 1/w); their note gives the samples drawn.
// `--values PATH` writes the betweenness workloads' values as `label value` lines (untimed), for
// the error of the approximations against exact values. `workspace` runs end to end on a
// workspace folder: load, tie strength (the strength graph), centrality (PageRank and approximate
// betweenness, ε = 0.05), bridges (Leiden communities, constraint, participation, local bridges, cut
// vertices, the ranking of bridge contacts), plan (the introduction plan for liaison.toml's goals),
// render (the summary view as SVG through Graphviz); the stages are timed in the note.
import Foundation
import Glibc
import Liaison
import LiaisonGraph
import LiaisonRender

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func peakRSSKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("liaison-bench: \(message)\n".utf8))
    exit(64)
}

/// Keeps a result alive so that the optimiser cannot drop the work that made it.
@inline(never) func consume<T>(_ value: T) { withExtendedLifetime(value) {} }

struct Options {
    var workload = "", input = "", threads: Int?, values: String?
    init(_ args: [String]) {
        var positional: [String] = []
        var i = 0
        while i < args.count {
            if args[i] == "--threads", i + 1 < args.count, let t = Int(args[i + 1]), t > 0 {
                threads = t; i += 2
            } else if args[i] == "--values", i + 1 < args.count {
                values = args[i + 1]; i += 2
            } else if args[i].hasPrefix("-") {
                fail("unknown option \(args[i]); usage: liaison-bench WORKLOAD INPUT [--threads T] [--values PATH]")
            } else {
                positional.append(args[i]); i += 1
            }
        }
        guard positional.count == 2 else { fail("usage: liaison-bench WORKLOAD INPUT [--threads T] [--values PATH]") }
        workload = positional[0]; input = positional[1]
    }
}

func runGraphWorkload(_ o: Options) throws -> (load: Double, compute: Double, note: String) {
    let t0 = now()
    let loaded = try EdgeListLoader.load(path: o.input, directed: false, format: .snap, threads: o.threads ?? 1)
    let g = loaded.network.graph
    let t1 = now()
    var note = ""
    var values: [Double]?
    // The loaded graph stays alive until the clock stops: freeing ~100 MB of arrays takes a few
    // milliseconds that belong to neither the load nor the measure (the Python tools keep their
    // graph too).
    let t2: Double = try withExtendedLifetime(loaded) {
        switch o.workload {
        case "load":
            break
        case "components":
            consume(g.connectedComponents())
        case "pagerank":
            consume(try g.pageRank(tolerance: 1e-10))
        case "louvain":
            let r = g.louvainCommunities(CommunityOptions(seed: 1))
            note = "Q = \(String(format: "%.4f", r.modularity)), \(r.partition.count) communities"
        case "betweenness":
            values = g.betweenness(normalized: true, length: .inverseWeight, threads: o.threads)
        case "betweenness-hops":
            values = g.betweenness(normalized: true, length: .unit, threads: o.threads)
        case "kadabra", "kadabra-hops", "approx-rk":
            let length: EdgeLength = o.workload == "kadabra-hops" ? .unit : .inverseWeight
            let r = o.workload == "approx-rk"
                ? g.approximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 1, length: length, threads: o.threads)
                : g.kadabraBetweenness(epsilon: 0.05, delta: 0.1, seed: 1, length: length, threads: o.threads)
            values = r.values
            note = "\(r.sampleCount) samples (limit \(r.sampleLimit)), vertex diameter bound \(r.vertexDiameterBound)"
        case "closeness":
            consume(g.closeness(length: .inverseWeight, threads: o.threads))
        case "constraint":
            consume(g.burtConstraint())
        default:
            fail("unknown workload \(o.workload)")
        }
        let stop = now()
        consume(values)
        return stop
    }
    if let path = o.values, let values {
        let labels = loaded.network.labels
        var text = ""
        text.reserveCapacity(values.count * 24)
        for (i, x) in values.enumerated() { text += "\(labels[i]) \(x)\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
    return (t1 - t0, t2 - t1, note)
}

/// End to end on a workspace: each stage timed; compute = everything after the load.
func runWorkspace(_ o: Options) throws -> (load: Double, compute: Double, note: String) {
    var stages: [(String, Double)] = []
    var mark = now()
    func stage(_ name: String) {
        let t = now()
        stages.append((name, t - mark))
        FileHandle.standardError.write(Data("  \(name): \(String(format: "%.2f", t - mark)) s\n".utf8))
        mark = t
    }

    let t0 = now()
    let (workspace, _) = try WorkspaceLoader.load(from: o.input)
    stage("load")
    let t1 = now()
    let network = try AnalysisNetwork(workspace: workspace)
    let g = network.graph
    stage("ties")
    let pagerank = try g.pageRank(tolerance: 1e-10)
    // Exact betweenness on W (20,000 contacts, ~340,000 ties) is minutes of work; the end to end
    // run takes the estimate of `liaison centrality --approx 0.05` (Riondato–Kornaropoulos 2016:
    // |error| ≤ 0.05 with probability ≥ 0.9), which costs about 1,500 single-source searches.
    let betweenness = g.approximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 1, threads: o.threads).values
    stage("centrality")
    // The bridge measures of `liaison bridges` (BridgeMeasures(graph:communities:)), reusing the
    // betweenness above instead of computing it twice.
    let communities = g.communities(.leiden, CommunityOptions(seed: 1)).partition
    let measures = BridgeMeasures(betweenness: betweenness, constraint: g.burtConstraint(),
                                  communities: communities, participation: g.participationCoefficients(communities),
                                  localBridges: g.localBridges(), articulationPoints: g.articulationPoints())
    let ranking = BridgeContactRanking(graph: g, measures: measures, names: network.names, ego: network.ego)
    stage("bridges")
    // The plan of `liaison plan` for the workspace's goals, from the tie strengths above.
    var asks = 0
    if let me = workspace.me, let ties = network.ties {
        let goals = workspace.config.goals
        let planner = workspace.introductionPlanner(strengths: ties, qualityModel: workspace.config.quality,
                                                    ego: me, options: PlanningOptions())
        asks = try planner.plan(goals: goals).asks.count
    }
    stage("plan")
    // The summary view of `liaison render` (above 500 nodes): sized by degree, grouped by the
    // Leiden communities above, bridges and local bridges marked, laid out and drawn as SVG.
    let degree = NodeMeasure(name: "degree", values: (0 ..< g.nodeCount).map { Double(g.degree($0)) })
    var isBridge = [Bool](repeating: false, count: g.edgeCount)
    for e in g.bridges() { isBridge[e] = true }
    let input = DrawingInput(graph: g, ids: network.ids, names: network.names, size: degree,
                             groups: (communities.community.map(Int.init), (0 ..< communities.count).map { "community \($0 + 1)" }, "community"),
                             bridges: isBridge, localBridges: g.neighborhoodOverlap().map { $0 == 0 })
    let svg = try NetworkRenderer().render(NetworkView.drawing(input), format: .svg)
    stage("render")
    // As for the graph workloads: the clock stops before the workspace and its graph are freed.
    let t2 = withExtendedLifetime((workspace, network, pagerank, betweenness, ranking, svg)) { now() }
    let shape = "\(g.nodeCount) contacts, \(g.edgeCount) ties"
    let timings = stages.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: ", ")
    return (t1 - t0, t2 - t1, "\(shape), \(asks) asks planned, SVG \(svg.data.count / 1024) KiB; \(timings)")
}

AllocatorTuning.forLargeGraphs()   // as the liaison command does
let options = Options(Array(CommandLine.arguments.dropFirst()))
do {
    let r = options.workload == "workspace" ? try runWorkspace(options) : try runGraphWorkload(options)
    let line: JSONValue = .object([
        ("tool", .string("liaison")), ("workload", .string(options.workload)), ("input", .string(options.input)),
        ("threads", .integer(options.threads ?? 0)),
        ("load_s", .number(r.load)), ("compute_s", .number(r.compute)),
        ("peak_rss_kb", .integer(peakRSSKiB())), ("note", .string(r.note)),
    ])
    print(line.serialized(pretty: false))
} catch {
    fail("\(error)")
}
