import Foundation

/// The result of running the built `liaison` binary.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The products folder this test binary was built into; the `liaison` executable sits beside it.
let productsDirectory: URL = {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // On macOS the tests run inside a .xctest bundle: climb out of it.
    while dir.pathExtension == "xctest" || dir.lastPathComponent == "MacOS" || dir.lastPathComponent == "Contents" {
        dir = dir.deletingLastPathComponent()
    }
    return dir
}()

/// The repository root (for data/demo and fixtures).
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs `liaison` with `arguments` in `directory`, with `stdin` as its standard input.
func runLiaison(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("liaison")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    // Output goes to files, not pipes, so that a large output can never block the child.
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close(); try err.close()
    let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary folder, removed by the caller with `try? FileManager.default.removeItem(at:)`.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `../shared/datasets` beside the repository, or `nil` when it is absent (tests then skip).
let sharedDatasets: URL? = {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()
