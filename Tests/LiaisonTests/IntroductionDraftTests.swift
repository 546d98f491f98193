import Testing
@testable import Liaison

/// Drafts of the request to an introducer (issue 14, item 5): hand-written templates, the
/// language from the names, names made inert.
@Suite struct IntroductionDraftTests {
    let me = Contact(id: "me", name: "Alexey Voronov", kind: .me)
    let anna = Contact(id: "anna", name: "Anna Ivanova", kind: .partner, organization: "Nord Capital")
    let boris = Contact(id: "boris", name: "Boris Stone", kind: .investor, organization: "Kestrel Ventures", title: "Partner")
    let olga = Contact(id: "olga", name: "Ольга Смирнова", kind: .mentor, organization: "Волга-Логистик")
    let mikhail = Contact(id: "mikhail", name: "Михаил Зайцев", kind: .client, organization: "Волга-Логистик",
                          title: "Операционный директор")
    let pavel = Contact(id: "pavel", name: "Павел Орлов", kind: .investor)

    let seed = Goal(name: "Raise a seed round", filter: ContactFilter(kinds: [.investor], industries: ["fintech"]),
                    pitch: [.english: "I'm raising a seed round for Routely."])

    @Test func languageFollowsTheRecipientsName() {
        #expect(DraftLanguage.isCyrillic("Михаил Зайцев") && !DraftLanguage.isCyrillic("Anna Ivanova"))
        #expect(DraftLanguage.isCyrillic("Ольга Smith-Иванова"))  // 11 Cyrillic of 16 letters
        #expect(!DraftLanguage.isCyrillic("1234") && !DraftLanguage.isCyrillic(""))
        #expect(DraftLanguage.of(recipient: "Михаил Зайцев") == .russian)
        #expect(DraftLanguage.of(recipient: "Anna Ivanova") == .english)
        #expect(DraftLanguage.of(recipient: "李小龍") == .english)  // neither script: English
    }

