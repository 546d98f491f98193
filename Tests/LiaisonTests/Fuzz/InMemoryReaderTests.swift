import Foundation
import Testing
@testable import Liaison

/// Issue 19: the in-memory entry points the fuzz targets call (`WorkspaceLoader.load(files:)`,
/// `EdgeListLoader.load(bytes:name:…)`, `MboxImporter.read(bytes:…)`,
/// `ICalendarImporter.read(bytes:…)`, `ChunkedLineReader.forEachLine(bytes:)`) give what the
/// file-based ones give for a file holding the same bytes: the same result, or the same error
/// with the same `file:line:column` diagnostics. Inputs: the seeds of fuzz/corpus and
/// fuzz/regressions, data/demo, data/samples, and a few hand-made bad ones.
@Suite struct InMemoryReaderTests {
    static let repoRoot = FuzzReplayTests.fuzzRoot.deletingLastPathComponent()

    static func inputs(_ target: String) -> [URL] {
        FuzzReplayTests.inputs("corpus", target) + FuzzReplayTests.inputs("regressions", target)
    }

    /// A fresh folder under the temporary directory.
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-inmemory-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// What a read came to, as text comparable across the two paths: the error's full text
    /// (every `file:line:column: message`), or the result as `describe` writes it.
    static func outcome<T>(_ read: () throws -> T, _ describe: (T) -> String) -> String {
        do { return "ok\n" + describe(try read()) } catch { return "error \(type(of: error))\n\(error)" }
    }

    // MARK: workspace

    static func describe(_ r: (workspace: Workspace, warnings: [Diagnostic])) -> String {
        let w = r.workspace
        return """
            directory \(w.directory) me \(String(describing: w.me)) team \(w.team)
            contacts \(w.contacts)
            interactions \(w.interactions)
            ties \(w.ties) introductions \(w.introductions) deals \(w.deals)
            deliveries \(w.deliveries) feedback \(w.feedback) cadence \(w.cadence)
            asOf \(String(describing: w.config.asOf)) goals \(w.config.goals.count)
            warnings \(r.warnings.map(\.description))
            """
    }

    /// Writes `files` into a folder, loads it from there and from memory; both must agree.
    @discardableResult
    static func expectSameWorkspace(_ files: [String: [UInt8]], _ label: String) throws -> String {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        let fromDisk = outcome({ try WorkspaceLoader.load(from: dir) }, describe)
        let fromMemory = outcome({ try WorkspaceLoader.load(files: .inMemory(files, directory: dir)) }, describe)
        #expect(fromDisk == fromMemory, "\(label)")
        #expect(fromDisk.contains(dir), "\(label): the outcome names its files")
        return fromMemory.replacingOccurrences(of: dir, with: "ws")
    }

    @Test func issue19InMemoryWorkspaceMatchesFolderOnFuzzSeeds() throws {
        let seeds = Self.inputs("workspace")
        #expect(!seeds.isEmpty)
        for url in seeds {
            try Self.expectSameWorkspace(FuzzEntryPoints.workspaceFiles([UInt8](try Data(contentsOf: url))), url.lastPathComponent)
        }
    }

