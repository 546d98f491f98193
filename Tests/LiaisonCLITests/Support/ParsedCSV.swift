/// A strict RFC 4180 parse of command output (quoted fields, doubled quotes, embedded newlines),
/// so tests check that CSV output really parses, not just that it splits on commas.
struct ParsedCSV {
    var header: [String]
    var rows: [[String]]

    /// `nil` when the text is not well-formed CSV or rows differ in length from the header.
    init?(_ text: String) {
        var records: [[String]] = []
        var field = "", record: [String] = []
        var quoted = false, afterQuote = false
        var chars = text.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true } else { field.append(c) }
                continue
            }
            switch c {
            case "\"":
                if afterQuote { field.append("\""); quoted = true; afterQuote = false }
                else if field.isEmpty { quoted = true }
                else { return nil }
            case ",": record.append(field); field = ""; afterQuote = false
            case "\n", "\r\n": record.append(field); records.append(record); field = ""; record = []; afterQuote = false
            default:
                if afterQuote { return nil }
                field.append(c)
            }
        }
        if quoted { return nil }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        guard let first = records.first else { return nil }
        header = first
        rows = Array(records.dropFirst())
        if rows.contains(where: { $0.count != header.count }) { return nil }
    }

    func column(_ name: String) -> [String] {
        let i = header.firstIndex(of: name)!
        return rows.map { $0[i] }
    }
}
