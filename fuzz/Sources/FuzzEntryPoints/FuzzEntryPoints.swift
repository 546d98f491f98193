//===----------------------------------------------------------------------===//
// FuzzEntryPoints: one function per fuzzed reader, shared by libFuzzer and `make test`
//===----------------------------------------------------------------------===//
// This file is compiled twice: into the libFuzzer binaries (`make fuzz-build`: a module of its
// own, compiled by swiftc with the fuzzer and address sanitizers) and, through the symlink
// Tests/LiaisonTests/Fuzz/FuzzEntryPoints.swift, into the test target that replays fuzz/corpus
// and fuzz/regressions in `make test`. It uses only the public API of Liaison, as any client does.

import Foundation
import Liaison

public enum FuzzEntryPoints {
    /// The fuzz targets, named as the folders of fuzz/corpus and fuzz/regressions.
    public static let targets = ["csv", "workspace", "edges-csv", "edges-snap", "edges-graphml", "date",
                                 "toml", "edges-gml", "edges-pajek",
                                 "vcard", "mbox", "ics", "linkedin", "google-csv"]

    /// Feeds `data` to the reader of `target`. Bad input must end in a thrown error; anything else
    /// (a trap, a sanitizer report, a broken invariant checked below) is a finding.
    public static func run(_ target: String, _ data: UnsafeBufferPointer<UInt8>) {
        switch target {
        case "csv": csv(data)
        case "workspace": workspace(data)
        case "edges-csv": edges(data, format: .csv, ext: "csv")
        case "edges-snap": edges(data, format: .snap, ext: "txt")
        case "edges-graphml": edges(data, format: .graphml, ext: "graphml")
        case "date": date(data)
        case "toml": toml(data)
        case "edges-gml": edges(data, format: .gml, ext: "gml")
        case "edges-pajek": edges(data, format: .pajek, ext: "net")
        case "vcard": importBatch(data) { VCardImporter.read(path: "fuzz.vcf", bytes: Array(data)) }
        case "linkedin": importBatch(data) { LinkedInImporter.read(path: "Connections.csv", bytes: Array(data)) }
        case "google-csv": importBatch(data) { GoogleContactsImporter.read(path: "contacts.csv", bytes: Array(data)) }
        case "mbox": importBatch(data) {
            try MboxImporter.read(bytes: Array(data), displayName: "fuzz.mbox", ownerEmails: ["me@example.com"])
        }
        case "ics": importBatch(data) {
            try ICalendarImporter.read(bytes: Array(data), displayName: "fuzz.ics", asOf: icsAsOf, ownerEmails: ["me@example.com"])
        }
        default: preconditionFailure("unknown fuzz target \(target)")
        }
    }

    /// CSVReader: every record, every field as a string, every field's position and diagnostic.
    static func csv(_ data: UnsafeBufferPointer<UInt8>) {
        let reader = CSVReader(file: "fuzz.csv", bytes: Array(data))
        var lastLine = 0
        do {
            try reader.forEachRecord { r in
                precondition(r.line > lastLine, "records must start on increasing lines")
                lastLine = r.line
                for i in 0 ... r.count {
                    _ = r.string(i)
                    _ = r.isEmpty(i)
                    let p = r.position(i)
                    precondition(p.line >= r.line && p.column >= 1, "a field's place lies before its record")
                    _ = r.diagnostic(i, "x").description
                }
            }
        } catch let e as InputErrors {
            for d in e.diagnostics { precondition(d.line >= 1 && d.column >= 1, "a CSV error without a place: \(d)") }
        } catch {
            preconditionFailure("CSVReader threw \(error)")
        }
    }

    /// The workspace loader over a workspace in memory (`WorkspaceFiles.inMemory`, the same loader
    /// as for a folder) holding contacts.csv and interactions.csv: the input is split at its first
    /// NUL byte (before: contacts.csv, after: interactions.csv).
    static func workspace(_ data: UnsafeBufferPointer<UInt8>) {
        let files = workspaceFiles(Array(data))
        do {
            let (ws, _) = try WorkspaceLoader.load(files: .inMemory(files, directory: "ws"))
            for i in ws.interactions { precondition(i.to.allSatisfy { $0 < ws.contacts.count }, "a reference past the contacts") }
        } catch is InputErrors {
        } catch is InputMissing {
        } catch {
            preconditionFailure("WorkspaceLoader threw \(error)")
        }
    }

