"""Extraction: paragraphs → organisations, people and events of one article.

The output is plain frozen data; organisations are referred to by their
canonical name within the article (``load`` maps them to partners).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from newsroom.importing import languages, places
from newsroom.importing.dates import DateMention
from newsroom.importing.event_titles import event_title
from newsroom.importing.events import (
    ROLE_RANK,
    EventDraft,
    EventWords,
    event_words,
    find_events,
)
from newsroom.importing.lexicon import is_head, is_weak_head
from newsroom.importing.organisations import (
    AcronymMention,
    OrgMention,
    explain_acronym,
    find_organisations,
    not_organisation_acronyms,
)
from newsroom.importing.people import PersonMention, find_people, person_key, same_person
from newsroom.importing.resolve import (
    Entry,
    PartnerIndex,
    country_form,
    demonym_country,
    derived_acronyms,
    looks_like_acronym,
    name_key,
    name_words,
)
from newsroom.partial_dates import PartialDate


@dataclass(frozen=True)
class ParsedOrg:
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    role: str  # article role: organiser, participant, signatory, mentioned
    kind: str


@dataclass(frozen=True)
class ParsedPerson:
    name: str
    position: str | None
    affiliation: str | None


@dataclass(frozen=True)
class ParsedEvent:
    title: str
    kind: str
    when: PartialDate
    city: str | None
    country: str | None  # ISO code
    online: bool
    partners: tuple[tuple[str, str], ...]  # (organisation name, role)
    until: PartialDate | None = None  # last day of a multi-day event
    background: bool = False  # history or plans the text mentions, not the news itself


@dataclass(frozen=True)
class Entities:
    organisations: tuple[ParsedOrg, ...]
    people: tuple[ParsedPerson, ...]
    events: tuple[ParsedEvent, ...]
    replacements: tuple[tuple[str, str], ...]  # (spelling in text, canonical name)


_KINDS = [
    ("company", r"\b(?:co\.?,? ?ltd|company|corporation|inc|llc|plc|gmbh|limited|corp)\b"),
    ("intergovernmental", r"\b(?:united nations|intergovernmental|world bank|international"
     r"\b.*\bagency|world \w+ organi[sz]ation|asian development bank)\b"),
    ("government", r"\b(?:ministry|administration|government|bureau|embassy|consulate|"
     r"municipal|commission|department|parliament|state council)\b"),
    ("university", r"\b(?:university|institute|academy|college|school|laborator(?:y|ies)|"
     r"research (?:center|centre))\b"),
    ("ngo", r"\b(?:association|society|network|alliance|foundation|federation|ngo|council|"
     r"coalition|union|chamber)\b"),
    ("media", r"\b(?:news|media|press|times|daily|television|radio)\b"),
]  # fmt: skip


def guess_kind(name: str) -> str:
    lowered = name.casefold()
    for kind, pattern in _KINDS:
        if re.search(pattern, lowered):
            return kind
    return "other"


def _correct_typos(name: str, counts: Counter[str], text: str) -> str:
    """Fix a word seen once when a one-letter-different word recurs in the text
    ("Beld and Road" next to "Belt and Road" elsewhere; "Chongqin" among "Chongqing")."""
    words = name.split()
    for i, word in enumerate(words):
        if len(word) < 4 or not word[0].isupper() or counts[word] != 1:
            continue
        options = [
            w for w, c in counts.items()
            if c >= 2 and w[0] == word[0] and w != word and Levenshtein.distance(w, word) == 1
        ]  # fmt: skip
        for option in sorted(options, key=lambda w: -counts[w]):
            neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            context = any(
                re.search(rf"\b{re.escape(option)}\s+{re.escape(n)}\b|\b{re.escape(n)}\s+"
                          rf"{re.escape(option)}\b", text)
                for n in neighbours
            )  # fmt: skip
            if len(word) >= 6 or context:
                words[i] = option
                break
    return " ".join(words)


def _acronym_prefixed(name: str) -> str | None:
    """ "CAS Institute of Applied Ecology" → "Institute of Applied Ecology": the name
    after a leading short form, which may be the same organisation's other spelling."""
    first, _, rest = name.partition(" ")
    if rest and looks_like_acronym(first) and len(name_words(rest)) >= 2:
        return rest
    first, _, rest = name.partition("-")  # "VNUHCM-University of Science"
    if rest and looks_like_acronym(first) and len(name_words(rest)) >= 2:
        return rest
    return None


