import Foundation

/// An HTML page checked by real parsers (Python's standard library): well-formed as strict XML
/// (expat), tokenised the same way by the HTML parser browsers follow (`html.parser`), every
/// element closed in order, plus what a test needs to know about what a browser would run or fetch.
package struct HTMLCheck: Decodable, Sendable {
    /// Expat's error, or nil when the page is well-formed.
    package let xmlError: String?
    /// Elements closed out of order or never closed, as `html.parser` tokenises the page.
    package let nestingErrors: [String]
    /// True when the HTML tokeniser and the XML parser find the same elements in the same order
    /// (so nothing hides inside text or an attribute).
    package let sameElements: Bool
    /// Every element name, in document order.
    package let elements: [String]
    /// `element@attribute` for each event-handler attribute (`onerror`, `onload`, …).
    package let eventAttributes: [String]
    /// Anything that would be fetched: `src`/`href` values, CSS `url(` and `@import`.
    package let fetches: [String]
    /// The root element's `lang`.
    package let lang: String?
    /// The text of each `<th scope="row">` and each `<th scope="col">`.
    package let rowHeaders: [String]
    package let columnHeaders: [String]
    /// The text of each `<h1>`…`<h6>` and each `<li>`.
    package let headings: [String]
    package let listItems: [String]
    /// All the text a reader sees (the title and style excluded).
    package let text: String

    /// Checks `html`; throws when Python cannot be run.
    package static func run(_ html: String) throws -> HTMLCheck {
        let r = try ExternalTool.run("python3", ["-c", script], stdin: html)
        guard r.code == 0 else { throw ExternalTool.Failure(description: "html check failed: \(r.err)") }
        return try JSONDecoder().decode(HTMLCheck.self, from: Data(r.out.utf8))
    }

    static let script = #"""
        import sys, json, re
        import xml.etree.ElementTree as ET
        from html.parser import HTMLParser

        src = sys.stdin.read()
        VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
        out = {"xmlError": None, "nestingErrors": [], "elements": [], "eventAttributes": [], "fetches": [],
               "lang": None, "rowHeaders": [], "columnHeaders": [], "headings": [], "listItems": [], "text": ""}

        class Tokens(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.starts, self.style = [], [], ""
                self.in_style = False
            def handle_starttag(self, tag, attrs):
                self.starts.append(tag)
                for name, value in attrs:
                    if name.startswith("on"): out["eventAttributes"].append(tag + "@" + name)
                    if name in ("src", "href", "srcset", "action", "formaction", "data", "poster"):
                        out["fetches"].append(value or "")
                if tag == "style": self.in_style = True
                if tag not in VOID: self.stack.append(tag)
            def handle_startendtag(self, tag, attrs):
                self.handle_starttag(tag, attrs)
                if tag not in VOID: self.stack.pop()
            def handle_endtag(self, tag):
                if tag == "style": self.in_style = False
                if not self.stack or self.stack[-1] != tag:
                    out["nestingErrors"].append("</%s> closes %s" % (tag, self.stack[-1] if self.stack else "nothing"))
                else:
                    self.stack.pop()
            def handle_data(self, data):
                if self.in_style: self.style += data

        t = Tokens()
        t.feed(src)
        t.close()
        out["nestingErrors"] += ["<%s> never closed" % tag for tag in t.stack]
        for m in re.finditer(r"url\s*\(|@import", t.style): out["fetches"].append(m.group(0))

        def text(el): return re.sub(r"\s+", " ", "".join(el.itertext())).strip()
        try:
            root = ET.fromstring(src)
            out["elements"] = [el.tag for el in root.iter()]
            out["lang"] = root.get("lang")
            for th in root.iter("th"):
                key = {"row": "rowHeaders", "col": "columnHeaders"}.get(th.get("scope"))
                if key: out[key].append(text(th))
            out["headings"] = [text(el) for el in root.iter() if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
            out["listItems"] = [text(el) for el in root.iter("li")]
            body = root.find("body")
            out["text"] = text(body) if body is not None else ""
        except ET.ParseError as e:
            out["xmlError"] = str(e)
        out["sameElements"] = out["xmlError"] is None and out["elements"] == t.starts
        print(json.dumps(out))
        """#
}
