//===----------------------------------------------------------------------===//
// interactions, ties, introductions, deals, deliveries, feedback
//===----------------------------------------------------------------------===//

import Foundation

extension TableSchema {
    static let interactions = TableSchema(
        name: "interactions.csv", columns: ["date", "from", "to", "channel", "reply_hours", "outcome", "note", "source_key", "owner"],
        required: ["date", "from", "to"])
    static let ties = TableSchema(
        name: "ties.csv", columns: ["a", "b", "strength", "kind", "since", "note"], required: ["a", "b"])
    static let introductions = TableSchema(
        name: "introductions.csv", columns: ["date", "introducer", "from", "to", "status", "note"],
        required: ["date", "introducer", "from", "to"])
    static let deals = TableSchema(
        name: "deals.csv", columns: ["date", "contact", "amount", "currency", "status", "source"],
        required: ["date", "contact", "amount"])
    static let deliveries = TableSchema(
        name: "deliveries.csv", columns: ["supplier", "due", "delivered", "order", "note"], required: ["supplier", "due"])
    static let feedback = TableSchema(
        name: "feedback.csv", columns: ["date", "contact", "score", "scale"], required: ["date", "contact", "score"])
}

private let anyNonNegative = 0.0 ... Double.greatestFiniteMagnitude

extension LoadState {
    mutating func loadInteractions() throws {
        guard let file = optionalPath("interactions.csv") else { return }
        let f = fields, owners = ownerReader
        var out = [Interaction]()
        var selfTouches = 0, selfTouchLine = 0
        // Column positions, looked up once (this file can have millions of rows).
        var columns: [Int?] = []
        try readTable(path: file, from: files, schema: .interactions, log: &log) { r, map, log in
            if columns.isEmpty { columns = TableSchema.interactions.columns.map { map[$0] } }
            let c = (date: columns[0], from: columns[1], to: columns[2], channel: columns[3], reply: columns[4],
                     outcome: columns[5], note: columns[6], owner: columns[8])
            var ok = true
            let date = f.date(r, c.date, "date", required: true, &log, &ok)
            let from = f.contactRef(r, c.from, "from", required: true, &log, &ok)
            var to = f.contactList(r, c.to, "to", &log, &ok)
            let channel = f.choice(r, c.channel, "channel", Channel.other, &log, &ok)
            let reply = f.number(r, c.reply, "reply_hours", required: false, range: anyNonNegative,
                                 expected: "hours as a number ≥ 0, or empty when no reply came", &log, &ok)
            let owner = owners.read(r, c.owner, &log, &ok)
            guard ok, let date, let from else { return }
            if let k = to.firstIndex(of: from) {
                to.remove(at: k)
                selfTouches += 1
                if selfTouchLine == 0 { selfTouchLine = r.line }
                if to.isEmpty { return }
            }
            let outcome = c.outcome.map { r.isEmpty($0) ? "" : (r.text($0, &log) ?? "") } ?? ""
            let note = c.note.map { r.isEmpty($0) ? "" : (r.text($0, &log) ?? "") } ?? ""
            out.append(Interaction(date: Date(timeIntervalSince1970: date), from: from, to: to, channel: channel,
                                   replyHours: reply, outcome: outcome, note: note, owner: owner))
        }
        if selfTouches > 0 {
            log.warning(Diagnostic(file: file, line: selfTouchLine, column: 1,
                message: "\(selfTouches) interaction\(selfTouches == 1 ? "" : "s") list the sender among the recipients (first here): the sender was dropped from 'to'"))
        }
        interactions = out
    }

