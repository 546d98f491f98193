//===----------------------------------------------------------------------===//
// SynthPopulation: the contacts of a synthetic workspace, in communities (industry × city)
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// The contacts `synth` invents, kept only as the compact arrays the later stages need (ids as
/// bytes, community, kind, organisation number, responsiveness); names and the other text go
/// straight to contacts.csv.
///
/// A community is an (industry, city) pair. Community sizes follow the industry weights times a
/// Zipf-like city weight (1 / (rank + 1)^0.7), so a few communities are large and many are small.
struct SynthPopulation {
    let count: Int
    /// Ids, back to back; contact i is `idBytes[idStart[i] ..< idStart[i + 1]]`.
    var idBytes: [UInt8] = []
    var idStart: [Int] = [0]
    var community: [Int32] = []
    var kind: [ContactKind] = []
    /// Organisation number within the community (−1: me's own company).
    var organization: [Int32] = []
    /// Median reply time in hours of each contact.
    var replyMedian: [Float] = []
    /// Members of each community.
    var members: [[Int32]]
    var doNotAsk: [Bool] = []

    static let communityCount = SynthVocabulary.industries.count * SynthVocabulary.cities.count
    static func industry(of c: Int) -> SynthVocabulary.Industry { SynthVocabulary.industries[c / SynthVocabulary.cities.count] }
    static func city(of c: Int) -> SynthVocabulary.City { SynthVocabulary.cities[c % SynthVocabulary.cities.count] }
    static func community(industry: Int, city: Int) -> Int { industry * SynthVocabulary.cities.count + city }

    func id(_ i: Int) -> ArraySlice<UInt8> { idBytes[idStart[i] ..< idStart[i + 1]] }
    func idString(_ i: Int) -> String { String(decoding: id(i), as: UTF8.self) }

    init(count: Int) {
        self.count = count
        members = Array(repeating: [], count: Self.communityCount)
    }

    /// Invents `count` contacts (contact 0 is me) and writes contacts.csv.
    static func generate(count: Int, seed: UInt64, to writer: CSVRowWriter) -> SynthPopulation {
        var rng = SplitMix64(seed: seed, stream: 1)
        var pop = SynthPopulation(count: count)
        let cities = SynthVocabulary.cities, industries = SynthVocabulary.industries
        var weights = [Double]()
        for ind in industries {
            for (rank, _) in cities.enumerated() { weights.append(ind.weight / pow(Double(rank + 1), 0.7)) }
        }
        let communities = CumulativeSampler(weights)
        let fintech = industries.firstIndex { $0.name == "fintech" }!
        let cityWeights = cities.indices.map { 1 / pow(Double($0 + 1), 0.7) }
        let kinds: [ContactKind] = [.client, .supplier, .investor, .partner, .colleague, .mentor, .other]
        let kindWeights = [22.0, 10, 7, 14, 16, 4, 27]
        var slugCount = [String: Int](minimumCapacity: count)
        pop.idBytes.reserveCapacity(count * 16)

        writer.row(["id", "name", "kind", "organization", "title", "industry", "city", "tags", "email", "phone", "url", "notes"])
        let meCommunity = community(industry: industries.firstIndex { $0.name == "software" }!, city: 0)
        let meOrgName = organizationName(community: meCommunity, number: -1, kind: .me)

        for i in 0 ..< count {
            let kind: ContactKind = i == 0 ? .me : kinds[rng.pick(kindWeights)]
            var c: Int
            if i == 0 || kind == .colleague {
                c = kind == .colleague && rng.chance(0.3) ? community(industry: industries.firstIndex { $0.name == "software" }!,
                                                                      city: rng.pick(cityWeights)) : meCommunity
            } else if kind == .investor && rng.chance(0.45) {
                c = community(industry: fintech, city: rng.pick(cityWeights))
            } else {
                c = communities.draw(&rng)
            }
            let city = Self.city(of: c), industry = Self.industry(of: c)
            // Name: Russian (Cyrillic) or English, by the city's mix.
            let russian = rng.chance(city.russianShare)
            let female = rng.chance(0.45)
            let name: String
            if russian {
                let first = rng.element(female ? SynthVocabulary.russianFemale : SynthVocabulary.russianMale)
                let last = rng.element(SynthVocabulary.russianSurnames)
                name = first + " " + (female ? SynthVocabulary.feminine(last) : last)
            } else {
                name = rng.element(female ? SynthVocabulary.englishFemale : SynthVocabulary.englishMale) + " "
                    + rng.element(SynthVocabulary.englishSurnames)
            }
            var slug = SynthVocabulary.slug(name)
            let seen = slugCount[slug, default: 0] + 1
            slugCount[slug] = seen
            if seen > 1 { slug += "-\(seen)" }
            pop.idBytes.append(contentsOf: slug.utf8)
            pop.idStart.append(pop.idBytes.count)
            pop.community.append(Int32(c))
            pop.kind.append(kind)
            pop.members[c].append(Int32(i))
            pop.replyMedian.append(Float(rng.logNormal(median: 4, sigma: 0.9)))

            // Organisation: colleagues work at me's company; others at one of the community's
            // organisations, a few large and many small (Pareto ranks).
            let orgNumber: Int
            if i == 0 || kind == .colleague { orgNumber = -1 }
            else { orgNumber = min(400, Int(rng.pareto(xm: 1, alpha: 1.1)) - 1) }
            pop.organization.append(Int32(orgNumber))
            let org = i == 0 || kind == .colleague ? meOrgName : organizationName(community: c, number: orgNumber, kind: kind)
            let title = i == 0 ? "Founder & CEO" : rng.element(SynthVocabulary.titles[kind] ?? ["Manager"])
            var tags = [String]()
            if rng.chance(0.25) { tags.append(rng.element(SynthVocabulary.tags)) }
            if rng.chance(0.05) { tags.append(rng.element(SynthVocabulary.tags)) }
            if kind == .investor && rng.chance(0.3) { tags.append("angel") }
            let doNotAsk = i != 0 && rng.chance(0.02)
            if doNotAsk { tags.append("do-not-ask") }
            pop.doNotAsk.append(doNotAsk)
            if tags.count == 2 && tags[0] == tags[1] { tags.removeLast() }
            let domain = Self.domain(org)
            let email = rng.chance(0.65) ? slug.replacingOccurrences(of: "-", with: ".") + "@" + domain : ""
            let phone = rng.chance(0.4) ? Self.phone(city: city.name, &rng) : ""
            let url = rng.chance(0.3) ? "https://www.linkedin.com/in/" + slug : ""
            let notes = rng.chance(0.04) ? rng.element(["met at a conference", "знакомы со студенчества",
                                                         "prefers Telegram", "introduced by a client, 2024"]) : ""
            writer.text(slug); writer.text(name); writer.text(kind.rawValue); writer.text(org); writer.text(title)
            writer.text(industry.name); writer.text(city.name); writer.text(tags.joined(separator: ";"))
            writer.text(email); writer.text(phone); writer.text(url); writer.text(notes)
            writer.endRow()
        }
        return pop
    }

