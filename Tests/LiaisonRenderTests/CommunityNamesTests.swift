import Testing
@testable import LiaisonRender

/// The label rule worked by hand on five communities.
@Test func communityNamesFollowTheRule() {
    // attributes: industry, organisation, city
    let rows: [(Int, [String])] = [
        // 0: logistics ×3 of 4 with an industry (kept); org all different (none kept); Hamburg ×2 of 2 (kept, but only two values).
        (0, ["logistics", "A", "Hamburg"]), (0, ["logistics", "B", "Hamburg"]), (0, ["logistics", "C", ""]), (0, ["retail", "D", ""]),
        // 1: industry 1 of 2 each (tie → "a" first, but only 1 member: not kept); org "Acme" ×2 (kept); city ×2 (kept): org · city.
        (1, ["a", "Acme", "Oslo"]), (1, ["b", "Acme", "Oslo"]),
        // 2: nothing shared: community 3.
        (2, ["x", "P", "Rome"]), (2, ["y", "Q", "Paris"]), (2, ["", "", ""]),
        // 3: the same as community 1: a duplicate.
        (3, ["", "Acme", "Oslo"]), (3, ["", "Acme", "Oslo"]),
        // 4: exactly half (2 of 4) is enough.
        (4, ["law", "", ""]), (4, ["law", "", ""]), (4, ["tax", "", ""]), (4, ["audit", "", ""]),
    ]
    let names = CommunityNames.names(community: rows.map(\.0), count: 5, attributes: rows.map(\.1))
    #expect(names == ["logistics · Hamburg", "Acme · Oslo", "community 3", "Acme · Oslo (2)", "law"])
    // No member with an attribute at all, and no members at all.
    #expect(CommunityNames.names(community: [0, -1], count: 2, attributes: [["", "", ""], ["x", "y", "z"]]) == ["community 1", "community 2"])
}
