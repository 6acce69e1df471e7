"""People: "Mr. Dingping Ma, Secretary General … of Chongqing Renewable Energy
Society", "Xue Wenchao, Professor of the …", "Ms. Yi Zhang from UNDP".

A person is a name (two to five capitalised words, or any name after a title
such as Mr./Dr.) followed by a job title, or introduced by a title. Names are
kept in the order written; titles are stripped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsroom.importing import places
from newsroom.importing.lexicon import (
    FUNCTION_WORDS,
    POSITION_HEADS,
    is_head,
    is_position_word,
    is_weak_head,
)
from newsroom.importing.sentences import split_sentences

OrgSpan = tuple[int, int, int]  # start, end, organisation index

_TITLE = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Madam|Sir|H\.E)\.?\s+(?=[A-Z])")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|[A-Z]\.(?:[A-Z][\w'’-]*)?)$")
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip


@dataclass(frozen=True)
class PersonMention:
    name: str
    position: str | None
    affiliation: int | None  # organisation index


def normalise_person_name(name: str) -> str:
    """ "Abdulrahman A.Elkhereiji" → "Abdulrahman A. Elkhereiji"."""
    name = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name)
    return " ".join(name.split()).strip(" ,;")


def person_key(name: str) -> str:
    return "".join(ch for ch in normalise_person_name(name).casefold() if ch.isalnum())


def _is_name(text: str, titled: bool) -> bool:
    words = normalise_person_name(text).split()
    # A lone surname ("Dr. Wongsawat") would duplicate the person named in full.
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    for word in words:
        low = word.casefold().strip(".")
        if not _NAME_WORD.match(word) or low in _MONTHS:
            return False
        if len(low) > 1 and low in FUNCTION_WORDS:
            return False
        if is_head(word) or is_weak_head(word) or is_position_word(word):
            return False
        if word.isupper() and len(word) > 2:
            return False
    return not places.is_place(text)


def _position_start(text: str) -> bool:
    words = text.split()
    return (
        bool(words)
        and is_position_word(words[0])
        and any(w.casefold().strip(",.") in POSITION_HEADS for w in words[:6])
    )


def _segments(sentence: str, offset: int, spans: list[OrgSpan]) -> list[tuple[int, str]]:
    """Comma-separated parts, not cut inside an organisation's name ("Co., Ltd")."""
    parts, start = [], 0
    for i, ch in enumerate(sentence):
        if ch in ",;" and not any(s <= offset + i < e for s, e, _ in spans):
            parts.append((start, sentence[start:i]))
            start = i + 1
    parts.append((start, sentence[start:]))
    return parts


def _role(text: str, abs_start: int, spans: list[OrgSpan]) -> tuple[str | None, int | None]:
    """Job title and organisation in "Director of … at the Ministry of …"."""
    inside = [s for s in spans if abs_start <= s[0] < abs_start + len(text)]
    if not inside:
        position = re.split(r"\s+(?:who|which|and\s+(?:gave|attended|said|delivered))\b", text)[0]
        position = position.strip(" .")
        return (position[:1].upper() + position[1:] if position else None), None
    first = min(inside)
    position = text[: first[0] - abs_start]
    position = re.sub(r"\s+(?:of|at|from|with|for|in)(?:\s+the)?\s*$", "", position.strip())
    position = position.strip(" ,.")
    return (position[:1].upper() + position[1:] if position else None), first[2]


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    found: list[PersonMention] = []
    for offset, sentence in split_sentences(paragraph):
        segments = _segments(sentence, offset, spans)
        for i, (seg_start, segment) in enumerate(segments):
            lead = re.match(r"\s*(?:and\s+)?", segment).end()
            text = segment[lead:]
            abs_start = offset + seg_start + lead
            titled_names = list(_TITLE.finditer(text))
            candidates: list[tuple[str, int, bool]] = []  # name, end offset in text, titled
            for m in titled_names:
                words = re.match(r"(?:[A-Z][\w'’.-]*\s*){1,5}", text[m.end() :])
                if words:
                    raw = words.group(0).strip()
                    # Stop before an organisation: "Mr. X from Y" keeps only X.
                    name_words = []
                    for w in raw.split():
                        if is_head(w) or any(
                            s <= abs_start + m.end() + raw.find(w) < e for s, e, _ in spans
                        ):
                            break
                        name_words.append(w)
                    raw = " ".join(name_words)
                    if raw and _is_name(raw, titled=True):
                        candidates.append((raw, m.end() + len(raw), True))
            if not candidates and _is_name(text.strip(), titled=False):
                candidates.append((text.strip(), len(text.rstrip()), False))
            for name, end, titled in candidates:
                rest = text[end:]
                position, affiliation = None, None
                follow = re.match(r"\s*(?:from|of|at|with)\s+(?:the\s+)?", rest)
                if follow and rest.strip():
                    pos = abs_start + end + follow.end()
                    hit = [s for s in spans if s[0] == pos]
                    if hit:
                        affiliation = hit[0][2]
                if not rest.strip() and i + 1 < len(segments):
                    nxt_start, nxt = segments[i + 1]
                    nxt_lead = len(nxt) - len(nxt.lstrip())
                    if _position_start(nxt.strip()):
                        position, affiliation = _role(
                            nxt.strip(), offset + nxt_start + nxt_lead, spans
                        )
                        # "…, and Senior Partner of the E20 Platform": a second role
                        # gives the affiliation when the first had none.
                        if i + 2 < len(segments) and affiliation is None:
                            more_start, more = segments[i + 2]
                            m2 = re.match(r"\s*and\s+", more)
                            if m2 and _position_start(more[m2.end() :]):
                                _, affiliation = _role(
                                    more[m2.end() :], offset + more_start + m2.end(), spans
                                )
                if titled or position:
                    found.append(PersonMention(normalise_person_name(name), position, affiliation))
    return found
