"""An editor's review of one press text: what was found, where, and why; and
the editor's decisions applied to the parsed article before it is loaded.

``found_facts`` lists every fact with the words of the text it came from (a
span of the text the parser read) and, when it is a guess, the reason in
words. ``Review`` is what the editor decided, as plain data (stored as JSON
in ``ImportCorrection``, keyed by the words found, so the same text reviewed
again gets the same decisions); ``apply_review`` turns a ``ParsedArticle``
into exactly what the editor accepted, and says which partner each kept
organisation is to be (an existing one, or a new one whatever the index
would match).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field, replace

from newsroom.importing.entities import ParsedEvent, ParsedOrg, ParsedPerson
from newsroom.importing.parse import ParsedArticle
from newsroom.importing.resolve import PartnerIndex
from newsroom.partial_dates import DatePrecision, PartialDate

NEW = "new"  # a partner to create, even where the index would match one
PARTNER_ACTIONS = ("link", "other", "new", "not_org")
ENTRY_ACTIONS = ("keep", "drop", "merge")
_YEAR = re.compile(r"\b\d{4}\b|\d{4}年")


@dataclass
class Review:
    """The editor's decisions about one text; empty means "as found"."""

    title: str | None = None
    when: str | None = None  # PartialDate.machine() form; "" is "unknown"
    status: str | None = None
    partners: dict[str, dict] = field(default_factory=dict)  # found name → decision
    people: dict[str, dict] = field(default_factory=dict)  # found name → decision
    events: dict[str, dict] = field(default_factory=dict)  # event_key → decision

    @classmethod
    def from_json(cls, data: dict | None) -> Review:
        data = data if isinstance(data, dict) else {}
        return cls(
            title=data.get("title"),
            when=data.get("when"),
            status=data.get("status"),
            partners=dict(data.get("partners") or {}),
            people=dict(data.get("people") or {}),
            events=dict(data.get("events") or {}),
        )

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "when": self.when,
            "status": self.status,
            "partners": self.partners,
            "people": self.people,
            "events": self.events,
        }

    def __bool__(self) -> bool:
        return any(self.to_json().values())

    def digest(self, text_hash: str) -> str:
        """The hash an import stores: the text's with these decisions, so that
        changed decisions about an unchanged text update its article. The status
        is left out: it is that of a new article only."""
        if not self:
            return text_hash
        blob = json.dumps(self.to_json() | {"status": None}, sort_keys=True)
        return hashlib.sha256(f"{text_hash}\n{blob}".encode()).hexdigest()


def event_key(event: ParsedEvent) -> str:
    return f"{event.title}|{event.when.machine()}"


def apply_review(
    parsed: ParsedArticle, review: Review, not_organisations: set[str]
) -> tuple[ParsedArticle, dict[str, int | str]]:
    """The article as the editor accepted it, and the partner chosen for each
    kept organisation (by its final name): a partner's pk, or ``NEW``."""
    from newsroom.models.import_review import words_key

    renamed: dict[str, str | None] = {}  # found name → final name (None: not a partner)
    links: dict[str, int | str] = {}
    organisations: list[ParsedOrg] = []
    for org in parsed.organisations:
        found = org.name
        decision = review.partners.get(found) or {}
        action = decision.get("action")
        if action == "not_org" or (action is None and words_key(found) in not_organisations):
            renamed[found] = None
            continue
        if action == "new":
            name = (decision.get("name") or org.name).strip()[:255] or org.name
            acronym = (decision.get("acronym") or "").strip()[:40] or None
            org = replace(org, name=name, acronym=acronym)
            links[name] = NEW
        elif action in ("link", "other") and isinstance(decision.get("partner"), int):
            links[org.name] = decision["partner"]
        renamed[found] = org.name
        organisations.append(org)

    def partner(name: str | None) -> str | None:
        return renamed.get(name, name) if name else None

    people = _people(parsed.people, review.people, partner)
    events = _events(parsed.events, review.events, partner)
    title = (review.title or "").strip()[:300] or parsed.title
    when = parsed.when
    if review.when is not None and review.when != parsed.when.machine():
        when = _given_date(review.when, parsed.when.text)
    redated = {
        f"event year unknown: '{e.when.text}'"
        for e in parsed.events
        if isinstance((review.events.get(event_key(e)) or {}).get("when"), str)
    }
    warnings = [
        w
        for w in parsed.warnings
        if not (title != parsed.title and w == "headline inferred")
        and not (when != parsed.when and (w.startswith("year unknown") or w == "no date found"))
        and w not in redated
    ]
    accepted = replace(
        parsed,
        title=title,
        title_inferred=parsed.title_inferred and title == parsed.title,
        when=when,
        organisations=tuple(organisations),
        people=tuple(people),
        events=tuple(events),
        warnings=tuple(warnings),
    )
    return accepted, links


