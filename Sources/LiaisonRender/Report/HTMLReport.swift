//===----------------------------------------------------------------------===//
// HTMLReport: one self-contained HTML file — summary, the drawing (pan, zoom, search), tables
//===----------------------------------------------------------------------===//

import Foundation

/// A self-contained HTML report (SPEC §4): one file, the drawing as inline SVG with pan/zoom and
/// search in a few lines of inline script, the tables given as data. No network requests: nothing
/// external is referenced, and a Content-Security-Policy of `default-src 'none'` forbids fetching
/// anything even if something slipped in. All text is HTML-escaped (and made inert as in drawings).
public struct HTMLReport: Sendable {
    /// A table cell: text (left-aligned, sorted as text) or a number (right-aligned, sorted by value).
    public enum Cell: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Double, shown: String)
        /// A contact's name that opens its detail panel (``ContactDetail`` with that id).
        case contact(String, id: String)

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

    /// What the detail panel of one contact shows (opened by a click on its node or its name).
    public struct ContactDetail: Sendable {
        public var id: String
        public var name: String
        /// Label and value, in order (measures, community, KPIs).
        public var facts: [(label: String, value: String)]
        /// Its ties, strongest first: the other contact's id and name, and a note ("strong, 0.82").
        public var ties: [(id: String, name: String, note: String)]
        /// Titled sections of lines after the ties: the page of `liaison show` (tie with you,
        /// bridging, goal leads, introductions, last touches).
        public var sections: [(title: String, lines: [String])]
        public init(id: String, name: String, facts: [(label: String, value: String)] = [],
                    ties: [(id: String, name: String, note: String)] = [],
                    sections: [(title: String, lines: [String])] = []) {
            self.id = id
            self.name = name
            self.facts = facts
            self.ties = ties
            self.sections = sections
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
    /// Detail panels, one per contact; a node of the drawing opens the panel whose id is its
    /// name (the SVG `<title>`).
    public var contacts: [ContactDetail]

    public init(title: String, summary: [(label: String, value: String)] = [], drawing: [UInt8]? = nil,
                tables: [Table] = [], footer: String = "", contacts: [ContactDetail] = []) {
        self.title = title
        self.summary = summary
        self.drawing = drawing
        self.tables = tables
        self.footer = footer
        self.contacts = contacts
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
            <section class="drawing" aria-label="Network drawing">
            <div class="tools"><input id="search" type="search" placeholder="Find a contact…" aria-label="Find a contact">
            <span id="found" role="status"></span>
            <button id="zoomin" type="button" aria-label="Zoom in" title="Zoom in (+)">+</button><button id="zoomout" type="button" aria-label="Zoom out" title="Zoom out (−)">−</button><button id="reset" type="button" title="Fit (0)">Fit</button>
            <span class="hint">Drag to pan; wheel or + − 0 to zoom; click a node for its details.</span></div>
            <div id="view" tabindex="0" aria-label="Drawing: + and − zoom, 0 fits, arrows pan">\(Self.inlineSVG(drawing))</div>
            </section>

            """
        }
        if !contacts.isEmpty { out += detailPanels() }
        for (i, table) in tables.enumerated() {
            out += "<section>\n<h2>\(Self.escape(table.title))</h2>\n"
            if !table.note.isEmpty { out += "<p class=\"note\">\(Self.escape(table.note))</p>\n" }
            out += "<table id=\"t\(i)\"><caption>\(Self.escape(table.title)) (\(table.rows.count) row\(table.rows.count == 1 ? "" : "s"); a column header sorts)</caption><thead><tr>"
            let numeric = table.columns.indices.map { c in
                !table.rows.isEmpty && table.rows.allSatisfy { row in
                    if c < row.count, case .number = row[c] { return true }
                    if c < row.count, case let .text(t) = row[c] { return t == "—" || t.isEmpty }
                    return c >= row.count
                }
            }
            for (c, column) in table.columns.enumerated() {
                out += "<th scope=\"col\" aria-sort=\"none\"\(numeric[c] ? " class=\"n\"" : "")><button type=\"button\">\(Self.escape(column))</button></th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            let decimals = table.columns.indices.map { Self.columnDecimals(table.rows, column: $0) }
            for row in table.rows {
                out += "<tr>"
                for (c, cell) in row.enumerated() {
                    switch cell {
                    case let .text(text):
                        out += "<td>\(Self.escape(text))</td>"
                    case let .contact(name, id):
                        out += "<td><button type=\"button\" class=\"who\" data-c=\"\(Self.escape(DrawingText.name(id)))\">\(Self.escape(name))</button></td>"
                    case let .number(value, shown):
                        let key = value.isFinite ? String(value) : (value.isNaN ? "" : (value > 0 ? "1e308" : "-1e308"))
                        let text = decimals[c].map { d in value.isFinite ? String(format: "%.\(d)f", value) : shown } ?? shown
                        out += "<td class=\"n\" data-v=\"\(key)\">\(Self.escape(text))</td>"
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

    /// The number of decimals a column's numbers are shown with, so that they line up: nil when
    /// every number in it is a whole number (shown as given), otherwise three significant digits of
    /// the column's largest magnitude (0.5 → 3 decimals, 25 → 1, 0.03 → 4), from 0 to 4.
    static func columnDecimals(_ rows: [[Cell]], column c: Int) -> Int? {
        var largest = 0.0, fractional = false
        for row in rows where c < row.count {
            guard case let .number(v, _) = row[c], v.isFinite else { continue }
            largest = max(largest, abs(v))
            if v != v.rounded() { fractional = true }
        }
        guard fractional else { return nil }
        let magnitude = largest > 0 ? Int((log10(largest)).rounded(.down)) + 1 : 0
        return max(0, min(4, 3 - magnitude))
    }

    /// One hidden panel per contact, shown by the script when its node or name is clicked.
    func detailPanels() -> String {
        var out = "<aside id=\"detail\" aria-live=\"polite\" hidden><button type=\"button\" id=\"close\" aria-label=\"Close the details\">×</button><div id=\"card\"></div></aside>\n<div id=\"cards\" hidden>\n"
        for c in contacts {
            out += "<section class=\"card\" data-c=\"\(Self.escape(DrawingText.name(c.id)))\"><h2>\(Self.escape(c.name))</h2>"
            if !c.facts.isEmpty {
                out += "<dl>"
                for f in c.facts { out += "<dt>\(Self.escape(f.label))</dt><dd>\(Self.escape(f.value))</dd>" }
                out += "</dl>"
            }
            if !c.ties.isEmpty {
                out += "<h3>Ties (\(c.ties.count))</h3><ul>"
                for t in c.ties {
                    out += "<li><button type=\"button\" class=\"who\" data-c=\"\(Self.escape(DrawingText.name(t.id)))\">\(Self.escape(t.name))</button> \(Self.escape(t.note))</li>"
                }
                out += "</ul>"
            }
            for section in c.sections where !section.lines.isEmpty {
                out += "<h3>\(Self.escape(section.title))</h3><ul>"
                for line in section.lines { out += "<li>\(Self.escape(line))</li>" }
                out += "</ul>"
            }
            out += "</section>\n"
        }
        return out + "</div>\n"
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
        // One pass over the bytes (the markers are ASCII): searching the decoded text again from
        // its start after each removed comment was quadratic in the drawing's size.
        func find(_ needle: String.UTF8View, from: Int) -> Int? {
            let first = needle.first!, count = needle.count
            var i = from
            while i + count <= data.count {
                if data[i] == first && data[i ..< i + count].elementsEqual(needle) { return i }
                i += 1
            }
            return nil
        }
        var kept = [UInt8]()
        kept.reserveCapacity(data.count)
        var i = find("<svg".utf8, from: 0) ?? 0
        while let open = find("<!--".utf8, from: i), let close = find("-->".utf8, from: open + 4) {
            kept += data[i ..< open]
            i = close + 3
        }
        kept += data[i...]
        var svg = String(decoding: kept, as: UTF8.self)
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
    .tools button{min-width:2.2rem;font-size:1rem}
    .hint,.note{color:#666;font-size:.85rem}
    #view{height:70vh;overflow:hidden;cursor:grab;background:#fff}#view:focus{outline:2px solid #1f77b4;outline-offset:-2px}#view svg{width:100%;height:100%;display:block}
    g.node{cursor:pointer}
    g.node.hit ellipse,g.node.hit polygon,g.node.hit path{stroke:#d62728!important;stroke-width:6px!important}
    g.node.dim{opacity:.25}
    table{border-collapse:collapse;width:100%;font-size:.9rem}caption{text-align:left;color:#666;font-size:.85rem;padding:.2rem 0}
    th,td{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
    th{background:#f6f6f6;position:sticky;top:0}th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer;color:inherit;text-align:inherit;width:100%}
    th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}
    th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
    button.who{font:inherit;border:0;background:none;padding:0;color:#1f5fa0;text-decoration:underline;cursor:pointer;text-align:left}
    #detail{position:fixed;right:1rem;top:1rem;width:min(24rem,90vw);max-height:90vh;overflow:auto;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 4px 16px #0003;padding:.5rem 1rem;z-index:2}
    #detail h2{margin-top:.3rem}#detail dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem}#detail dt{color:#666}#detail dd{margin:0}
    #close{float:right;font-size:1.3rem;border:0;background:none;cursor:pointer}
    footer{margin-top:2rem;color:#888;font-size:.8rem}
    @media print{.tools,#close,.hint{display:none}#view{height:auto;overflow:visible;border:0}.drawing{border:0;break-inside:avoid}
    #detail{position:static;box-shadow:none;width:auto;max-height:none}th{position:static}th button::after{content:""!important}
    button.who{color:inherit;text-decoration:none}body{max-width:none;margin:0}tr{break-inside:avoid}}
    """

    /// Pan (drag, arrow keys), zoom (wheel round the pointer; + − 0 and the buttons round the
    /// centre), search (highlights the nodes whose title or tooltip contains the text and centres
    /// on the first), sortable tables (a header's button, by click or keyboard, with `aria-sort`),
    /// detail panels (a click on a node or a contact's name). No inline handlers: everything is
    /// attached here, under the CSP.
    static let script = """
    (function(){
    var panel=document.getElementById('detail'),card=document.getElementById('card'),cards={};
    [].forEach.call(document.querySelectorAll('#cards .card'),function(c){cards[c.getAttribute('data-c')]=c;});
    function open(id){var c=cards[id];if(!c||!panel)return false;card.textContent='';card.appendChild(c.cloneNode(true));panel.hidden=false;var b=card.querySelector('h2');if(b){b.tabIndex=-1;b.focus();}return true;}
    if(panel){document.getElementById('close').addEventListener('click',function(){panel.hidden=true;});
    document.addEventListener('keydown',function(e){if(e.key==='Escape')panel.hidden=true;});}
    document.addEventListener('click',function(e){var b=e.target.closest?e.target.closest('button.who'):null;if(b){open(b.getAttribute('data-c'));}});
    var view=document.getElementById('view');
    if(view){var svg=view.querySelector('svg');var vb=svg.viewBox.baseVal;var home=[vb.x,vb.y,vb.width,vb.height];
    function set(b){vb.x=b[0];vb.y=b[1];vb.width=b[2];vb.height=b[3];}
    function zoom(k,p){p=p||[vb.x+vb.width/2,vb.y+vb.height/2];set([p[0]-(p[0]-vb.x)*k,p[1]-(p[1]-vb.y)*k,vb.width*k,vb.height*k]);}
    function pt(e){var r=svg.getBoundingClientRect();return [vb.x+(e.clientX-r.left)/r.width*vb.width,vb.y+(e.clientY-r.top)/r.height*vb.height];}
    view.addEventListener('wheel',function(e){e.preventDefault();zoom(e.deltaY>0?1.2:1/1.2,pt(e));},{passive:false});
    var drag=null,moved=0;view.addEventListener('pointerdown',function(e){drag=[e.clientX,e.clientY];moved=0;});
    view.addEventListener('pointermove',function(e){if(!drag)return;var r=svg.getBoundingClientRect();moved+=Math.abs(e.clientX-drag[0])+Math.abs(e.clientY-drag[1]);vb.x-=(e.clientX-drag[0])/r.width*vb.width;vb.y-=(e.clientY-drag[1])/r.height*vb.height;drag=[e.clientX,e.clientY];});
    view.addEventListener('pointerup',function(){drag=null;});
    document.getElementById('zoomin').addEventListener('click',function(){zoom(1/1.25);});
    document.getElementById('zoomout').addEventListener('click',function(){zoom(1.25);});
    document.getElementById('reset').addEventListener('click',function(){set(home);});
    document.addEventListener('keydown',function(e){var t=e.target.tagName;if(t==='INPUT'||t==='TEXTAREA'||e.ctrlKey||e.metaKey||e.altKey)return;
    var s=vb.width/10;
    if(e.key==='+'||e.key==='=')zoom(1/1.25);else if(e.key==='-'||e.key==='\\u2212')zoom(1.25);else if(e.key==='0')set(home);
    else if(e.target===view&&e.key==='ArrowLeft')vb.x-=s;else if(e.target===view&&e.key==='ArrowRight')vb.x+=s;
    else if(e.target===view&&e.key==='ArrowUp')vb.y-=s;else if(e.target===view&&e.key==='ArrowDown')vb.y+=s;else return;e.preventDefault();});
    var nodes=[].slice.call(svg.querySelectorAll('g.node'));
    function title(g){var t=g.querySelector('title');return t?t.textContent:'';}
    function text(g){var a=g.querySelector('a');return (title(g)+' '+(a?(a.getAttribute('xlink:title')||a.getAttribute('title')||''):'')).toLowerCase();}
    nodes.forEach(function(g){g.addEventListener('click',function(e){if(moved<6&&open(title(g)))e.preventDefault();});});
    var index=nodes.map(text);var found=document.getElementById('found');
    document.getElementById('search').addEventListener('input',function(){var q=this.value.trim().toLowerCase();var first=null,n=0;
    nodes.forEach(function(g,i){var hit=!!q&&index[i].indexOf(q)>=0;g.classList.toggle('hit',hit);g.classList.toggle('dim',!!q&&!hit);if(hit){n++;if(!first||(!cards[title(first)]&&cards[title(g)]))first=g;}});
    found.textContent=q?(n+' found'):'';
    if(first){var b=first.getBBox(),w=Math.max(home[2]/6,b.width*8),h=w*home[3]/home[2];set([b.x+b.width/2-w/2,b.y+b.height/2-h/2,w,h]);}});}
    [].forEach.call(document.querySelectorAll('table'),function(t){[].forEach.call(t.tHead.rows[0].cells,function(th,c){var button=th.querySelector('button');if(!button)return;button.addEventListener('click',function(){
    var up=th.getAttribute('aria-sort')!=='ascending';
    [].forEach.call(t.tHead.rows[0].cells,function(o){o.setAttribute('aria-sort','none');});th.setAttribute('aria-sort',up?'ascending':'descending');
    var rows=[].slice.call(t.tBodies[0].rows);rows.sort(function(a,b){var x=a.cells[c],y=b.cells[c];if(!x||!y)return 0;
    var r=x.dataset.v!==undefined&&y.dataset.v!==undefined?(parseFloat(x.dataset.v||'NaN')||0)-(parseFloat(y.dataset.v||'NaN')||0):x.textContent.localeCompare(y.textContent);return up?r:-r;});
    rows.forEach(function(r){t.tBodies[0].appendChild(r);});});});});
    })();
    """
}