    /// The files the `workspace` target makes of its input: contacts.csv before the first NUL byte,
    /// interactions.csv after it (empty when there is none).
    public static func workspaceFiles(_ bytes: [UInt8]) -> [String: [UInt8]] {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count
        return ["contacts.csv": Array(bytes[..<cut]),
                "interactions.csv": cut < bytes.count ? Array(bytes[(cut + 1)...]) : []]
    }

    /// EdgeListLoader in one format, from bytes in memory named as a file with that format's
    /// extension (`EdgeListLoader.load(bytes:name:…)`, the parser `load(path:)` runs).
    static func edges(_ data: UnsafeBufferPointer<UInt8>, format: EdgeListLoader.Format, ext: String) {
        do {
            let loaded = try EdgeListLoader.load(bytes: Array(data), name: "edges.\(ext)", directed: nil, format: format, threads: 1)
            _ = loaded
        } catch is InputErrors {
        } catch is InputMissing {
        } catch {
            preconditionFailure("EdgeListLoader threw \(error)")
        }
    }

    /// ISODate.parse; a plain date that parses must be written back identically.
    static func date(_ data: UnsafeBufferPointer<UInt8>) {
        guard let seconds = ISODate.parse(data) else { return }
        precondition(seconds.isFinite, "a date parsed to \(seconds)")
        if data.count == 10 {
            let text = String(decoding: data, as: UTF8.self)
            let back = ISODate.dayString(Date(timeIntervalSince1970: seconds))
            precondition(back == text, "\(text) parsed and wrote back as \(back)")
        }
    }

    /// The liaison.toml reader: `TOML.parse` over the bytes, then `WorkspaceConfig.read` (which parses
    /// again and checks every setting). A syntax error must carry a place inside the document, and
    /// the two must agree on whether the text is TOML.
    static func toml(_ data: UnsafeBufferPointer<UInt8>) {
        let bytes = Array(data)
        var lines = 1
        for b in bytes where b == 0x0A || b == 0x0D { lines += 1 }
        var parsed = true
        do {
            let table = try TOML.parse(bytes)
            _ = table
        } catch {
            parsed = false
            precondition(error.position.line >= 1 && error.position.line <= lines && error.position.column >= 1,
                         "a TOML error outside the document: \(error)")
        }
        let reading = WorkspaceConfig.read(bytes, file: "liaison.toml")
        for d in reading.errors + reading.warnings {
            precondition(d.line >= 0 && d.line <= lines && d.column >= 0, "a liaison.toml diagnostic outside the document: \(d)")
        }
        if parsed, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            precondition(!reading.errors.contains { $0.message.hasPrefix("TOML syntax error") },
                         "TOML.parse accepted what WorkspaceConfig.read calls a syntax error")
        }
    }

    /// The instant the iCalendar target expands recurrences up to (2027-01-01T00:00:00Z).
    static let icsAsOf = Date(timeIntervalSince1970: 1_798_761_600)

    /// An importer over the bytes: whatever it returns, every place it names lies inside the input
    /// (line 0 stands for "the whole file") and every date is finite.
    static func importBatch(_ data: UnsafeBufferPointer<UInt8>, _ read: () throws -> ImportBatch) {
        var lines = 1
        for b in data where b == 0x0A || b == 0x0D { lines += 1 }
        let batch: ImportBatch
        do {
            batch = try read()
        } catch is InputErrors {
            return
        } catch is InputMissing {
            return
        } catch {
            preconditionFailure("an importer threw \(error)")
        }
        func inside(_ line: Int) -> Bool { line >= 0 && line <= lines }
        for p in batch.people { precondition(inside(p.source.line), "a person placed at line \(p.source.line) of \(lines)") }
        for t in batch.touches {
            precondition(inside(t.source.line), "a touch placed at line \(t.source.line) of \(lines)")
            precondition(t.date.timeIntervalSince1970.isFinite, "a touch with date \(t.date)")
            precondition(t.replyHours.map { $0.isFinite && $0 >= 0 } ?? true, "a reply time of \(t.replyHours!) hours")
        }
        for s in batch.skipped { precondition(inside(s.source.line), "a skip placed at line \(s.source.line) of \(lines)") }
        for d in batch.problems {
            precondition(inside(d.line) && d.column >= 0, "a problem outside the input: \(d) (\(lines) lines)")
        }
    }
}