def _without_place(name: str) -> str | None:
    """ "American University in Cairo" → "American University": the same name
    written without its city."""
    head, sep, place = name.rpartition(" in ")
    if sep and head and places.is_place(place) and len(name_words(head)) >= 2:
        return head
    return None


def _demonym_prefixed(name: str) -> str | None:
    """ "Nigerian National Universities Commission" → "National Universities Commission"."""
    first, _, rest = name.partition(" ")
    if rest and demonym_country(first) and len(name_words(rest)) >= 2:
        return rest
    return None


def _parent_prefixed(name: str) -> str | None:
    """ "Zhejiang University School of Public Health" → the key of "School of Public
    Health": a unit named after its parent is also the unit named alone."""
    words = name.split()
    for k in range(1, len(words) - 2):
        unit = is_head(words[k]) or is_weak_head(words[k])
        if is_head(words[k - 1]) and unit and words[k + 1].casefold() in {"of", "for"}:
            return name_key(" ".join(words[k:]))
    return None


def _unit_of(name: str) -> str | None:
    """ "Office of Academic Resources, Chulalongkorn University" → "Office of Academic
    Resources": a unit named with its parent is the unit named alone."""
    unit, sep, _parent = name.partition(", ")
    return unit if sep and len(name_words(unit)) >= 2 else None


def _parent_initials_owner(name: str, index: PartnerIndex) -> int | None:
    """ "NMU School of Public Health" is "Nanjing Medical University School of Public
    Health": the short form spells the words before the same unit name."""
    first, _, rest = name.partition(" ")
    if not rest or not looks_like_acronym(first):
        return None
    for i, entry in enumerate(index.entries):
        for spelling in entry.names:
            if spelling.endswith(" " + rest):
                before = spelling[: -len(rest) - 1]
                if explain_acronym(first, name_words(before)) == 0:
                    return i
    return None


