"""Job titles around a name: where a role starts, what it says, which partner it names.

"Director of the Ministry of …" is the role "Director" at that ministry; "the
Vice Mayor of …", "Chinese representative of …" and "academic of the Master's
Degree …" start roles; "stated the Provost for International Cooperation"
holds one. Role words are English's (lexicon.py).
"""

from __future__ import annotations

import re

from newsroom.importing import places
from newsroom.importing.lexicon import FUNCTION_WORDS, POSITION_HEADS, is_position_word

OrgSpan = tuple[int, int, int]  # start, end, organisation index
_WORD = re.compile(r"\S+")


def position_start(text: str) -> bool:
    """ "Director of …", "the Vice Mayor of …", "Chinese representative of …"."""
    words = text.split()
    while words and words[0].casefold() in {"the", "a", "an", "and", "as"}:
        words = words[1:]
    if not words:
        return False
    if len(words) > 1 and is_position_word(words[0]) and words[1] in {"of", "at", "in"}:
        return True  # "academic of the Master's Degree …", "executive at …"
    for word in words[:4]:
        low = word.casefold().strip(",.()")
        if low in POSITION_HEADS:
            return True
        if (
            low in FUNCTION_WORDS
            or low in {"whose", "whom", "where"}
            or (word.endswith(("ed", "ing")) and not word[:1].isupper())
        ):
            return False  # "who then gave …", "visited the …"
    return False


def capitalise(text: str) -> str | None:
    text = text.strip(" .,;:")
    return text[:1].upper() + text[1:] if text else None


def role_of(text: str, abs_start: int, spans: list[OrgSpan]) -> tuple[str | None, int | None]:
    """Job title and organisation in "Director of … at the Ministry of …"."""
    lead = re.match(r"(?:(?:the|a|an|and|as)\s+)*", text, flags=re.IGNORECASE).end()
    text, abs_start = text[lead:], abs_start + lead
    inside = [s for s in spans if abs_start <= s[0] < abs_start + len(text)]
    if not inside:
        position = re.split(r"\s+(?:who|which|and\s+(?:gave|attended|said|delivered))\b", text)[0]
        return capitalise(position), None
    first = min(inside)
    position = text[: first[0] - abs_start]
    position = re.sub(r"\s+(?:of|at|from|with|for|in)(?:\s+the)?\s*$", "", position.strip())
    if not position.strip(' ,.(“"') and ends_with_position(text[first[1] - abs_start :]):
        position = text[first[1] - abs_start :]  # "Institute of Archaeology Director"
    return capitalise(position.strip(' ,.(“"')), first[2]


def org_at(spans: list[OrgSpan], pos: int) -> int | None:
    hit = [s for s in spans if s[0] == pos]
    return hit[0][2] if hit else None


def after_country(words: list[tuple[int, str]], n: int) -> int:
    """The index after "Education and Science of the Republic of Tajikistan" when a
    capitalised run (with its small words) ends in a country; else ``n``."""
    k, found = n, n
    while k < len(words) and k - n < 10:
        word = words[k][1].rstrip(",")
        if places.country_code(word) or places.country_code(word.rstrip(".")):
            found = k + 1
            break
        if not (word[:1].isupper() or word in {"of", "and", "the", "for", "&"}):
            break
        k += 1
    return found


def plural_role(word: str) -> bool:
    low = word.casefold().strip(",.")
    return low.endswith("s") and low[:-1] in POSITION_HEADS and low[:-1] not in {"s", ""}


def role_within(text: str) -> int:
    """Where a role starts inside a clause: "stated the Provost for International
    Cooperation" → the offset of "Provost"; 0 when none does."""
    for m in _WORD.finditer(text):
        if (
            m.start()
            and m.group(0).casefold() in POSITION_HEADS
            and position_start(text[m.start() :])
        ):
            start = m.start()
            before = list(_WORD.finditer(text[:start]))
            while before and is_position_word(before[-1].group(0)):
                start = before.pop().start()
            return start if before and before[-1].group(0).casefold() in {"the", "a", "an"} else 0
    return 0


def ends_with_position(text: str) -> bool:
    """ "At the event, Institute of Archaeology Director": a role right before a name."""
    words = text.split()
    return bool(words) and words[-1].casefold().strip(",.") in POSITION_HEADS
