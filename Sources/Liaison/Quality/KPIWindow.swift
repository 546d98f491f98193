//===----------------------------------------------------------------------===//
// KPIWindow: the one window every KPI is counted over, and how it is written
//===----------------------------------------------------------------------===//

import Foundation

/// The days a KPI is counted over: the `days` before `asOf` — an event counts when
/// asOf − days < date ≤ asOf — as `[quality] window_days` sets it (default 365). `contacts`, the
/// reasons of `plan` and the answers in `ties --explain` all count in this window and say so the
/// same way: "answered 3 of 7 in the last 12 months".
public struct KPIWindow: Sendable, Equatable {
    public var asOf: Date
    public var days: Double

    public init(asOf: Date, days: Double) {
        self.asOf = asOf
        self.days = days
    }

    /// The window of `model` as of `asOf`.
    public init(asOf: Date, model: QualityModel) { self.init(asOf: asOf, days: model.windowDays) }

    /// The first instant not in the window (the window is (start, asOf]).
    public var start: Date { asOf.addingTimeInterval(-days * ISODate.secondsPerDay) }

    public func contains(_ date: Date) -> Bool { date > start && date <= asOf }

    /// "in the last 12 months" (365 or 366 days), "in the last 2 years" (730/731), "in the whole
    /// history" (the lifetime window, 100 years or more), else "in the last N days".
    public var label: String {
        let d = Int(days.rounded())
        if d >= 36_500 { return "in the whole history" }
        if d == 365 || d == 366 { return "in the last 12 months" }
        if d % 365 == 0 || d % 365 == 1, d >= 730 { return "in the last \(d / 365) years" }
        return "in the last \(d) day\(d == 1 ? "" : "s")"
    }

    /// "answered 3 of 7 in the last 12 months": a count out of its sample, labelled with the window.
    public func sample(_ verb: String, _ k: Int, of n: Int, _ noun: String = "") -> String {
        "\(verb) \(k) of \(n)" + (noun.isEmpty ? "" : " " + noun) + " " + label
    }
}
