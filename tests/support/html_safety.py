"""An HTML inspector that lists anything in a page able to run code or restyle it.

Used by the XSS tests: a hostile payload is inert when, after it went through
the admin or the importer, the public page contains none of these.
"""

from html.parser import HTMLParser

DANGEROUS_ELEMENTS = {"script", "iframe", "object", "embed", "svg", "math", "style", "base",
                      "form", "frame", "frameset", "applet", "link", "meta"}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                  "srcset", "background"}  # fmt: skip


class _Inspector(HTMLParser):
    def __init__(self, allowed_head: bool):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_head = False
        self.allowed_head = allowed_head

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        if tag in DANGEROUS_ELEMENTS and not self._site_owned(tag, attrs):
            self.problems.append(f"<{tag} {attrs}>")
        for name, value in attrs.items():
            value = (value or "").strip().lower().replace("\x00", "")
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>")
            if name in URL_ATTRIBUTES and "".join(value.split()).startswith(
                ("javascript:", "vbscript:", "data:text", "data:image/svg")
            ):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False

    def _site_owned(self, tag: str, attrs: dict) -> bool:
        """The page's own head (stylesheets, meta tags) and JSON-LD data blocks."""
        if tag == "form":  # the site's own forms post to its own paths
            action = attrs.get("action") or ""
            return action.startswith("/") and not action.startswith("//")
        if tag == "script":
            src = attrs.get("src") or ""
            return attrs.get("type") == "application/ld+json" or src.startswith("/static/")
        return self.allowed_head and self.in_head and tag in {"link", "meta", "style"}


def dangerous_markup(html: str) -> list[str]:
    inspector = _Inspector(allowed_head=True)
    inspector.feed(html)
    inspector.close()
    return inspector.problems
