//===----------------------------------------------------------------------===//
// FuzzEntryPoints: one function per fuzzed reader, shared by libFuzzer and `make test`
//===----------------------------------------------------------------------===//
// This file is compiled twice: into the fuzz package's targets (fuzz/Package.swift, with
// libFuzzer) and, through the symlink Tests/LiaisonTests/Fuzz/FuzzEntryPoints.swift, into the
// test target that replays fuzz/corpus and fuzz/regressions in `make test`. It uses only the
// public API of Liaison, as any client does.

import Foundation
import Liaison
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

public enum FuzzEntryPoints {
    /// The fuzz targets, named as the folders of fuzz/corpus and fuzz/regressions.
    public static let targets = ["csv", "workspace", "edges-csv", "edges-snap", "edges-graphml", "date"]

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

    /// The workspace loader over a folder holding contacts.csv and interactions.csv: the input is
    /// split at its first NUL byte (before: contacts.csv, after: interactions.csv).
    static func workspace(_ data: UnsafeBufferPointer<UInt8>) {
        let bytes = Array(data)
        let cut = bytes.firstIndex(of: 0) ?? bytes.count
        let dir = scratch.appendingPathComponent("ws").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        write(Array(bytes[..<cut]), to: dir + "/contacts.csv")
        write(cut < bytes.count ? Array(bytes[(cut + 1)...]) : [], to: dir + "/interactions.csv")
        do {
            let (ws, _) = try WorkspaceLoader.load(from: dir)
            for i in ws.interactions { precondition(i.to.allSatisfy { $0 < ws.contacts.count }, "a reference past the contacts") }
        } catch is InputErrors {
        } catch is InputMissing {
        } catch {
            preconditionFailure("WorkspaceLoader threw \(error)")
        }
    }

    /// EdgeListLoader in one format, from a file with that format's extension.
    static func edges(_ data: UnsafeBufferPointer<UInt8>, format: EdgeListLoader.Format, ext: String) {
        let path = scratch.appendingPathComponent("edges.\(ext)").path
        write(Array(data), to: path)
        do {
            let loaded = try EdgeListLoader.load(path: path, directed: nil, format: format, threads: 1)
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

    /// A folder of this process for the files a target writes.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Plain open/write/close: `FileManager.createFile` syncs each file to disk, which held the
    /// file-reading targets to ~130 runs a second.
    static func write(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(path)")
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, bytes.count - done) }
            precondition(n > 0, "cannot write \(path)")
            done += n
        }
    }
}
