import Foundation
import Testing
@testable import LiaisonRender

/// The report's application parts as HTML: captions, header buttons with aria-sort, right-aligned
/// numbers with one precision per column, detail panels (escaped), no inline event handlers.
@Test func reportTablesAreKeyboardSortableWithCaptionsAndAlignedNumbers() {
    let r = HTMLReport(title: "t", tables: [HTMLReport.Table(
        title: "Bridges", columns: ["#", "contact", "score"],
        rows: [[1, .contact("<b>Анна</b>", id: "anna"), .number(0.5)], [2, .text("Boris"), .number(0.125)], [3, .text("Vera"), .number(0.03)]])],
        contacts: [.init(id: "anna", name: "<b>Анна</b>", facts: [("degree", "3")], ties: [("boris", "Boris", "strong, strength 0.900")])])
    let html = r.html()
    #expect(html.contains("<caption>Bridges (3 rows; a column header sorts)</caption>"))
    #expect(html.contains("<th scope=\"col\" aria-sort=\"none\" class=\"n\"><button type=\"button\">score</button></th>"))
    #expect(html.contains("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\">contact</button></th>"))
    // One precision per column: largest 0.5 → three significant digits → 3 decimals; integers as given.
    #expect(html.contains(">0.500</td>") && html.contains(">0.125</td>") && html.contains(">0.030</td>"))
    #expect(html.contains("data-v=\"1.0\">1</td>"))
    #expect(html.contains("<button type=\"button\" class=\"who\" data-c=\"anna\">&lt;b&gt;Анна&lt;/b&gt;</button>"))
    #expect(html.contains("<section class=\"card\" data-c=\"anna\"><h2>&lt;b&gt;Анна&lt;/b&gt;</h2>"))
    #expect(html.contains("@media print"))
    #expect(html.components(separatedBy: "<script").count == 2)
    for handler in [" onclick=", " onerror=", " onload=", " onkeydown=", "javascript:"] { #expect(!html.contains(handler)) }
}

@Test func columnPrecisionFollowsTheLargestMagnitude() {
    func d(_ values: [Double]) -> Int? { HTMLReport.columnDecimals(values.map { [.number($0)] }, column: 0) }
    #expect(d([1, 2, 3]) == nil)
    #expect(d([0.5, 0.25]) == 3)
    #expect(d([25.5, 1]) == 1)
    #expect(d([0.03, 0.001]) == 4)
    #expect(d([1234.5]) == 0)
}

/// The fonts `make deps` installs cover every script a name may be in (fontconfig's charset query):
/// Cyrillic, CJK ideographs, Japanese kana, Korean Hangul and an emoji. Skipped without fontconfig.
@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fc-list"), "needs fontconfig's fc-list"))
func installedFontsCoverEveryScriptOfTheDrawings() throws {
    for (script, codepoint) in [("Cyrillic", "44f"), ("CJK ideograph", "738b"), ("kana", "3042"), ("Hangul", "ae40"), ("emoji 🤝", "1f91d")] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        p.arguments = [":charset=\(codepoint)", "family"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(!out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "no font has \(script) (U+\(codepoint)): make deps")
    }
}
