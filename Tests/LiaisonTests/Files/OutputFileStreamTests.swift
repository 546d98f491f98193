import Foundation
import Testing
@testable import Liaison

/// `OutputFileStream`: text written piece by piece reaches the file whole (past the stream's and
/// the file's buffers), and a failed write is thrown by `commit()`.
@Suite struct OutputFileStreamTests {
    @Test func piecesPastTheBufferArriveInOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-ofs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/big.txt"
        // 300,000 pieces of 7 to 19 bytes, Cyrillic included: about 3.1 MB, several buffer flushes.
        var expected = ""
        var stream = try OutputFileStream(target)
        for k in 0 ..< 300_000 {
            let piece = k % 3 == 0 ? "Фёдор \(k)\n" : "\(k),"
            expected += piece
            stream.write(piece)
        }
        #expect(!FileManager.default.fileExists(atPath: target))   // nothing visible before commit
        try stream.commit()
        #expect(FileManager.default.contents(atPath: target) == Data(expected.utf8))
        #expect(expected.utf8.count > 2 * OutputFile.bufferCapacity)
    }

    @Test func aFullDiskIsThrownByCommit() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        var stream = try OutputFileStream("/dev/full")
        for _ in 0 ..< 200_000 { stream.write("0123456789") }   // 2 MB: the first flush fails
        #expect(stream.failure != nil)
        #expect(throws: OutputError.self) { try stream.commit() }
    }
}
