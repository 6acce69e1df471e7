"""Reading rendered pages the way a visitor does, for the public-page tests."""

import re
from html import unescape

TAG = re.compile(r"<[^>]+>")
HIDDEN = re.compile(r"<(head|script|style)\b.*?</\1>", re.S | re.I)


def visible_text(response) -> str:
    """The page's text with tags removed and whitespace collapsed."""
    html = HIDDEN.sub(" ", response.content.decode())
    return " ".join(unescape(TAG.sub(" ", html)).split())


def count_elements(response, name: str) -> int:
    return len(re.findall(rf"<{name}[\s>]", response.content.decode()))


def img_tags(response) -> list[str]:
    return re.findall(r"<img\b[^>]*>", response.content.decode())