def _cluster(
    paragraphs: list[str],
    found: list[tuple[list[OrgMention], list[AcronymMention]]],
) -> tuple[PartnerIndex, list[list[tuple[int, int, int]]], dict[int, bool], set[int]]:
    text = "\n".join(paragraphs)
    counts = Counter(re.findall(r"[^\W\d_][\w'’-]*", text))
    index = PartnerIndex()
    used: set[int] = set()
    spans: list[list[tuple[int, int, int]]] = [[] for _ in paragraphs]
    parent_only: dict[int, bool] = {}
    generics: list[tuple[int, OrgMention]] = []
    weak: list[tuple[int, OrgMention]] = []
    by_tail: dict[str, int] = {}  # "institute of applied ecology" → "CAS Institute of …"

    def attach(idx: int, m: OrgMention, name: str) -> None:
        entry = index.entries[idx]
        changed = False
        for spelling in (m.name, name, m.long_form):
            if spelling and spelling != entry.name and spelling not in entry.aliases:
                entry.aliases.append(spelling)
                changed = True
        if m.acronym and not entry.acronym:
            entry.acronym, changed = m.acronym, True
        if changed:
            index.register(idx)

    for p, (mentions, _acronyms) in enumerate(found):
        for m in mentions:
            if m.generic:
                generics.append((p, m))
                continue
            if m.weak:
                weak.append((p, m))
                continue
            name = _correct_typos(m.name, counts, text)
            idx = index.find(name, m.acronym)
            # "CAS Institute of Applied Ecology", "American University in Cairo": the
            # same organisation as the name without its parent's short form or city.
            in_city = _without_place(name)
            tail = _acronym_prefixed(name) or in_city or _unit_of(name) or _demonym_prefixed(name)
            country = country_form(name)
            if idx is None and tail:
                idx = index.by_name(tail)
            if idx is None:
                idx = by_tail.get(name_key(name))
            if idx is None and country:
                idx = by_tail.get(country)
            if idx == -1:
                idx = None
            if idx is None:
                idx = _parent_initials_owner(name, index)
            if idx is None:
                idx = index.add(Entry(name=name, acronym=m.acronym or ""))
            elif in_city and len(name) > len(index.entries[idx].name) and not m.parent:
                entry = index.entries[idx]  # the fuller name is the canonical one
                entry.aliases.append(entry.name)
                entry.name = name
                index.register(idx)
            for key in (name_key(tail) if tail else None, country, _parent_prefixed(name)):
                if key and by_tail.setdefault(key, idx) != idx:
                    by_tail[key] = -1  # two organisations end so: the short name is neither
            attach(idx, m, name)
            parent_only[idx] = parent_only.get(idx, True) and m.parent
            used.add(idx)
            spans[p].append((m.start, m.end, idx))

    # A run with no head is a name when the text also names it as one.
    for p, m in weak:
        idx = index.by_name(_correct_typos(m.name, counts, text))
        if idx is not None:
            attach(idx, m, m.name)
            parent_only[idx] = False
            spans[p].append((m.start, m.end, idx))

    # A generic name ("the Special Working Group") refers to the one full name ending so.
    for p, m in generics:
        words = name_words(m.name)
        owners = [
            i for i, e in enumerate(index.entries)
            if name_words(e.name)[-len(words):] == words and len(name_words(e.name)) > len(words)
        ]  # fmt: skip
        if len(owners) == 1:
            spans[p].append((m.start, m.end, owners[0]))

    # Bare acronyms: defined, derived from initials, one letter off, or new.
    pending: list[tuple[int, AcronymMention]] = []
    not_orgs = set().union(*(not_organisation_acronyms(p) for p in paragraphs))
    for p, (_mentions, acronyms) in enumerate(found):
        for a in acronyms:
            idx = index.by_acronym(a.text)
            if (
                idx is None
                and a.parts
                and any(
                    index.by_acronym(part) is not None
                    or any(part in derived_acronyms(e.name) for e in index.entries)
                    for part in a.parts
                )
            ):
                continue  # "GIEC-KIER": two partners named together
            if idx is None and a.text.upper() in not_orgs:
                continue  # "BRI" after "Belt and Road Initiative"
            if idx is None:
                owners = [
                    i
                    for i, e in enumerate(index.entries)
                    if a.text in derived_acronyms(e.name)
                    or explain_acronym(a.text, name_words(e.name)) == 0
                ]
                if len(owners) == 1:
                    idx = owners[0]
                    if not index.entries[idx].acronym:
                        index.entries[idx].acronym = a.text
                        index.register(idx)
            if idx is None:
                pending.append((p, a))
            else:
                spans[p].append((a.start, a.end, idx))
                parent_only[idx] = False
    for p, a in pending:
        idx = index.by_acronym(a.text)
        if idx is None and len(a.text) >= 4:
            close = [
                i for i, e in enumerate(index.entries)
                if e.acronym and len(e.acronym) == len(a.text)
                and Levenshtein.distance(e.acronym, a.text) == 1
            ]  # fmt: skip
            if len(close) == 1:
                idx = close[0]
                index.entries[idx].aliases.append(a.text)
                index.register(idx)
        if idx is None and a.acting:
            idx = index.add(Entry(name=a.text, acronym=a.text))
        if idx is not None:
            spans[p].append((a.start, a.end, idx))
            parent_only[idx] = False
    for p in range(len(spans)):
        # A name inside a longer one ("… Agency (IRENA)" in "China-IRENA … Group")
        # is not a separate actor in the sentence.
        spans[p] = _outermost(sorted(set(spans[p]), key=lambda s: (s[0], -s[1])))
    used |= {idx for para in spans for _, _, idx in para}
    return index, spans, parent_only, used


