//===----------------------------------------------------------------------===//
// ExportCSV: the CSV exports of other programs, read row by row under their own header
//===----------------------------------------------------------------------===//

import Foundation

/// One data row of an exported CSV file, with its cells by header name.
struct ExportRow {
    let cells: [String]
    let line: Int
    /// Header name (lower-cased, trimmed) → position.
    let columns: [String: Int]
    let file: String
    /// Byte-accurate places of the cells, for diagnostics.
    let positions: [(line: Int, column: Int)]

    /// The trimmed cell under `name` ("" when absent).
    subscript(_ name: String) -> String {
        guard let i = columns[name.lowercased()], i < cells.count else { return "" }
        return cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func diagnostic(_ name: String, _ message: String) -> Diagnostic {
        let i = columns[name.lowercased()] ?? 0
        let p = i < positions.count ? positions[i] : (line, 1)
        return Diagnostic(file: file, line: p.line, column: p.column, message: message)
    }

    var place: SourcePlace { SourcePlace(file: file, line: line) }
}

/// Reads an exported CSV: records before the first one `isHeader` accepts are a preamble and are
/// skipped; each later record is handed to `body`. A CSV syntax error or invalid UTF-8 ends up in
/// `problems`; `nil` is returned when no header was found.
func readExportCSV(path: String, bytes: [UInt8], isHeader: ([String]) -> Bool,
                   problems: inout [Diagnostic], _ body: (ExportRow, inout [Diagnostic]) -> Void) -> [String]? {
    var header: [String]?
    var columns = [String: Int]()
    do {
        try CSVReader(file: path, bytes: bytes).forEachRecord { r in
            var cells = [String]()
            for i in 0 ..< r.count {
                guard let s = r.string(i) else {
                    problems.append(r.diagnostic(i, "not valid UTF-8 text: export the file as UTF-8"))
                    return
                }
                cells.append(s)
            }
            guard let _ = header else {
                let names = cells.map { $0.trimmingCharacters(in: .whitespaces) }
                if isHeader(names) {
                    header = names
                    for (k, n) in names.enumerated() where columns[n.lowercased()] == nil { columns[n.lowercased()] = k }
                }
                return
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return }
            body(ExportRow(cells: cells, line: r.line, columns: columns, file: path,
                           positions: (0 ..< r.count).map { r.position($0) }), &problems)
        }
    } catch let e as InputErrors {
        problems += e.diagnostics
    } catch {
        problems.append(Diagnostic(file: path, line: 0, column: 0, message: "\(error)"))
    }
    return header
}
