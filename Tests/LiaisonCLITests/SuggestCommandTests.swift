import Foundation
import Testing

@Suite struct SuggestCommandTests {
    func workspace(withMe: Bool = true) throws -> URL {
        let dir = try temporaryDirectory()
        try """
        id,name,kind,organization,title,industry,city,tags
        me,Alex Morgan,\(withMe ? "me" : "other"),,,,,
        cli,Клиент Один,client,Nord Cargo,,logistics,,
        sup,Supplier Two,supplier,Trucks Ltd,,logistics,,
        """.write(to: dir.appendingPathComponent("contacts.csv"), atomically: true, encoding: .utf8)
        try "a,b,strength\nme,cli,0.9\nme,sup,0.8\n"
            .write(to: dir.appendingPathComponent("ties.csv"), atomically: true, encoding: .utf8)
        try "as_of = 2026-03-14\n".write(to: dir.appendingPathComponent("liaison.toml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func suggestsComplementaryIntroductions() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runLiaison(["suggest", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let intros = object["introductions"] as! [[String: Any]]
        #expect(intros.count == 1)
        #expect((intros[0]["a"] as? [String: Any])?["id"] as? String == "cli")
        #expect((intros[0]["b"] as? [String: Any])?["id"] as? String == "sup")
        #expect(intros[0]["complement"] as? String == "a client and a supplier in logistics")
        for key in ["revive", "fading", "bridges_at_risk"] { #expect(object[key] is [Any]) }
        let text = try runLiaison(["suggest", dir.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("1. Introduce Клиент Один (client at Nord Cargo, logistics) to Supplier Two (supplier at Trucks Ltd, logistics): a client and a supplier in logistics"))
    }

    @Test func withoutAnEgoItIsAUsageError() throws {
        let dir = try workspace(withMe: false)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runLiaison(["suggest", dir.path])
        #expect(r.status == 64 && r.stderr.contains("--ego"))
        #expect(try runLiaison(["suggest", dir.path, "--ego", "me"]).status == 0)
    }
}
