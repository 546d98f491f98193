import Foundation
import Testing
@testable import Liaison

/// The one writer (issue 12 item 3; issue 19 items "-o replaces devices and FIFOs" and
/// "calibrate --write turns mode 0600 into 0644 and leaves a .tmp behind").
@Suite struct OutputFileTests {
    /// A fresh folder; removed by the caller.
    private func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-of-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    private func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { Array($0) } }

    private func mode(_ path: String) -> mode_t {
        var s = stat()
        #expect(stat(path, &s) == 0)
        return s.st_mode & 0o7777
    }

    private func fileType(_ path: String, following: Bool = false) -> mode_t {
        var s = stat()
        #expect((following ? stat(path, &s) : lstat(path, &s)) == 0)
        return s.st_mode & S_IFMT
    }

    /// Everything in the folder: the test checks that no temporary file is left.
    private func entries(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    }

    @Test func newFileGetsTheContentAndTheUmaskModeAndNoTemporaryIsLeft() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/out.svg"
        try OutputFile.write("new content", to: target)
        #expect(contents(target) == Array("new content".utf8))
        let mask = umask(0); umask(mask)
        #expect(mode(target) == 0o666 & ~mask)
        #expect(try entries(dir) == ["out.svg"])
    }

    @Test("calibrate --write turns mode 0600 into 0644: a replaced file keeps its mode")
    func replaceKeepsMode0600() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/liaison.toml"
        try OutputFile.write("old", to: target)
        #expect(chmod(target, 0o600) == 0)
        var before = stat()
        stat(target, &before)
        try OutputFile.write("new", to: target)
        var after = stat()
        stat(target, &after)
        #expect(contents(target) == Array("new".utf8))
        #expect(mode(target) == 0o600)
        #expect(after.st_ino != before.st_ino, "replaced by rename, not rewritten in place")
        #expect(after.st_uid == before.st_uid && after.st_gid == before.st_gid)
        #expect(try entries(dir) == ["liaison.toml"])
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try OutputFile.write("old", to: dir + "/real/target.txt")
        #expect(chmod(dir + "/real/target.txt", 0o640) == 0)
        #expect(symlink("real/target.txt", dir + "/link.txt") == 0)          // relative
        #expect(symlink(dir + "/link.txt", dir + "/link2.txt") == 0)         // a chain, absolute
        try OutputFile.write("through", to: dir + "/link2.txt")
        #expect(fileType(dir + "/link.txt") == S_IFLNK)
        #expect(fileType(dir + "/link2.txt") == S_IFLNK)
        #expect(contents(dir + "/real/target.txt") == Array("through".utf8))
        #expect(mode(dir + "/real/target.txt") == 0o640)
        #expect(try entries(dir + "/real") == ["target.txt"])
        // A dangling link creates its target.
        #expect(symlink("real/new.txt", dir + "/dangling.txt") == 0)
        try OutputFile.write("created", to: dir + "/dangling.txt")
        #expect(fileType(dir + "/dangling.txt") == S_IFLNK)
        #expect(contents(dir + "/real/new.txt") == Array("created".utf8))
        // A loop of links cannot be written.
        #expect(symlink("loop-b", dir + "/loop-a") == 0)
        #expect(symlink("loop-a", dir + "/loop-b") == 0)
        #expect(throws: OutputError.self) { try OutputFile.write("x", to: dir + "/loop-a") }
    }

    @Test("-o replaces devices and FIFOs: /dev/null stays a character device")
    func devNullStaysACharacterDevice() throws {
        var before = stat()
        stat("/dev/null", &before)
        try OutputFile.write(Array(repeating: 0x41, count: 3 << 20), to: "/dev/null")
        var after = stat()
        #expect(stat("/dev/null", &after) == 0)
        #expect(after.st_mode & S_IFMT == S_IFCHR)
        #expect(after.st_ino == before.st_ino && after.st_rdev == before.st_rdev)
        #expect(after.st_mode == before.st_mode)
    }

    @Test("-o replaces devices and FIFOs: a FIFO stays a FIFO and its reader gets every byte")
    func fifoStaysAFIFO() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // More than the pipe's 64 KiB and the writer's 1 MiB buffer, so that writes block on the reader.
        let payload = (0 ..< 3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let reader = Task.detached { () -> [UInt8] in
            let fd = open(fifo, O_RDONLY)
            guard fd >= 0 else { return [] }
            defer { close(fd) }
            var got = [UInt8](), chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { return got }
                got.append(contentsOf: chunk[..<n])
            }
        }
        let file = try OutputFile(fifo)   // waits for the reader, as a shell redirection does
        for start in stride(from: 0, to: payload.count, by: 100_000) {
            try file.write(Array(payload[start ..< min(start + 100_000, payload.count)]))
        }
        try file.commit()
        let received = await reader.value
        #expect(received == payload)
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try entries(dir) == ["pipe"])
    }

    @Test("-o replaces devices and FIFOs: a Unix socket is connected to, not replaced")
    func socketIsConnectedTo() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/sock"
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8) + [0])
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0 && listen(listener, 1) == 0)
        let reader = Task.detached { () -> [UInt8] in
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return [] }
            defer { close(fd) }
            var got = [UInt8](), chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { return got }
                got.append(contentsOf: chunk[..<n])
            }
        }
        try OutputFile.write("Привет через сокет\n", to: path)
        #expect(await reader.value == Array("Привет через сокет\n".utf8))
        #expect(fileType(path) == S_IFSOCK)
    }

    @Test func aMissingFolderOrAFolderTargetCannotBeCreated() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let missing = dir + "/no-such-folder/out.svg"
        #expect {
            try OutputFile.write([1, 2, 3], to: missing)
        } throws: { error in
            let e = error as? OutputError
            return e?.kind == .cannotCreate && e?.description == "\(missing): cannot create: No such file or directory"
        }
        #expect {
            try OutputFile.write([1, 2, 3], to: dir)
        } throws: { error in
            (error as? OutputError) == OutputError(.cannotCreate, path: dir, reason: "is a folder")
        }
        try OutputFile.write("file", to: dir + "/plain")
        #expect {
            try OutputFile.write([1], to: dir + "/plain/below")   // a file used as a folder
        } throws: { error in
            (error as? OutputError)?.kind == .cannotCreate && (error as? OutputError)?.reason == "Not a directory"
        }
        #expect(try entries(dir) == ["plain"])
    }

    @Test("Write errors crash or vanish: /dev/full is a write failure, reported")
    func devFullIsAWriteFailure() throws {
        #expect {
            try OutputFile.write("some bytes", to: "/dev/full")
        } throws: { error in
            (error as? OutputError) == OutputError(.writeFailed, path: "/dev/full", reason: "No space left on device")
        }
        // Streaming: the failure is kept and thrown by commit(); later writes throw it too.
        let file = try OutputFile("/dev/full")
        for _ in 0 ..< 3 { file.append(contentsOf: [UInt8](repeating: 0x30, count: 600_000)); file.flushIfFull() }
        #expect(file.failure?.kind == .writeFailed)
        #expect(throws: OutputError.self) { try file.write("more") }
        #expect(throws: OutputError.self) { try file.commit() }
    }

    @Test func discardOrReleaseWithoutCommitLeavesTheTargetAndNoTemporary() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/data.csv"
        try OutputFile.write("old\n", to: target)
        do {
            let file = try OutputFile(target)
            try file.write(String(repeating: "row\n", count: 400_000))   // past the buffer: bytes on disk
            file.discard()
        }
        do {
            let file = try OutputFile(target)
            try file.write("never committed")
        }
        #expect(contents(target) == Array("old\n".utf8))
        #expect(try entries(dir) == ["data.csv"])
    }

    @Test func streamingPastTheBufferWritesEveryByteInOrder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/big.csv"
        let file = try OutputFile(target)
        var expected = [UInt8]()
        for i in 0 ..< 300_000 {
            let row = Array("\(i),Иван \(i)\n".utf8)
            file.append(contentsOf: row)
            file.flushIfFull()
            expected.append(contentsOf: row)
        }
        try file.write(Array(repeating: 0x7A, count: 2 << 20))   // a block larger than the buffer
        expected.append(contentsOf: Array(repeating: 0x7A, count: 2 << 20))
        #expect(!FileManager.default.fileExists(atPath: target))
        try file.commit()
        #expect(contents(target) == expected)
        #expect(try entries(dir) == ["big.csv"])
    }

    @Test func temporaryFilesOfDeadWritersAreRemovedByTheNextWrite() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A process that has ended: its PID is free (until reused, which is very unlikely this soon).
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = ".out.svg.liaison-\(child.processIdentifier)-1234abcd.tmp"
        let alive = ".out.svg.liaison-1-1234abcd.tmp"          // PID 1 is always running
        let other = ".other.svg.liaison-\(child.processIdentifier)-1234abcd.tmp"
        for name in [dead, alive, other] { try OutputFile.write("stale", to: dir + "/" + name) }
        try OutputFile.write("new", to: dir + "/out.svg")
        #expect(try entries(dir) == [alive, other, "out.svg"].sorted())
    }

    @Test func temporaryNamesAreHiddenAndDistinct() {
        let names = Set((0 ..< 1000).map { _ in OutputFile.temporaryName(for: "a.csv") })
        #expect(names.count == 1000)
        #expect(names.allSatisfy { $0.hasPrefix(".a.csv.liaison-\(getpid())-") && $0.hasSuffix(".tmp") })
    }

    @Test func dashAndDevStdoutMeanStandardOutput() throws {
        #expect({ if case .standardOutput = try? OutputTarget.resolve("-") { return true }; return false }())
        #expect({ if case .standardOutput = try? OutputTarget.resolve("/dev/stdout") { return true }; return false }())
        #expect({ if case .standardOutput = try? OutputTarget.resolve("/dev/fd/1") { return true }; return false }())
        #expect({ if case .descriptor(2) = try? OutputTarget.resolve("/dev/stderr") { return true }; return false }())
    }

    @Test func aDescriptorPathIsWrittenWhereItStands() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/log.txt"
        try OutputFile.write("first line\n", to: path)
        let fd = open(path, O_WRONLY | O_APPEND)
        #expect(fd >= 0)
        defer { close(fd) }
        try OutputFile.write("appended\n", to: "/dev/fd/\(fd)")
        #expect(contents(path) == Array("first line\nappended\n".utf8))
        #expect(throws: OutputError.self) { try OutputFile.write("x", to: "/dev/fd/987654") }
    }
}

/// Standard output for results (issue 19 item "Write errors crash or vanish").
@Suite struct StandardOutputTests {
    @Test("Write errors crash or vanish: a full disk under standard output throws write failed")
    func devFullThrows() throws {
        let fd = open("/dev/full", O_WRONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        let out = StandardOutput(fileDescriptor: fd, name: "standard output")
        try out.write("buffered, not yet written\n")
        #expect {
            try out.flush()
        } throws: { error in
            (error as? OutputError)?.description == "standard output: write failed: No space left on device"
        }
        #expect(throws: OutputError.self) { try out.write("later") }   // the failure sticks
    }

    @Test("Write errors crash or vanish: a closed pipe is EPIPE, thrown")
    func closedPipeThrowsBrokenPipe() throws {
        signal(SIGPIPE, SIG_IGN)   // as StandardOutput.prepareProcess() does in liaison
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let out = StandardOutput(fileDescriptor: ends[1], name: "standard output")
        #expect {
            try out.write(String(repeating: "x", count: 100_000))   // past the buffer: written now
        } throws: { error in
            (error as? OutputError) == OutputError(.writeFailed, path: "standard output", reason: "Broken pipe")
        }
    }
}
