"""The event words of a sentence (``Trigger``), and which of them tell of an
event of its own: "training workshop" is one workshop, "met … for a workshop"
the workshop, "a seminar on the … agreement" no signing, "the opening ceremony
of the colloquium" the colloquium, a name's word ("Boao Forum for Asia") none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsroom.importing.event_names import EDITION, OPENS_ON_EDITION, quoted_spans, title_name
from newsroom.importing.event_words import ENGLISH, EventWords

if TYPE_CHECKING:
    from newsroom.importing.event_dating import Context

# Kinds that are events of their own beside another one ("signed … during the visit").
_ALWAYS_OWN = {"signing", "visit"}


@dataclass(frozen=True)
class Trigger:
    kind: str
    match: re.Match[str]
    score: int
    named: bool  # part of a capitalised or quoted event name
    span: tuple[int, int]  # the event's name, or the trigger alone
    plural: bool  # "joined meetings, discussions…": activities, not one event
    weight: int = 0
    new: bool = False  # "A delegation from…": another event of a kind already told
    verb: bool = False  # "signed", "visited": happened, whatever else the sentence tells


# Bounds that keep a hostile text fast: event words read per sentence, events
# picked per sentence.
_MAX_TRIGGERS = 40
_MAX_PICKED = 6


# A training course, a "formation", a "研修班" is a workshop in the kinds an
# editor files events under (training of trainers, capacity-building week).
_KIND_OF = {"training": "workshop"}


def _within(sentence: str, start: int, end: int, s: int, e: int, edition: bool) -> bool:
    """Is the event word at ``start:end`` a word of the partner's name at ``s:e``
    ("Boao Forum for Asia", "Conférence des présidents d'université")? Not when
    it heads the name of an ``edition`` of an event: "the 4th Investing in Africa
    Forum (IAF)", "la 1ère Conférence internationale …"."""
    if not (s <= start and end <= e):
        return False
    rest = re.sub(r"\s*\([^)]*\)\s*$", "", sentence[end:e]).strip()
    heads = not rest or not sentence[s:start].strip()
    return not (heads and edition)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def triggers_in(sentence: str, orgs: list[tuple[int, int]], words: EventWords) -> list[Trigger]:
    """Event words of a sentence, best first; none inside an organisation's name."""
    quoted, aliases = quoted_spans(sentence)
    found: list[Trigger] = []
    matches = sorted(
        (
            (m, kind, weight)
            for kind, pattern, weight in words.kinds
            for m in pattern.finditer(sentence)
        ),
        key=lambda x: x[0].start(),
    )
    for match, kind, weight in matches[:_MAX_TRIGGERS]:
        start, end = match.span()
        name = title_name(sentence, match, quoted)
        edition = bool(name and EDITION.search(sentence[max(0, name[1] - 12) : name[1]]))
        edition |= bool(name and OPENS_ON_EDITION.match(name[0]))
        in_name = any(_within(sentence, start, end, s, e, edition) for s, e in orgs)
        after = sentence[end : end + 40]
        not_event = words.not_event.match(after)
        if not_event and words.series.search(not_event.group(0)) and _launched(sentence, start):
            not_event = None  # "launched a webinar series": its first session took place
        if in_name or _inside(aliases, start, end) or not_event:
            continue  # a name's word, "conference room", "(hereinafter “the Forum”)"
        text = match.group(0)
        in_quotes = any(s <= start < e for s, e in quoted)
        capital = (
            text[0].isupper()
            and start > 0
            and not sentence[max(0, start - 20) : start].rstrip().endswith((".", ":", "–", "—"))
        )
        named = bool(name and (in_quotes or name[2] - name[1] > len(text)))
        score = weight + 3 * in_quotes + 2 * (capital or named)
        if words.occurred.search(sentence[max(0, start - 40) : start]):
            score += 2
        if words.occurred.search(sentence[end : end + 40]):
            score += 1
        if re.search(r"\bone of the\b[^,]*$", sentence[max(0, start - 80) : start], re.I):
            score -= 3
        plural = (  # a plural noun; "signs", "signés", "sont réunis" are verbs
            kind != "signing"
            and " " not in text
            and text.islower()
            and text.endswith("s")
            and not text.endswith("ss")
        )
        span = (name[1], name[2]) if name else (start, end)
        verb = bool(words.happened.match(text))
        new = (
            bool(words.introduces.search(sentence[max(0, start - 60) : start]))
            or (
                verb and bool(words.indefinite.match(sentence))  # "A delegation … visited"
            )
            or bool(words.indefinite.search(text))
        )  # "welcomed a delegation"
        kind = _KIND_OF.get(kind, kind)
        found.append(Trigger(kind, match, score, named, span, plural, weight, new, verb))
    return sorted(found, key=lambda t: (-t.score, t.match.start()))


def _launched(sentence: str, start: int) -> bool:
    """Is the word at ``start`` just after a launch ("launched a new webinar series")?"""
    return bool(
        re.search(r"\b(?:launch(?:ed|es|ing)?|inaugurat\w+|lanc\w+|lanz\w+)\b(?:\s+\S+){0,4}\s*$",
                  sentence[max(0, start - 60) : start], re.I)
    )  # fmt: skip