    @Test func issue19InMemoryWorkspaceMatchesFolderOnDemo() throws {
        let demo = Self.repoRoot.appendingPathComponent("data/demo")
        var files = [String: [UInt8]]()
        for name in WorkspaceLoader.fileNames {
            if let d = FileManager.default.contents(atPath: demo.appendingPathComponent(name).path) { files[name] = [UInt8](d) }
        }
        #expect(files.count >= 8, "data/demo holds its files")
        try Self.expectSameWorkspace(files, "data/demo")
        let loaded = try WorkspaceLoader.load(files: .inMemory(files, directory: "demo")).workspace
        #expect(loaded.contacts.count > 10 && loaded.config.asOf != nil, "liaison.toml and contacts.csv were read from memory")

        // Bad rows in two files and in liaison.toml: the same errors at the same places.
        var bad = files
        bad["interactions.csv"]! += Array("2026-13-40,nobody,,email\n".utf8)
        bad["ties.csv"]! += Array("x,\"unterminated\n".utf8)
        bad["liaison.toml"] = Array("as_of = \"2026-02-30\"\n[é]\n".utf8)
        let badOutcome = try Self.expectSameWorkspace(bad, "data/demo with bad rows")
        #expect(badOutcome.hasPrefix("error InputErrors"), "\(badOutcome.prefix(300))")
        #expect(badOutcome.contains("ws/interactions.csv:") && badOutcome.contains("ws/ties.csv:")
                && badOutcome.contains("ws/liaison.toml:2:"), "\(badOutcome.prefix(600))")
        // No contacts.csv: InputMissing naming the same path.
        bad["contacts.csv"] = nil
        let missing = try Self.expectSameWorkspace(bad, "data/demo without contacts.csv")
        #expect(missing.hasPrefix("error InputMissing") && missing.contains("ws/contacts.csv"), "\(missing)")
    }

    // MARK: edge lists

    static func describe(_ e: LoadedEdgeList) -> String {
        let g = e.network.graph
        return """
            directed \(g.isDirected) labels \(e.network.labels) names \(e.names)
            edges \(g.edgeSource) \(g.edgeTarget) \(g.edgeWeight)
            warnings \(e.warnings.map(\.description))
            """
    }

    static func expectSameEdgeList(_ bytes: [UInt8], ext: String, format: EdgeListLoader.Format?, _ label: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/edges." + ext
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fromDisk = outcome({ try EdgeListLoader.load(path: path, directed: nil, format: format, threads: 1) }, describe)
        let fromMemory = outcome({ try EdgeListLoader.load(bytes: bytes, name: path, directed: nil, format: format, threads: 1) }, describe)
        #expect(fromDisk == fromMemory, "\(label) as .\(ext), format \(String(describing: format))")
    }

    /// Each edge-list fuzz target's extension and format.
    static let edgeTargets: [String: (ext: String, format: EdgeListLoader.Format)] = [
        "edges-csv": ("csv", .csv), "edges-snap": ("txt", .snap), "edges-graphml": ("graphml", .graphml),
        "edges-gml": ("gml", .gml), "edges-pajek": ("net", .pajek)]

    @Test(arguments: ["edges-csv", "edges-snap", "edges-graphml", "edges-gml", "edges-pajek"])
    func issue19InMemoryEdgeListMatchesFileOnFuzzSeeds(_ target: String) throws {
        let (ext, format) = Self.edgeTargets[target]!
        let seeds = Self.inputs(target)
        #expect(!seeds.isEmpty)
        for url in seeds {
            let bytes = [UInt8](try Data(contentsOf: url))
            try Self.expectSameEdgeList(bytes, ext: ext, format: format, url.lastPathComponent)      // as the fuzz target reads it
            try Self.expectSameEdgeList(bytes, ext: ext, format: nil, url.lastPathComponent)         // format from the extension
            try Self.expectSameEdgeList(bytes, ext: "dat", format: nil, url.lastPathComponent)       // format from the content
        }
    }

    @Test func issue19InMemoryEdgeListMatchesFileOnBadAndCompressedInput() throws {
        try Self.expectSameEdgeList(Array("source,target,weight\na,b,1\nb,c,-2\nc,\"d\n".utf8), ext: "csv", format: nil, "bad CSV")
        try Self.expectSameEdgeList(Array("a b 1\nb c x\nc c\n".utf8), ext: "txt", format: nil, "bad SNAP")
        try Self.expectSameEdgeList([0x3C, 0x67, 0xEE, 0x3E], ext: "graphml", format: nil, "invalid UTF-8 GraphML")
        try Self.expectSameEdgeList(Array("{\"nodes\": []}".utf8), ext: "json", format: nil, "JSON")
        // gzip, decompressed by both: the CSV seed compressed by the system's gzip when there is one.
        let gzip = "/usr/bin/gzip"
        guard FileManager.default.isExecutableFile(atPath: gzip) else { return }
        let seed = Self.inputs("edges-csv")[0]
        let p = Process()
        p.executableURL = URL(fileURLWithPath: gzip)
        p.arguments = ["-c", seed.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let compressed = [UInt8](out.fileHandleForReading.readDataToEndOfFile())
        p.waitUntilExit()
        #expect(compressed.starts(with: [0x1F, 0x8B]))
        try Self.expectSameEdgeList(compressed, ext: "csv.gz", format: nil, "gzip CSV")
    }

    // MARK: mbox and iCalendar

    static func describe(_ b: ImportBatch) -> String {
        "people \(b.people)\ntouches \(b.touches)\nskipped \(b.skipped)\nproblems \(b.problems.map(\.description))"
    }

    static let asOf = Date(timeIntervalSince1970: 1_798_761_600)

    static func expectSameImport(_ bytes: [UInt8], ext: String, _ label: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/import." + ext
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let owners: Set<String> = ["me@example.com"]
        let fromDisk: String, fromMemory: String
        if ext == "mbox" {
            fromDisk = outcome({ try MboxImporter.read(path: path, ownerEmails: owners, displayName: "mail.mbox") }, describe)
            fromMemory = outcome({ try MboxImporter.read(bytes: bytes, displayName: "mail.mbox", ownerEmails: owners) }, describe)
        } else {
            fromDisk = outcome({ try ICalendarImporter.read(path: path, asOf: asOf, ownerEmails: owners, displayName: "cal.ics") }, describe)
            fromMemory = outcome({ try ICalendarImporter.read(bytes: bytes, displayName: "cal.ics", asOf: asOf, ownerEmails: owners) }, describe)
        }
        #expect(fromDisk == fromMemory, "\(label)")
    }

    @Test(arguments: ["mbox", "ics"])
    func issue19InMemoryImportMatchesFile(_ target: String) throws {
        let ext = target, sample = target == "mbox" ? "data/samples/mail.mbox" : "data/samples/calendar.ics"
        var inputs = Self.inputs(target).map { ($0.lastPathComponent, [UInt8](try! Data(contentsOf: $0))) }
        inputs.append((sample, [UInt8](try Data(contentsOf: Self.repoRoot.appendingPathComponent(sample)))))
        #expect(inputs.count >= 2)
        for (label, bytes) in inputs {
            try Self.expectSameImport(bytes, ext: ext, label)
            // CRLF line ends, and the last line cut short (no final newline, half a header).
            var crlf = [UInt8]()
            for b in bytes { if b == 10 { crlf.append(13) }; crlf.append(b) }
            try Self.expectSameImport(crlf, ext: ext, label + " with CRLF")
            try Self.expectSameImport(Array(bytes.prefix(bytes.count * 2 / 3)), ext: ext, label + " cut at two thirds")
        }
    }

    // MARK: lines

    /// The line splitter under both readers: random text of LF, CR, CRLF, empty lines and lines
    /// longer than one 256 KiB chunk, with and without a final newline.
    @Test func issue19InMemoryLinesMatchChunkedFileLines() throws {
        var rng = SystemRandomNumberGenerator()
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pieces: [[UInt8]] = [[10], [13, 10], [13], [10, 10], Array("From x\n".utf8), [UInt8](repeating: 65, count: 300_000),
                                 Array("ж😀".utf8), [0], [32, 10]]
        for round in 0 ..< 60 {
            var bytes = [UInt8]()
            for _ in 0 ..< Int.random(in: 0 ... 12, using: &rng) {
                bytes += Bool.random(using: &rng) ? pieces.randomElement(using: &rng)! : Array("abc,def".utf8.prefix(Int.random(in: 1 ... 7, using: &rng)))
            }
            let path = dir + "/lines-\(round)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            var fromFile = [([UInt8], Int, Bool)](), fromMemory = [([UInt8], Int, Bool)]()
            try ChunkedLineReader.forEachLine(path: path) { fromFile.append((Array($0), $1, $2)) }
            bytes.withUnsafeBufferPointer { buf in ChunkedLineReader.forEachLine(bytes: buf) { fromMemory.append((Array($0), $1, $2)) } }
            #expect(fromFile.count == fromMemory.count, "round \(round): \(fromFile.count) lines from the file, \(fromMemory.count) from memory")
            for (a, b) in zip(fromFile, fromMemory) {
                #expect(a.0 == b.0 && a.1 == b.1 && a.2 == b.2, "round \(round), line \(a.1)")
            }
        }
    }
}