    @Test func englishRequestWithTheGoalsOwnPitch() {
        let d = IntroductionDraft.request(to: 1, introducer: anna, next: boris, target: nil, tie: .strong, goal: seed, me: me)
        #expect(d.to == 1 && d.language == .english)
        #expect(d.text == "Hi Anna, could you introduce me to Boris Stone (Partner at Kestrel Ventures)? "
                + "I'm raising a seed round for Routely. As far as I know, you two work closely together. "
                + "A short e-mail to both of us would be perfect; I can send you two lines about me to forward. Thank you! Alexey")
    }

    @Test func russianRequestAlongALongerRoute() {
        // Ольга → Михаил (same organisation) → Павел: the draft names the next person and the
        // target; the goal has no Russian pitch, so it is said from its filter, not by its English name.
        let d = IntroductionDraft.request(to: 2, introducer: olga, next: mikhail, target: pavel, tie: .weak, goal: seed, me: me)
        #expect(d.language == .russian)
        #expect(d.text == "Ольга, добрый день! Не могли бы вы познакомить меня с человеком из вашего круга: "
                + "Михаил Зайцев (Операционный директор, Волга-Логистик)? "
                + "Дальше я надеюсь выйти на ещё одного человека: Павел Орлов (инвестор). "
                + "Я ищу инвесторов в сфере fintech. Насколько я знаю, вы работаете вместе в компании Волга-Логистик. "
                + "Достаточно короткого письма нам обоим — могу прислать пару строк о себе для пересылки. Спасибо! Alexey")
    }

    /// A Cyrillic-named introducer gets a Russian draft even when the person to meet has a Latin
    /// name (the draft is written to the introducer); and the reverse.
    @Test func theIntroducersNameDecides() {
        let ru = IntroductionDraft.request(to: 2, introducer: olga, next: boris, target: nil, tie: .medium, goal: seed, me: me)
        #expect(ru.language == .russian && ru.text.hasPrefix("Ольга, добрый день! Не могли бы вы познакомить меня с человеком из вашего круга: Boris Stone (инвестор, Kestrel Ventures)? "))
        #expect(ru.text.contains("Насколько я знаю, вы регулярно общаетесь."))
        let en = IntroductionDraft.request(to: 1, introducer: anna, next: mikhail, target: nil, tie: nil, goal: seed, me: me)
        #expect(en.language == .english && en.text.hasPrefix("Hi Anna, could you introduce me to Михаил Зайцев (client at Волга-Логистик)? "))
    }

    /// A job title is a phrase of the draft's language: one in the other script is left out and the
    /// kind said instead (the organisation, a proper name, stays as written); a Russian draft keeps
    /// a Latin abbreviation in capitals.
    @Test func aTitleInTheOtherScriptIsLeftOut() {
        let oleg = Contact(id: "oleg", name: "Олег Никитин", kind: .partner, organization: "Север Капитал", title: "Партнёр")
        #expect(IntroductionDraft.describe(oleg, .english) == "Олег Никитин (partner at Север Капитал)")
        #expect(IntroductionDraft.describe(oleg, .russian) == "Олег Никитин (Партнёр, Север Капитал)")
        let ceo = Contact(id: "k", name: "Kate Moss", kind: .client, organization: "Nord", title: "CEO")
        #expect(IntroductionDraft.describe(ceo, .russian) == "Kate Moss (CEO, Nord)")
        #expect(IntroductionDraft.describe(ceo, .english) == "Kate Moss (CEO at Nord)")
        let cto = Contact(id: "e", name: "Екатерина Соколова", kind: .colleague, organization: "Routely", title: "CTO, co-founder")
        #expect(IntroductionDraft.describe(cto, .russian) == "Екатерина Соколова (коллега, Routely)")
        // Kind "other" has no word: only the organisation is left.
        let other = Contact(id: "o", name: "Иван Петров", kind: .other, organization: "Вектор", title: "Директор")
        #expect(IntroductionDraft.describe(other, .english) == "Иван Петров (Вектор)")
        #expect(IntroductionDraft.titleReads("Head of R&D", in: .english) && !IntroductionDraft.titleReads("Директор", in: .english))
        #expect(IntroductionDraft.titleReads("CTO & VP", in: .russian) && !IntroductionDraft.titleReads("Head of Sales", in: .russian))
    }

    /// The sentence generated from a goal's filter: kinds translated, free text as written after a
    /// governing word; the goal's own pitch wins for its language only.
    @Test func pitchFromTheFilter() {
        let berlin = Goal(name: "Sign three more logistics clients in Berlin",
                          filter: ContactFilter(kinds: [.client], industries: ["logistics"], cities: ["Berlin"]))
        #expect(berlin.pitchSentence(in: .english) == "I'm looking for clients in logistics in Berlin")
        #expect(berlin.pitchSentence(in: .russian) == "Я ищу клиентов в сфере logistics в городе Berlin")
        let two = Goal(name: "x", filter: ContactFilter(kinds: [.investor, .partner], cities: ["London", "Москва"], organizations: ["Север Капитал"]))
        #expect(two.pitchSentence(in: .english) == "I'm looking for investors or partners in London or Москва at Север Капитал")
        #expect(two.pitchSentence(in: .russian) == "Я ищу инвесторов или партнёров в одном из городов: London, Москва из компании Север Капитал")
        let anyone = Goal(name: "x", filter: ContactFilter(tags: ["angel"]))
        #expect(anyone.pitchSentence(in: .english) == "I'm looking for people" && anyone.pitchSentence(in: .russian) == "Я ищу людей")
        #expect(seed.pitchSentence(in: .english) == "I'm raising a seed round for Routely")
        #expect(seed.pitchSentence(in: .russian) == "Я ищу инвесторов в сфере fintech")
    }

    @Test func offers() {
        let en = IntroductionDraft.offer(to: 1, a: anna, b: boris, mutualContacts: 2, complements: true, me: me)
        #expect(en.text == "Hi Anna, would you like me to introduce you to Boris Stone (Partner at Kestrel Ventures)? "
                + "I think you could help each other, and you have 2 contacts in common. "
                + "If you are both up for it, I'll write to you together. Alexey")
        let ru = IntroductionDraft.offer(to: 3, a: mikhail, b: pavel, mutualContacts: 1, complements: false, me: me)
        #expect(ru.language == .russian)
        #expect(ru.text == "Михаил, добрый день! Хочу предложить вам знакомство: Павел Орлов (инвестор). "
                + "У вас есть общий знакомый. Если вы оба не против, напишу вам одно письмо на двоих. Alexey")
        #expect(IntroductionDraft.russianCommonAcquaintances(21) == "общий знакомый")
        #expect(IntroductionDraft.russianCommonAcquaintances(11) == "общих знакомых")
    }

    @Test func hostileNamesAreInert() {
        let evil = Contact(id: "x", name: "Eve\u{1B}]0;pwned\u{07} \u{202E}kcab", kind: .partner)
        let goal = Goal(name: "Goal", filter: ContactFilter(kinds: [.investor]), pitch: [.english: "Goal\r\nX"])
        let d = IntroductionDraft.request(to: 0, introducer: evil, next: boris, target: nil, tie: nil, goal: goal, me: me)
        #expect(!d.text.unicodeScalars.contains { TextSanitizer.isHostile($0) })
        #expect(d.text.hasPrefix("Hi Eve\u{FFFD}]0;pwned\u{FFFD}, could you introduce me to Boris Stone"))
        #expect(d.text.contains("? Goal\u{FFFD}\u{FFFD}X. As far as I know"))
    }
}

