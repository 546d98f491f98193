import Foundation
import PropertyBased
import Testing
@testable import Liaison

/// Issue 19, item 3: the writer's atomicity as a property with shrinking. Whatever is written
/// (any sequence of small writes and of runs past the 1 MiB buffer), whatever fails on the way
/// (a write failing at byte k, a failing fsync, link, close, rename or folder sync — injected
/// through `OutputFaults`), and whether the writer gives up before `commit()`: afterwards the
/// target holds either its old bytes or the new ones, complete, with its old mode, and the folder
/// holds nothing but the target. A temporary file left by an earlier writer that was killed (a
/// `.NAME.liaison-PID-….tmp` of a process that no longer exists) is gone too. Both temporary-file
/// paths run: Linux's unnamed `O_TMPFILE` and the named fallback.
@Suite struct OutputFileAtomicityPropertyTests {
    /// One call on the writer: `write(_:)` of a few bytes, or a run of one byte through
    /// `append(contentsOf:)` and `flushIfFull()` (up to 1.25 MiB, so the 1 MiB buffer spills).
    enum Chunk: Sendable, CustomStringConvertible {
        case bytes([UInt8])
        case run(UInt8, Int)
        var description: String {
            switch self {
            case .bytes(let b): return "bytes(\(b.count))"
            case .run(let b, let n): return "run(\(b), \(n))"
            }
        }
        var content: [UInt8] {
            switch self {
            case .bytes(let b): return b
            case .run(let b, let n): return [UInt8](repeating: b, count: n)
            }
        }
    }

    /// What goes wrong: nothing, an injected failure, or the writer dropped (no `commit()`) before
    /// the chunk at that index.
    enum Fault: Sendable, CustomStringConvertible {
        case none
        case inject(OutputFaults.Step)
        case abandon(beforeChunk: Int)
        var description: String {
            switch self {
            case .none: return "none"
            case .inject(let s): return "inject(\(s))"
            case .abandon(let i): return "abandon(beforeChunk: \(i))"
            }
        }
    }

    static let chunk = Gen.frequency(
        (4, Gen.uint8().array(of: 0 ... 48).map { Chunk.bytes($0) }),
        (1, zip(Gen.uint8(), Gen.int(in: 0 ... 1_310_720)).map { Chunk.run($0, $1) }))
    static let fault = Gen.oneOf(
        Gen.always(Fault.none),
        Gen.int(in: 0 ... 2_700_000).map { Fault.inject(.write(afterByte: $0)) },
        Gen.int(in: 0 ... 64).map { Fault.inject(.write(afterByte: $0)) },
        Gen.element(of: [OutputFaults.Step.fsync, .link, .close, .rename, .folderSync]).map { Fault.inject($0!) },
        Gen.int(in: 0 ... 6).map { Fault.abandon(beforeChunk: $0) })
    /// The old file: absent, or some bytes with a mode.
    static let old = Gen.oneOf(
        Gen.always(nil as Old?),
        zip(Gen.uint8().array(of: 0 ... 40), Gen.element(of: [0o600, 0o640, 0o644, 0o660, 0o755, 0o700] as [mode_t]))
            .map { Optional(Old(bytes: $0, mode: $1!)) })

    struct Old: Sendable, CustomStringConvertible {
        var bytes: [UInt8]
        var mode: mode_t
        var description: String { "\(bytes.count) bytes, mode \(String(mode, radix: 8))" }
    }

    /// A process id that exists nowhere (above Linux's largest `pid_max`), for a killed writer's leftover.
    static let deadPID: Int32 = 2_147_483_000

    @Test func issue19WriterLeavesOldOrNewCompleteWithModeAndNoTemporary() async throws {
        await propertyCheck(count: 120, input: Self.old, Self.chunk.array(of: 0 ... 6), Self.fault,
                            Gen.bool(), Gen.bool()) { old, chunks, fault, named, leftover in
            do {
                try Self.check(old: old, chunks: chunks, fault: fault, namedTemporary: named, leftover: leftover)
            } catch {
                Issue.record("setting up the case failed: \(error)")
            }
        }
    }

