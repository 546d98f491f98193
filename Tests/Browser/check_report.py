#!/usr/bin/env python3
"""Opens a Liaison HTML report in headless Chromium and checks it, over the DevTools protocol.

Usage: check_report.py REPORT.html --search TEXT [--hostile TEXT] [--screenshot FILE.png]
Prints one JSON object: {"checks": {name: {"ok": bool, "detail": str}}, "console": [...], "requests": [...]}
and exits 0 when every check passed, 1 otherwise, 77 when no Chromium is installed.

The protocol runs over --remote-debugging-pipe (file descriptors 3 and 4, messages ended by NUL),
so nothing but the Python standard library is needed and no port is opened. Chromium DevTools
Protocol reference: chromedevtools.github.io/devtools-protocol (Target, Page, Runtime, Network,
Log, Input, Emulation domains).
"""
import base64, json, os, shutil, subprocess, sys, tempfile, time, argparse

def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None

class Browser:
    def __init__(self, binary, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        cmd = ('exec "$0" --headless=new --no-sandbox --disable-gpu --no-first-run --no-default-browser-check '
               '--disable-extensions --disable-background-networking --disable-component-update --disable-sync '
               '--remote-debugging-pipe --user-data-dir="$1" about:blank 3<&%d 4>&%d' % (to_child_r, from_child_w))
        self.proc = subprocess.Popen(["bash", "-c", cmd, binary, profile], pass_fds=(to_child_r, from_child_w),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r); os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def read(self, timeout=30):
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(line)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        for i, e in enumerate(self.events):
            if e.get("method") == method:
                return self.events.pop(i)
        while time.time() < deadline:
            e = self.read(timeout=max(0.1, deadline - time.time()))
            if e.get("method") == method:
                return e
            self.events.append(e)
        raise TimeoutError(method)

    def js(self, expression):
        r = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError("script failed: %s" % r["exceptionDetails"].get("text"))
        return r["result"].get("value")

    def settle(self, seconds=0.3):
        """Lets the page run (timers, events) and collects what it reports meanwhile."""
        self.js("new Promise(function(r){setTimeout(r,%d)})" % int(seconds * 1000))

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def key(self, key, code, vk, text=None):
        down = {"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk}
        if text:
            down["text"] = text
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk})

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

