import Foundation
import Testing
@testable import Liaison

/// Issue 19, item 7: bounded input. A field holds at most 64 KiB, a line at most 1 MiB, and a pipe
/// or device is read to at most 256 MiB; past a limit the read stops with `file:line:column`
/// (exit 65 in the CLI).
@Suite struct InputLimitsTests {
    private func diagnostics(_ text: [UInt8], field: Int = CSVReader.maxFieldBytes,
                             line: Int = CSVReader.maxLineBytes) -> [Diagnostic] {
        var reader = CSVReader(file: "t.csv", bytes: text)
        reader.maxFieldBytes = field
        reader.maxLineBytes = line
        do { try reader.forEachRecord { _ in }; return [] } catch let e as InputErrors { return e.diagnostics } catch { return [] }
    }

    @Test func issue19Item7FieldOfExactlyTheLimitIsRead() throws {
        let field = String(repeating: "ж", count: CSVReader.maxFieldBytes / 2)   // 2 bytes each
        var fields: [String] = []
        try CSVReader(file: "t.csv", bytes: Array("a,\(field)\n".utf8)).forEachRecord { fields.append($0.string(1)!) }
        #expect(fields == [field])
    }

    @Test func issue19Item7OverlongUnquotedFieldHasItsPlace() {
        let text = Array("id,name\nanna,".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: CSVReader.maxFieldBytes + 1) + Array("\n".utf8)
        #expect(diagnostics(text).map(\.description) == ["t.csv:2:6: field longer than 64 KiB: a field of a CSV file holds at most 64 KiB"])
    }

    @Test func issue19Item7OverlongQuotedFieldStopsEarly() {
        // An unterminated quote over 10 MiB: the field limit ends the read, not the end of input.
        let text = Array("a,\"Ж".utf8) + [UInt8](repeating: UInt8(ascii: "\n"), count: 10 << 20)
        #expect(diagnostics(text).map(\.description) == ["t.csv:1:3: field longer than 64 KiB: a field of a CSV file holds at most 64 KiB"])
    }

    @Test func issue19Item7OverlongLineOfShortFields() {
        // 600,000 one-byte fields: 1.2 MB on one line. Column 1,048,577 is the first byte past 1 MiB.
        let text = Array(repeating: Array("x,".utf8), count: 600_000).flatMap { $0 } + Array("\n".utf8)
        #expect(diagnostics(text).map(\.description) == ["t.csv:1:1048577: line longer than 1 MiB: a line of a CSV file holds at most 1 MiB"])
    }

    @Test func issue19Item7LineLimitCountsPhysicalLinesInsideQuotes() {
        // Small limits: a quoted field spanning lines; its second physical line is too long.
        let text = Array("a,\"12\n123456789\"\n".utf8)
        #expect(diagnostics(text, field: 100, line: 8).map(\.description)
                == ["t.csv:2:9: line longer than 8 bytes: a line of a CSV file holds at most 8 bytes"])
        #expect(diagnostics(text, field: 100, line: 12).isEmpty)
    }

    @Test func issue19Item7StreamOverTheCapIsRefused() throws {
        do {
            _ = try FileBytes(path: "/dev/zero", streamLimit: 1 << 20)
            Issue.record("read /dev/zero to the end")
        } catch let e as InputErrors {
            #expect(e.description == "/dev/zero: more than 1 MiB read from a pipe or device: not read further (save the input to a regular file, which has no such limit)")
        }
    }

    @Test func issue19Item7RegularFilesHaveNoStreamCap() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-limit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(count: 3000).write(to: URL(fileURLWithPath: path))
        #expect(try FileBytes(path: path, streamLimit: 1000).count == 3000)
    }

    @Test func issue19Item7EdgeListFromDevZeroEndsWithAMessage() throws {
        // The SNAP reader's own line limit, reached through the real /dev/zero at the default cap
        // would take 256 MiB; a FIFO-free check: a regular file with one 1 MiB + 1 line.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-limit-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Digits, not NUL bytes: NUL bytes are refused earlier, as binary data (EdgeListFormatsTests).
        try Data(Array("1 2\n".utf8) + [UInt8](repeating: 0x37, count: (1 << 20) + 1)).write(to: URL(fileURLWithPath: path))
        do {
            _ = try EdgeListLoader.load(path: path, directed: nil)
            Issue.record("loaded a 1 MiB line")
        } catch let e as InputErrors {
            #expect(e.diagnostics.map(\.description) == ["\(path):2:1048577: line longer than 1 MiB: a line of an edge list holds at most 1 MiB"])
        }
    }
}
