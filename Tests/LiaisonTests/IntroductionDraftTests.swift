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

    @Test func languageFollowsTheNames() {
        #expect(DraftLanguage.isCyrillic("Михаил Зайцев") && !DraftLanguage.isCyrillic("Anna Ivanova"))
        #expect(DraftLanguage.isCyrillic("Ольга Smith-Иванова"))  // 11 Cyrillic of 16 letters
        #expect(!DraftLanguage.isCyrillic("1234") && !DraftLanguage.isCyrillic(""))
        #expect(DraftLanguage.of(["Михаил Зайцев", "Ольга Смирнова"]) == .russian)
        #expect(DraftLanguage.of(["Михаил Зайцев", "Anna Ivanova"]) == .english)
    }

    @Test func englishRequest() {
        let d = IntroductionDraft.request(to: 1, introducer: anna, next: boris, target: nil, tie: .strong,
                                          purpose: "Raise a seed round", me: me)
        #expect(d.to == 1 && d.language == .english)
        #expect(d.text == "Hi Anna, could you introduce me to Boris Stone (Partner at Kestrel Ventures)? "
                + "I'm working on \"Raise a seed round\", and as far as I know you two work closely together. "
                + "A short e-mail to both of us would be perfect; I can send you two lines about me to forward. Thank you! Alexey")
    }

    @Test func russianRequestAlongALongerRoute() {
        // Олга → Михаил (same organisation) → Павел: the draft names the next person and the target.
        let d = IntroductionDraft.request(to: 2, introducer: olga, next: mikhail, target: pavel, tie: .weak,
                                          purpose: "Найти инвестора", me: me)
        #expect(d.language == .russian)
        #expect(d.text == "Ольга, добрый день! Не могли бы вы познакомить меня с человеком из вашего круга: "
                + "Михаил Зайцев (Операционный директор, Волга-Логистик)? "
                + "Дальше я надеюсь выйти на ещё одного человека: Павел Орлов (инвестор). "
                + "Сейчас я работаю над задачей «Найти инвестора», а вы, насколько я знаю, работаете вместе в Волга-Логистик. "
                + "Достаточно короткого письма нам обоим — могу прислать пару строк о себе для пересылки. Спасибо! Alexey")
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
        let d = IntroductionDraft.request(to: 0, introducer: evil, next: boris, target: nil, tie: nil, purpose: "Goal\r\nX", me: me)
        #expect(!d.text.unicodeScalars.contains { TextSanitizer.isHostile($0) })
        #expect(d.text.hasPrefix("Hi Eve\u{FFFD}]0;pwned\u{FFFD}, could you introduce me to Boris Stone"))
        #expect(d.text.contains("\"Goal\u{FFFD}\u{FFFD}X\""))
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