/// The KPI window, said the same way in `contacts`, `plan` and `ties --explain` (issue 14, item 3).
@Suite struct KPIWindowTests {
    @Test func labels() {
        let asOf = day(0)
        #expect(KPIWindow(asOf: asOf, days: 365).label == "in the last 12 months")
        #expect(KPIWindow(asOf: asOf, days: 90).label == "in the last 90 days")
        #expect(KPIWindow(asOf: asOf, days: 730).label == "in the last 2 years")
        #expect(KPIWindow(asOf: asOf, days: 200 * 365.25).label == "in the whole history")
        #expect(KPIWindow(asOf: asOf, days: 365).sample("answered", 3, of: 7) == "answered 3 of 7 in the last 12 months")
        // (asOf − 365 d, asOf]: the first day out, the first day in, and as_of itself.
        let w = KPIWindow(asOf: asOf, days: 365)
        #expect(!w.contains(day(-365)) && w.contains(day(-364.999)) && w.contains(asOf) && !w.contains(day(0.001)))
    }

    /// Helen (mentor): 7 of your e-mails expected an answer, 4 in the last 12 months (2 answered)
    /// and 3 before (1 answered). `contacts` counts the window: 2 of 4; the explanation says the
    /// same 2 of 4 in the last 12 months and 3 of 7 in the whole history — never "0%" beside "3 of 7".
    @Test func contactsAndTheExplanationCountTheSameWindow() {
        let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "helen", name: "Helen Clarke", kind: .mentor)]
        let days: [(Double, Double?)] = [(-10, 2), (-50, nil), (-100, 5), (-200, nil), (-400, 1), (-500, nil), (-600, nil)]
        let ws = Workspace(contacts: contacts,
                           interactions: days.map { Interaction(date: day($0.0), from: 0, to: [1], channel: .email, replyHours: $0.1) },
                           config: WorkspaceConfig(asOf: testAsOf), me: 0)
        let strengths = ws.tieStrengths(model: model)
        let q = ws.contactQuality(strengths: strengths, model: QualityModel())[1]
        #expect(q.expectedAnswers == 4 && q.answeredShare == 0.5)
        let table = ContactListing(rows: [q], workspace: ws).formatted(.table)
        #expect(table.contains("2 of 4 (50%)"))
        let text = ws.explainTie(0, 1, in: strengths)
        #expect(text.contains("Helen Clarke answered 2 of 4 of your messages in the last 12 months (3 of 7 in the whole history)"))
    }
}
