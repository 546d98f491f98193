//===----------------------------------------------------------------------===//
// ReachReport as the table and CSV of `liaison reach` (JSON: ReachReport.json)
//===----------------------------------------------------------------------===//

import Foundation

extension ReachReport {
    /// The report in `format`; the table lists the first `top` weak ties.
    public func formatted(_ format: ResultFormat, top: Int) -> String {
        switch format {
        case .json: json().serialized(pretty: true) + "\n"
        case .csv: csv()
        case .table: table(top: top)
        }
    }

    private func csv() -> String {
        var w = CSVWriter()
        let ids = self.network.ids, names = self.network.names
        if let r = self.reach {
            w.row(["id", "name", "strength", "weak", "reach", "unique_contacts", "unique_communities", "new_communities"])
            for t in r.ties {
                w.text(ids[t.contact]); w.text(names[t.contact]); w.number(t.strength); w.bool(t.isWeak)
                w.number(t.reach); w.number(t.uniqueContacts.count); w.number(t.uniqueCommunities.count)
                w.number(t.newCommunities.count); w.endRow()
            }
        } else {
            let o = self.onnela
            w.row(["fraction_removed", "weak_first", "strong_first", "random"])
            for i in o.fractions.indices {
                w.number(o.fractions[i]); w.number(o.weakFirst[i]); w.number(o.strongFirst[i]); w.number(o.randomOrder[i]); w.endRow()
            }
        }
        return w.output
    }

    private func table(top: Int) -> String {
        var out = ""
        let names = self.network.names
        func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "–" : String(format: "%.0f%%", 100 * Double(a) / Double(b)) }
        if let r = self.reach {
            out += "Weak-tie reach of \(TextTable.sanitize(names[r.ego])) within \(r.hops) hop\(r.hops == 1 ? "" : "s") " +
                "(strong tie: weight ≥ \(CSVWriter.format(r.strongThreshold)))\n"
            out += "  reachable with strong ties only: \(r.strongOnly.count)\n"
            out += "  reachable with any ties:         \(r.anyTies.count)\n"
            out += "  only through a weak tie:         \(r.onlyThroughWeak.count) (\(pct(r.onlyThroughWeak.count, r.anyTies.count)) of the reach)\n\n"
            let weak = r.weakTies
            if weak.isEmpty {
                out += "No weak ties.\n\n"
            } else {
                out += "Weak ties by unique reach. unique: contacts reached through no other of your ties; "
                    + "new communities: communities reached through this tie and through none of your strong ties "
                    + "(your own community not counted).\n"
                var t = TextTable(headers: ["contact", "strength", "reach", "unique", "new communities", "e.g."],
                                  alignments: [.left, .right, .right, .right, .right, .left])
                for tie in weak.prefix(top) {
                    let named = tie.uniqueContacts.prefix(3).map { names[$0] }.joined(separator: ", ")
                    let examples = named.isEmpty ? "—" : named
                    t.append([names[tie.contact], String(format: tie.strength < 0.01 ? "%.2g" : "%.2f", tie.strength), String(tie.reach),
                              String(tie.uniqueContacts.count), String(tie.newCommunities.count), examples])
                }
                out += t.rendered()
                if weak.count > top { out += "… and \(weak.count - top) more weak ties (--top)\n" }
                out += "\n"
            }
        }
        let o = self.onnela
        out += "Onnela test: largest component (share of \(o.initialLargest) nodes) as ties are removed\n"
        var t = TextTable(headers: ["ties removed", "weak first", "strong first", "random"],
                          alignments: [.right, .right, .right, .right])
        for i in o.fractions.indices {
            t.append([String(format: "%.0f%%", 100 * o.fractions[i]), String(format: "%.3f", o.weakFirst[i]),
                      String(format: "%.3f", o.strongFirst[i]), String(format: "%.3f", o.randomOrder[i])])
        }
        out += t.rendered()
        out += self.onnelaVerdict + "\n"
        if let s = self.overlapStrength {
            out += "Overlap vs strength over \(s.ties) ties: Pearson r = \(s.pearson.map { String(format: "%.3f", $0) } ?? "–"), " +
                "Spearman ρ = \(s.spearman.map { String(format: "%.3f", $0) } ?? "–")\n"
        }
        return out
    }
}