    /// A stable organisation name for (community, number): Cyrillic in mostly Russian-speaking cities.
    static func organizationName(community c: Int, number: Int, kind: ContactKind) -> String {
        var h = SplitMix64(seed: UInt64(c) &* 1_000_003 &+ UInt64(bitPattern: Int64(number)) &+ (kind == .investor ? 77 : 0))
        let industry = Self.industry(of: c), city = Self.city(of: c)
        if number < 0 { return "Routely" }
        let russian = city.russianShare > 0.7 && h.chance(0.7)
        if kind == .investor {
            return russian ? h.element(SynthVocabulary.russianStems) + " " + h.element(["Капитал", "Венчурс", "Инвест"])
                           : h.element(SynthVocabulary.englishStems) + " " + h.element(["Ventures", "Capital", "Partners", "VC"])
        }
        return russian ? h.element(SynthVocabulary.russianStems) + "-" + h.element(industry.russian)
                       : h.element(SynthVocabulary.englishStems) + " " + h.element(industry.english)
    }

    static func domain(_ organization: String) -> String {
        let base = SynthVocabulary.slug(organization).replacingOccurrences(of: "-", with: "")
        return base + (organization.unicodeScalars.contains { $0.value >= 0x400 && $0.value < 0x500 } ? ".ru" : ".com")
    }

    static func phone(city: String, _ rng: inout SplitMix64) -> String {
        func digits(_ n: Int) -> String { (0 ..< n).map { _ in String(rng.below(10)) }.joined() }
        switch city {
        case "Moscow", "Saint Petersburg", "Kazan", "Novosibirsk": return "+7 9\(digits(2)) \(digits(3))-\(digits(2))-\(digits(2))"
        case "Berlin": return "+49 30 \(digits(8))"
        case "London": return "+44 20 \(digits(4)) \(digits(4))"
        case "Amsterdam": return "+31 20 \(digits(7))"
        case "Warsaw": return "+48 22 \(digits(7))"
        default: return "+\(digits(3)) \(digits(8))"
        }
    }
}
