//===----------------------------------------------------------------------===//
// IntroductionDraft: a short message asking for (or offering) an introduction
//===----------------------------------------------------------------------===//

import Foundation

/// The language of a draft: the language of the name of the person it is written to.
public enum DraftLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// The draft is written to one person, so it is in the language their name is written in:
    /// Russian when the name is Cyrillic (`isCyrillic`), English when it is Latin and when it is
    /// unclear (neither script, or no letters). The people the draft is about may be written in
    /// another script; their names are quoted as they are.
    public static func of(recipient name: String) -> DraftLanguage {
        isCyrillic(name) ? .russian : .english
    }

    /// True when at least half of the letters of `name` (and at least one) are Cyrillic
    /// (U+0400–U+052F: Cyrillic and its supplement).
    public static func isCyrillic(_ name: String) -> Bool {
        var letters = 0, cyrillic = 0
        for u in name.unicodeScalars where u.properties.isAlphabetic {
            letters += 1
            if (0x0400 ... 0x052F).contains(u.value) { cyrillic += 1 }
        }
        return letters > 0 && 2 * cyrillic >= letters
    }
}

/// A short draft of the message to send: who it is to, in which language, and the text. The text
/// says who (the person to meet, with title and organisation), why this introducer (the evidence
/// of their tie to that person), and what is asked; hand-written templates in English and Russian.
/// Every name and free-text field goes through `TextSanitizer.terminal`, so a hostile name cannot
/// drive a terminal or break a CSV line.
///
/// The Russian templates keep every name in the nominative (after a colon or a dash), because
/// declining a name a template cannot parse would be wrong more often than right; free text
/// (organisation, industry, city) follows a word that governs it («в компании», «в сфере»).
public struct IntroductionDraft: Sendable, Equatable {
    /// The contact the message is written to.
    public var to: Int
    public var language: DraftLanguage
    public var text: String

    public init(to: Int, language: DraftLanguage, text: String) {
        self.to = to
        self.language = language
        self.text = text
    }

    /// The request along an introduction route (`path.nodes[0]` is who writes, `nodes[1]` the
    /// introducer it is written to, `nodes[2]` the person to meet, the last node the target), with
    /// the introducer's tie to `nodes[2]` read from `strengths`; `nil` for a route of fewer than
    /// three people (you reach out yourself). The single-owner plan and the team plan (written
    /// from the member who owns the first hop, on that member's ties) both draft through this.
    public static func request(along path: IntroductionPath, goal: Goal, contacts c: [Contact],
                               strengths: TieStrengths) -> IntroductionDraft? {
        let n = path.nodes
        guard n.count >= 3 else { return nil }
        let tie = strengths.tie(ContactIndex(n[1]), ContactIndex(n[2]))?.tieClass
        return request(to: n[1], introducer: c[n[1]], next: c[n[2]], target: n.count > 3 ? c[n.last!] : nil,
                       tie: tie, goal: goal, me: c[n[0]])
    }

    /// The request to `introducer` (contact `to`) for an introduction to `next`, the next person on
    /// the route; when the route goes further, `target` is who you hope to reach in the end.
    /// In the language of the introducer's name (`DraftLanguage.of(recipient:)`).
    /// - Parameters:
    ///   - tie: the class of the introducer's tie to `next` (`nil`: none recorded).
    ///   - goal: what the introduction is for, said by `Goal.pitchSentence(in:)` in the draft's language.
    public static func request(to introducerIndex: Int, introducer: Contact, next: Contact, target: Contact?,
                               tie: TieClass?, goal: Goal, me: Contact) -> IntroductionDraft {
        let language = DraftLanguage.of(recipient: introducer.name)
        let same = sameOrganization(introducer, next)
        let pitch = clean(goal.pitchSentence(in: language))
        let end = pitch.hasSuffix("!") || pitch.hasSuffix("?") ? " " : ". "
        let text: String
        switch language {
        case .english:
            var s = "Hi \(firstName(introducer)), could you introduce me to \(describe(next, .english))? "
            if let target { s += "I hope to reach \(describe(target, .english)) through them. " }
            s += pitch + end + "As far as I know, "
            s += same ? "you both work at \(clean(next.organization))." : englishRelation(tie) + "."
            s += " A short e-mail to both of us would be perfect; I can send you two lines about me to forward. Thank you! \(firstName(me))"
            text = s
        case .russian:
            var s = "\(firstName(introducer)), добрый день! Не могли бы вы познакомить меня с человеком из вашего круга: "
            s += describe(next, .russian) + "? "
            if let target { s += "Дальше я надеюсь выйти на ещё одного человека: \(describe(target, .russian)). " }
            s += pitch + end + "Насколько я знаю, вы "
            s += same ? "работаете вместе в компании \(clean(next.organization))." : russianRelation(tie) + "."
            s += " Достаточно короткого письма нам обоим — могу прислать пару строк о себе для пересылки. Спасибо! \(firstName(me))"
            text = s
        }
        return IntroductionDraft(to: introducerIndex, language: language, text: text)
    }

