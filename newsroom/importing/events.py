"""Events: what happened, when, where, and who did what.

An event is created by a sentence that carries a date and an event word
("visited", "seminar", "signed a Memorandum…"); later sentences that speak of
"the forum" or "the signing" add partners to it. Roles come from the verbs
around organisation names: "organized by X" (organiser), "in cooperation with
Y" (co-organiser), "X hosted" (host), "X attended" (participant), "X visited
Y" (visitor, host), "X and Y signed" (signatories).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsroom.importing import places
from newsroom.importing.dates import DateMention
from newsroom.importing.people import OrgSpan
from newsroom.importing.sentences import split_sentences
from newsroom.partial_dates import DatePrecision, PartialDate

KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("signing", re.compile(r"\b(?:sign(?:ed|s|ing)?|memorandum of understanding|MoU)\b", re.I)),
    ("visit", re.compile(r"\b(?:visit(?:s|ed|ing)?|delegation|study tour)\b", re.I)),
    ("seminar", re.compile(r"\b(?:seminars?|webinars?|lectures?|colloqui(?:um|a))\b", re.I)),
    ("workshop", re.compile(r"\bworkshops?\b", re.I)),
    ("forum", re.compile(r"\b(?<!sub-)for(?:um|ums)\b", re.I)),
    ("conference", re.compile(r"\b(?:conferences?|summits?|congress|symposi(?:um|a))\b", re.I)),
    ("meeting", re.compile(r"\b(?:meetings?|round-?tables?|dialogues?)\b", re.I)),
    ("training", re.compile(r"\b(?:training (?:course|session|programme)s?|trainings)\b", re.I)),
    ("exhibition", re.compile(r"\b(?:exhibitions?|expos?)\b", re.I)),
]
_ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|webinars?|video ?conferenc\w*|via (?:zoom|video))", re.I
)
_ACTIVE = re.compile(r"\b(?:held|hosted|organi[sz]ed|convened|launched|attended|participated|"
                     r"joined|visited|signed|took part|co-hosted|co-organi[sz]ed|concluded|"
                     r"opened|kicked off|took place)\b", re.I)  # fmt: skip
# Cue → role of the organisations that follow it (until the next cue).
_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bco-(?:organi[sz]ed|hosted|sponsored) by\b", re.I), "co-organiser"),
    (re.compile(r"\b(?:in (?:conjunction|cooperation|collaboration|partnership) with|jointly "
                r"with|together with|supported by|with the support of)\b", re.I), "co-organiser"),
    (re.compile(r"\b(?:organi[sz]ed|sponsored|convened|initiated|held|launched) by\b", re.I),
     "organiser"),
    (re.compile(r"\bhosted by\b", re.I), "host"),
]  # fmt: skip
# Verb → (role of the organisations before it, role of those after it).
_VERBS: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(r"\bvisit(?:ed|s)?\b", re.I), "visitor", "host"),
    (re.compile(r"\b(?:hosted|organi[sz]ed|held|convened|launched|hosts|holds)\b", re.I),
     "host", None),
    (re.compile(r"\b(?:attended|participated|joined|took part)\b", re.I), "participant", None),
    (re.compile(r"\bsign(?:ed|s)?\b", re.I), "signatory", "signatory"),
]  # fmt: skip
_EVENT_PRECISIONS = {DatePrecision.DAY, DatePrecision.MONTH_DAY, DatePrecision.MONTH}
ROLE_RANK = ["host", "organiser", "co-organiser", "signatory", "visitor", "participant"]
_BOTH_SIDES = re.compile(r"\b(?:two|both) (?:sides|parties)\b|\bthe parties\b", re.I)
_QUOTED = re.compile(r"[\"“”]([^\"“”]{8,300})[\"“”]")


@dataclass
class EventDraft:
    kind: str
    when: PartialDate
    sentence: str
    keyword: str
    keyword_at: int
    paragraph: int
    name: str | None = None
    city: str | None = None
    country: str | None = None
    online: bool = False
    roles: dict[int, str] = field(default_factory=dict)  # organisation index → role

    def add(self, org: int, role: str) -> None:
        current = self.roles.get(org)
        if current is None or ROLE_RANK.index(role) < ROLE_RANK.index(current):
            self.roles[org] = role


def _best_keyword(sentence: str) -> tuple[str, re.Match[str]] | None:
    best, best_score = None, -99
    quoted = [m.span(1) for m in _QUOTED.finditer(sentence)]
    for kind, pattern in KIND_WORDS:
        for match in pattern.finditer(sentence):
            score = 0
            if any(s <= match.start() < e for s, e in quoted):
                score += 3
            if match.group(0)[0].isupper() and match.start() > 0:
                score += 2
            if _ACTIVE.search(sentence[max(0, match.start() - 40) : match.start()]):
                score += 2
            if _ACTIVE.search(sentence[match.end() : match.end() + 40]):
                score += 1
            if re.search(r"\bone of the\b[^,]*$", sentence[: match.start()]):
                score -= 3
            if score > best_score:
                best, best_score = (kind, match), score
    return best


def _place(sentence: str) -> tuple[str | None, str | None]:
    for m in re.finditer(
        r"\b(?:in|at)\s+((?:[A-Z][\w'’-]+\s?){1,3})(?:,\s*((?:[A-Z][\w'’-]+\s?){1,3}))?", sentence
    ):
        name = m.group(1).strip()
        country_after = places.country_code(m.group(2).strip()) if m.group(2) else None
        words = name.split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            found = places.city(phrase)
            if found:
                return found[0], country_after or found[1]
            code = places.country_code(phrase)
            if code:
                return None, code
    return None, None


def _name(sentence: str, match: re.Match[str]) -> str | None:
    """A proper event name: quoted, or a capitalised phrase with the event word."""
    for q in _QUOTED.finditer(sentence):
        inside = q.start(1) <= match.start() < q.end(1)
        right_after = 0 <= q.start() - match.end() <= 25
        if inside or right_after:
            title = q.group(1).strip(" ,.")
            return (
                title if inside else f"{match.group(0)[:1].upper()}{match.group(0)[1:]} on {title}"
            )
    if match.group(0)[0].isupper() and not match.group(0).lower().startswith(
        ("sign", "mem", "mou")
    ):
        tail = re.match(
            r"(?:\s+(?:on|of|for|and|the|in)?\s*[A-Z][\w'’-]*)*", sentence[match.end() :]
        )
        head = re.search(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for)\s+)?)*$", sentence[: match.start()])
        title = (head.group(0) if head else "") + match.group(0) + (tail.group(0) if tail else "")
        title = re.sub(r"\s+(?:on|of|for|and|the|in)$", "", title.strip())
        if len(title.split()) >= 2:
            return title
    return None


def _roles_in(sentence: str, offset: int, spans: list[OrgSpan], event: EventDraft) -> None:
    inside = sorted(s for s in spans if offset <= s[0] < offset + len(sentence))
    cues = [(m.end(), role) for pattern, role in _CUES for m in pattern.finditer(sentence)]
    for start, _end, org in inside:
        rel = start - offset
        before = [c for c in cues if c[0] <= rel]
        if before:
            event.add(org, max(before)[1])
            continue
        verbs = sorted(
            (m.start(), m.end(), before_role, after_role)
            for pattern, before_role, after_role in _VERBS
            for m in pattern.finditer(sentence)
        )
        after = [v for v in verbs if v[0] > rel]
        before_verbs = [v for v in verbs if v[1] <= rel]
        role = None
        if after:
            role = after[0][2]
        elif before_verbs:
            verb = before_verbs[-1]
            between = sentence[verb[1] : rel]
            if verb[3] is None or re.search(r"\b\w+ed\b|,|\bto\s+\w+", between):
                continue  # another clause: "signed an MoU and established the Office"
            role = verb[3]
        if role is None:
            role = "visitor" if event.kind == "visit" else "participant"
        if event.kind == "signing" and role in {"host", "participant"}:
            role = "signatory"
        event.add(org, role)


def find_events(
    paragraphs: list[str], dates: list[list[DateMention]], spans: list[list[OrgSpan]]
) -> list[EventDraft]:
    events: list[EventDraft] = []
    for p, paragraph in enumerate(paragraphs):
        for offset, sentence in split_sentences(paragraph):
            best = _best_keyword(sentence)
            if best is None:
                continue
            kind, match = best
            in_sentence = [
                d for d in dates[p]
                if offset <= d.start < offset + len(sentence)
                and d.when.precision in _EVENT_PRECISIONS
            ]  # fmt: skip
            existing = [e for e in events if e.kind == kind]
            if in_sentence and not any(e.when == in_sentence[0].when for e in existing):
                city, country = _place(sentence)
                event = EventDraft(
                    kind=kind,
                    when=in_sentence[0].when,
                    sentence=sentence,
                    keyword=match.group(0),
                    keyword_at=match.start(),
                    paragraph=p,
                    name=_name(sentence, match),
                    city=city,
                    country=country,
                    online=bool(_ONLINE.search(sentence)),
                )
                events.append(event)
                if kind == "signing" and _BOTH_SIDES.search(sentence):
                    # "the two sides signed": the partners of the event just before.
                    previous = [e for e in events[:-1] if e.paragraph == p]
                    for org in previous[-1].roles if previous else []:
                        event.add(org, "signatory")
            elif existing:
                event = existing[-1]
            else:
                continue
            _roles_in(sentence, offset, spans[p], event)
    return events