def _outermost(ordered: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The spans no other span covers (two with the same extent cover each other),
    from spans sorted by start and longest first: one sweep, for long paragraphs."""
    shared = Counter((s, e) for s, e, _ in ordered)
    kept, reach = [], -1
    for span in ordered:
        if span[1] > reach and shared[span[:2]] == 1:
            kept.append(span)
        reach = max(reach, span[1])
    return kept


def merge_people(found: list[PersonMention]) -> list[PersonMention]:
    """One person per human: the same name however often it recurs, and "Prof. Kim" or
    "G. C. Kundu" folded into the one full name they can stand for; a lone surname
    that stands for nobody else is kept only when a role came with it."""
    people: dict[str, PersonMention] = {}
    for person in found:
        key = person_key(person.name)
        if key not in people:
            # "Xue Wenchao" and "Wenchao Xue": the same words in another order.
            key = next(
                (k for k, p in people.items() if sorted(p.name.casefold().split())
                 == sorted(person.name.casefold().split())),
                key,
            )  # fmt: skip
        known = people.get(key)
        people[key] = (
            person
            if known is None
            else PersonMention(
                known.name,
                known.position or person.position,
                known.affiliation if known.affiliation is not None else person.affiliation,
                known.titled or person.titled,
            )
        )
    merged: dict[str, PersonMention] = {}
    for key, person in people.items():
        fuller = [k for k, p in people.items() if k != key and same_person(person.name, p.name)]
        if len(fuller) == 1:
            full = people[fuller[0]]
            people[fuller[0]] = PersonMention(
                full.name,
                full.position or person.position,
                full.affiliation if full.affiliation is not None else person.affiliation,
                full.titled,
            )
            continue
        # "Prof. Kiama" with no fuller name in the text is a person; "Dr. Matthews" beside
        # Roger and Wendy Matthews could be either and is left out.
        alone = person.titled and not fuller
        if " " in person.name or person.position or alone:
            merged[key] = person
    return [people.get(k, p) if k in people else p for k, p in merged.items()]


def _event_title(event: EventDraft, index: PartnerIndex, words: EventWords) -> str:
    short = {i: e.acronym or e.name for i, e in enumerate(index.entries)}
    return event_title(event, short, words.titles)


def extract_entities(
    paragraphs: list[str],
    dates: list[list[DateMention]],
    *,
    reference: PartialDate | None = None,
    language: object = None,
    headline: str | None = None,
) -> Entities:
    """``reference`` is the article's own date (a year for month-days, the date
    of an event told as recent); ``language`` picks the event words; the
    ``headline`` names the event when the body's words do not."""
    text = "\n".join(paragraphs)
    own = languages.get(str(language))  # its extractors, where it has its own
    if own.find_organisations is not None:
        found = [own.find_organisations(p, text) for p in paragraphs]  # text: units named alone
    else:  # the whole text helps to part a run of several names
        found = [find_organisations(p, text) for p in paragraphs]
    index, spans, parent_only, used = _cluster(paragraphs, found)
    names = {i: e.name for i, e in enumerate(index.entries)}

    found_people = [
        person
        for p, paragraph in enumerate(paragraphs)
        for person in (own.find_people or find_people)(paragraph, spans[p])
    ]
    people = merge_people(found_people)

    words = event_words(language)
    drafts = find_events(
        paragraphs, dates, spans, reference=reference, words=words, headline=headline
    )
    article_role: dict[int, str] = {}
    for event in drafts:
        for org, role in event.roles.items():
            mapped = {
                "host": "organiser", "organiser": "organiser", "co-organiser": "organiser",
                "signatory": "signatory", "visitor": "participant", "participant": "participant",
            }[role]  # fmt: skip
            order = ["organiser", "signatory", "participant"]
            if org not in article_role or order.index(mapped) < order.index(article_role[org]):
                article_role[org] = mapped
    events = tuple(
        ParsedEvent(
            title=_event_title(e, index, words),
            kind=e.kind,
            when=e.when,
            city=e.city,
            country=e.country,
            online=e.online,
            until=e.until,
            background=e.background,
            partners=tuple(
                (names[o], r)
                for o, r in sorted(e.roles.items(), key=lambda x: ROLE_RANK.index(x[1]))
            ),
        )
        for e in drafts
    )
    organisations = tuple(
        ParsedOrg(
            name=e.name,
            acronym=e.acronym or None,
            aliases=tuple(a for a in e.aliases if a != e.name and a != e.acronym),
            role=article_role.get(i, "mentioned"),
            kind=(own.guess_kind or guess_kind)(e.name),
        )
        for i, e in enumerate(index.entries)
        if i in used
    )
    replacements = tuple(
        (alias, e.name)
        for e in index.entries
        for alias in e.aliases
        if len(alias) > len(e.acronym or "")
    )
    return Entities(
        organisations=organisations,
        people=tuple(
            ParsedPerson(
                p.name, p.position, names.get(p.affiliation) if p.affiliation is not None else None
            )
            for p in people
        ),
        events=events,
        replacements=replacements,
    )
