//===----------------------------------------------------------------------===//
// BufferedFileWriter: CSV rows to disk through a fixed buffer, renamed into place at the end
//===----------------------------------------------------------------------===//

import Foundation

/// Writes a file through a 1 MiB buffer, so that ten million rows cost ten thousand `write`s and
/// bounded memory. The bytes go to a hidden temporary file beside the target, renamed over it by
/// `close()`: a run that fails part-way leaves no half-written file under the real name.
final class BufferedFileWriter {
    let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20
    private var fieldsInRow = 0

    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw InputMissing(path: path, reason: "cannot be written")
        }
        self.handle = handle
        buffer.reserveCapacity(capacity + 4096)
    }

    deinit { try? handle.close() }

    private func flushIfFull() { if buffer.count >= capacity { flush() } }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the file into place.
    func close() throws {
        flush()
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
    }

    /// Removes the temporary file (after a failure).
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    // MARK: Raw output

    func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    func raw(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }

    // MARK: CSV cells

    private func separate() {
        if fieldsInRow > 0 { buffer.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
    }

    /// A header or data row of text cells.
    func row(_ cells: [String]) {
        for c in cells { text(c) }
        endRow()
    }

    /// A text cell, quoted when it holds a comma, quote or line break (RFC 4180).
    func text(_ value: String) {
        separate()
        let needsQuotes = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes { buffer.append(contentsOf: value.utf8); return }
        buffer.append(0x22)
        for b in value.utf8 {
            if b == 0x22 { buffer.append(0x22) }
            buffer.append(b)
        }
        buffer.append(0x22)
    }

    /// Cell made of the given bytes, written as is (ids: no quoting needed by construction).
    func plain(_ bytes: ArraySlice<UInt8>) {
        separate()
        buffer.append(contentsOf: bytes)
    }

    /// Appends bytes to the current cell (after `plain`/`text`), e.g. the `;`-separated ids of a list.
    func appendToCell(_ bytes: ArraySlice<UInt8>) { buffer.append(contentsOf: bytes) }
    func appendToCell(byte: UInt8) { buffer.append(byte) }

    func empty() { separate() }

    func integer(_ v: Int) {
        separate()
        appendDigits(v)
    }

    /// A non-negative number with one decimal (12.5).
    func oneDecimal(_ v: Double) {
        separate()
        let tenths = Int((v * 10).rounded())
        appendDigits(tenths / 10)
        buffer.append(UInt8(ascii: "."))
        buffer.append(UInt8(ascii: "0") + UInt8(tenths % 10))
    }

    /// `YYYY-MM-DD` of a day number (days since 1970-01-01).
    func day(_ days: Int) {
        separate()
        appendDay(days)
    }

    /// `YYYY-MM-DDTHH:MM` of seconds since 1970 (UTC).
    func minute(_ seconds: Int) {
        separate()
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let s = seconds - days * 86_400
        appendDay(days)
        buffer.append(UInt8(ascii: "T"))
        appendPadded(s / 3600, 2)
        buffer.append(UInt8(ascii: ":"))
        appendPadded(s / 60 % 60, 2)
    }

    func endRow() {
        buffer.append(0x0A)
        fieldsInRow = 0
        flushIfFull()
    }

    private func appendDay(_ days: Int) {
        let (y, m, d) = ISODate.civilFromDays(days)
        appendPadded(y, 4)
        buffer.append(UInt8(ascii: "-"))
        appendPadded(m, 2)
        buffer.append(UInt8(ascii: "-"))
        appendPadded(d, 2)
    }

    private func appendPadded(_ v: Int, _ width: Int) {
        var digits = 1, p = 10
        while v >= p { digits += 1; p *= 10 }
        for _ in digits ..< max(width, digits) { buffer.append(UInt8(ascii: "0")) }
        appendDigits(v)
    }

    private func appendDigits(_ v: Int) {
        if v < 0 { buffer.append(UInt8(ascii: "-")); appendDigits(-v); return }
        if v >= 10 { appendDigits(v / 10) }
        buffer.append(UInt8(ascii: "0") + UInt8(v % 10))
    }
}
