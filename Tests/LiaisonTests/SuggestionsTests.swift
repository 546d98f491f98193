import Foundation
import Testing
@testable import Liaison

private let asOf = ISODate.parse("2026-03-14")!
private func daysAgo(_ d: Double) -> Date { asOf.addingTimeInterval(-d * 86_400) }

private func tie(_ a: Int, _ b: Int, _ s: Double, _ cls: TieClass? = nil, peak: Double? = nil, past: Double? = nil,
                 last: Date? = nil) -> Tie {
    Tie(a: ContactIndex(a), b: ContactIndex(b), strength: s, behavioural: s, components: TieComponents(), declared: nil,
        tieClass: cls ?? (s >= 0.6 ? .strong : s >= 0.3 ? .medium : .weak), level: s >= 0.6 ? .strong : s >= 0.3 ? .medium : .weak,
        firstTouch: daysAgo(900), lastTouch: last ?? daysAgo(10), touches: 5, peak: peak ?? s, past: past ?? s)
}

/// me(0); cli(1, client, logistics) 0.8; sup(2, supplier, logistics) 0.5; inv(3, investor, fintech) 0.9;
/// fou(4, co-founder, fintech) 0.4; x(5) tied to cli and inv only; old(6, investor) dormant, peak 0.8,
/// silent 400 days; fad(7) fading 0.7 → 0.3, the only way to leaf(8); low(9) dormant, peak 0.8, low value.
private func sample(introduced: Bool = false) -> (Workspace, TieStrengths, [Double]) {
    let contacts = [
        Contact(id: "me", name: "Me", kind: .me),
        Contact(id: "cli", name: "Cli", kind: .client, industry: "Logistics"),
        Contact(id: "sup", name: "Sup", kind: .supplier, industry: "logistics"),
        Contact(id: "inv", name: "Inv", kind: .investor, industry: "fintech"),
        Contact(id: "fou", name: "Fou", kind: .other, title: "Co-Founder", industry: "fintech"),
        Contact(id: "x", name: "X"),
        Contact(id: "old", name: "Old", kind: .investor),
        Contact(id: "fad", name: "Fad", kind: .client),
        Contact(id: "leaf", name: "Leaf"),
        Contact(id: "low", name: "Low", kind: .investor),
    ]
    let intros = introduced ? [Introduction(date: daysAgo(30), introducer: 0, from: 1, to: 2, status: .made)] : []
    let ws = Workspace(contacts: contacts, introductions: intros, me: 0)
    let ties = [tie(0, 1, 0.8), tie(0, 2, 0.5), tie(0, 3, 0.9), tie(0, 4, 0.4),
                tie(0, 6, 0.05, .dormant, peak: 0.8, last: daysAgo(400)),
                tie(0, 7, 0.3, .fading, past: 0.7),
                tie(0, 9, 0.05, .dormant, peak: 0.8, last: daysAgo(400)),
                tie(1, 5, 0.5), tie(3, 5, 0.5), tie(7, 8, 0.5)]
    let strengths = TieStrengths(asOf: asOf, model: TieStrengthModel(), ties: ties)
    var value = [Double](repeating: 0.3, count: contacts.count)
    value[6] = 0.9; value[9] = 0.1
    return (ws, strengths, value)
}

@Test func introductionSuggestionsCombineComplementAndMutualContacts() {
    let (ws, strengths, value) = sample()
    let s = ws.suggestions(ego: 0, strengths: strengths, value: value, valuable: 0.5)
    // Best first, each person at most once: cli–sup, inv–fou; cli–inv (mutual contact x) shares
    // cli and inv with the two above and is left out.
    #expect(s.introductions.map { [$0.a, $0.b] } == [[1, 2], [3, 4]])
    // By hand: √(0.8·0.5)·1; √(0.9·0.4)·1.
    #expect(abs(s.introductions[0].score - (0.8 * 0.5).squareRoot()) < 1e-12)
    #expect(abs(s.introductions[1].score - 0.6) < 1e-12)
    #expect(s.introductions[0].complement == "a client and a supplier in Logistics")
    #expect(s.introductions[1].complement == "a founder and an investor in fintech")
    // An introduction already made is not suggested again: with cli–sup made, cli is free for
    // cli–inv, but inv is in inv–fou (0.6 > its score): still one pair.
    let (ws2, strengths2, value2) = sample(introduced: true)
    #expect(ws2.suggestions(ego: 0, strengths: strengths2, value: value2, valuable: 0.5).introductions.map { [$0.a, $0.b] }
            == [[3, 4]])
    // With inv–fou made too, cli–inv comes through: √(0.8·0.9)·(AA/(1+AA)), AA = 1/ln 2 (x has degree 2).
    var ws3 = ws2
    ws3.introductions.append(Introduction(date: daysAgo(20), introducer: 0, from: 3, to: 4, status: .made))
    let third = ws3.suggestions(ego: 0, strengths: strengths2, value: value2, valuable: 0.5).introductions
    let aa = 1 / log(2.0)
    #expect(third.map { [$0.a, $0.b] } == [[1, 3]])
    #expect(abs(third[0].score - (0.8 * 0.9).squareRoot() * aa / (1 + aa)) < 1e-12)
    #expect(abs(third[0].adamicAdar - aa) < 1e-12 && abs(third[0].resourceAllocation - 0.5) < 1e-12)
    #expect(third[0].mutualContacts == 1 && third[0].complement == nil)
}

