//===----------------------------------------------------------------------===//
// ResultFormat: the three forms every printed result takes
//===----------------------------------------------------------------------===//

/// How a result is printed: a table for people, CSV and JSON for scripts (SPEC §4).
public enum ResultFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

/// A result that can be printed in each `ResultFormat`. CSV and JSON field names are stable and
/// documented in the command's help; JSON numbers are numbers, NaN and ∞ are null.
public protocol FormattedResult {
    /// The whole output, ending with a newline.
    func formatted(_ format: ResultFormat) -> String
}
