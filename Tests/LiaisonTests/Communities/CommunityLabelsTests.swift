import Testing
import LiaisonGraph
@testable import Liaison

/// Communities named by what their members share (issue 14, item 4), checked against the rule
/// worked by hand for each community.
@Suite struct CommunityLabelsTests {
    static func person(_ id: String, _ industry: String, _ org: String, _ city: String) -> Contact {
        Contact(id: id, name: id, organization: org, industry: industry, city: city)
    }

    @Test func labelsFollowTheRule() {
        let contacts = [
            // community 1: industry fintech 3 of 4 set (≥ half, ≥ 2) kept; organisations A, B, C
            // once each (fewer than 2) dropped; city London 3 of 3 set kept → "fintech · London".
            Self.person("a1", "fintech", "A", "London"), Self.person("a2", "fintech", "B", "London"),
            Self.person("a3", "fintech", "", "London"), Self.person("a4", "logistics", "C", ""),
            // community 2: logistics 2 of 2 set; X 2 of 3; cities once each → two values kept
            // already: "logistics · X".
            Self.person("b1", "logistics", "X", "Warsaw"), Self.person("b2", "logistics", "X", "Berlin"),
            Self.person("b3", "", "Y", "Kazan"),
            // community 3: nothing shared by 2 → "community 3".
            Self.person("c1", "health", "P", "Oslo"), Self.person("c2", "retail", "Q", "Rome"),
            // community 4: the same as community 1 → "fintech · London (2)".
            Self.person("d1", "fintech", "", "London"), Self.person("d2", "fintech", "", "London"),
            // community 5: fintech 2 and health 2 of 4 set: a tie broken by Unicode order, and
            // 2 of 4 is exactly half (kept); city London 2 of 2 → "fintech · London (3)".
            Self.person("e1", "health", "", ""), Self.person("e2", "fintech", "", "London"),
            Self.person("e3", "health", "", ""), Self.person("e4", "fintech", "", "London"),
            // community 6: one member has "kazan" once and two have " Kazan " (trimmed) → organisation
            // none; city Kazan 2 of 3 → "Kazan".
            Self.person("f1", "", "", " Kazan "), Self.person("f2", "", "", "Kazan"), Self.person("f3", "", "", "kazan"),
        ]
        let members = [[0, 1, 2, 3], [4, 5, 6], [7, 8], [9, 10], [11, 12, 13, 14], [15, 16, 17]]
        #expect(CommunityLabels.labels(members: members, contacts: contacts)
                == ["fintech · London", "logistics · X", "community 3", "fintech · London (2)", "fintech · London (3)", "Kazan"])
    }

    @Test func underHalfIsNotShared() {
        // 2 of 5 members with industry set share "fintech" (the rest all different): 2 < 5/2 → dropped.
        let contacts = ["fintech", "fintech", "a", "b", "c"].enumerated().map { Self.person("p\($0.offset)", $0.element, "", "") }
        #expect(CommunityLabels.labels(members: [[0, 1, 2, 3, 4]], contacts: contacts) == ["community 1"])
        // 2 of 4: exactly half → kept.
        #expect(CommunityLabels.labels(members: [[0, 1, 2, 3]], contacts: contacts) == ["fintech"])
    }

    /// The second value is judged among the holders of the first: three fintech people in Moscow,
    /// Kazan and nowhere, three Berliners in health, retail and law. Industry: fintech 3 of 6 set
    /// (exactly half) → kept. City among the three fintech people: Moscow once, Kazan once → none.
    /// Over the whole community Berlin would be 3 of 5 set and give "fintech · Berlin", a label
    /// that fits nobody.
    @Test func secondValueDescribesTheSamePeople() {
        let contacts = [
            Self.person("f1", "fintech", "", "Moscow"), Self.person("f2", "fintech", "", "Kazan"),
            Self.person("f3", "fintech", "", ""), Self.person("b1", "health", "", "Berlin"),
            Self.person("b2", "retail", "", "Berlin"), Self.person("b3", "law", "", "Berlin"),
        ]
        #expect(CommunityLabels.labels(members: [[0, 1, 2, 3, 4, 5]], contacts: contacts) == ["fintech"])
    }

    @Test func plainGraphsNumberTheirCommunities() {
        #expect(CommunityLabels.labels(members: [[0], [1, 2]], contacts: nil) == ["community 1", "community 2"])
    }

    /// Bridge sides over attribute groups: Vera (4) is tied to Anna (0) and Tom (1), fintech,
    /// weight 0.9, to Ola (2) and Piotr (3), logistics, 0.5, and to me (5), who is left out. Two
    /// groups of two; fintech's summed weight 1.8 beats 1.0 → fintech first; equal weights by name.
    @Test func bridgeSidesNameTheGroupsAndPeople() throws {
        let g = try Graph(nodeCount: 6, sources: [4, 4, 4, 4, 4], targets: [0, 1, 2, 3, 5], weights: [0.9, 0.9, 0.5, 0.5, 1])
        let names = ["Tom Baker", "Anna Ivanova", "Piotr Nowak", "Ola Kowalska", "Vera", "me"]
        let sides = BridgeSides(groups: [0, 0, 1, 1, 2, 3], labels: [0: "fintech", 1: "logistics", 2: "consulting", 3: "x"])
        let s = sides.sides(of: 4, in: g, names: names, excluding: 5)
        #expect(s.map(\.label) == ["fintech", "logistics"])
        #expect(s.map(\.people) == [[1, 0], [3, 2]])
        #expect(BridgeSides.phrase(s, names: names)
                == "connects fintech (Anna Ivanova, Tom Baker) with logistics (Ola Kowalska, Piotr Nowak)")
        // By city: everyone in one city → one group → no sides.
        let oneCity = BridgeSides(groups: [0, 0, 0, 0, 0, 0], labels: [0: "London"])
        #expect(oneCity.sides(of: 4, in: g, names: names, excluding: 5).isEmpty)
        // Members without the attribute (negative group) are left out.
        let partial = BridgeSides(groups: [0, -2, 1, -4, 0, 0], labels: [0: "London", 1: "Warsaw"])
        #expect(BridgeSides.phrase(partial.sides(of: 4, in: g, names: names, excluding: 5), names: names)
                == "connects London (Tom Baker) with Warsaw (Piotr Nowak)")
    }
}
