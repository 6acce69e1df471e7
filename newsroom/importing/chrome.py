"""Site chrome: the lines a copy-paste from a web page brings along.

Navigation ("Homepage / Favorites / 中文版"), publisher lines ("China Carbon
Credit Platform", which becomes the source), "Release Time…" stamps and
footers ("© GSEO All Rights Reserved Disclaimer") are recognised by their
shape, not by a list of sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAV_SEPARATORS = re.compile(r"\s+(?:/|\||»|>|›|·|•)\s+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.IGNORECASE)
# Labels that start a metadata stamp, e.g. "Release Time2 months ago", "Source: Xinhua".
_STAMP = re.compile(
    r"^(?:release\s*(?:time|date)|publish(?:ed)?(?:\s*(?:time|date|on|at))?|posted(?:\s*on)?|"
    r"update[d]?(?:\s*(?:time|on))?|date|time|source|from|author|editor|reporter|writer|"
    r"views?|hits|clicks|read(?:s|\s*count)?|share(?:\s*to)?|print|font\s*size|tags?|"
    r"keywords?|photo|image)\s*[:：]?",
    re.IGNORECASE,
)
_FOOTER_WORDS = re.compile(
    r"\b(?:disclaimer|privacy|terms of (?:use|service)|cookie|sitemap|site map|contact us|"
    r"about us|exception clause|introduction of (?:the )?website|back to top|subscribe|"
    r"follow us|share this|print this|previous|next article|related articles|icp)\b|"
    r"中文|english version|english",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？:;]\s*[\"”’)]*$")


@dataclass(frozen=True)
class ChromeResult:
    lines: tuple[str, ...]  # the text with chrome lines blanked (line numbers kept)
    chrome: tuple[str, ...]
    source: str | None
    source_url: str | None


def _words(line: str) -> list[str]:
    return line.split()


def is_navigation(line: str) -> bool:
    """Short items between separators: "Homepage / Favorites / 中文版"."""
    items = _NAV_SEPARATORS.split(line.strip())
    if len(items) < 2 or len(line) > 120:
        return False
    return all(0 < len(_words(item)) <= 4 and not _SENTENCE_END.search(item) for item in items)


def is_copyright(line: str) -> bool:
    return bool(_COPYRIGHT.search(line)) and len(line) <= 250


def stamp_value(line: str) -> tuple[str, str] | None:
    """("source", "Xinhua") for "Source: Xinhua"; ("stamp", …) for other stamps."""
    stripped = line.strip()
    if len(stripped) > 80 or _SENTENCE_END.search(stripped) and stripped.endswith("."):
        return None
    match = _STAMP.match(stripped)
    if not match:
        return None
    label = match.group(0).rstrip(" :：").lower()
    rest = stripped[match.end() :].strip()
    # A label glued to a value ("Release Time2 months ago") or followed by ":".
    glued = match.end() < len(stripped) and not stripped[match.end() - 1].isspace()
    has_colon = ":" in match.group(0) or "：" in match.group(0)
    if not (has_colon or glued or not rest or label.startswith(("release", "publish", "posted"))):
        return None
    if label in {"source", "from"} and has_colon and rest:
        return ("source", rest)
    if label in {"source", "from"} and not has_colon:
        return None
    return ("stamp", rest)


def is_footer(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) <= 100
        and len(_words(stripped)) <= 10
        and not _SENTENCE_END.search(stripped)
        and bool(_FOOTER_WORDS.search(stripped))
    )


def looks_like_publisher(line: str) -> bool:
    """A short, title-cased name that is not a sentence: "China Carbon Credit Platform"."""
    words = _words(line)
    if not 1 <= len(words) <= 8 or len(line) > 70 or _SENTENCE_END.search(line):
        return False
    if any(ch.isdigit() for ch in line):
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= max(1, round(len(words) * 0.75))


def strip_chrome(lines: list[str]) -> ChromeResult:
    """Blank out chrome lines; return them and the source they name."""
    kept = list(lines)
    chrome: list[str] = []
    source: str | None = None
    source_url: str | None = None

    def drop(i: int) -> None:
        chrome.append(lines[i].strip())
        kept[i] = ""

    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if is_navigation(stripped) or is_copyright(stripped):
            drop(i)
            continue
        stamp = stamp_value(stripped)
        if stamp:
            if stamp[0] == "source" and not source:
                if stamp[1].startswith(("http://", "https://")):
                    source_url = stamp[1]
                else:
                    source = stamp[1]
            drop(i)
            continue
        if re.fullmatch(r"https?://\S+", stripped) and not source_url:
            source_url = stripped
            drop(i)

    # Footers: short link-like lines after the last real paragraph.
    for i in range(len(kept) - 1, -1, -1):
        stripped = kept[i].strip()
        if not stripped:
            continue
        if is_footer(stripped):
            drop(i)
            continue
        break

    # A publisher line: a short name standing alone before the headline.
    content = [i for i, line in enumerate(kept) if line.strip()]
    if len(content) >= 3:
        first, second = content[:2]
        if (
            looks_like_publisher(kept[first].strip())
            and not _SENTENCE_END.search(kept[second].strip())
            and len(kept[second].strip()) > len(kept[first].strip())
            and not looks_like_publisher(kept[second].strip())
        ):
            source = source or kept[first].strip()
            drop(first)

    return ChromeResult(tuple(kept), tuple(chrome), source, source_url)