def _people(found: tuple[ParsedPerson, ...], decisions: dict[str, dict], partner) -> list:
    kept: dict[str, ParsedPerson] = {}
    merges: list[tuple[str, ParsedPerson]] = []
    for person in found:
        decision = decisions.get(person.name) or {}
        action = decision.get("action", "keep")
        if action == "drop":
            continue
        edited = ParsedPerson(
            name=(decision.get("name") or person.name).strip()[:200] or person.name,
            position=_given(decision, "position", person.position),
            affiliation=partner(_given(decision, "affiliation", person.affiliation)),
        )
        if action == "merge" and decision.get("into") not in (None, person.name):
            merges.append((decision["into"], edited))
        else:
            kept[person.name] = edited
    for into, person in merges:  # the one kept gets what it lacked
        target = kept.get(into)
        if target is not None:
            kept[into] = replace(
                target,
                position=target.position or person.position,
                affiliation=target.affiliation or person.affiliation,
            )
    return list(kept.values())


def _events(found: tuple[ParsedEvent, ...], decisions: dict[str, dict], partner) -> list:
    kept: dict[str, ParsedEvent] = {}
    merges: list[tuple[str, ParsedEvent]] = []
    for event in found:
        key = event_key(event)
        decision = decisions.get(key) or {}
        action = decision.get("action", "keep")
        if action == "drop":
            continue
        roles = tuple(
            dict.fromkeys((name, role) for o, role in event.partners if (name := partner(o)))
        )
        edited = replace(
            event,
            title=(decision.get("title") or event.title).strip()[:300] or event.title,
            kind=decision.get("kind") or event.kind,
            partners=roles,
        )
        if isinstance(decision.get("when"), str) and decision["when"] != event.when.machine():
            when = _given_date(decision["when"], event.when.text)
            # A multi-day event keeps its last day only while it still follows the first.
            until = event.until
            if not (until and until.date and when.date and until.date > when.date):
                until = None
            edited = replace(edited, when=when, until=until)
        if action == "merge" and decision.get("into") not in (None, key):
            merges.append((decision["into"], edited))
        else:
            kept[key] = edited
    for into, event in merges:  # its partners join the one kept
        target = kept.get(into)
        if target is not None:
            roles = tuple(dict.fromkeys((*target.partners, *event.partners)))
            kept[into] = replace(target, partners=roles)
    return list(kept.values())


def _given_date(machine: str, found_words: str) -> PartialDate:
    """The editor's date; it keeps the words it replaces only as a record of them."""
    when = (PartialDate.from_iso(machine) if machine else None) or PartialDate()
    return replace(when, text=found_words[:120] if when.is_known else "")


def _given(decision: dict, name: str, found: str | None) -> str | None:
    value = decision.get(name)
    return found if value is None else (value.strip() or None)


# -- what the page shows --
@dataclass
class Fact:
    """Words of the text a fact came from (``start``/``end`` in the text the
    parser read; None when the text does not write them) and why it is a guess."""

    id: str
    words: str = ""
    start: int | None = None
    end: int | None = None
    reason: str = ""
    anchor: str = ""  # the id of the mark that shows the words, once highlighted


def find_words(text: str, *candidates: str | None) -> tuple[int, int] | None:
    """Where the first of ``candidates`` is written (case and spacing aside)."""
    for words in candidates:
        words = (words or "").strip()
        if not words or len(words) > 400:
            continue
        pattern = r"\s+".join(re.escape(part) for part in words.split())
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            return match.span()
    return None


def _fact(fid: str, text: str, *candidates: str | None, reason: str = "") -> Fact:
    span = find_words(text, *candidates)
    if span is None:
        return Fact(fid, reason=reason)
    return Fact(fid, text[span[0] : span[1]], span[0], span[1], reason)


