import Foundation
import Testing
@testable import Liaison

/// Timing of the mail and calendar importers on files made by bench/gen_mail_calendar.py. Off
/// unless LIAISON_IMPORT_BENCH names the folder holding mail.mbox and/or calendar.ics. Run on a
/// release build (the product package holds no benchmark executable for this; the release-built
/// test binary is the timed program):
///
///     python3 bench/gen_mail_calendar.py /tmp/mailcal-bench
///     swift build -c release --build-tests -Xswiftc -enable-testing
///     LIAISON_IMPORT_BENCH=/tmp/mailcal-bench /usr/bin/time -v \
///         .build/release/LiaisonPackageTests.xctest --testing-library swift-testing --filter importTimingMbox
private let benchFolder = ProcessInfo.processInfo.environment["LIAISON_IMPORT_BENCH"]

private func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

@Test(.enabled(if: benchFolder.map { FileManager.default.fileExists(atPath: $0 + "/mail.mbox") } ?? false,
               "set LIAISON_IMPORT_BENCH to a folder made by bench/gen_mail_calendar.py"))
func importTimingMbox() throws {
    let path = benchFolder! + "/mail.mbox"
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    var batch = ImportBatch()
    let t = try seconds { batch = try MboxImporter.read(path: path, ownerEmails: ["me@example.com"]) }
    let replies = batch.touches.filter { $0.replyHours != nil }.count
    print("mbox: \(size / 1_000_000) MB, \(batch.touches.count) touches, \(batch.people.count) people, "
          + "\(batch.skipped.count) skipped, \(batch.problems.count) problems, \(replies) with reply times: "
          + String(format: "%.2f s", t))
    #expect(batch.problems.isEmpty)
    #expect(batch.touches.count > 0)
}

@Test(.enabled(if: benchFolder.map { FileManager.default.fileExists(atPath: $0 + "/calendar.ics") } ?? false,
               "set LIAISON_IMPORT_BENCH to a folder made by bench/gen_mail_calendar.py"))
func importTimingICalendar() throws {
    let path = benchFolder! + "/calendar.ics"
    let asOf = Date(timeIntervalSince1970: TimeInterval(civilSeconds(CivilDate(year: 2026, month: 6, day: 30), 0, 0, 0)))
    var batch = ImportBatch()
    let t = try seconds { batch = try ICalendarImporter.read(path: path, asOf: asOf) }
    print("ics: \(batch.touches.count) touches (occurrences), \(batch.people.count) people, "
          + "\(batch.skipped.count) skipped, \(batch.problems.count) problems: " + String(format: "%.2f s", t))
    #expect(batch.problems.isEmpty)
    #expect(batch.touches.count > 0)
}
