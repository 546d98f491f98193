import Foundation

/// What the user said about keeping in touch with one contact (a row of cadence.csv): snoozed
/// until a date, and/or "no cadence" (never list this contact for its rhythm).
///
/// `liaison agenda WS snooze|no-cadence|resume CONTACT` writes these rows (`CadenceEdit`); the
/// agenda reads them (`Workspace.agenda`). One row per contact.
public struct CadenceSetting: Sendable, Hashable {
    public var contact: ContactIndex
    /// The contact is left out of the agenda while the agenda's date is before this date; from this
    /// date on it is listed again.
    public var snoozeUntil: Date?
    /// Never list this contact for its rhythm (overdue), a fading tie or a dormant one; promises and
    /// goal steps still are.
    public var noCadence: Bool
    public var note: String

    public init(contact: ContactIndex, snoozeUntil: Date? = nil, noCadence: Bool = false, note: String = "") {
        self.contact = contact
        self.snoozeUntil = snoozeUntil
        self.noCadence = noCadence
        self.note = note
    }

    /// Snoozed on `date`: the snooze ends on a later calendar day (UTC).
    public func isSnoozed(on date: Date) -> Bool {
        guard let until = snoozeUntil else { return false }
        return ISODate.calendarDay(date) < ISODate.calendarDay(until)
    }
}