def centre_of(browser, selector_js):
    return browser.js("(function(){var e=%s;e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();return [r.left+r.width/2,r.top+r.height/2];})()" % selector_js)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--search", required=True)
    parser.add_argument("--hostile", default="")
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    binary = find_chromium()
    if not binary:
        print(json.dumps({"skipped": "chromium is not installed (apt-get install chromium)"}))
        return 77
    checks = {}
    def check(name, ok, detail=""):
        checks[name] = {"ok": bool(ok), "detail": str(detail)}

    url = "file://" + os.path.abspath(args.report)
    profile = tempfile.mkdtemp(prefix="liaison-chromium-")
    browser = Browser(binary, profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        browser.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            browser.send(domain + ".enable")
        browser.send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("Page.loadEventFired")
        browser.settle(0.5)

        # Search: a name (Cyrillic) is found and the drawing centred on it.
        browser.js("document.getElementById('search').focus()")
        browser.send("Input.insertText", {"text": args.search})
        browser.settle()
        found = browser.js("""(function(){var svg=document.querySelector('#view svg'),vb=svg.viewBox.baseVal;
            var hit=[].slice.call(svg.querySelectorAll('g.node.hit'));if(!hit.length)return null;
            var first=hit.filter(function(g){return !!document.querySelector('#cards .card[data-c="'+CSS.escape(g.querySelector('title').textContent)+'"]');})[0]||hit[0];
            var b=first.getBBox();return {count:hit.length,title:first.querySelector('title').textContent,
            found:document.getElementById('found').textContent,cx:b.x+b.width/2,cy:b.y+b.height/2,vx:vb.x+vb.width/2,vy:vb.y+vb.height/2,w:vb.width};})()""")
        check("search finds the name", found and found["count"] >= 1 and "found" in found["found"], found)
        check("search centres the node", found and abs(found["cx"] - found["vx"]) < found["w"] * 0.02 and abs(found["cy"] - found["vy"]) < found["w"] * 0.02, found)
        browser.js("var s=document.getElementById('search');s.value='';s.dispatchEvent(new Event('input'));s.blur();")

        # Zoom by keyboard and by the buttons.
        width = lambda: browser.js("document.querySelector('#view svg').viewBox.baseVal.width")
        browser.js("document.getElementById('reset').click();document.getElementById('view').focus()")
        w0 = width()
        browser.key("+", "Equal", 187, "+")
        w1 = width()
        browser.key("-", "Minus", 189, "-")
        browser.key("-", "Minus", 189, "-")
        w2 = width()
        browser.key("0", "Digit0", 48, "0")
        w3 = width()
        check("keyboard zoom (+ − 0)", w1 < w0 < w2 and abs(w3 - w0) < 1e-6, [w0, w1, w2, w3])
        x, y = centre_of(browser, "document.getElementById('zoomin')")
        browser.click(x, y)
        w4 = width()
        browser.js("document.getElementById('reset').click()")
        check("zoom button", w4 < w0, [w0, w4])

        # A click on a node opens its detail panel.
        node = browser.js("""(function(){var gs=[].slice.call(document.querySelectorAll('#view g.node'));
            for(var i=0;i<gs.length;i++){var t=gs[i].querySelector('title').textContent;if(document.querySelector('#cards .card[data-c="'+CSS.escape(t)+'"]')){
            var e=gs[i].querySelector('ellipse,polygon');var r=e.getBoundingClientRect();if(r.width>6)return {t:t,x:r.left+r.width/2,y:r.top+r.height/2};}}return null;})()""")
        if node:
            browser.click(node["x"], node["y"])
            browser.settle(0.2)
            panel = browser.js("(function(){var p=document.getElementById('detail');return {hidden:p.hidden,name:(p.querySelector('h2')||{}).textContent};})()")
            check("click on a node opens its details", panel and not panel["hidden"] and panel["name"], [node["t"], panel])
            browser.js("document.getElementById('close').click()")
        else:
            check("click on a node opens its details", False, "no clickable contact node")

        # Sorting: by a click on a header, then by the keyboard on another header.
        table = browser.js("""(function(){var t=[].slice.call(document.querySelectorAll('table')).filter(function(t){return t.tBodies[0].rows.length>2&&t.querySelector('th.n');})[0];
            if(!t)return null;var ths=[].slice.call(t.tHead.rows[0].cells);var c=ths.findIndex(function(th){return th.classList.contains('n')&&th.textContent.trim()!=='#';});
            return {id:t.id,c:c,text:ths.findIndex(function(th){return !th.classList.contains('n');})};})()""")
        def column(tid, c, numeric):
            return browser.js("[].map.call(document.getElementById('%s').tBodies[0].rows,function(r){return %s})" % (tid, "parseFloat(r.cells[%d].dataset.v)" % c if numeric else "r.cells[%d].textContent" % c))
        def sort_state(tid, c):
            return browser.js("document.getElementById('%s').tHead.rows[0].cells[%d].getAttribute('aria-sort')" % (tid, c))
        if table and table["c"] >= 0:
            tid, c = table["id"], table["c"]
            x, y = centre_of(browser, "document.getElementById('%s').tHead.rows[0].cells[%d].querySelector('button')" % (tid, c))
            browser.click(x, y)
            up = column(tid, c, True)
            s1 = sort_state(tid, c)
            browser.click(x, y)
            down = column(tid, c, True)
            s2 = sort_state(tid, c)
            check("sort by click", up == sorted(up) and down == sorted(down, reverse=True) and s1 == "ascending" and s2 == "descending", [s1, s2, up[:5], down[:5]])
            t = table["text"]
            browser.js("document.getElementById('%s').tHead.rows[0].cells[%d].querySelector('button').focus()" % (tid, t))
            browser.key("Enter", "Enter", 13, "\r")
            names = column(tid, t, False)
            s3, s4 = sort_state(tid, t), sort_state(tid, c)
            collated = browser.js("(function(a){return a.slice().sort(function(x,y){return x.localeCompare(y)});})(%s)" % json.dumps(names))
            browser.key(" ", "Space", 32, " ")
            names2 = column(tid, t, False)
            s5 = sort_state(tid, t)
            check("sort by keyboard (Enter, Space)", names == collated and names2 == collated[::-1] and s3 == "ascending" and s4 == "none" and s5 == "descending", [s3, s4, s5, names[:3]])
        else:
            check("sort by click", False, "no numeric table")
            check("sort by keyboard (Enter, Space)", False, "no numeric table")

        # The hostile name is shown as text, and nothing ran.
        if args.hostile:
            shown = browser.js("document.body.textContent.indexOf(%s)>=0" % json.dumps(args.hostile))
            images = browser.js("document.querySelectorAll('img').length")
            check("hostile name shown as text, not markup", shown and images == 0, {"shown": shown, "img elements": images})
            browser.js("(function(){var b=[].filter.call(document.querySelectorAll('button.who'),function(b){return b.textContent===%s;})[0];if(b)b.click();})()" % json.dumps(args.hostile))
            browser.settle(0.2)
            images = browser.js("document.querySelectorAll('img').length")
            check("hostile name in the detail panel stays text", images == 0, images)

        if args.screenshot:
            browser.js("window.scrollTo(0,0)")
            shot = browser.send("Page.captureScreenshot", {"format": "png"})
            os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        browser.settle(0.3)
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)

    events = browser.events
    console = [e["params"] for e in events if e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") in ("error", "assert", "warning")]
    exceptions = [e["params"]["exceptionDetails"].get("text", "") + " " + str(e["params"]["exceptionDetails"].get("exception", {}).get("description", "")) for e in events if e.get("method") == "Runtime.exceptionThrown"]
    logs = [e["params"]["entry"] for e in events if e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") in ("error", "warning")]
    dialogs = [e["params"] for e in events if e.get("method") == "Page.javascriptDialogOpening"]
    requests = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    check("no console errors", not console and not exceptions and not logs, {"console": [c.get("args") for c in console], "exceptions": exceptions, "log": [l.get("text") for l in logs]})
    check("no network request but the report itself", all(u == url for u in requests) and len(requests) <= 1, requests)
    check("no script from the data ran (no dialog)", not dialogs, dialogs)
    print(json.dumps({"checks": checks}, ensure_ascii=False, indent=1))
    return 0 if all(c["ok"] for c in checks.values()) else 1

if __name__ == "__main__":
    sys.exit(main())