    /// Your offer to `a` (contact `to`) to introduce them to `b` (`suggest`): you are the
    /// introducer, so the draft asks `a` whether they want the introduction (a double opt-in). In
    /// the language of `a`'s name (`DraftLanguage.of(recipient:)`).
    /// - Parameters:
    ///   - mutualContacts: contacts they share besides you.
    ///   - complements: true when they complement each other (a client and a supplier, …).
    public static func offer(to aIndex: Int, a: Contact, b: Contact, mutualContacts: Int, complements: Bool,
                             me: Contact) -> IntroductionDraft {
        let language = DraftLanguage.of(recipient: a.name)
        var text: String
        switch language {
        case .english:
            text = "Hi \(firstName(a)), would you like me to introduce you to \(describe(b, .english))? "
            var why = [String]()
            if complements { why.append("I think you could help each other") }
            if mutualContacts > 0 { why.append("you have \(mutualContacts) contact\(mutualContacts == 1 ? "" : "s") in common") }
            if !why.isEmpty {
                let s = why.joined(separator: ", and ") + "."
                text += s.prefix(1).uppercased() + s.dropFirst() + " "
            }
            text += "If you are both up for it, I'll write to you together. \(firstName(me))"
        case .russian:
            text = "\(firstName(a)), добрый день! Хочу предложить вам знакомство: \(describe(b, .russian)). "
            var why = [String]()
            if complements { why.append("думаю, вы можете быть полезны друг другу") }
            if mutualContacts > 0 {
                why.append(mutualContacts == 1 ? "у вас есть общий знакомый" : "у вас \(mutualContacts) \(russianCommonAcquaintances(mutualContacts))")
            }
            if !why.isEmpty {
                let s = why.joined(separator: ", и ") + "."
                text += s.prefix(1).uppercased() + s.dropFirst() + " "
            }
            text += "Если вы оба не против, напишу вам одно письмо на двоих. \(firstName(me))"
        }
        return IntroductionDraft(to: aIndex, language: language, text: text)
    }

    /// "общих знакомых" after a number (2–4 and 5+ take the genitive plural alike; 21, 31… "общий знакомый").
    static func russianCommonAcquaintances(_ n: Int) -> String {
        n % 10 == 1 && n % 100 != 11 ? "общий знакомый" : "общих знакомых"
    }

    static func clean(_ s: String) -> String { TextSanitizer.terminal(s) }

    /// The first word of the name ("Anna" of "Anna Ivanova"; the whole name when it is one word).
    static func firstName(_ c: Contact) -> String {
        let name = clean(c.name).trimmingCharacters(in: .whitespaces)
        return name.split(separator: " ").first.map(String.init) ?? name
    }

    /// "Boris Ivanov (partner at Nord Capital)", "Михаил Зайцев (Операционный директор, Волга-Логистик)".
    /// A job title is a phrase of the draft's language, not a name, so one written in the other
    /// script is left out and the contact's kind said instead: an English draft says "Олег Никитин
    /// (partner at Север Капитал)", not "(Партнёр at Север Капитал)". A Russian draft keeps a Latin
    /// title that is an abbreviation in capitals ("CEO", "CTO, VP": they are written so in Russian
    /// business letters) and leaves out any other ("Head of Sales"). The organisation is a proper
    /// name and stays as it is written.
    static func describe(_ c: Contact, _ language: DraftLanguage) -> String {
        let title = clean(c.title)
        let role = title.isEmpty || !titleReads(title, in: language) ? kindWord(c.kind, language) : title
        let org = clean(c.organization)
        var detail: String
        switch language {
        case .english: detail = role.isEmpty ? org : org.isEmpty ? role : "\(role) at \(org)"
        case .russian: detail = [role, org].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        return clean(c.name) + (detail.isEmpty ? "" : " (\(detail))")
    }

    /// Whether a job title can stand in a draft of `language` (see `describe`): in English, one
    /// that is not Cyrillic (`DraftLanguage.isCyrillic`); in Russian, a Cyrillic one, one with no
    /// letters, or one whose words are all capitals ("CEO", "CTO & VP").
    static func titleReads(_ title: String, in language: DraftLanguage) -> Bool {
        switch language {
        case .english:
            return !DraftLanguage.isCyrillic(title)
        case .russian:
            if DraftLanguage.isCyrillic(title) { return true }
            let letters = title.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.allSatisfy { $0.properties.isUppercase }
        }
    }

    static func kindWord(_ kind: ContactKind, _ language: DraftLanguage) -> String {
        switch (kind, language) {
        case (.other, _), (.me, _): return ""
        case (_, .english): return kind.rawValue
        case (.client, .russian): return "клиент"
        case (.supplier, .russian): return "поставщик"
        case (.investor, .russian): return "инвестор"
        case (.partner, .russian): return "партнёр"
        case (.colleague, .russian): return "коллега"
        case (.mentor, .russian): return "ментор"
        }
    }

    static func sameOrganization(_ a: Contact, _ b: Contact) -> Bool {
        let x = a.organization.trimmingCharacters(in: .whitespaces).lowercased()
        return !x.isEmpty && x == b.organization.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// What the introducer's tie to the person says, as a reason to ask them.
    static func englishRelation(_ tie: TieClass?) -> String {
        switch tie {
        case .strong: "you two work closely together"
        case .medium: "you two are in regular touch"
        case .weak, .fading: "you two have been in touch"
        case .dormant: "you two used to be in touch"
        case nil: "you know each other"
        }
    }

    static func russianRelation(_ tie: TieClass?) -> String {
        switch tie {
        case .strong: "хорошо знакомы"
        case .medium: "регулярно общаетесь"
        case .weak, .fading, nil: "знакомы"
        case .dormant: "раньше общались"
        }
    }
}
