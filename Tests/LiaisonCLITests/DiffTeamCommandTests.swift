import Foundation
import Testing

/// `liaison diff` and the team options of plan, reach and bridges, end to end (issue 15 items 3, 4).
@Suite struct DiffTeamCommandTests {
    let demo = packageRoot.appendingPathComponent("data/demo").path
    let team = packageRoot.appendingPathComponent("data/team").path

    @Test func diffFormatsAgree() throws {
        let csv = try runLiaison(["diff", demo, "--since", "2026-08-22", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first == "section,change,id,name,other_id,other_name,before,after,class_before,class_after,date,detail")
        let json = try runLiaison(["diff", demo, "--since", "2026-08-22", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["since"] as? String == "2026-08-22" && object["as_of"] as? String == "2026-11-20")
        #expect((object["ties"] as! [Any]).count == rows.filter { $0.hasPrefix("tie,") }.count)
        let table = try runLiaison(["diff", demo, "--since", "2026-08-22"])
        #expect(table.stdout.hasPrefix("Changes from 2026-08-22 to 2026-11-20 (90 days).\n"))
    }

    @Test func diffNeedsAnEarlierSince() throws {
        let r = try runLiaison(["diff", demo, "--since", "2026-12-01"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--since 2026-12-01 must be before the date compared with (2026-11-20)"))
        let bad = try runLiaison(["diff", demo, "--since", "2026-13-01"])
        #expect(bad.status == 64)
        #expect(try runLiaison(["diff", demo]).status == 64)
    }

    @Test func teamPlanNamesSophieForTheLondonInvestors() throws {
        let r = try runLiaison(["plan", team, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let asks = object["asks"] as! [[String: Any]]
        let byTarget = Dictionary(uniqueKeysWithValues: asks.map { (($0["target"] as! [String: Any])["id"] as! String, $0) })
        for investor in ["jack-brown", "henry-wilson"] {
            let ask = try #require(byTarget[investor])
            #expect((ask["asker"] as! [String: Any])["id"] as? String == "sophie-turner")
            #expect(ask["path"] as? [String] == ["sophie-turner", "alice-thompson", investor])
        }
        // One member alone is the single-owner plan of their own touches.
        let sophie = try runLiaison(["plan", team, "--member", "Sophie Turner"])
        #expect(sophie.status == 0 && sophie.stdout.hasPrefix("Introduction plan for Sophie Turner as of 2026-11-20"))
        let stranger = try runLiaison(["plan", team, "--member", "alice-thompson"])
        #expect(stranger.status == 64 && stranger.stderr.contains("--member alice-thompson is not on the team"))
    }

    @Test func teamReachAndBridges() throws {
        let reach = try runLiaison(["reach", team, "--format", "csv"])
        #expect(reach.status == 0, "\(reach.stderr)")
        let rows = reach.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "member,name,strong_only,any_ties,only_through_weak,only_this_member")
        #expect(rows.count == 5 && rows[1].hasPrefix("alexey-voronov,") && rows[4].hasPrefix(",the team,"))
        let member = try runLiaison(["reach", team, "--member", "jonas-weber", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(member.stdout.utf8)) as! [String: Any]
        #expect((object["ego"] as! [String: Any])["id"] as? String == "jonas-weber")
        let bridges = try runLiaison(["bridges", team, "--top", "5"])
        #expect(bridges.status == 0 && bridges.stdout.contains("Who on the team knows them best"))
        // A single-owner workspace has no team: --member is its me alone, anyone else an error.
        #expect(try runLiaison(["reach", demo, "--member", "jonas-weber"]).status == 64)
    }
}
