"""Titles for events the text does not name.

A named event keeps its name ("2022 Taiyuan Energy Low Carbon Development
Forum"). Otherwise the title says what happened and who took part, in the
words of a headline: "Tsinghua SIGS delegation visits AIT", "Signing of a
framework agreement between IAE and CAS", "Launch of International Research
Centre for Silk Roads Archaeology". Partners go by their acronym when they
have one; a name that carries a date ("X on October") is cut before it.
"""

from __future__ import annotations

import re

from newsroom.importing.events import EventDraft
from newsroom.partial_dates import MONTH_NAMES

TITLE_MAX = 300
_MONTH = "|".join(m[:3] + r"\w*" for m in MONTH_NAMES)
_DATE_TAIL = re.compile(rf"\s+(?:on|in|at|since|from)\s+(?:the\s+)?(?:\d+\w*\s+)?(?:{_MONTH})\b.*$")
_SKIP = {
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "of", "to", "in", "on", "and",
    "was", "were", "held", "hosted", "attended", "officially", "signed", "jointly",
    "successfully", "also", "made", "had", "paid", "with", "for", "by", "at", "joined", "has",
    "they", "we", "it", "he", "she", "who", "which", "then", "first",
}  # fmt: skip
_AGREEMENT = re.compile(
    r"\bsign(?:ed|s|ing)?\s+(?:of\s+|ceremony\s+(?:of|for)\s+)?(?P<what>(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:agreements?|memorand(?:um|a)(?: of (?:understanding|agreement|cooperation))?|MoUs?|"
    r"MoA|contracts?|annex|letters? of intent|declarations?|protocols?|accords?|charters?)\b"
    r"(?:\s+(?:on|of|for)\s+(?:[A-Z][\w'’-]*\s*(?:and\s+|of\s+|on\s+|for\s+)?)+)?)",
    re.I,
)
_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|inaugurat(?:ed|es|ing)|unveil(?:ed|s|ing)?)\s+(?:of\s+)?"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:joint|new|first)\s+)*(?P<what>[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:for|of|on|and|&)\s+)?[A-Z][\w'’&-]*)*|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})"
)


def _clean(name: str) -> str:
    return _DATE_TAIL.sub("", name).strip(" ,;")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def event_title(event: EventDraft, names: dict[int, str]) -> str:
    """``names``: organisation index → the short name to show (acronym or name)."""
    if event.name:
        return event.name[:TITLE_MAX]
    by_role: dict[str, list[str]] = {}
    for org, role in event.roles.items():
        name = _clean(names[org])
        if name and name not in by_role.get(role, []):
            by_role.setdefault(role, []).append(name)
    title = {
        "visit": _visit,
        "signing": _signing,
        "launch": _launch,
    }.get(event.kind, _gathering)(event, by_role)
    return title[:TITLE_MAX]


def _visit(event: EventDraft, by_role: dict[str, list[str]]) -> str:
    visitors = by_role.get("visitor") or by_role.get("participant") or []
    hosts = [h for h in by_role.get("host", []) if h not in visitors]
    visitor = visitors[0] if visitors else None
    # One visit of a trip to several cities is a visit to its city.
    where = event.city if event.per_city or not hosts else hosts[0]
    if visitor and where:
        return f"{visitor} delegation visits {where}"
    if where:
        return f"Visit to {where}"
    return f"Visit of {visitor} delegation" if visitor else "Visit"


def _signing(event: EventDraft, by_role: dict[str, list[str]]) -> str:
    found = _AGREEMENT.search(event.sentence)
    what = found.group("what").strip() if found else "an agreement"
    parties = by_role.get("signatory") or []
    title = f"Signing of {what}"
    if len(parties) >= 2:
        title += f" between {parties[0]} and {parties[1]}"
    elif parties:
        title += f" by {parties[0]}"
    return title


def _launch(event: EventDraft, by_role: dict[str, list[str]]) -> str:
    found = _LAUNCHED.search(event.sentence)
    if found:
        what = re.sub(r"(?:\s+(?:for|of|on|and|the|a|an|to|in|at|by|with))+$", "", found["what"])
        return f"Launch of {what.strip()}"
    owner = (by_role.get("host") or by_role.get("organiser") or [None])[0]
    return f"Launch by {owner}" if owner else "Launch"


def _gathering(event: EventDraft, by_role: dict[str, list[str]]) -> str:
    """Meetings, seminars, forums…: "Official meeting between AIT and CREEI"."""
    keyword = event.keyword.lower()
    modifiers = re.search(r"((?:\b[a-z][\w-]*\s+){0,2})$", event.sentence[: event.keyword_at])
    words = [w for w in (modifiers.group(1).split() if modifiers else []) if w not in _SKIP]
    if keyword.endswith(("ed", " with")):
        phrase = event.kind  # "received", "met with": a meeting
    else:
        noun = keyword if keyword.endswith(("talks", "ss")) else re.sub(r"s$", "", keyword)
        phrase = " ".join([*words, noun])
    phrase = _cap(phrase)
    owners = by_role.get("host") or by_role.get("organiser") or by_role.get("co-organiser") or []
    others = [n for role in ("participant", "visitor", "signatory") for n in by_role.get(role, [])]
    if event.kind == "meeting" and len(owners + others) >= 2:
        first, second = (owners + others)[:2]
        return f"{phrase} between {first} and {second}"
    if owners:
        return f"{phrase} of {owners[0]}"
    if others:
        return f"{phrase} with {others[0]}"
    return phrase
