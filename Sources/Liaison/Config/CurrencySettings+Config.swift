import Foundation

/// Reading the `[currency]` table of liaison.toml (its keys: see `CurrencySettings`): `base` and
/// `default` are ISO 4217 codes as strings, `rates` a table of codes to numbers > 0 (base units per
/// unit). Every problem is reported at the offending key or value.
extension CurrencySettings {
    static let knownKeys: Set<String> = ["base", "default", "rates"]

    static func read(_ root: TOMLTable, _ reader: inout ConfigReader) -> CurrencySettings {
        var settings = CurrencySettings()
        guard let table = reader.table(root, "currency", name: "currency") else { return settings }
        func code(_ key: String) -> String? {
            guard let node = table[key] else { return nil }
            guard let s = node.value.string, isCode(s) else {
                reader.problem("[currency] \(key): got \(node.value.shown), expected an ISO 4217 code in capitals as a string (\(key) = \"EUR\")",
                               at: node.position)
                return nil
            }
            return s
        }
        settings.base = code("base")
        settings.defaultCode = code("default")
        reader.unknownKeys(table, "currency", known: knownKeys)
        if let rates = reader.table(table, "rates", name: "currency.rates") {
            for e in rates.entries {
                guard isCode(e.key) else {
                    reader.problem("[currency.rates] \(e.key): expected an ISO 4217 code in capitals (RUB = 0.0105)", at: e.keyPosition)
                    continue
                }
                guard let x = reader.number(rates, "currency.rates", e.key, { $0 > 0 },
                                            "a rate > 0: what one \(e.key) is worth in the base currency") else { continue }
                if e.key == settings.base, x != 1 {
                    reader.problem("[currency.rates] \(e.key): the base currency's rate is 1, got \(x)", at: e.node.position)
                    continue
                }
                settings.rates[e.key] = x
            }
            if settings.base == nil, !settings.rates.isEmpty, let node = root["currency"] {
                reader.problem("[currency] rates need a base: add base = \"EUR\" (the currency the rates convert to)",
                               at: node.position)
            }
        }
        return settings
    }
}
