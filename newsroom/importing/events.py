"""Events: what happened, when, where, and who did what.

A sentence that says something happened ("visited", "was held", "signed a
Memorandum…") creates an event; later sentences that speak of "the forum" or
"the signing" add partners to it. The kind comes from what happened, not from
the first keyword: "a delegation … held an official meeting" is a meeting, a
"Forum" inside an organisation's name is no event. A trip to several cities is
one visit per city. Each event's date is its own sentence's, else the nearest
date before it (a range before it leaves the day unknown); events told as
history or plans ("back in 2021", "will hold") are marked ``background``.

Which words of a sentence tell of an event is ``event_triggers``'s part, an
event's name ``event_names``'s, its days and what is history ``event_dating``'s;
who did what comes from ``event_roles``; the words are one language's data
(``event_words.EventWords``): English's there, the other languages' through
``newsroom.importing.languages``; titles are made by ``event_titles``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from newsroom.importing import places
from newsroom.importing.dates import DateMention
from newsroom.importing.event_dating import (
    EVENT_PRECISIONS,
    Context,
    continued,
    date_range,
    ends_at,
    first_session,
    is_dateline,
    mark_background,
    own_year,
    with_year,
)
from newsroom.importing.event_names import QUOTED, title_name
from newsroom.importing.event_roles import ROLE_RANK, roles_in
from newsroom.importing.event_triggers import (
    GATHERINGS,
    Trigger,
    describes_agreement,
    not_topics,
    pick,
    triggers_in,
)
from newsroom.importing.event_words import ENGLISH, EventWords, TitleWords, event_words
from newsroom.importing.people import OrgSpan
from newsroom.importing.sentences import split_sentences
from newsroom.partial_dates import DatePrecision, PartialDate

# The vocabulary and the roles have modules of their own; these names are read
# from here by the language modules and the extraction.
__all__ = [
    "ENGLISH", "ROLE_RANK", "EventDraft", "EventWords", "TitleWords", "event_words",
    "find_events",
]  # fmt: skip


_PRECISE = {DatePrecision.DAY, DatePrecision.MONTH}
_BOTH_SIDES = re.compile(r"\b(?:two|both) (?:sides|parties)\b|\bthe parties\b", re.I)
# Verbs that tell of an event long past ("In 2016, the two renewed their MoU").
_HISTORY = re.compile(r"\b(?:signed|renewed|held|visited|formali[sz]ed|established)\b", re.I)
# Said of a named event that took place, even without a date.
_HELD = re.compile(r"\b(?:held|took place|wrapped up|concluded|opened|convened)\b", re.I)
# Kinds an event may be part of a visit as ("attended the symposium" during a visit).
_PART_OF_VISIT = {"meeting", "seminar", "conference", "forum"}
_COMPLEMENT = re.compile(r"\s+(?:of|on|between|for|about|de|du|des|sur|del|sobre)\s", re.I)


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
    until: PartialDate | None = None  # last day of a range
    background: bool = False  # history or plans, not the news reported
    assumed: bool = False  # dated by the article, not by its own words
    per_city: bool = False  # one city's visit of a trip to several
    roles: dict[int, str] = field(default_factory=dict)  # organisation index → role

    def add(self, org: int, role: str) -> None:
        current = self.roles.get(org)
        if current is None or ROLE_RANK.index(role) < ROLE_RANK.index(current):
            self.roles[org] = role


# Bounds that keep a hostile text fast: what is read of a sentence, events per
# article.
_MAX_SENTENCE = 3000  # characters: no sentence of a press text is longer
_MAX_EVENTS = 60


def find_events(
    paragraphs: list[str],
    dates: list[list[DateMention]],
    spans: list[list[OrgSpan]],
    *,
    reference: PartialDate | None = None,
    words: EventWords = ENGLISH,
    headline: str | None = None,
) -> list[EventDraft]:
    """The events the paragraphs report, in order. ``reference`` is the article's
    date: it gives a year to month-days and dates an event told as "recent".
    When the body tells of no event in words of its own, the ``headline``'s
    event word says what happened ("Seminar on the Mercosur–EU agreement")."""
    events: list[EventDraft] = []
    ctx = Context(reference if reference and reference.date else None)
    for p, paragraph in enumerate(paragraphs):
        if len(events) >= _MAX_EVENTS:
            break
        names = sorted(spans[p])
        name_starts = [s for s, _e, _i in names]
        mentioned = sorted(dates[p], key=lambda d: d.start)
        mention_starts = [d.start for d in mentioned]
        for offset, whole in split_sentences(paragraph):
            sentence = whole[:_MAX_SENTENCE]
            end = offset + len(sentence)
            # What lies in this sentence, found by bisection: a long paragraph stays linear.
            in_names = names[bisect_left(name_starts, offset) : bisect_left(name_starts, end)]
            orgs = [(s - offset, e - offset) for s, e, _ in in_names]
            mentions = mentioned[
                bisect_left(mention_starts, offset) : bisect_left(mention_starts, end)
            ]
            if offset == 0 and ctx.dateline_city is None:
                found = places.dateline_city(paragraph, mentions[0].start if mentions else None)
                ctx.dateline_city = (p, *found) if found else None
            if p == 0 and offset == 0 and mentions and is_dateline(paragraph, mentions[0]):
                # "Addis Ababa, Ethiopia, 29 October 2019: …" dates the report; the
                # lead event takes it as the article's date only when it has none.
                mentions = mentions[1:]
            if len(events) >= _MAX_EVENTS:
                break
            if events and words.first_session.search(sentence):
                first_session(events, sentence, mentions, ctx, words)
            picked = pick(not_topics(triggers_in(sentence, orgs, words), ctx, words), words)
            if not picked and events and words.continues.search(sentence):
                continued(events, sentence, offset, mentions, orgs, ctx, words)
            for trigger in picked:
                _event_from(trigger, sentence, offset, p, mentions, orgs, in_names, events, ctx,
                            words)  # fmt: skip
    mark_background(events)
    if headline and not any(not e.background for e in events):
        events[:0] = _headline_event(headline[:_MAX_SENTENCE], ctx, words)
    main = next((e for e in events if not e.background), None)
    if main and ctx.dateline_city and ctx.dateline_city[0] <= main.paragraph and not main.city:
        # "BANGI, 7 November 2014 – …": the news, and so its event, is from there.
        main.city = ctx.dateline_city[1]
        main.country = main.country or ctx.dateline_city[2]
    # The news first, then history and plans: "launched in 2017" is never the lead event.
    return sorted(events, key=lambda e: e.background)


def _event_from(
    trigger: Trigger,
    sentence: str,
    offset: int,
    p: int,
    mentions: list[DateMention],
    orgs: list[tuple[int, int]],
    spans: list[OrgSpan],
    events: list[EventDraft],
    ctx: Context,
    words: EventWords,
) -> None:
    kind, match = trigger.kind, trigger.match
    own = sorted(
        (d for d in mentions if d.when.precision in EVENT_PRECISIONS),
        key=lambda d: abs(d.start - offset - match.start()),
    )
    years = [d for d in mentions if d.when.precision == DatePrecision.YEAR]
    name = title_name(sentence, match)
    if (
        not own
        and kind in _PART_OF_VISIT
        and events
        and events[-1].kind == "visit"
        and events[-1].paragraph == p
        and not name
        and not _COMPLEMENT.match(sentence, match.end())
    ):
        # "attended the symposium" during a visit: a meeting of the visit (not "the
        # conference of industrialisation of …", an event of its own).
        kind = "meeting"
    # Same-kind events are one event, unless one sentence names two of them.
    existing = [
        e for e in events
        if e.kind == kind and not (e.sentence == sentence and name and e.name != name[0])
    ]  # fmt: skip
    if trigger.new:
        # "A delegation from X visited…": another visit than the last (or the
        # headline's undated one).
        existing = [e for e in existing if not e.when.is_known and not e.background]
    unquoted = QUOTED.sub(lambda q: " " * len(q.group(0)), sentence)  # what they will do
    around = unquoted[: match.start()] + " " + unquoted[match.end() :][:60]
    # A signing word tells of a signing (plans are told as such: "will sign").
    occurred = bool(words.occurred.search(sentence)) or trigger.named or kind == "signing"
    future = bool(words.future.search(around))
    recent = ctx.reference if ctx.reference and words.relative_now.search(sentence) else None
    when = PartialDate()
    until: PartialDate | None = None
    assumed = False
    background = bool(words.past.search(around))
    if kind == "signing" and ctx.topic and not own and describes_agreement(trigger, words):
        return  # the agreement a seminar discussed, not one signed
    if trigger.plural and not trigger.named and not (own and _HELD.search(sentence) and not future):
        if existing:
            roles_in(sentence, offset, spans, existing[-1])
        return  # "joined meetings, discussions…", "organise workshops": activities
    # "commenced on 21 March and concluded on 25 April", "stayed … until 22 August":
    # a date after an ending word is the last day, of this event or of the one told.
    ends = [d for d in own if ends_at(sentence, d.start - offset, words)]
    starts = [d for d in own if d not in ends]
    told = [e for e in existing if e.when.date and not e.background]
    if ends and not starts and ctx.ended == sentence:
        return  # "stayed … until 22 August and held talks": part of the stay
    if ends and not starts and told and not trigger.new:
        last = with_year(ends[0].when, replace(ctx, last_dated=told[-1].when))
        if last.date and last.date > told[-1].when.date:
            told[-1].until = last
        ctx.ended = sentence
        _told_again(told[-1], sentence, offset, spans, orgs, match, words)
        return
    own = starts or ends
    if own:
        when = with_year(own[0].when, ctx)
        until = date_range(own[0])
        later = [d for d in ends if d.start > own[0].start]
        if until is None and later and when.date:
            until = with_year(later[0].when, replace(ctx, last_dated=when))
            until = until if until.date and until.date > when.date else None
        at = own[0].start - offset
        if until and kind == "signing" and _range_is_another_s(sentence, at, match, orgs, words):
            # "signed during the Forum, held from 6 to 8 September": on one of those
            # days, which is unknown.
            when, until = PartialDate(), None
        if until and until.precision == DatePrecision.MONTH_DAY and when.date:
            until = with_year(until, replace(ctx, last_dated=when))
        same = [
            e for e in existing
            if e.when == when or (not e.when.is_known or e.assumed) and not e.background
        ]  # fmt: skip
        if same:
            # "the forum" of the headline, now with its own date.
            if not same[0].when.is_known or same[0].assumed:
                same[0].when, same[0].until, same[0].assumed = when, until, False
            _told_again(same[0], sentence, offset, spans, orgs, match, words)
            return
    elif existing or not occurred:
        if existing and kind == "visit" and _stops(existing, sentence, offset, p, match, orgs,
                                                   events, words):  # fmt: skip
            return
        if existing:
            _told_again(existing[-1], sentence, offset, spans, orgs, match, words)
        return
    elif (year := own_year(years, sentence, offset, match)) is not None:
        if events and not _HISTORY.search(sentence):
            return
        when, background = year.when, True
    elif recent:
        when, assumed = recent, True  # "recently held": the event the article reports
    elif not any(not e.background for e in events):
        # The lead event with no date of its own is the one the article reports:
        # it happened on the article's date (its day, or its month), also when
        # a paragraph or two of background come first.
        if ctx.reference and ctx.reference.precision in _PRECISE and p <= 3:
            when, assumed = ctx.reference, True
    elif (
        future
        or kind not in {"signing", "visit", "meeting"}
        and not _told(trigger, sentence, words)
    ):
        return
    else:
        when = ctx.last_event_date or PartialDate()
    online = bool(words.online.search(sentence))
    city, country = _venue(sentence, orgs, match, words)
    cities = places.trip_cities(sentence, match.end(), orgs) if kind == "visit" else []
    base = EventDraft(
        kind=kind,
        when=when,
        until=until,
        sentence=sentence,
        keyword=match.group(0),
        keyword_at=match.start(),
        paragraph=p,
        name=name[0] if name else None,
        city=city,
        country=country,
        online=online,
        background=background or future,
        assumed=assumed,
    )
    drafts = (
        [replace(base, city=c, country=code, roles={}, per_city=True) for c, code in cities]
        if len(cities) >= 2
        else [base]
    )
    for event in drafts:
        events.append(event)
        if kind == "signing" and _BOTH_SIDES.search(sentence):
            # "the two sides signed": the partners of the event just before.
            previous = [e for e in events[:-1] if e.paragraph == p and e.kind != "signing"]
            for org in previous[-1].roles if previous else []:
                event.add(org, "signatory")
        roles_in(sentence, offset, spans, event)
    if not base.background:  # "launched in 2017" dates no event told after it
        ctx.last_event_date = None if until else when
    if when.date and when.precision in EVENT_PRECISIONS:
        ctx.last_dated = when


def _headline_event(headline: str, ctx: Context, words: EventWords) -> list[EventDraft]:
    """The event a headline names, on the article's date: its best event word
    that tells of one event (not "Universities' visits"), unless planned."""
    picked = pick(not_topics(triggers_in(headline, [], words), ctx, words), words)
    found = [t for t in picked if not t.plural or t.named]
    if words.future.search(headline):
        return []
    if not found:
        # "Agreement with the University of Zaragoza": an agreement announced is signed.
        agreement = words.agreement.search(headline)
        if agreement is None or ctx.topic or agreement.group(0).casefold().endswith("s"):
            return []  # "Reviewing agreements": no one signing
        found = [Trigger("signing", agreement, 0, False, agreement.span(), False)]
    trigger = found[0]
    name = _headline_name(headline, trigger)
    return [
        EventDraft(
            kind=trigger.kind,
            when=ctx.reference or PartialDate(),
            sentence=headline,
            keyword=trigger.match.group(0),
            keyword_at=trigger.match.start(),
            paragraph=0,
            name=name,
            online=bool(words.online.search(headline)),
            assumed=True,
        )
    ]


def _headline_name(headline: str, trigger: Trigger) -> str | None:
    """A gathering's name in a headline: a proper name ending on its event word
    ("Institute joins the 7th Asian Energy Forum"), else the headline from the
    event word on ("University hosts workshop on climate data": "Workshop on
    climate data"). A headline in title case is read the second way."""
    if trigger.kind not in GATHERINGS:
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", headline)
    title_case = sum(w[0].isupper() for w in words) * 3 > len(words) * 2
    named = None if title_case else title_name(headline, trigger.match)
    if named and named[2] == trigger.match.end():
        return named[0]
    tail = re.split(r"\s+[–—|-]\s+|[:|]", headline[trigger.match.start() :])[0].strip(" .,;")
    return tail[:1].upper() + tail[1:] if len(tail.split()) >= 2 else None


def _stops(
    visits: list[EventDraft],
    sentence: str,
    offset: int,
    p: int,
    match: re.Match[str],
    orgs: list[tuple[int, int]],
    events: list[EventDraft],
    words: EventWords,
) -> bool:
    """A trip told before, now in cities it has no visit for yet ("travelled to
    Brazil … paid a courtesy call in Brasília and toured a wind farm in Natal"):
    one visit per city, of the trip's days."""
    if not words.occurred.search(sentence):
        return False
    cities = places.trip_cities(sentence, match.end(), orgs)
    if not cities:
        city, country = _venue(sentence, orgs, match, words)
        cities = [(city, country)] if city else []
    known = {e.city for e in events if e.kind == "visit"}
    trip = visits[-1]
    new = [(c, code) for c, code in cities if c not in known]
    if not new or (trip.country and any(code != trip.country for _c, code in new if code)):
        return False  # another country: a trip of its own, or a place in passing
    for city, code in new:
        events.append(replace(trip, city=city, country=code or trip.country, roles={},
                              per_city=True, sentence=sentence, keyword=match.group(0),
                              keyword_at=match.start(), paragraph=p))  # fmt: skip
    return True


def _told_again(
    event: EventDraft,
    sentence: str,
    offset: int,
    spans: list[OrgSpan],
    orgs: list[tuple[int, int]],
    match: re.Match[str],
    words: EventWords,
) -> None:
    """A later sentence about the event: its partners, and its venue when the
    event has none yet ("The meeting was held in Jakarta")."""
    roles_in(sentence, offset, spans, event)
    if not event.city and words.occurred.search(sentence):
        city, country = _venue(sentence, orgs, match, words)
        if city:  # a country said in passing ("research in China") is no venue
            event.city, event.country = city, country or event.country


def _venue(
    sentence: str, orgs: list[tuple[int, int]], match: re.Match[str], words: EventWords
) -> tuple[str | None, str | None]:
    if words.place_before is None:
        return None, None
    if words.han_places:
        return places.han_venue(sentence, orgs, words.place_before)
    return places.venue(sentence, orgs, words.place_before, match.start())


def _told(trigger: Trigger, sentence: str, words: EventWords) -> bool:
    """Does the sentence tell of this gathering as an event of its own, without a
    date? A named one held ("a Capacity Building Workshop held in Mombasa"), or
    one attended with its own subject ("attended the conference on …")."""
    start, end = trigger.match.span()
    if trigger.named and _HELD.search(sentence):
        return True
    attended = words.occurred.search(sentence[max(0, start - 30) : start])
    return bool(attended and _COMPLEMENT.match(sentence, end))


def _range_is_another_s(
    sentence: str, at: int, match: re.Match[str], orgs: list[tuple[int, int]], words: EventWords
) -> bool:
    """Is the date range at ``at`` nearer another event word than the signing's?"""
    distance = abs(match.start() - at)
    return any(
        t.kind != "signing" and abs(t.match.start() - at) < distance
        for t in triggers_in(sentence, orgs, words)
    )
