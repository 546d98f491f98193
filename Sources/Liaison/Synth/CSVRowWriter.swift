//===----------------------------------------------------------------------===//
// CSVRowWriter: synth's CSV rows, streamed into an OutputFile
//===----------------------------------------------------------------------===//

/// The cells of a synthetic workspace's CSV files (RFC 4180 quoting, integers, one-decimal
/// numbers, ISO dates), appended straight into the 1 MiB buffer of an `OutputFile`, so that ten
/// million rows cost about a thousand `write`s and bounded memory. The file appears under its
/// name only at `commit()`, complete; a run that fails part-way leaves the old file (or none).
///
/// The appends do not throw: a write failure is kept by the `OutputFile` and thrown by `commit()`.
final class CSVRowWriter {
    let file: OutputFile
    private var fieldsInRow = 0

    init(path: String) throws {
        file = try OutputFile(path)
    }

    /// Writes the rest and puts the file in place (see `OutputFile.commit()`).
    func commit() throws { try file.commit() }

    /// Removes the temporary file (after a failure).
    func discard() { file.discard() }

    // MARK: Raw output

    func raw(_ text: String) {
        file.append(contentsOf: text.utf8)
        file.flushIfFull()
    }

    func raw(_ bytes: UnsafeBufferPointer<UInt8>) { file.append(contentsOf: bytes) }

    // MARK: CSV cells

    private func separate() {
        if fieldsInRow > 0 { file.append(UInt8(ascii: ",")) }
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
        if !needsQuotes { file.append(contentsOf: value.utf8); return }
        file.append(0x22)
        for b in value.utf8 {
            if b == 0x22 { file.append(0x22) }
            file.append(b)
        }
        file.append(0x22)
    }

    /// Cell made of the given bytes, written as is (ids: no quoting needed by construction).
    func plain(_ bytes: ArraySlice<UInt8>) {
        separate()
        file.append(contentsOf: bytes)
    }

    /// Appends bytes to the current cell (after `plain`/`text`), e.g. the `;`-separated ids of a list.
    func appendToCell(_ bytes: ArraySlice<UInt8>) { file.append(contentsOf: bytes) }
    func appendToCell(byte: UInt8) { file.append(byte) }

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
        file.append(UInt8(ascii: "."))
        file.append(UInt8(ascii: "0") + UInt8(tenths % 10))
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
        file.append(UInt8(ascii: "T"))
        appendPadded(s / 3600, 2)
        file.append(UInt8(ascii: ":"))
        appendPadded(s / 60 % 60, 2)
    }

    func endRow() {
        file.append(0x0A)
        fieldsInRow = 0
        file.flushIfFull()
    }

    private func appendDay(_ days: Int) {
        let (y, m, d) = ISODate.civilFromDays(days)
        appendPadded(y, 4)
        file.append(UInt8(ascii: "-"))
        appendPadded(m, 2)
        file.append(UInt8(ascii: "-"))
        appendPadded(d, 2)
    }

    private func appendPadded(_ v: Int, _ width: Int) {
        var digits = 1, p = 10
        while v >= p { digits += 1; p *= 10 }
        for _ in digits ..< max(width, digits) { file.append(UInt8(ascii: "0")) }
        appendDigits(v)
    }

    private func appendDigits(_ v: Int) {
        if v < 0 { file.append(UInt8(ascii: "-")); appendDigits(-v); return }
        if v >= 10 { appendDigits(v / 10) }
        file.append(UInt8(ascii: "0") + UInt8(v % 10))
    }
}
