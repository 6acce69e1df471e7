"""Sentence splitting that knows "Mr.", "Co., Ltd." and initials are not ends."""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "prof", "st", "no", "nos", "co", "ltd", "inc", "corp", "jr", "sr",
    "vs", "etc", "e.g", "i.e", "u.s", "dept", "gov", "univ", "assoc", "fig", "vol", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e",
    "acad", "memb", "corr", "asst", "hon", "amb", "sen", "rep", "eng", "gen",
}  # fmt: skip

_END = re.compile(r"[.!?。！？][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\u4e00-\u9fff])|[。！？]")


# Characters a copy-paste brings along that no stored text should keep: NUL
# and other controls, BOMs and zero-width marks (they make equal titles differ
# and break search), and U+FFFD (a decoding accident, not text).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f\u00ad\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufffd]"
)
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """The text with every line break as "\\n" and nothing invisible left in it."""
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def split_sentences(paragraph: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering the paragraph."""
    sentences: list[tuple[int, str]] = []
    start = 0
    for match in _END.finditer(paragraph):
        if match.group(0)[0] == ".":
            before = paragraph[start : match.start()].split()
            last = before[-1].lower().rstrip(".") if before else ""
            # "Mr." "Co." and single-letter initials ("A.") do not end a sentence.
            if last.split(".")[-1] in ABBREVIATIONS or last in ABBREVIATIONS or len(last) == 1:
                continue
        end = match.end()
        if paragraph[start:end].strip():
            sentences.append((start, paragraph[start:end]))
        start = end
    if paragraph[start:].strip():
        sentences.append((start, paragraph[start:]))
    return [(offset + len(s) - len(s.lstrip()), s.strip()) for offset, s in sentences]
