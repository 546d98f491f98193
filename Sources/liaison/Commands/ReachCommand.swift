import ArgumentParser
import Foundation
import Liaison
import LiaisonGraph

/// `liaison reach`: weak-tie reach of an ego and the Onnela test (SPEC §5.6).
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "How far your weak ties reach, and whether weak ties hold the network together.",
        discussion: """
        For an ego (--ego, or the workspace's `me`): the contacts reachable within --hops hops using \
        strong ties only, using any ties, and only through at least one weak tie; and for each weak \
        tie, its unique reach — the contacts and communities reached through it and through no other \
        of the ego's ties (Granovetter 1973). With --edges, a tie is strong when its weight is at \
        least --strong (default: the median weight; with a workspace, the strong-class threshold of \
        the tie-strength model, 0.6 unless liaison.toml says otherwise).

        For the whole network, the Onnela test (Onnela et al. 2007): the size of the largest \
        component, relative to the whole graph's, as ties are removed weakest first, strongest first \
        and at random; a smaller area under the weak-first curve means weak ties hold the network \
        together. Equal weights are ordered by a seeded shuffle (--seed).

        Output fields. csv: with an ego, one row per tie of the ego: \
        id,name,strength,weak,reach,unique_contacts,unique_communities; without an ego, the Onnela \
        table: fraction_removed,weak_first,strong_first,random. json: ego {id, name, hops, \
        strong_threshold, strong_only, any_ties, only_through_weak, only_through_weak_ids, ties \
        [{id, name, strength, weak, reach, unique_contacts, unique_communities}]}, communities, onnela \
        {initial_largest_component, fractions_removed, weak_first, strong_first, random, \
        weak_first_area, strong_first_area, random_area, weak_ties_hold_network_together}, \
        overlap_strength {ties, pearson, spearman, deciles [{strength, overlap}]} (neighbourhood overlap \
        of each tie vs its strength; Onnela et al. found a positive correlation for phone calls).

        EXAMPLES:
          liaison reach --edges calls.csv --ego anna
          liaison reach --edges calls.csv --ego anna --hops 3 --strong 5
          liaison reach --edges calls.csv --format json > reach.json
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "The ego's id (default: the workspace's `me`).")
    var ego: String?

    @Option(help: "Hops from the ego (1 or more).")
    var hops: Int = 2

    @Option(help: ArgumentHelp("A tie is strong when its weight is at least this (default: the median weight).",
                               valueName: "W"))
    var strong: Double?

    @Option(help: "Steps of the Onnela table (fractions 0, 1/steps, …, 1).")
    var steps: Int = 10

    @Option(help: "Seed of the communities and of the order of equal-weight ties.")
    var seed: UInt64 = 0

    @Option(help: "Weak ties listed in the table.")
    var top: Int = 10

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        guard hops >= 1 else { throw ValidationError("--hops must be at least 1") }
        guard steps >= 1 && steps <= 1000 else { throw ValidationError("--steps must be between 1 and 1000") }
        if let strong, !(strong.isFinite && strong > 0) { throw ValidationError("--strong must be a positive number") }
    }

    func run() throws {
        try reportingErrors {
            let net = try input.loadNetwork()
            let g = net.graph.isDirected ? net.graph.undirected() : net.graph
            var egoIndex = net.ego
            if let ego {
                guard let i = net.network.index(of: ego) else {
                    printError("liaison: no contact with id \"\(ego)\" in the network")
                    throw ExitCode(Exit.dataError)
                }
                egoIndex = i
            }
            if egoIndex == nil && format == .table {
                printError("note: no ego (give --ego ID); showing the network-wide part only")
            }
            // Workspace: the model's strong class threshold; plain graph: the median weight.
            let threshold = strong ?? net.workspace.map { $0.config.tieStrength.strongThreshold }
                ?? g.medianWeight()
            let communities = g.leidenCommunities(.init(seed: seed)).partition
            let report = ReachReport(network: net, ego: egoIndex, hops: hops, strongThreshold: threshold,
                                     communities: communities, overlap: g.neighborhoodOverlap(), steps: steps, seed: seed)
            switch format {
            case .json: print(report.json().serialized(pretty: true))
            case .csv: print(csv(report), terminator: "")
            case .table: print(table(report), terminator: "")
            }
        }
    }

    private func csv(_ report: ReachReport) -> String {
        var w = CSVWriter()
        let ids = report.network.ids, names = report.network.names
        if let r = report.reach {
            w.row(["id", "name", "strength", "weak", "reach", "unique_contacts", "unique_communities"])
            for t in r.ties {
                w.text(ids[t.contact]); w.text(names[t.contact]); w.number(t.strength); w.bool(t.isWeak)
                w.number(t.reach); w.number(t.uniqueContacts.count); w.number(t.uniqueCommunities.count); w.endRow()
            }
        } else {
            let o = report.onnela
            w.row(["fraction_removed", "weak_first", "strong_first", "random"])
            for i in o.fractions.indices {
                w.number(o.fractions[i]); w.number(o.weakFirst[i]); w.number(o.strongFirst[i]); w.number(o.randomOrder[i]); w.endRow()
            }
        }
        return w.output
    }

    private func table(_ report: ReachReport) -> String {
        var out = ""
        let names = report.network.names
        func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "–" : String(format: "%.0f%%", 100 * Double(a) / Double(b)) }
        if let r = report.reach {
            out += "Weak-tie reach of \(TextTable.sanitize(names[r.ego])) within \(r.hops) hop\(r.hops == 1 ? "" : "s") " +
                "(strong tie: weight ≥ \(CSVWriter.format(r.strongThreshold)))\n"
            out += "  reachable with strong ties only: \(r.strongOnly.count)\n"
            out += "  reachable with any ties:         \(r.anyTies.count)\n"
            out += "  only through a weak tie:         \(r.onlyThroughWeak.count) (\(pct(r.onlyThroughWeak.count, r.anyTies.count)) of the reach)\n\n"
            let weak = r.weakTies
            if weak.isEmpty {
                out += "No weak ties.\n\n"
            } else {
                out += "Weak ties by unique reach (contacts and communities reached through no other of your ties):\n"
                var t = TextTable(headers: ["contact", "strength", "reach", "unique", "new communities", "e.g."],
                                  alignments: [.left, .right, .right, .right, .right, .left])
                for tie in weak.prefix(top) {
                    let examples = tie.uniqueContacts.filter { $0 != tie.contact }.prefix(3).map { names[$0] }.joined(separator: ", ")
                    t.append([names[tie.contact], String(format: tie.strength < 0.01 ? "%.2g" : "%.2f", tie.strength), String(tie.reach),
                              String(tie.uniqueContacts.count), String(tie.uniqueCommunities.count), examples])
                }
                out += t.rendered()
                if weak.count > top { out += "… and \(weak.count - top) more weak ties (--top)\n" }
                out += "\n"
            }
        }
        let o = report.onnela
        out += "Onnela test: largest component (share of \(o.initialLargest) nodes) as ties are removed\n"
        var t = TextTable(headers: ["ties removed", "weak first", "strong first", "random"],
                          alignments: [.right, .right, .right, .right])
        for i in o.fractions.indices {
            t.append([String(format: "%.0f%%", 100 * o.fractions[i]), String(format: "%.3f", o.weakFirst[i]),
                      String(format: "%.3f", o.strongFirst[i]), String(format: "%.3f", o.randomOrder[i])])
        }
        out += t.rendered()
        out += report.onnelaVerdict + "\n"
        if let s = report.overlapStrength {
            out += "Overlap vs strength over \(s.ties) ties: Pearson r = \(s.pearson.map { String(format: "%.3f", $0) } ?? "–"), " +
                "Spearman ρ = \(s.spearman.map { String(format: "%.3f", $0) } ?? "–")\n"
        }
        return out
    }
}
