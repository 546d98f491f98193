import Foundation

/// The repository root and the shared data sets beside it (`../shared/datasets`).
let importRepoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

let vcardSamples: URL? = {
    let url = importRepoRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets/crm_formats/vcard_samples_ez-vcard")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

func sample(_ name: String) -> String { importRepoRoot.appendingPathComponent("data/samples/\(name)").path }

/// A fresh temporary folder.
func scratchFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

func write(_ text: String, _ folder: String, _ name: String) {
    FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
}

func contents(_ folder: String, _ name: String) -> String {
    (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
}
