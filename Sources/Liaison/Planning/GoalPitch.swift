//===----------------------------------------------------------------------===//
// GoalPitch: one sentence saying what a goal is after, in the language of a draft
//===----------------------------------------------------------------------===//

import Foundation

extension Goal {
    /// The sentence a draft in `language` uses for this goal, without its final full stop: the
    /// goal's own `pitch` for that language when given, else one generated from the filter.
    ///
    /// Generated: "I'm looking for investors in fintech in Berlin" / "Я ищу инвесторов в сфере
    /// fintech в городе Berlin". Kinds come from a fixed vocabulary and are translated (Russian:
    /// the genitive plural an animate object of «ищу» takes); industry, city and organisation are
    /// free text and stay as written, after a word that governs them («в сфере», «в городе», «из
    /// компании») so that the sentence is grammatical whatever they say; tags and text words are
    /// search terms, not a description, and are left out. The goal's name is never quoted: it is
    /// written in one language, the draft may be in another.
    public func pitchSentence(in language: DraftLanguage) -> String {
        if let own = pitch[language] {
            var s = own.trimmingCharacters(in: .whitespacesAndNewlines)
            while s.hasSuffix(".") { s.removeLast() }
            if !s.isEmpty { return s }
        }
        let f = filter
        switch language {
        case .english:
            let kinds = f.kinds.isEmpty ? "people" : f.kinds.map(Self.englishPlural).joined(separator: " or ")
            var s = "I'm looking for " + kinds
            if !f.industries.isEmpty { s += " in " + f.industries.joined(separator: " or ") }
            if !f.cities.isEmpty { s += " in " + f.cities.joined(separator: " or ") }
            if !f.organizations.isEmpty { s += " at " + f.organizations.joined(separator: " or ") }
            return s
        case .russian:
            let kinds = f.kinds.isEmpty ? "людей" : f.kinds.map(Self.russianGenitivePlural).joined(separator: " или ")
            var s = "Я ищу " + kinds
            if !f.industries.isEmpty { s += " в сфере " + f.industries.joined(separator: " или ") }
            switch f.cities.count {
            case 0: break
            case 1: s += " в городе " + f.cities[0]
            default: s += " в одном из городов: " + f.cities.joined(separator: ", ")
            }
            switch f.organizations.count {
            case 0: break
            case 1: s += " из компании " + f.organizations[0]
            default: s += " из одной из компаний: " + f.organizations.joined(separator: ", ")
            }
            return s
        }
    }

    static func englishPlural(_ kind: ContactKind) -> String {
        switch kind {
        case .other, .me: "people"
        default: kind.rawValue + "s"
        }
    }

    /// The accusative of an animate plural, which is its genitive: «ищу инвесторов».
    static func russianGenitivePlural(_ kind: ContactKind) -> String {
        switch kind {
        case .investor: "инвесторов"
        case .client: "клиентов"
        case .supplier: "поставщиков"
        case .partner: "партнёров"
        case .colleague: "коллег"
        case .mentor: "менторов"
        case .other, .me: "людей"
        }
    }
}