@Test func dormantFadingAndBridgesAtRisk() {
    let (ws, strengths, value) = sample()
    let s = ws.suggestions(ego: 0, strengths: strengths, value: value, valuable: 0.5)
    // old: dormant, once strong, valuable → revive; low: same but not valuable → not.
    #expect(s.revive.map(\.contact) == [6])
    #expect(s.fading.map(\.contact) == [7])
    // fad is the only way to leaf: a bridge at risk with unique reach 1; old and low reach nobody else.
    #expect(s.bridgesAtRisk.map(\.contact) == [7])
    #expect(s.bridgesAtRisk[0].uniqueReach == 1)
    // top limits each list.
    #expect(ws.suggestions(ego: 0, strengths: strengths, value: value, valuable: 0.5, top: 1).introductions.count == 1)
}

@Test func noIntroductionBetweenPeopleOfTheSameOrganisation() {
    // cli (client) and sup (supplier), both in logistics, complement each other: pair [1, 2] is
    // suggested above. At "Kestrel Ventures" and "kestrel  ventures" (folded: the same firm) they
    // already know each other's company: the pair is dropped, the others stay.
    let (base, strengths, value) = sample()
    var contacts = base.contacts
    contacts[1].organization = "Kestrel Ventures"
    contacts[2].organization = "KESTREL VENTURES"
    let ws = Workspace(contacts: contacts, introductions: [], me: 0)
    // (cli–inv, next, shares inv with inv–fou: each person once.)
    #expect(ws.suggestions(ego: 0, strengths: strengths, value: value, valuable: 0.5).introductions.map { [$0.a, $0.b] }
            == [[3, 4]])
    #expect(Workspace.sameOrganization(Contact(id: "a", name: "A", organization: "Ромашка"),
                                       Contact(id: "b", name: "B", organization: "РОМАШКА")))
    #expect(!Workspace.sameOrganization(Contact(id: "a", name: "A"), Contact(id: "b", name: "B")))
}

@Test func bridgesAtRiskOnlyWhenTheTieReallyWeakened() {
    // me(0) – a(1) – a2(2) and me – b(3) – b2(4): a and b are each the only way to their leaf.
    // a: dormant, 0.001 now and 0.004 one window ago ("0.00 → 0.00", lost long before): not at risk.
    // b: fading 0.70 → 0.30, a loss of 0.40 = 57% ≥ the 30% fading share: at risk.
    let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "a", name: "A"), Contact(id: "a2", name: "A2"),
                    Contact(id: "b", name: "B"), Contact(id: "b2", name: "B2")]
    let ws = Workspace(contacts: contacts, introductions: [], me: 0)
    let ties = [tie(0, 1, 0.001, .dormant, peak: 0.8, past: 0.004, last: daysAgo(500)), tie(1, 2, 0.5),
                tie(0, 3, 0.3, .fading, past: 0.7), tie(3, 4, 0.5)]
    let strengths = TieStrengths(asOf: asOf, model: TieStrengthModel(), ties: ties)
    let s = ws.suggestions(ego: 0, strengths: strengths, value: [Double](repeating: 0.3, count: 5), valuable: 0.5)
    #expect(s.bridgesAtRisk.map(\.contact) == [3])
    #expect(s.text(in: ws).contains("your tie is fading (0.70 → 0.30 over 180 days, −57%)"))
    #expect(!s.text(in: ws).contains("0.00 → 0.00"))
}

@Test func contactsUnderReviewAreNotOfferedForIntroductions() {
    // The same sample with cli (1) under review in `contacts`: the pairs [1, 2] and [1, 3] go, [3, 4] stays.
    let (ws, strengths, value) = sample()
    let s = ws.suggestions(ego: 0, strengths: strengths, value: value, valuable: 0.5, underReview: [1])
    #expect(s.introductions.map { [$0.a, $0.b] } == [[3, 4]])
}
