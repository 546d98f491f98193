import Foundation

/// `liaison ties --explain A B`: why a tie has its strength, in sentences a person would say.
///
/// The facts are gathered by one scan of the workspace for the pair (touches by channel, who
/// initiated, who answered and how fast, deals, introductions, mutual contacts), then phrased from
/// the ego's point of view when one side is the ego ("you").
extension Workspace {
    public func explainTie(_ x: ContactIndex, _ y: ContactIndex, in strengths: TieStrengths) -> String {
        let (a, b) = x < y ? (x, y) : (y, x)
        // Put the ego (if any) first so the sentences read "you … Anna".
        let (p, q) = me == b ? (b, a) : (a, b)
        let meIsP = me == p
        let pName = meIsP ? "you" : contacts[Int(p)].name
        let qName = contacts[Int(q)].name
        let both = meIsP ? "you and \(qName)" : "\(pName) and \(qName)"
        let Both = meIsP ? "You and \(qName)" : both
        let subject = meIsP ? "you" : both
        let Subject = meIsP ? "You" : both
        let asOfDay = ISODate.days(strengths.asOf)
        let model = strengths.model

        guard let tie = strengths.tie(a, b) else {
            return "\(Both) have no recorded touch, exchange or declared tie up to \(isoDay(strengths.asOf)): no tie."
        }

        var recentByChannel = [Channel: Int](), allByChannel = [Channel: Int]()
        var fromP = 0, fromQ = 0
        var expectedOfQ = 0, answeredByQ = [Double](), expectedOfP = 0, answeredByP = [Double]()
        // The same answers counted in the KPI window of `contacts` (KPIWindow), said first.
        let window = KPIWindow(asOf: strengths.asOf, model: config.quality)
        var recentExpectedOfQ = 0, recentAnsweredByQ = 0, recentExpectedOfP = 0, recentAnsweredByP = 0
        for i in interactions {
            let day = ISODate.days(i.date)
            guard day <= asOfDay else { continue }
            let involvesP = i.from == p || i.to.contains(p), involvesQ = i.from == q || i.to.contains(q)
            guard involvesP && involvesQ else { continue }
            if i.from != p && i.from != q {
                let group = i.channel == .meeting || i.channel == .video || i.channel == .call || i.channel == .event
                guard group && i.to.count + 1 <= model.maxGroupSize else { continue }
            }
            allByChannel[i.channel, default: 0] += 1
            if asOfDay - day <= 90 { recentByChannel[i.channel, default: 0] += 1 }
            let expects = i.replyHours != nil || i.channel == .email || i.channel == .message
            let inWindow = window.contains(i.date)
            if i.from == p {
                fromP += 1
                if expects {
                    expectedOfQ += 1; if let h = i.replyHours { answeredByQ.append(h) }
                    if inWindow { recentExpectedOfQ += 1; if i.replyHours != nil { recentAnsweredByQ += 1 } }
                }
            } else if i.from == q {
                fromQ += 1
                if expects {
                    expectedOfP += 1; if let h = i.replyHours { answeredByP.append(h) }
                    if inWindow { recentExpectedOfP += 1; if i.replyHours != nil { recentAnsweredByP += 1 } }
                }
            }
        }

        var lines = [String]()
        lines.append("\(Both): strength \(fmt(tie.strength)) (\(tie.tieClass.rawValue)"
                     + (tie.tieClass != tie.level ? ", level \(tie.level.rawValue)" : "") + ").")
        let c = tie.components

        if let last = tie.lastTouch {
            let days = ISODate.calendarDaysBetween(last, strengths.asOf)
            let ago = days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
            lines.append("\(Subject) were last in touch \(ago), on \(isoDay(last)) (recency \(fmt(c.recency))).")
        } else {
            lines.append("\(Subject) have no recorded touch.")
        }
        if !allByChannel.isEmpty {
            let recent = describe(recentByChannel, meIsP: meIsP)
            var s = recent.isEmpty ? "Nothing in the last 90 days" : "In the last 90 days \(subject) \(recent)"
            let total = tie.touches
            if let first = tie.firstTouch {
                let years = (asOfDay - ISODate.days(first)) / 365.25
                s += "; \(total) touch\(total == 1 ? "" : "es") in all since \(isoDay(first))"
                    + (years >= 1 ? " (\(fmt1(years)) years)" : "")
            }
            let year = Int((-log(max(1e-12, 1 - c.frequency)) * model.frequencyScale).rounded())
            s += ", \(year) in the last 12 months (intensity \(fmt(c.intensity)), frequency \(fmt(c.frequency)))."
            lines.append(s)
        }
        if fromP + fromQ > 0 {
            let who = meIsP ? "You reached out \(times(fromP)) and \(qName) \(times(fromQ))"
                            : "\(pName) reached out \(times(fromP)) and \(qName) \(times(fromQ))"
            let balance = c.reciprocity >= 0.8 ? "a balanced relationship"
                : c.reciprocity >= 0.4 ? "somewhat one-sided" : "mostly one-sided"
            lines.append("\(who): \(balance) (reciprocity \(fmt(c.reciprocity))).")
        }
        var answers = [String]()
        // "answered 3 of 7 of your messages in the last 12 months (5 of 11 in the whole history)".
        func counted(_ k: Int, _ n: Int, _ allK: Int, _ allN: Int, _ whose: String) -> String {
            let all = "\(allK) of \(allN)"
            if window.label == "in the whole history" || (k == allK && n == allN) {
                return "\(all) of \(whose) messages " + (window.label == "in the whole history" ? "in the whole history" : "\(window.label) and in the whole history")
            }
            if n == 0 { return "\(all) of \(whose) messages in the whole history (none \(window.label))" }
            return "\(k) of \(n) of \(whose) messages \(window.label) (\(all) in the whole history)"
        }
        if expectedOfQ > 0 {
            answers.append("\(qName) answered " + counted(recentAnsweredByQ, recentExpectedOfQ, answeredByQ.count, expectedOfQ,
                                                      meIsP ? "your" : pName + "'s") + speed(answeredByQ))
        }
        if expectedOfP > 0 {
            answers.append((meIsP ? "you answered " : "\(pName) answered ")
                           + counted(recentAnsweredByP, recentExpectedOfP, answeredByP.count, expectedOfP, qName + "'s") + speed(answeredByP))
        }
        if !answers.isEmpty {
            lines.append(capitalised(answers.joined(separator: "; ")) + " (responsiveness \(fmt(c.responsiveness))).")
        }

        var exchanges = [String]()
        let asOf = strengths.asOf
        // The same links as the exchange component: contact–source, and the ego with either.
        let dealsBetween = deals.filter { d in
            guard d.date <= asOf else { return false }
            let sides: Set<ContactIndex?> = [d.contact, d.source]
            return (sides.contains(p) && sides.contains(q)) || (meIsP && sides.contains(q))
        }
        if !dealsBetween.isEmpty {
            let won = dealsBetween.filter { $0.status == .won }.count
            exchanges.append("\(dealsBetween.count) deal\(dealsBetween.count == 1 ? "" : "s") (\(won) won)")
        }
        let intros = introductions.filter { i in
            i.date <= asOf && Set([i.introducer, i.from, i.to]).isSuperset(of: [p, q])
        }
        if !intros.isEmpty { exchanges.append("\(intros.count) introduction\(intros.count == 1 ? "" : "s")") }
        if !exchanges.isEmpty {
            lines.append("Between \(both): \(exchanges.joined(separator: " and ")) (exchange \(fmt(c.exchange))).")
        }

        let mutual = mutualContacts(p, q, in: strengths)
        if !mutual.isEmpty {
            let names = mutual.prefix(3).map { contacts[Int($0)].name }
            let more = mutual.count > 3 ? " and \(mutual.count - 3) more" : ""
            lines.append("\(Subject) share \(mutual.count) mutual contact\(mutual.count == 1 ? "" : "s"): "
                         + names.joined(separator: ", ") + more + " (embeddedness \(fmt(c.embeddedness))).")
        }
        if let d = tie.declared {
            let row = ties.first { Set([$0.a, $0.b]) == Set([a, b]) }
            let kind = row.map { $0.kind.isEmpty ? "" : " as \"\($0.kind)\"" } ?? ""
            lines.append("ties.csv declares this tie\(kind) with strength \(fmt(d)); it makes up "
                         + "\(Int((model.declaredWeight * 100).rounded()))% of the score, the history the rest "
                         + "(\(fmt(tie.behavioural)) from the history alone).")
        }
        let contributions = zip(TieComponents.names, zip(model.weights, c.values)).map { ($0, $1.0 * $1.1) }
            .filter { $0.1 > 0.005 }.sorted { $0.1 > $1.1 }
        if !contributions.isEmpty {
            lines.append("What weighs most: " + contributions.prefix(3).map { "\($0.0) (+\(fmt($0.1)))" }
                .joined(separator: ", ") + ".")
        }
        switch tie.tieClass {
        case .dormant:
            lines.append("Dormant: no touch for \(Int(model.dormantAfterDays)) days or more, although the tie once reached "
                         + "\(fmt(tie.peak)); dormant ties are worth reviving (Levin, Walter & Murnighan 2011).")
        case .fading:
            lines.append("Fading: \(fmt(tie.past)) \(Int(model.fadingWindowDays)) days ago, \(fmt(tie.strength)) now.")
        default: break
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Contacts tied to both (in the tie graph at the date), best-connected first.
    func mutualContacts(_ p: ContactIndex, _ q: ContactIndex, in strengths: TieStrengths) -> [ContactIndex] {
        var np = [ContactIndex: Double](), common = [(ContactIndex, Double)]()
        for t in strengths.ties {
            if t.a == p && t.b != q { np[t.b] = t.strength } else if t.b == p && t.a != q { np[t.a] = t.strength }
        }
        for t in strengths.ties {
            let other: ContactIndex? = t.a == q && t.b != p ? t.b : t.b == q && t.a != p ? t.a : nil
            if let o = other, let s = np[o] { common.append((o, s + t.strength)) }
        }
        return common.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }
}

private func describe(_ counts: [Channel: Int], meIsP: Bool) -> String {
    var parts = [String]()
    for channel in Channel.allCases {
        guard let n = counts[channel], n > 0 else { continue }
        let t = times(n)
        switch channel {
        case .meeting: parts.append("met \(t)")
        case .video: parts.append("had \(n) video call\(n == 1 ? "" : "s")")
        case .call: parts.append("spoke on the phone \(t)")
        case .event: parts.append("were at \(n) event\(n == 1 ? "" : "s") together")
        case .email: parts.append("exchanged \(n) e-mail\(n == 1 ? "" : "s")")
        case .message: parts.append("exchanged \(n) message\(n == 1 ? "" : "s")")
        case .other: parts.append("had \(n) other touch\(n == 1 ? "" : "es")")
        }
    }
    if parts.count <= 1 { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
}

private func times(_ n: Int) -> String { n == 0 ? "never" : n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }

private func speed(_ hours: [Double]) -> String {
    guard !hours.isEmpty else { return "" }
    let sorted = hours.sorted()
    let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2]
        : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    let phrase: String
    if median < 1 { phrase = "within the hour" }
    else if median < 23.5 { let h = Int(median.rounded()); phrase = "within \(h) hour\(h == 1 ? "" : "s")" }
    else if median < 48 { phrase = "within a day" }
    else { phrase = "within \(Int((median / 24).rounded())) days" }
    return ", usually \(phrase)"
}

private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
private func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
private func fmt1(_ x: Double) -> String { String(format: "%.1f", x) }

/// `YYYY-MM-DD` in UTC.
private func isoDay(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
}
