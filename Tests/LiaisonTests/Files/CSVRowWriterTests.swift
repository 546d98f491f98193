import Foundation
import Testing
@testable import Liaison

@Test func csvRowWriterQuotesWhatNeedsItAndFormatsNumbersAndDates() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("t.csv").path
    let w = try CSVRowWriter(path: path)
    w.row(["a", "b,c", "say \"hi\"", "line\nbreak", "Анна"])
    w.integer(-42); w.oneDecimal(2.25); w.oneDecimal(0.04); w.empty()
    // Day 20526 is 2026-03-14 (see ISODateTests); 9:05 that day.
    w.day(20526); w.minute(20526 * 86400 + 9 * 3600 + 5 * 60); w.day(-1)
    w.plain(Array("id-1".utf8)[...]); w.appendToCell(byte: UInt8(ascii: ";")); w.appendToCell(Array("id-2".utf8)[...])
    w.endRow()
    #expect(!FileManager.default.fileExists(atPath: path), "nothing under the real name before commit()")
    try w.commit()
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // 2.25 → 22.5 tenths, exact in binary, rounded half away from zero → 2.3.
    #expect(text == "a,\"b,c\",\"say \"\"hi\"\"\",\"line\nbreak\",Анна\n-42,2.3,0.0,,2026-03-14,2026-03-14T09:05,1969-12-31,id-1;id-2\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.csv"])
}