def date_reason(when: PartialDate, text: str = "") -> str:
    if when.precision == DatePrecision.MONTH_DAY:
        return "no year anywhere in the text: kept as month and day"
    if not when.is_known:
        return "no date found in the text"
    if not (when.text and when.date) or _YEAR.search(when.text):
        return ""
    # The date's own words give no year: name the line that does.
    for line in text.splitlines():
        if str(when.date.year) in line:
            words = line.strip()
            words = words if len(words) <= 60 else words[:59].rstrip() + "…"
            return f"year taken from the line “{words}”"
    return "year taken from the release line"


def partner_suggestion(
    org: ParsedOrg, index: PartnerIndex
) -> tuple[int | None, str, str, list[tuple[int, str]]]:
    """The existing partner the resolver matches (pk and label), why, and the
    alternatives it considered (pk and label)."""
    explained = index.explain(org.name, org.acronym)
    for alias in org.aliases:
        if explained is not None:
            break
        if (found := index.explain(alias)) is not None:
            explained = found[0], "by another spelling"
    considered = dict.fromkeys(index.candidates(org.name, org.acronym))
    for alias in org.aliases:
        considered.update(dict.fromkeys(index.candidates(alias)))
    chosen = explained[0] if explained else None
    others = [(index.entries[i].pk, _label(index, i)) for i in considered if i != chosen]
    if chosen is None:
        return None, "", "", others[:8]
    entry = index.entries[chosen]
    reason = f"matched to existing partner '{entry.name}' {explained[1]}"
    return entry.pk, _label(index, chosen), reason, others[:8]


def _label(index: PartnerIndex, i: int) -> str:
    entry = index.entries[i]
    return f"{entry.name} ({entry.acronym})" if entry.acronym else entry.name


def found_facts(parsed: ParsedArticle, text: str) -> dict[str, Fact]:
    """Title, date, summary, and each partner (``p0``…), person (``h0``…) and event (``e0``…)."""
    facts = {
        "title": _fact(
            "title",
            text,
            parsed.title,
            reason="headline inferred from the lead" if parsed.title_inferred else "",
        ),
        "date": _fact("date", text, parsed.when.text, reason=date_reason(parsed.when, text)),
        "summary": _fact(
            "summary",
            text,
            parsed.summary,
            parsed.summary[: parsed.summary.rfind(" ", 0, 120)],
            reason="the lead's first sentences",
        ),
    }
    for i, org in enumerate(parsed.organisations):
        facts[f"p{i}"] = _fact(f"p{i}", text, org.name, *org.aliases, org.acronym)
    for i, person in enumerate(parsed.people):
        facts[f"h{i}"] = _fact(f"h{i}", text, person.name)
    for i, event in enumerate(parsed.events):
        reason = "history or plans the text mentions" if event.background else ""
        facts[f"e{i}"] = _fact(f"e{i}", text, event.when.text, event.title, reason=reason)
    return facts


def highlighted(text: str, facts: dict[str, Fact]) -> str:
    """The text as HTML with each fact's words in a ``<mark id="src-…">``, nested
    where one fact's words hold another's (a partner inside the headline); a
    fact whose words straddle another's mark points at that mark instead
    (``Fact.anchor``)."""
    spans = sorted((f.start, -f.end, f.id) for f in facts.values() if f.start is not None)
    out: list[str] = []
    open_marks: list[tuple[int, str, int]] = []  # (end, id, start), innermost last
    at = 0

    def close_until(position: int) -> None:
        nonlocal at
        while open_marks and open_marks[-1][0] <= position:
            end, _, _ = open_marks.pop()
            out.append(html.escape(text[at:end]) + "</mark>")
            at = end

    for start, negative_end, fid in spans:
        end = -negative_end
        close_until(start)
        # Words that straddle a mark's end, or that a mark already shows exactly,
        # point at that mark.
        if end <= start or (
            open_marks and (end > open_marks[-1][0] or (end, start) == open_marks[-1][::2])
        ):
            facts[fid].anchor = f"src-{open_marks[-1][1]}" if open_marks else ""
            continue
        out.append(html.escape(text[at:start]) + f'<mark id="src-{fid}">')
        at = start
        open_marks.append((end, fid, start))
        facts[fid].anchor = f"src-{fid}"
    close_until(len(text))
    out.append(html.escape(text[at:]))
    return "".join(out)
