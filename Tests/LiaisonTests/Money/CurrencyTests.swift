import Foundation
import Testing
@testable import Liaison

/// Money in its currency (issue 14, item 2): amounts convert to `[currency] base` at
/// `[currency.rates]`; an amount without a rate is kept apart, per currency, and never summed.
@Suite struct CurrencyTests {
    static let toml = """
        me = "me"
        as_of = 2026-11-20
        [currency]
        base = "EUR"
        default = "EUR"
        [currency.rates]
        RUB = 0.0105
        PLN = 0.235
        """

    /// A hand-built currency mix, every won deal in the 365-day window before 2026-11-20:
    /// - anna (client): 1,000,000 RUB won (source vera) and 2,000 with no currency (→ default EUR);
    ///   a lost 5,000,000 RUB deal that counts nowhere;
    /// - boris (client): 10,000 pln (lower case, read as PLN) and 500 XYZ (no rate).
    /// By hand: anna 1,000,000 × 0.0105 + 2,000 = 12,500 EUR; boris 10,000 × 0.235 = 2,350 EUR and
    /// 500 XYZ apart; vera credited 10,500 EUR. The revenue reference is the median of the totals
    /// R > 0 {2,350, 10,500, 12,500} = 10,500: anna's revenue score 12,500 / 23,000 = 0.543478…,
    /// boris's 2,350 / 12,850 = 0.182879… (summed as given, anna's would be
    /// 1,002,000 / (1,002,000 + ref) ≈ 1, the inflation of issue 14).
    func workspace() throws -> Workspace {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("currency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let files = [
            "contacts.csv": "id,name,kind\nme,Me,me\nanna,Анна Петрова,client\nboris,Boris Ivanov,client\nvera,Vera,partner\n",
            "deals.csv": """
                date,contact,amount,currency,status,source
                2026-03-01,anna,1000000,RUB,won,vera
                2026-04-01,anna,2000,,won,
                2026-05-01,anna,5000000,RUB,lost,
                2026-06-01,boris,10000,pln,won,
                2026-07-01,boris,500,XYZ,won,

                """,
            "liaison.toml": Self.toml,
        ]
        for (name, text) in files { try text.write(to: tmp.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return try WorkspaceLoader.load(from: tmp.path).workspace
    }

    @Test func dealsConvertToTheBaseAndUnratedAmountsStayApart() throws {
        let ws = try workspace()
        #expect(ws.deals.map(\.currency) == ["RUB", "EUR", "RUB", "PLN", "XYZ"])
        #expect(ws.config.currency == CurrencySettings(base: "EUR", defaultCode: "EUR", rates: ["RUB": 0.0105, "PLN": 0.235]))
        let q = ws.contactQuality(strengths: ws.tieStrengths(model: ws.config.tieStrength), model: ws.config.quality)
        #expect(abs(q[1].revenue - 12_500) < 1e-9 && q[1].revenueApart.isEmpty)
        #expect(abs(q[2].revenue - 2_350) < 1e-9)
        #expect(q[2].revenueApart == ["XYZ": 500])
        #expect(q[2].dealsWon == 2)
        #expect(abs(q[3].creditedRevenue - 10_500) < 1e-9 && q[3].creditedRevenueApart.isEmpty)
        #expect(abs(try #require(q[1].scores[.revenue]) - 12_500.0 / 23_000) < 1e-12)
        #expect(abs(try #require(q[2].scores[.revenue]) - 2_350.0 / 12_850) < 1e-12)
        #expect(ws.moneyWarnings == ["1 won deal in XYZ (500 XYZ): no rate to EUR: add XYZ = <EUR per XYZ> under [currency.rates] in liaison.toml; shown apart, left out of revenue"])
    }

    @Test func contactsShowTheBaseAndTheAmountsApart() throws {
        let ws = try workspace()
        let q = ws.contactQuality(strengths: ws.tieStrengths(model: ws.config.tieStrength), model: ws.config.quality)
        let rows = q.bestFirst(in: ws)
        let table = ContactListing(rows: rows, workspace: ws).formatted(.table)
        #expect(table.contains("revenue EUR"))
        #expect(table.contains("12500"))
        #expect(table.contains("2350 + 500 XYZ"))
        #expect(table.contains("Revenue in EUR, converted at 1 PLN = 0.235 EUR, 1 RUB = 0.0105 EUR"))
        let json = ContactListing(rows: rows, workspace: ws).formatted(.json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let boris = try #require(parsed.first { $0["id"] as? String == "boris" })
        #expect(boris["revenue"] as? Double == 2350 && boris["currency"] as? String == "EUR")
        #expect(boris["revenue_apart"] as? [String: Double] == ["XYZ": 500])
        #expect(boris["money_warning"] as? String == "not added to revenue, no rate to EUR: 500 XYZ")
        let csv = ContactListing(rows: rows, workspace: ws).formatted(.csv)
        #expect(csv.contains(",EUR,500 XYZ,,\"not added to revenue, no rate to EUR: 500 XYZ\""))
    }

    @Test func withoutABaseSeveralCurrenciesAreNeverAdded() {
        // RUB and EUR, no [currency]: nothing converts, each amount is apart in its currency.
        let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "a", name: "A", kind: .client)]
        let ws = Workspace(contacts: contacts, deals: [
            Deal(date: day(-10), contact: 1, amount: 1_000_000, currency: "RUB", status: .won),
            Deal(date: day(-20), contact: 1, amount: 20_000, currency: "EUR", status: .won),
        ], config: WorkspaceConfig(asOf: testAsOf), me: 0)
        #expect(ws.money.base == nil)
        let q = ws.contactQuality(strengths: ws.tieStrengths(model: model), model: QualityModel())[1]
        #expect(q.revenue == 0)
        #expect(q.revenueApart == ["RUB": 1_000_000, "EUR": 20_000])
        #expect(ws.moneyWarnings.count == 2)
        #expect(ws.moneyWarnings[0].contains("deals are in several currencies and liaison.toml sets no [currency] base"))
    }

    @Test func oneCurrencyOrNoneNeedsNoConfiguration() {
        // Every deal in one currency (or none named): the base is that currency, amounts add as before.
        let contacts = [Contact(id: "me", name: "Me", kind: .me), Contact(id: "a", name: "A", kind: .client)]
        let ws = Workspace(contacts: contacts, deals: [
            Deal(date: day(-10), contact: 1, amount: 300, currency: "", status: .won),
            Deal(date: day(-20), contact: 1, amount: 700, currency: "", status: .won),
        ], config: WorkspaceConfig(asOf: testAsOf), me: 0)
        #expect(ws.money.base == "")
        #expect(ws.contactQuality(strengths: ws.tieStrengths(model: model), model: QualityModel())[1].revenue == 1000)
        #expect(ws.moneyWarnings.isEmpty)
    }

    @Test func currencyTableIsTypedAndChecked() throws {
        let c = try WorkspaceConfig(parsing: "[currency]\nbase = \"EUR\"\nrates = { RUB = 0.0105, USD = 0.92 }\n")
        #expect(c.currency.base == "EUR" && c.currency.defaultCode == nil)
        #expect(c.currency.rates == ["RUB": 0.0105, "USD": 0.92])
        #expect(c.currency.effectiveCode("") == "EUR" && c.currency.effectiveCode("RUB") == "RUB")
        func errors(_ text: String) -> [String] {
            do { _ = try WorkspaceConfig(parsing: text); return [] } catch let e as InputErrors {
                return e.diagnostics.map(\.description)
            } catch { return ["\(error)"] }
        }
        // "base = " is 7 characters: the value starts at column 8.
        #expect(errors("[currency]\nbase = \"euro\"\n")
                == ["liaison.toml:2:8: [currency] base: got \"euro\", expected an ISO 4217 code in capitals as a string (base = \"EUR\")"])
        #expect(errors("[currency]\nbase = \"EUR\"\n[currency.rates]\nrub = 0.01\n")
                == ["liaison.toml:4:1: [currency.rates] rub: expected an ISO 4217 code in capitals (RUB = 0.0105)"])
        #expect(errors("[currency]\nbase = \"EUR\"\n[currency.rates]\nRUB = 0\n")
                == ["liaison.toml:4:7: [currency.rates] RUB: got 0, expected a rate > 0: what one RUB is worth in the base currency"])
        #expect(errors("[currency]\nbase = \"EUR\"\n[currency.rates]\nEUR = 2\n")
                == ["liaison.toml:4:7: [currency.rates] EUR: the base currency's rate is 1, got 2.0"])
        #expect(errors("[currency]\nrates = { RUB = 0.01 }\n").first?.contains("rates need a base") == true)
        #expect(errors("[currency]\nbse = \"EUR\"\n")
                == ["liaison.toml:2:1: [currency] bse: unknown key, expected one of base, default, rates"])
        #expect(WorkspaceConfig.knownKeys.contains("currency"))
    }

    @Test func convertedAmountsAreRoundedToHundredths() {
        let m = MoneyConverter(settings: CurrencySettings(base: "EUR", rates: ["RUB": 0.0105, "PLN": 0.235]), codes: ["RUB", "PLN"])
        // 1,500,000 × 0.0105 = 15,750.000000000002 in binary floating point; 41,500 × 0.235 = 9,752.5;
        // 1 × 0.0105 = 0.0105 → 0.01 (hundredths); an amount in the base is not rounded.
        #expect(1_500_000 * 0.0105 != 15_750)
        #expect(m.toBase(1_500_000, "RUB") == 15_750)
        #expect(m.toBase(41_500, "PLN") == 9_752.5)
        #expect(m.toBase(1, "RUB") == 0.01)
        #expect(m.toBase(0.125, "EUR") == 0.125)
        #expect(m.toBase(5, "USD") == nil)
        // A deal built in code with no currency is in the default, else the base.
        #expect(m.toBase(7, "") == 7)
        let rubByDefault = MoneyConverter(settings: CurrencySettings(base: "EUR", defaultCode: "RUB", rates: ["RUB": 0.0105]), codes: [""])
        #expect(rubByDefault.toBase(1000, "") == 10.5)
    }

    @Test func isoCodeShape() {
        #expect(CurrencySettings.isCode("EUR") && CurrencySettings.isCode("XYZ"))
        for bad in ["", "EU", "EURO", "eur", "€UR", "E1R", "ЕВР"] { #expect(!CurrencySettings.isCode(bad), "\(bad)") }
    }
}