    /// Declared strength: a value in [0, 1] is kept; a value in (1, 5] is on the 1–5 scale and
    /// becomes (v − 1) / 4. The ambiguous `1` is read on the 1–5 scale (→ 0) when the same file
    /// holds any value above 1, and on the 0–1 scale (→ 1) otherwise.
    mutating func loadTies() throws {
        guard let file = optionalPath("ties.csv") else { return }
        let f = fields
        var out = [DeclaredTie]()
        var raw = [Double?]()
        var seen = Set<UInt64>()
        try readTable(path: file, from: files, schema: .ties, log: &log) { r, c, log in
            var ok = true
            let a = f.contactRef(r, c["a"], "a", required: true, &log, &ok)
            let b = f.contactRef(r, c["b"], "b", required: true, &log, &ok)
            let strength = f.number(r, c["strength"], "strength", required: false, range: 0 ... 5,
                                    expected: "1–5 or 0–1 (higher = stronger), or empty", &log, &ok)
            let since = f.date(r, c["since"], "since", required: false, &log, &ok)
            if let a, let b, a == b {
                log.error(r.diagnostic(c["b"]!, "a tie needs two different contacts: a and b are both '\(shown(r.string(c["b"]!) ?? ""))'"))
                ok = false
            }
            guard ok, let a, let b else { return }
            let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
            if !seen.insert(key).inserted {
                log.warning(r.diagnostic(c["a"]!, "this pair already has a tie above: both rows are kept"))
            }
            out.append(DeclaredTie(a: a, b: b, strength: nil, kind: r.text(c["kind"], &log) ?? "",
                                   since: since.map { Date(timeIntervalSince1970: $0) }, note: r.text(c["note"], &log) ?? ""))
            raw.append(strength)
        }
        let fivePointScale = raw.contains { ($0 ?? 0) > 1 }
        for i in out.indices {
            guard let v = raw[i] else { continue }
            out[i].strength = v > 1 || (v == 1 && fivePointScale) ? (v - 1) / 4 : v
        }
        if fivePointScale, raw.contains(where: { ($0 ?? 1) < 1 }) {
            log.warning(Diagnostic(file: file, line: 1, column: 1,
                message: "strength mixes the 0–1 and 1–5 scales: values below 1 are read as 0–1, values from 1 up as 1–5"))
        }
        ties = out
    }

    mutating func loadIntroductions() throws {
        guard let file = optionalPath("introductions.csv") else { return }
        let f = fields
        var out = [Introduction]()
        try readTable(path: file, from: files, schema: .introductions, log: &log) { r, c, log in
            var ok = true
            let date = f.date(r, c["date"], "date", required: true, &log, &ok)
            let introducer = f.contactRef(r, c["introducer"], "introducer", required: true, &log, &ok)
            let from = f.contactRef(r, c["from"], "from", required: true, &log, &ok)
            let to = f.contactRef(r, c["to"], "to", required: true, &log, &ok)
            let status = f.choice(r, c["status"], "status", IntroductionStatus.made, &log, &ok)
            if let from, let to, from == to {
                log.error(r.diagnostic(c["to"]!, "an introduction needs two different contacts: from and to are the same"))
                ok = false
            }
            guard ok, let date, let introducer, let from, let to else { return }
            out.append(Introduction(date: Date(timeIntervalSince1970: date), introducer: introducer, from: from, to: to,
                                    status: status, note: r.text(c["note"], &log) ?? ""))
        }
        introductions = out
    }

