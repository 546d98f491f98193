import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import LiaisonRender

private func report() throws -> (HTMLReport, String) {
    let input = try hostileInput()
    let svg = try NetworkRenderer().render(NetworkView.drawing(input), engine: .sfdp, format: .svg).data
    let r = HTMLReport(
        title: "Report <script>alert(1)</script>",
        summary: [("contacts", "12"), ("name \"quoted\" & 'single'", "</dd><script>x</script>")],
        drawing: svg,
        tables: [HTMLReport.Table(title: "Bridges & brokers", note: "<b>not bold</b>",
                                  columns: ["name", "betweenness", "degree"],
                                  rows: hostileNames.map { [.text($0), .number(0.125), 3] } + [["nan", .number(.nan), 0]])],
        footer: "made by liaison \u{202E}evil")
    return (r, r.html())
}

@Test func everyTextIsEscapedAndOnlyOurScriptRuns() throws {
    let (_, html) = try report()
    #expect(html.components(separatedBy: "<script").count == 2, "exactly one script element: ours")
    #expect(html.contains("<title>Report &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    #expect(html.contains("&lt;/dd&gt;&lt;script&gt;x&lt;/script&gt;"))
    #expect(html.contains("name &quot;quoted&quot; &amp; &#39;single&#39;"))
    #expect(html.contains("<p class=\"note\">&lt;b&gt;not bold&lt;/b&gt;</p>"))
    #expect(html.contains("x&quot;]; node [shape=box]; &quot;y"))
    #expect(html.contains("Анна Петрова") && html.contains("王小明") && html.contains("🤝 Zoë Ünal"))
    #expect(!html.contains("\u{202E}") && !html.contains("\u{1}"))
    #expect(html.contains("<td class=\"n\" data-v=\"0.125\">0.125</td>"))
    #expect(html.contains("<td class=\"n\" data-v=\"\">n/a</td>"))
}

@Test func reportMakesNoNetworkRequests() throws {
    let (_, html) = try report()
    #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    // The only URLs are the SVG namespace names, which are identifiers, never fetched.
    let withoutNamespaces = html
        .replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
    #expect(!withoutNamespaces.contains("http:") && !withoutNamespaces.contains("https:") && !withoutNamespaces.contains("//"))
    #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg") && !html.contains("<!--"))
    #expect(!html.contains(" src=") && !html.contains("<link"))
}

@Test func inlineDrawingKeepsEveryNodeAndStaysWellFormed() throws {
    let (_, html) = try report()
    let start = try #require(html.range(of: "<svg"))
    let end = try #require(html.range(of: "</svg>"))
    let svg = String(html[start.lowerBound ..< end.upperBound])
    #expect(!svg.prefix(300).contains(" width=\"") && svg.contains("viewBox="))
    let (ok, parsed) = SVGNodeTitles.parse(Array(svg.utf8))
    #expect(ok)
    #expect(parsed.titles.count == hostileNames.count)
}
