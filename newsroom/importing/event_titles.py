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

from newsroom.importing.events import EventDraft, TitleWords
from newsroom.partial_dates import MONTH_NAMES

TITLE_MAX = 300
ENGLISH = TitleWords()
_MONTH = "|".join(m[:3] + r"\w*" for m in MONTH_NAMES)
_DATE_TAIL = re.compile(
    rf"\s+(?:on|in|at|since|from|of)\s+(?:the\s+)?(?:\d+\w*\s+)?(?:{_MONTH})\b.*$"
)
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
# What was launched: a name ("… launched the Japan Centre", "the launch of the
# Centre for …"), or after the verb a few plain words ("launched a call for
# proposals"), never a clause ("the launch event which took place").
_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|inaugurat(?:ed|es|ing)|unveil(?:ed|s|ing)?)\s+(?:of\s+)?"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:joint|new|first)\s+)*(?P<what>[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:for|of|on|and|&)\s+)?[A-Z][\w'’&-]*)*)"
    r"|\b(?:launched|inaugurated|unveiled)\s+(?:an?|the|its|their)\s+"
    r"(?P<plain>(?!(?:event|ceremony)\b)[a-z][\w-]*(?:\s+(?!which\b|that\b|who\b)[a-z][\w-]*){0,4})"
)


def _clean(name: str) -> str:
    return _DATE_TAIL.sub("", name).strip(" ,;")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def event_title(event: EventDraft, names: dict[int, str], words: TitleWords = ENGLISH) -> str:
    """``names``: organisation index → the short name to show (acronym or name);
    ``words``: the text's language's way of titling."""
    if event.name:
        return _clean(event.name)[:TITLE_MAX] or event.name[:TITLE_MAX]
    by_role: dict[str, list[str]] = {}
    for org, role in event.roles.items():
        name = _clean(names[org])
        if name and name not in by_role.get(role, []):
            by_role.setdefault(role, []).append(name)
    title = {
        "visit": _visit,
        "signing": _signing,
        "launch": _launch,
    }.get(event.kind, _gathering)(event, by_role, words)
    return _cap(title)[:TITLE_MAX]


def _visit(event: EventDraft, by_role: dict[str, list[str]], words: TitleWords) -> str:
    visitors = by_role.get("visitor") or by_role.get("participant") or []
    hosts = [h for h in by_role.get("host", []) if h not in visitors]
    visitor = visitors[0] if visitors else None
    # One visit of a trip to several cities is a visit to its city.
    where = event.city if event.per_city or not hosts else hosts[0]
    if visitor and where:
        return words.visit.format(visitor=visitor, host=where)
    if where:
        return words.visit_to.format(host=where)
    return words.visit_by.format(visitor=visitor) if visitor else _kind(event, words)


def _signing(event: EventDraft, by_role: dict[str, list[str]], words: TitleWords) -> str:
    found = _AGREEMENT.search(event.sentence) if words.read_phrases else None
    what = found.group("what").strip() if found else words.agreement
    parties = by_role.get("signatory") or []
    title = words.signing.format(what=what)
    if len(parties) >= 2:
        return words.between.format(title=title, a=parties[0], b=parties[1])
    return words.by.format(title=title, a=parties[0]) if parties else title


def _launch(event: EventDraft, by_role: dict[str, list[str]], words: TitleWords) -> str:
    found = _LAUNCHED.search(event.sentence) if words.read_phrases else None
    if found:
        what = found["what"] or found["plain"]
        what = re.sub(r"(?:\s+(?:for|of|on|and|the|a|an|to|in|at|by|with))+$", "", what)
        return words.launch.format(what=what.strip())
    owner = (by_role.get("host") or by_role.get("organiser") or [None])[0]
    title = _kind(event, words)
    return words.by.format(title=title, a=owner) if owner else title


def _kind(event: EventDraft, words: TitleWords) -> str:
    return dict(words.kinds).get(event.kind) or _cap(event.kind)


def _gathering(event: EventDraft, by_role: dict[str, list[str]], words: TitleWords) -> str:
    """Meetings, seminars, forums…: "Official meeting between AIT and CREEI"."""
    keyword = event.keyword.lower()
    if not words.read_phrases:
        phrase = _kind(event, words)
    elif keyword.endswith(("ed", " with")) or keyword == "met":
        phrase = _kind(event, words)  # "received", "met with": a meeting
    else:
        before = event.sentence[: event.keyword_at]
        modifiers = re.search(r"((?:\b[a-z][\w-]*\s+){0,2})$", before)
        kept = [
            w for w in (modifiers.group(1).split() if modifiers else [])
            if w not in _SKIP and not w.endswith("ed")  # "opened", "organized": verbs
        ]  # fmt: skip
        # "talks", "congress", "training of trainers": no singular to make
        plural = keyword.endswith(("talks", "ss")) or bool(re.search(r"[- ]of[- ]", keyword))
        noun = keyword if plural else re.sub(r"s$", "", keyword)
        if re.match(r"\s+series\b", event.sentence[event.keyword_at + len(keyword) :]):
            noun += " series"  # "a new webinar series"
        phrase = " ".join([*kept, noun])
    phrase = _cap(phrase)
    owners = by_role.get("host") or by_role.get("organiser") or by_role.get("co-organiser") or []
    others = [n for role in ("participant", "visitor", "signatory") for n in by_role.get(role, [])]
    if event.kind == "meeting" and len(owners + others) >= 2:
        first, second = (owners + others)[:2]
        return words.between.format(title=phrase, a=first, b=second)
    if owners:
        return words.of.format(title=phrase, a=owners[0])
    if others:
        return words.with_.format(title=phrase, a=others[0])
    return phrase