    static func check(old: Old?, chunks: [Chunk], fault: Fault, namedTemporary: Bool, leftover: Bool) throws {
        let dir = scratchRoot + "/liaison-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/liaison.toml"
        if let old {
            try Data(old.bytes).write(to: URL(fileURLWithPath: target))
            #expect(chmod(target, old.mode) == 0)
        }
        if leftover {
            let stale = dir + "/.liaison.toml.liaison-\(deadPID)-5eed.tmp"
            try Data("half a file".utf8).write(to: URL(fileURLWithPath: stale))
        }
        let new = chunks.flatMap(\.content)

        var step: OutputFaults.Step?
        if case .inject(let s) = fault { step = s }
        var abandonAt: Int?
        if case .abandon(let i) = fault { abandonAt = min(i, chunks.count) }

        var thrown: Error?
        OutputFaults.$current.withValue(OutputFaults(step, namedTemporary: namedTemporary)) {
            do {
                let file = try OutputFile(target)
                for (i, c) in chunks.enumerated() {
                    if i == abandonAt { return }   // the writer is released without commit()
                    switch c {
                    case .bytes(let b): try file.write(b)
                    case .run(let b, let n):
                        file.append(contentsOf: [UInt8](repeating: b, count: n))
                        file.flushIfFull()
                    }
                }
                if abandonAt != nil { return }
                try file.commit()
            } catch {
                thrown = error
            }
        }

        // Which outcome the fault must give.
        let failsBeforeRename: Bool
        switch step {
        case .write(let k)?: failsBeforeRename = k < new.count
        case .fsync?, .link?, .close?, .rename?: failsBeforeRename = true
        case .folderSync?, nil: failsBeforeRename = false
        }
        // `.link` only exists on the O_TMPFILE path: the named fallback has nothing to link.
        let linkSkipped = step == .link && (namedTemporary || !isLinux)
        let keepsOld = abandonAt != nil || (failsBeforeRename && !linkSkipped)
        let mustThrow = abandonAt == nil && (keepsOld || step == .folderSync)

        // Compared as Data (memcmp): [UInt8] == goes element by element in a debug build.
        let now = FileManager.default.contents(atPath: target)
        if keepsOld {
            #expect(now == old.map { Data($0.bytes) }, "the target changed though the write did not complete")
        } else {
            #expect(now == Data(new), "the target is not the new content, complete (\(now?.count ?? -1) of \(new.count) bytes)")
        }
        if let thrown {
            #expect(mustThrow, "unexpected error \(thrown)")
            #expect((thrown as? OutputError)?.kind == .writeFailed, "\(thrown) is not a write failure")
        } else {
            #expect(!mustThrow, "the failure was not reported")
        }
        if let old, now != nil {
            var s = stat()
            #expect(stat(target, &s) == 0)
            #expect(s.st_mode & 0o7777 == old.mode, "mode \(String(s.st_mode & 0o7777, radix: 8)), was \(String(old.mode, radix: 8))")
        }
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(entries == (now == nil ? [] : ["liaison.toml"]), "left in the folder: \(entries)")
    }

    /// A memory file system when there is one: the cases write up to a few MiB each and `fsync`
    /// them, which on a loaded disk took 80 s for the 120 cases; on tmpfs `fsync` returns at once
    /// and the writer's logic (what this tests) is the same. tmpfs has `O_TMPFILE`.
    static let scratchRoot: String = {
        var s = stat()
        if stat("/dev/shm", &s) == 0, s.st_mode & S_IFMT == S_IFDIR, access("/dev/shm", W_OK) == 0 { return "/dev/shm" }
        return FileManager.default.temporaryDirectory.path
    }()

    #if os(Linux)
    static let isLinux = true
    #else
    static let isLinux = false
    #endif
}
