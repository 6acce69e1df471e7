"""German organisation names the head-first Romance reading misses.

German writes many names with the head last or glued into a hyphenated
compound ("Tsinghua Universität", "Humboldt-Universität zu Berlin",
"Max-Planck-Gesellschaft", "Bishop Stuart University"), and joins two names
with "und" before an inflected adjective ("… und Freier Universität Berlin").
"""

from __future__ import annotations

import re

from newsroom.importing.languages.base import words
from newsroom.importing.organisations import OrgMention

_CAP = r"[A-ZÄÖÜ][\w.-]*"
# Head words that end a compound or close a name written head last.
_LAST_HEADS = (
    r"(?:Universität|Hochschule|Fachhochschule|Akademie|Institut|Gesellschaft|Stiftung|"
    r"Zentrum|Forschungszentrum|Kolleg|Klinikum|Verband|Ministerium|University|College|"
    r"Institute|Academy)"
)
_WORD = r"[A-ZÄÖÜ][\w-]*\w"
_OF = r"(?:\s+(?:zu|für|der|des|in)\s+" + _WORD + r"(?:\s+" + _WORD + r")?)?"
# "Humboldt-Universität zu Berlin", "Max-Planck-Gesellschaft", "Leibniz-Institut für X".
_COMPOUND = re.compile(r"\b(?:" + _CAP + r"-)+" + _LAST_HEADS + r"(?:s|es|en)?\b" + _OF)
# "Tsinghua Universität", "Bishop Stuart University": one or two proper nouns, then the head.
_HEAD_LAST = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+\s+){1,2}(?:Universität|University|College|Institute)\b"
)
# "Deutschen Akademischen Austauschdienst", "Diplomatischen Akademie Wien": inflected
# adjectives before a head (matched against the language's heads by the caller).
_ADJECTIVES_HEAD = re.compile(
    r"(?<![\w-])((?:[A-ZÄÖÜ][a-zäöüß]+(?:sche|schen|scher|sches)\s+)+)([A-ZÄÖÜ][a-zäöüß]+)"
    r"((?:\s+[A-ZÄÖÜ][a-zäöüß]+)?)"
)
# Capitalised words that open a sentence or a clause, never a proper noun before a head.
_NOT_NAMES = words("""
    Die Der Das Den Dem Des Eine Ein Einer Am Im An Von Mit Und Auch Zur Zum Unsere Ihre
    Seine Jede Diese Dieser Beide Deutsche Technische Freie Freier Freien
""")


def _extra(paragraph: str, heads: frozenset[str]) -> list[OrgMention]:
    found: list[OrgMention] = []
    for m in _ADJECTIVES_HEAD.finditer(paragraph):
        head = m.group(2).casefold()
        if not any(head.endswith(h) for h in heads):
            continue
        tail = m.group(3).strip()
        end = (
            m.end()
            if tail and tail.casefold() not in heads and tail not in _NOT_NAMES
            else m.end(2)
        )
        found.append(OrgMention(paragraph[m.start() : end], m.start(), end))
    for m in _COMPOUND.finditer(paragraph):
        found.append(OrgMention(m.group(0), m.start(), m.end()))
    for m in _HEAD_LAST.finditer(paragraph):
        first = m.group(0).split()[0]
        if first in _NOT_NAMES:
            continue
        found.append(OrgMention(m.group(0), m.start(), m.end()))
    return found


def _split_joined(mention: OrgMention, heads: frozenset[str]) -> list[OrgMention]:
    """Two names joined by "und" when a capitalised word and a head follow it."""
    m = re.search(r"\s+und\s+(?=[A-ZÄÖÜ]\w*\s+(\w+))", mention.name)
    if not m or m.group(1).casefold() not in heads:
        return [mention]
    left, right = mention.name[: m.start()], mention.name[m.end() :]
    return [
        OrgMention(left, mention.start, mention.start + len(left)),
        OrgMention(right, mention.start + m.end(), mention.end),
    ]


def add_german_shapes(found, paragraph: str, heads: frozenset[str]):
    """The Romance finder's mentions, split where "und" joins two, plus the
    head-last and compound names it cannot see."""
    mentions, acronyms = found
    mentions = [part for m in mentions for part in _split_joined(m, heads)]
    for extra in _extra(paragraph, heads):
        inside = [m for m in mentions if extra.start <= m.start and m.end <= extra.end]
        clash = [
            m for m in mentions if m not in inside and extra.start < m.end and m.start < extra.end
        ]
        if clash:
            continue
        mentions = [m for m in mentions if m not in inside] + [extra]
    mentions.sort(key=lambda m: m.start)
    return mentions, acronyms
