import Foundation
import Testing
@testable import LiaisonRender

@Test func writesWholeFileAndLeavesNoTemporary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.svg").path
    try AtomicFile.write(Array("old".utf8), to: target)
    try AtomicFile.write(Array("new content".utf8), to: target)
    #expect(FileManager.default.contents(atPath: target) == Data("new content".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.svg"])
}

@Test func failureNamesThePathAndWritesNothing() throws {
    let target = "/nonexistent-\(UUID().uuidString)/out.svg"
    #expect {
        try AtomicFile.write([1, 2, 3], to: target)
    } throws: { error in
        (error as? FileWriteError)?.description.hasPrefix("\(target): cannot write: No such file") == true
    }
}
