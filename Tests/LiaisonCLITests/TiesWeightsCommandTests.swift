import Foundation
import Testing

/// A workspace with 600 days of calls between me and 150 contacts: contact i calls every
/// 10–70 days and stops on a day of its own, so that in each hold-out window some pairs are still
/// active and some are not (enough history for `--weights fitted` to fit).
private func writeHistoryWorkspace() throws -> URL {
    let dir = try temporaryDirectory()
    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }
    var contacts = ["id,name,kind", "me,Me,me"]
    var rows = ["date,from,to,channel,reply_hours"]
    let asOf = Date(timeIntervalSince1970: 20_605 * 86_400)  // 2026-06-01
    let format = ISO8601DateFormatter()
    format.formatOptions = [.withFullDate]
    for i in 1...150 {
        contacts.append("c\(i),Контакт \(i),client")
        let period = 10 + (i % 7) * 10
        let stop = -600 + (i * 37) % 700  // some never stop (stop ≥ 0)
        var d = -600 + (i % 10)
        while d < min(stop, 0) {
            let when = format.string(from: asOf.addingTimeInterval(Double(d) * 86_400))
            rows.append(i % 2 == 0 ? "\(when),me,c\(i),call," : "\(when),c\(i),me,call,")
            d += period
        }
    }
    // A row after as_of: never read.
    rows.append("2026-07-01,me,c1,call,")
    try write("contacts.csv", contacts.joined(separator: "\n") + "\n")
    try write("interactions.csv", rows.joined(separator: "\n") + "\n")
    try write("liaison.toml", "me = \"me\"\nas_of = 2026-06-01\n")
    return dir
}

@Suite struct TiesWeightsCommandTests {
    @Test func fittedWeightsAreReportedInEveryFormat() throws {
        let ws = try writeHistoryWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }

        let csv = try runLiaison(["ties", ws.path, "--format", "csv", "--top", "0", "--weights", "fitted"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(",embeddedness,declared,weights,holdout_auc,holdout_auc_default") == true)
        let cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let used = cells[cells.count - 3]
        #expect(used == "fitted" || used == "default")
        #expect(csv.stderr.contains("weights: \(used)"))
        #expect(csv.stderr.contains("hold-out (2025-12-03, 2026-06-01]"))  // h = 180 days
        // Every row carries the same metadata.
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix("," + cells.suffix(3).joined(separator: ",")) })
        let aucUsed = try #require(Double(cells[cells.count - 2]))
        let aucDefault = try #require(Double(cells[cells.count - 1]))
        #expect(aucUsed > 0.5 && aucDefault > 0.5)
        if used == "fitted" { #expect(aucUsed >= aucDefault) } else { #expect(aucUsed == aucDefault) }

        let json = try runLiaison(["ties", ws.path, "--format", "json", "--weights", "fitted"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let weights = try #require(object["weights"] as? [String: Any])
        #expect(weights["used"] as? String == used)
        #expect(weights["requested"] as? String == "fitted")
        #expect((weights["horizon_days"] as? NSNumber)?.doubleValue == 180)
        #expect(weights["holdout_from"] as? String == "2025-12-03")
        #expect(((weights["holdout_pairs"] as? NSNumber)?.intValue ?? 0) >= 40)
        let components = try #require(weights["components"] as? [String: Any])
        #expect(components.count == 8 && components.values.allSatisfy { (($0 as? NSNumber)?.doubleValue ?? -1) >= 0 })
        // The time scales of the model used: every one positive; with the default weights, the published
        // ones and no prior λ.
        for key in ["recency_half_life_days", "volume_half_life_days", "intensity_scale", "frequency_scale",
                    "duration_scale_days"] {
            #expect(((weights[key] as? NSNumber)?.doubleValue ?? 0) > 0, "\(key)")
        }
        if used == "fitted" {
            #expect([1.0, 0.01].contains((weights["prior_lambda"] as? NSNumber)?.doubleValue ?? -1))
            // The chosen form's mean over the nested hold-outs is at least the default's there.
            let nested = (weights["nested_holdouts"] as? NSNumber)?.intValue ?? 0
            #expect((1...3).contains(nested))
            #expect(((weights["nested_mean_auc_fitted"] as? NSNumber)?.doubleValue ?? -1)
                    >= ((weights["nested_mean_auc_default"] as? NSNumber)?.doubleValue ?? 2))
            #expect(json.stderr.contains("prior λ"), "\(json.stderr)")
        } else {
            #expect((weights["volume_half_life_days"] as? NSNumber)?.doubleValue == 180)
            #expect(weights["prior_lambda"] is NSNull)
        }

        let table = try runLiaison(["ties", ws.path, "--weights", "fitted"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("\nweights: \(used)"))
        #expect(table.stdout.contains("ROC AUC fitted"))
    }

    @Test func defaultWeightsAreTheConfiguredOnesAndSaySo() throws {
        let ws = try writeHistoryWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let plain = try runLiaison(["ties", ws.path, "--format", "csv", "--top", "0"])
        let explicit = try runLiaison(["ties", ws.path, "--format", "csv", "--top", "0", "--weights", "default"])
        #expect(explicit.status == 0, "\(explicit.stderr)")
        #expect(explicit.stderr.contains("weights: default (liaison.toml [tie_strength.weights])"))
        // The same strengths as without --weights, with the metadata columns appended.
        let a = plain.stdout.split(separator: "\n").map(String.init)
        let b = explicit.stdout.split(separator: "\n").map(String.init)
        #expect(a.count == b.count && a.count > 100)
        for (x, y) in zip(a.dropFirst(), b.dropFirst()) {
            #expect(y.hasPrefix(x + ",default,"))
        }
        let json = try runLiaison(["ties", ws.path, "--format", "json", "--weights", "default"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let weights = try #require(object["weights"] as? [String: Any])
        #expect(weights["used"] as? String == "default")
        #expect((weights["intercept"] as? NSNumber)?.doubleValue == -7.25)
        // Without --weights the JSON is what it was: no weights object.
        let bare = try runLiaison(["ties", ws.path, "--format", "json"])
        #expect(!bare.stdout.contains("\"weights\""))
    }

    @Test func badWeightsValueIsAUsageError() throws {
        let ws = try writeHistoryWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--weights", "learned"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--weights"))
        #expect(r.stdout.isEmpty)
    }

    @Test func thinHistorySaysWhyTheDefaultWasKept() throws {
        let ws = try writeTieWorkspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--format", "json", "--weights", "fitted"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("fitted weights not used: too little history"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let weights = try #require(object["weights"] as? [String: Any])
        #expect(weights["used"] as? String == "default")
        #expect((weights["fallback_reason"] as? String)?.hasPrefix("too little history") == true)
    }
}