    mutating func loadDeals() throws {
        guard let file = optionalPath("deals.csv") else { return }
        let f = fields
        let settings = config.currency
        var out = [Deal]()
        var firstApart = [String: Diagnostic]()
        try readTable(path: file, from: files, schema: .deals, log: &log) { r, c, log in
            var ok = true
            let date = f.date(r, c["date"], "date", required: true, &log, &ok)
            let contact = f.contactRef(r, c["contact"], "contact", required: true, &log, &ok)
            let amount = f.number(r, c["amount"], "amount", required: true, range: anyNonNegative,
                                  expected: "an amount ≥ 0 (digits, '.' for decimals, no currency sign)", &log, &ok)
            let status = f.choice(r, c["status"], "status", DealStatus.open, &log, &ok)
            let source = f.contactRef(r, c["source"], "source", required: false, &log, &ok)
            let currency = Self.currency(r, c["currency"], settings, &log, &ok)
            guard ok, let date, let contact, let amount else { return }
            out.append(Deal(date: Date(timeIntervalSince1970: date), contact: contact, amount: amount,
                            currency: currency, status: status, source: source))
            if status == .won, firstApart[currency] == nil {
                firstApart[currency] = r.diagnostic(c["currency"] ?? c["amount"]!, "")
            }
        }
        deals = out
        // A won amount in a currency without a rate to the base: one warning per currency, at its
        // first row (the analyses keep those amounts apart; see CurrencySettings).
        let converter = MoneyConverter(settings: settings, codes: Set(out.map(\.currency)))
        for (code, place) in firstApart.sorted(by: { $0.key < $1.key }) where converter.toBase(1, code) == nil {
            log.warning(Diagnostic(file: place.file, line: place.line, column: place.column,
                message: "won deals in \(code.isEmpty ? "no currency" : code) have no rate to "
                    + "\(converter.base ?? "a base currency") in liaison.toml [currency]: their amounts are shown apart, not added to revenue"))
        }
        if converter.base == nil, out.contains(where: { $0.status == .won }) {
            log.warning(Diagnostic(file: file, line: 1, column: 1,
                message: "deals are in several currencies (\(Set(out.map(\.currency)).sorted().map { $0.isEmpty ? "none" : $0 }.joined(separator: ", "))) "
                    + "and liaison.toml sets no [currency] base: no amounts are added across currencies"))
        }
    }

    /// The deal's currency: the cell upper-cased when it is three letters A–Z (ISO 4217), the
    /// configured default when it is empty; an error at the cell otherwise.
    static func currency(_ r: CSVRecord, _ col: Int?, _ settings: CurrencySettings,
                         _ log: inout DiagnosticLog, _ ok: inout Bool) -> String {
        guard let col, !r.isBlank(col) else { return settings.effectiveCode("") }
        guard let raw = r.text(col, &log) else { ok = false; return "" }
        let code = raw.uppercased()
        guard raw.utf8.count == 3, CurrencySettings.isCode(code) else {
            log.error(r.diagnostic(col, "currency '\(shown(raw))' is not an ISO 4217 code: expected three letters A–Z (EUR, RUB, PLN)"))
            ok = false
            return ""
        }
        return code
    }

    mutating func loadDeliveries() throws {
        guard let file = optionalPath("deliveries.csv") else { return }
        let f = fields
        var out = [Delivery]()
        try readTable(path: file, from: files, schema: .deliveries, log: &log) { r, c, log in
            var ok = true
            let supplier = f.contactRef(r, c["supplier"], "supplier", required: true, &log, &ok)
            let due = f.date(r, c["due"], "due", required: true, &log, &ok)
            let delivered = f.date(r, c["delivered"], "delivered", required: false, &log, &ok)
            guard ok, let supplier, let due else { return }
            out.append(Delivery(supplier: supplier, due: Date(timeIntervalSince1970: due),
                                delivered: delivered.map { Date(timeIntervalSince1970: $0) },
                                order: r.text(c["order"], &log) ?? "", note: r.text(c["note"], &log) ?? ""))
        }
        deliveries = out
    }

    mutating func loadFeedback() throws {
        guard let file = optionalPath("feedback.csv") else { return }
        let f = fields
        var out = [Feedback]()
        try readTable(path: file, from: files, schema: .feedback, log: &log) { r, c, log in
            var ok = true
            let date = f.date(r, c["date"], "date", required: true, &log, &ok)
            let contact = f.contactRef(r, c["contact"], "contact", required: true, &log, &ok)
            let scale = f.choice(r, c["scale"], "scale", FeedbackScale.csat, &log, &ok)
            let range: ClosedRange<Double> = scale == .nps ? 0 ... 10 : 1 ... 5
            let expected = scale == .nps ? "an NPS answer 0–10 (scale=nps)" : "a CSAT score 1–5 (or set scale=nps for 0–10)"
            let score = f.number(r, c["score"], "score", required: true, range: range, expected: expected, &log, &ok)
            guard ok, let date, let contact, let score else { return }
            out.append(Feedback(date: Date(timeIntervalSince1970: date), contact: contact, score: score, scale: scale))
        }
        feedback = out
    }
}