GATHERINGS = {"meeting", "seminar", "workshop", "forum", "conference", "training"}


_JOINERS = {"of", "on", "for", "de", "du", "des", "del", "sur", "pour", "para", "sobre"}


def _phrase_head(a: Trigger, b: Trigger) -> Trigger | None:
    """The head of two event words of one phrase: the last of a compound
    ("training workshop"), the first before a joining word ("Workshop on
    training", "atelier hybride de formation"); None when not one phrase."""
    if a.kind == b.kind or not {a.kind, b.kind} <= GATHERINGS:
        return None
    first, second = sorted((a, b), key=lambda t: t.match.start())
    between = first.match.string[first.match.end() : second.match.start()]
    if not re.fullmatch(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,2}", between):
        return None
    words = [w.casefold() for w in between.split()]
    if {"and", "or", "et", "ou", "y", "o"} & set(words):
        return None
    joined = any(w in _JOINERS or w.startswith(("d'", "d’")) for w in words)
    return first if joined else second


def not_topics(triggers: list[Trigger], ctx: Context, words: EventWords) -> list[Trigger]:
    """A seminar "on the … agreement" is a seminar: the signing words of the
    agreement it discusses ("… agreement signed between the two blocs") are its
    topic, here and in the sentences after it."""
    kept = []
    for t in triggers:
        if t.kind in GATHERINGS and words.agreement.search(_complement(t)):
            ctx.topic = True
        about = t.kind == "signing" and describes_agreement(t, words)
        if about and any(
            g.kind in GATHERINGS and g.match.end() <= t.match.start()
            and words.agreement.search(_complement(g)[: t.match.start() - g.match.end()])
            for g in triggers
        ):  # fmt: skip
            continue
        kept.append(t)
    return kept


def describes_agreement(t: Trigger, words: EventWords) -> bool:
    """Does the signing word describe an agreement just named ("the agreement,
    signed by the two blocs", "l'accord signé entre"), rather than tell that
    someone signed ("the universities signed", "… agreement and signed")?"""
    before = t.match.string[max(0, t.match.start() - 50) : t.match.start()]
    nouns = list(words.agreement.finditer(before))
    if not nouns:
        return False
    between = before[nouns[-1].end() :]
    return not re.search(r"\b(?:and|et|y|e|then|puis|luego)\b|[;.]", between)


def _complement(t: Trigger) -> str:
    """What a gathering word is about: "seminar on the Mercosur–EU agreement"."""
    sentence = t.match.string
    found = _ABOUT.match(sentence, t.match.end())
    return sentence[found.end() : found.end() + 80] if found else ""


_ABOUT = re.compile(r"\s+(?:on|about|regarding|concerning|sur|sobre|acerca de)\s", re.I)


def pick(triggers: list[Trigger], words: EventWords = ENGLISH) -> list[Trigger]:
    """The best trigger, and other events the sentence tells: named ones ("the
    Roundtable on … and the General Assembly of … was held"), a verb ("… was
    signed"), a new one ("during a visit by…"). One name is one event, its kind
    the last event word in it ("… Summit Clean Energy Forum": a forum)."""
    picked: list[Trigger] = []
    # "welcomed delegations…": a plural is an event only when nothing else is.
    for t in sorted(triggers, key=lambda t: t.plural and not t.named):
        own_event = (
            t.named
            and t.score >= 2
            or t.verb
            or t.new
            and not t.plural
            or t.kind in _ALWAYS_OWN
            and t.weight >= 0
            and not t.plural
        )
        if picked and not (own_event and all(q.kind != t.kind or t.named for q in picked)):
            continue
        same_name = [q for q in picked if q.span[0] < t.span[1] and t.span[0] < q.span[1]]
        if not same_name and all(t.named or q.kind != t.kind for q in picked):
            picked.append(t)
        elif same_name and t.match.start() > same_name[0].match.start():
            picked[picked.index(same_name[0])] = replace(same_name[0], kind=t.kind, match=t.match)
    for i, t in enumerate(picked):
        # Two event words in one phrase: the head names it ("training workshop",
        # "atelier de formation", "Workshop on training": a workshop).
        for q in triggers:
            head = _phrase_head(t, q)
            if head is not None:
                picked[i] = t = head
    for i, t in enumerate(picked):
        # "met in Vienna for a workshop", "se sont réunis pour un atelier": the workshop.
        if t.kind == "meeting" and not t.named and words.gathered.search(t.match.group(0)):
            named_as = [
                q for q in triggers
                if q.kind in GATHERINGS - {"meeting"} and not q.plural
                and 0 < q.match.start() - t.match.end() <= 120 and q not in picked
            ]  # fmt: skip
            if named_as:
                picked[i] = named_as[0]
    for i, t in enumerate(picked):
        # "the opening ceremony of the 22nd colloquium": the colloquium.
        opened = [
            q for q in triggers
            if t.kind == "launch" and q.kind not in ("launch", "signing", "visit")
            and 0 <= q.match.start() - t.match.end() <= 40
        ]  # fmt: skip
        if opened:
            picked[i] = opened[0]
    return sorted(picked[:_MAX_PICKED], key=lambda t: t.match.start())
