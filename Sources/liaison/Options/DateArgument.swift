import ArgumentParser
import Foundation
import Liaison

/// A date on the command line (`--as-of 2026-03-14`, or a date-time), parsed once by the argument
/// parser: a bad date is a usage error (exit 64) naming the option and what is expected.
struct DateArgument: ExpressibleByArgument, Sendable {
    var date: Date

    init?(argument: String) {
        guard let date = ISODate.parse(argument) else { return nil }
        self.date = date
    }
}
