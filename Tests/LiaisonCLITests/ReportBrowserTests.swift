import Foundation
import Testing

/// Debian's Chromium, or nil: the browser tests skip with this message then.
private let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
private let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// The HTML report of the demo workspace, with one contact whose name is markup, opened in headless
/// Chromium by Tests/Browser/check_report.py over the DevTools protocol: no console error, no network
/// request besides the file itself, search finds a Cyrillic name and centres the drawing on it,
/// keyboard and button zoom, a click on a node opens its details, tables sort by click and by
/// keyboard (Enter, Space) with aria-sort, and the hostile name stays text. The screenshot is kept
/// as out/report-browser.png (a CI artefact).
@Test(.enabled(if: chromium != nil && python != nil, "chromium is not installed: `make browser-deps` (Debian's chromium) runs the browser tests"))
func reportBrowserChecksPass() throws {
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let ws = scratch.appendingPathComponent("ws")
    try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("data/demo"), to: ws)
    let hostile = "<img src=x onerror=alert(1)>"
    let contacts = ws.appendingPathComponent("contacts.csv")
    var text = try String(contentsOf: contacts, encoding: .utf8)
    if !text.hasSuffix("\n") { text += "\n" }
    text += "hostile-one,\"\(hostile)\",client,\"</script><script>alert(2)</script>\",,,,,,,,\n"
    try text.write(to: contacts, atomically: true, encoding: .utf8)
    let report = scratch.appendingPathComponent("report.html")
    let made = try runLiaison(["report", ws.path, "-o", report.path])
    #expect(made.status == 0, "\(made.stderr)")

    let out = packageRoot.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let screenshot = out.appendingPathComponent("report-browser.png")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python!)
    process.arguments = [packageRoot.appendingPathComponent("Tests/Browser/check_report.py").path, report.path,
                         "--search", "Соколова", "--hostile", hostile, "--screenshot", screenshot.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let output = String(decoding: data, as: UTF8.self)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(output)")
    let checks = try #require(json["checks"] as? [String: [String: Any]], "\(output)")
    let expected = ["search finds the name", "search centres the node", "keyboard zoom (+ − 0)", "zoom button",
                    "click on a node opens its details", "sort by click", "sort by keyboard (Enter, Space)",
                    "hostile name shown as text, not markup", "hostile name in the detail panel stays text",
                    "no console errors", "no network request but the report itself", "no script from the data ran (no dialog)"]
    for name in expected {
        let check = try #require(checks[name], "check \(name) missing: \(output)")
        #expect(check["ok"] as? Bool == true, "\(name): \(check["detail"] ?? "")")
    }
    #expect(process.terminationStatus == 0, "\(output)")
    let png = try Data(contentsOf: screenshot)
    #expect(png.count > 10_000 && png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
}
