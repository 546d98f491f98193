//===----------------------------------------------------------------------===//
// HTMLReport: one self-contained HTML file — summary, the drawing (pan, zoom, search), tables
//===----------------------------------------------------------------------===//

/// A self-contained HTML report (SPEC §4): one file, the drawing as inline SVG with pan/zoom and
/// search in a few lines of inline script, the tables given as data. No network requests: nothing
/// external is referenced, and a Content-Security-Policy of `default-src 'none'` forbids fetching
/// anything even if something slipped in. All text is HTML-escaped (and made inert as in drawings).
public struct HTMLReport: Sendable {
    /// A table cell: text (left-aligned, sorted as text) or a number (right-aligned, sorted by value).
    public enum Cell: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Double, shown: String)

        public init(stringLiteral value: String) { self = .text(value) }
        public init(floatLiteral value: Double) { self = .number(value, shown: formatMeasure(value)) }
        public init(integerLiteral value: Int) { self = .number(Double(value), shown: String(value)) }
        public static func number(_ value: Double) -> Cell { .number(value, shown: formatMeasure(value)) }
    }

    public struct Table: Sendable {
        public var title: String
        public var note: String
        public var columns: [String]
        public var rows: [[Cell]]
        public init(title: String, note: String = "", columns: [String], rows: [[Cell]]) {
            self.title = title
            self.note = note
            self.columns = columns
            self.rows = rows
        }
    }

    public var title: String
    /// Key figures shown at the top, in order.
    public var summary: [(label: String, value: String)]
    /// The drawing, as Graphviz wrote it (SVG bytes); nil = no drawing section.
    public var drawing: [UInt8]?
    public var tables: [Table]
    /// A line at the bottom (for example what made the report and when).
    public var footer: String

    public init(title: String, summary: [(label: String, value: String)] = [], drawing: [UInt8]? = nil,
                tables: [Table] = [], footer: String = "") {
        self.title = title
        self.summary = summary
        self.drawing = drawing
        self.tables = tables
        self.footer = footer
    }

    /// The whole HTML document.
    public func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <h1>\(Self.escape(title))</h1>

        """
        if !summary.isEmpty {
            out += "<dl class=\"summary\">\n"
            for item in summary {
                out += "<div><dt>\(Self.escape(item.label))</dt><dd>\(Self.escape(item.value))</dd></div>\n"
            }
            out += "</dl>\n"
        }
        if let drawing {
            out += """
            <section class="drawing">
            <div class="tools"><input id="search" type="search" placeholder="Find a contact…" aria-label="Find a contact">
            <span id="found"></span> <button id="reset" type="button">Fit</button>
            <span class="hint">Drag to pan, wheel to zoom, hover a node for its measures.</span></div>
            <div id="view">\(Self.inlineSVG(drawing))</div>
            </section>

            """
        }
        for (i, table) in tables.enumerated() {
            out += "<section>\n<h2>\(Self.escape(table.title))</h2>\n"
            if !table.note.isEmpty { out += "<p class=\"note\">\(Self.escape(table.note))</p>\n" }
            out += "<table id=\"t\(i)\"><thead><tr>"
            for column in table.columns { out += "<th>\(Self.escape(column))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for cell in row {
                    switch cell {
                    case let .text(text):
                        out += "<td>\(Self.escape(text))</td>"
                    case let .number(value, shown):
                        let key = value.isFinite ? String(value) : (value.isNaN ? "" : (value > 0 ? "1e308" : "-1e308"))
                        out += "<td class=\"n\" data-v=\"\(key)\">\(Self.escape(shown))</td>"
                    }
                }
                out += "</tr>\n"
            }
            out += "</tbody></table>\n</section>\n"
        }
        if !footer.isEmpty { out += "<footer>\(Self.escape(footer))</footer>\n" }
        out += "<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    /// HTML-escaped text: `& < > " '` as entities, control and bidi-formatting characters as in
    /// ``DrawingText/inert(_:)``.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in DrawingText.inert(text).unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Graphviz's SVG without its XML declaration, DOCTYPE (which names an external DTD) and
    /// comments (Graphviz writes node names into them), with width/height dropped so that CSS sizes
    /// it. The rest is Graphviz's own escaped XML: every name in it is already `&lt;`-escaped.
    static func inlineSVG(_ data: [UInt8]) -> String {
        var svg = String(decoding: data, as: UTF8.self)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        while let open = svg.range(of: "<!--"), let close = svg.range(of: "-->", range: open.upperBound ..< svg.endIndex) {
            svg.removeSubrange(open.lowerBound ..< close.upperBound)
        }
        if let tagEnd = svg.firstIndex(of: ">") {
            var tag = String(svg[..<tagEnd])
            for attribute in ["width", "height"] {
                if let r = tag.range(of: " \(attribute)=\""), let q = tag[r.upperBound...].firstIndex(of: "\"") {
                    tag.removeSubrange(r.lowerBound ... q)
                }
            }
            svg = tag + svg[tagEnd...]
        }
        return svg
    }

    static let css = """
    body{font:15px/1.45 "DejaVu Sans",system-ui,sans-serif;margin:1.5rem auto;max-width:1200px;padding:0 1rem;color:#222}
    h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
    .summary{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0}.summary dt{color:#666;font-size:.85rem}.summary dd{margin:0;font-size:1.3rem}
    .drawing{border:1px solid #ddd;border-radius:6px;margin-top:1rem}
    .tools{padding:.4rem .6rem;border-bottom:1px solid #ddd;display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
    .hint,.note{color:#666;font-size:.85rem}
    #view{height:70vh;overflow:hidden;cursor:grab;background:#fff}#view svg{width:100%;height:100%;display:block}
    g.node.hit ellipse,g.node.hit polygon,g.node.hit path{stroke:#d62728!important;stroke-width:6px!important}
    g.node.dim{opacity:.25}
    table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
    th{cursor:pointer;background:#f6f6f6;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums}
    footer{margin-top:2rem;color:#888;font-size:.8rem}
    """

    /// Pan (drag), zoom (wheel, around the pointer), search (highlights the nodes whose title or
    /// tooltip contains the text and centres on the first), sortable tables (click a header).
    static let script = """
    (function(){
    var view=document.getElementById('view');
    if(view){var svg=view.querySelector('svg');var vb=svg.viewBox.baseVal;var home=[vb.x,vb.y,vb.width,vb.height];
    function set(b){vb.x=b[0];vb.y=b[1];vb.width=b[2];vb.height=b[3];}
    function pt(e){var r=svg.getBoundingClientRect();return [vb.x+(e.clientX-r.left)/r.width*vb.width,vb.y+(e.clientY-r.top)/r.height*vb.height];}
    view.addEventListener('wheel',function(e){e.preventDefault();var p=pt(e),k=e.deltaY>0?1.2:1/1.2;set([p[0]-(p[0]-vb.x)*k,p[1]-(p[1]-vb.y)*k,vb.width*k,vb.height*k]);},{passive:false});
    var drag=null;view.addEventListener('pointerdown',function(e){drag=[e.clientX,e.clientY];view.setPointerCapture(e.pointerId);});
    view.addEventListener('pointermove',function(e){if(!drag)return;var r=svg.getBoundingClientRect();vb.x-=(e.clientX-drag[0])/r.width*vb.width;vb.y-=(e.clientY-drag[1])/r.height*vb.height;drag=[e.clientX,e.clientY];});
    view.addEventListener('pointerup',function(){drag=null;});
    var nodes=[].slice.call(svg.querySelectorAll('g.node'));
    function text(g){var t=g.querySelector('title'),a=g.querySelector('a');return ((t?t.textContent:'')+' '+(a?(a.getAttribute('xlink:title')||a.getAttribute('title')||''):'')).toLowerCase();}
    var index=nodes.map(text);var found=document.getElementById('found');
    document.getElementById('search').addEventListener('input',function(){var q=this.value.trim().toLowerCase();var first=null,n=0;
    nodes.forEach(function(g,i){var hit=q&&index[i].indexOf(q)>=0;g.classList.toggle('hit',!!hit);g.classList.toggle('dim',!!q&&!hit);if(hit){n++;if(!first)first=g;}});
    found.textContent=q?(n+' found'):'';
    if(first){var b=first.getBBox(),w=Math.max(home[2]/6,b.width*8),h=w*home[3]/home[2];set([b.x+b.width/2-w/2,b.y+b.height/2-h/2,w,h]);}});
    document.getElementById('reset').addEventListener('click',function(){set(home);});}
    [].forEach.call(document.querySelectorAll('table'),function(t){[].forEach.call(t.tHead.rows[0].cells,function(th,c){var up=true;th.addEventListener('click',function(){
    var rows=[].slice.call(t.tBodies[0].rows);rows.sort(function(a,b){var x=a.cells[c],y=b.cells[c];if(!x||!y)return 0;
    var r=x.dataset.v!==undefined&&y.dataset.v!==undefined?(parseFloat(x.dataset.v||'NaN')||0)-(parseFloat(y.dataset.v||'NaN')||0):x.textContent.localeCompare(y.textContent);return up?r:-r;});
    up=!up;rows.forEach(function(r){t.tBodies[0].appendChild(r);});});});});
    })();
    """
}
