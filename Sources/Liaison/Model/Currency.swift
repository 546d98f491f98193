//===----------------------------------------------------------------------===//
// Currency: ISO 4217 codes, the base currency and the rates that convert to it
//===----------------------------------------------------------------------===//

import Foundation

/// How the workspace's money is added up, from liaison.toml `[currency]` (read in
/// CurrencySettings+Config.swift):
///
/// ```toml
/// [currency]
/// base = "EUR"        # every money KPI (revenue, credited revenue) is stated in this currency
/// default = "EUR"     # the currency of a deals.csv row whose currency cell is empty (default: base)
/// [currency.rates]    # what one unit of each other currency is worth in the base
/// RUB = 0.0105
/// PLN = 0.23
/// ```
///
/// A currency is an ISO 4217 alphabetic code: three letters A–Z (deals.csv may write them in lower
/// case; they are upper-cased on reading). An amount converts to the base when its currency is the
/// base (rate 1) or has a rate; otherwise it is kept apart, per currency, and never added to an
/// amount in another currency (`amountsApart`), and the commands that print money warn about it.
///
/// Without a `base`, the base is the one currency every deal is in, when there is only one
/// (including "no currency given", so a workspace that never names a currency adds its amounts as
/// before); with deals in several currencies and no base, nothing is added across currencies.
public struct CurrencySettings: Sendable, Equatable {
    /// The currency money KPIs are stated in; `nil`: not set in liaison.toml.
    public var base: String?
    /// The currency of a deal whose currency cell is empty; `nil`: the base.
    public var defaultCode: String?
    /// Base units per one unit of the currency (the code's rate; the base itself is 1).
    public var rates: [String: Double]

    public init(base: String? = nil, defaultCode: String? = nil, rates: [String: Double] = [:]) {
        self.base = base
        self.defaultCode = defaultCode
        self.rates = rates
    }

    /// The currency of a deal whose currency cell is `code` (trimmed, upper-cased; "" when empty):
    /// the code itself, else `default`, else `base`, else "" (not said).
    public func effectiveCode(_ code: String) -> String {
        code.isEmpty ? (defaultCode ?? base ?? "") : code
    }

    /// True for an ISO 4217 alphabetic code's shape: exactly three ASCII letters A–Z.
    public static func isCode(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 3 && u.allSatisfy { (0x41 ... 0x5A).contains($0) }
    }
}

/// The conversion of a workspace's deal amounts to one base currency.
public struct MoneyConverter: Sendable {
    /// The base amounts are stated in; `nil` when there is none (several currencies, no `base`).
    public let base: String?
    let rates: [String: Double]
    /// The settings, for a deal whose currency is still empty (built in code rather than loaded).
    let settings: CurrencySettings

    /// The converter for `settings` and the currencies the deals actually use (`codes`, effective
    /// codes as stored on `Deal.currency`).
    public init(settings: CurrencySettings, codes: Set<String>) {
        if let b = settings.base {
            base = b
        } else if codes.count <= 1 {
            base = codes.first ?? ""
        } else {
            base = nil
        }
        rates = settings.rates
        self.settings = settings
    }

    /// `amount` in `code`, in the base; `nil` when `code` has no rate to the base. A converted
    /// amount is rounded to hundredths of the base (1,500,000 × 0.0105 is 15,750, not
    /// 15,750.000000000002); an amount already in the base is kept as it is.
    public func toBase(_ amount: Double, _ given: String) -> Double? {
        guard let base else { return nil }
        let code = settings.effectiveCode(given)
        if code == base { return amount }
        if let r = rates[code] { return (amount * r * 100).rounded() / 100 }
        return nil
    }

    /// The base as printed after an amount: " EUR", or "" when the currency is not named.
    public var suffix: String { (base ?? "").isEmpty ? "" : " " + base! }
}

extension Workspace {
    /// The converter of this workspace's deals (`config.currency` and the currencies used).
    public var money: MoneyConverter {
        MoneyConverter(settings: config.currency, codes: Set(deals.map(\.currency)))
    }

    /// One warning per currency that won deals are in but that does not convert to the base: what
    /// is kept apart and how to fix it. Empty when every won amount converts.
    public var moneyWarnings: [String] {
        let m = money
        var apart = [String: (count: Int, total: Double)]()
        for d in deals where d.status == .won && m.toBase(d.amount, d.currency) == nil {
            apart[d.currency, default: (0, 0)].count += 1
            apart[d.currency, default: (0, 0)].total += d.amount
        }
        return apart.keys.sorted().map { code in
            let (n, total) = apart[code]!
            let name = code.isEmpty ? "no currency" : code
            let amount = CSVWriter.format(total) + (code.isEmpty ? "" : " " + code)
            let fix = m.base.map { "no rate to \($0): add \(code.isEmpty ? "a currency to those rows" : "\(code) = <\($0) per \(code)>") under [currency.rates] in liaison.toml" }
                ?? "deals are in several currencies and liaison.toml sets no [currency] base"
            return "\(n) won deal\(n == 1 ? "" : "s") in \(name) (\(amount)): \(fix); shown apart, left out of revenue"
        }
    }
}
