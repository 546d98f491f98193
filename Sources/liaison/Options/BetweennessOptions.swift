//===----------------------------------------------------------------------===//
// --exact / --approx EPS: how betweenness is computed (BetweennessPolicy)
//===----------------------------------------------------------------------===//

import ArgumentParser
import Liaison

/// The betweenness options of `bridges`, `report`, `render` and `centrality`. Without either,
/// exact below about a second of work and the (ε 0.05, δ 0.1) estimate above.
struct BetweennessOptions: ParsableArguments {
    @Flag(help: "Compute betweenness exactly, however long it takes (default: exact on small networks, estimated on large ones).")
    var exact = false

    @Option(name: .customLong("approx"), help: ArgumentHelp(
        "Estimate betweenness within EPS (absolute, normalised scale) with probability 0.9.", valueName: "EPS"))
    var approximate: Double?

    func validate() throws {
        if let e = approximate, !(e > 0 && e < 1) { throw ValidationError("--approx must be in (0, 1), got \(e)") }
        if exact && approximate != nil { throw ValidationError("--exact and --approx exclude each other") }
    }

    var policy: BetweennessPolicy {
        if exact { return .exact }
        if let approximate { return .approximate(epsilon: approximate) }
        return .automatic
    }
}
