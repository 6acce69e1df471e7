"""Word tokens with their offsets, for the extractors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsroom.importing.sentences import ABBREVIATIONS

_TOKEN = re.compile(r"[^\W_](?:[\w'’&-]|\.(?=\w))*\.?|[^\w\s]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_acronym(self) -> bool:
        """ "CRES", "IRENA", "E20": capitals (and digits), at least two capitals."""
        text = self.text.rstrip(".")
        return (
            2 <= len(text) <= 10
            and text[0].isupper()
            and sum(ch.isupper() for ch in text) >= 2
            and all(ch.isupper() or ch.isdigit() or ch == "&" for ch in text)
        )


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        possessive = False
        for suffix in ("’s", "'s", "’", "'"):
            if len(word) > len(suffix) + 1 and word.endswith(suffix):
                word, end, possessive = word[: -len(suffix)], end - len(suffix), True
                break
        if word.endswith(".") and len(word) > 2:
            bare = word[:-1].casefold()
            if bare not in ABBREVIATIONS and bare.split(".")[-1] not in ABBREVIATIONS:
                tokens.append(Token(word[:-1], start, end - 1, possessive))
                tokens.append(Token(".", end - 1, end))
                continue
        tokens.append(Token(word, start, end, possessive))
    return tokens


def join_tokens(tokens: list[Token]) -> str:
    """Rebuild a name: "Carbon(Beijing)" → "Carbon (Beijing)", "Co ., Ltd" → "Co., Ltd"."""
    out = ""
    for i, tok in enumerate(tokens):
        if tok.text in {")", ",", "."} or (i > 0 and tokens[i - 1].text == "("):
            out += tok.text
        elif tok.text == "(":
            out += " ("
        else:
            out += (" " if out else "") + tok.text
    return out.strip()
