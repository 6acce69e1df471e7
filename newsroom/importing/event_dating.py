"""Dates and the order of events: an event's own day, its last day, a year
told in passing, the article's dateline, and what is history.

``Context`` is what the sentences read so far say: the article's date, the
last event's, the dateline's city.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsroom.importing import places
from newsroom.importing.dates import DateMention
from newsroom.partial_dates import DatePrecision, PartialDate

if TYPE_CHECKING:
    from newsroom.importing.event_words import EventWords
    from newsroom.importing.events import EventDraft


EVENT_PRECISIONS = {DatePrecision.DAY, DatePrecision.MONTH_DAY, DatePrecision.MONTH}


# A date this long before the main event is history, not news.
_BACKGROUND_GAP = dt.timedelta(days=60)


def date_range(mention: DateMention) -> PartialDate | None:
    """The last day of a range mention, when the date grammar reads one."""
    for name in ("until", "end"):
        until = getattr(mention, name, None)
        if isinstance(until, PartialDate) and until.is_known:
            return until
    return None


def with_year(when: PartialDate, ctx: Context) -> PartialDate:
    """A month-day given the year of the event told before it, else of the
    article's date (a day after the article's is of the year before)."""
    if when.precision != DatePrecision.MONTH_DAY:
        return when
    source = ctx.last_dated or ctx.reference
    if source is None or not source.date:
        return when
    year = source.date.year
    try:
        day = dt.date(year, when.month, when.day)
        if source is ctx.reference and day - source.date > dt.timedelta(days=31):
            day = dt.date(year - 1, when.month, when.day)
    except (TypeError, ValueError):
        return when
    return PartialDate.of_day(day, when.text)


@dataclass
class Context:
    """What the sentences read so far say about dates and places."""

    reference: PartialDate | None  # the article's own date
    last_dated: PartialDate | None = None  # the last event with a year
    last_event_date: PartialDate | None = None  # nearest earlier event date (None: a range)
    dateline_city: tuple[int, str, str | None] | None = None  # (paragraph, city, country)
    topic: bool = False  # a gathering on an agreement: its signing words tell of the topic
    ended: str | None = None  # the sentence that gave an event told before its last day


_DATELINE_PLACE = re.compile(
    r"(?!(?:On|In|From|At|By|During|Since|Le|El|Del?)\b)"
    r"(?:[A-ZÀ-Þ][\w'’.-]*[ ,/]*){1,6}"
)


_DATELINE_END = re.compile(r"\s*\)?\s*(?:[:–—|]|-{1,2}\s)")


def is_dateline(paragraph: str, mention: DateMention) -> bool:
    """Does the paragraph open on a place and a date, then a colon or a dash?"""
    place = paragraph[: mention.start].strip(" ,(")
    return bool(
        place and _DATELINE_PLACE.fullmatch(place) and _DATELINE_END.match(paragraph, mention.end)
    )


# A verb that a year in passing belongs to ("the Network, launched in 2017, held…").
_YEAR_VERB = re.compile(
    r"\b(?:launched|founded|established|created|set up|signed|opened|"
    r"inaugurated|since|began|started|joined)\b",
    re.I,
)


def own_year(
    years: list[DateMention], sentence: str, offset: int, match: re.Match[str]
) -> DateMention | None:
    """The year the event word's own clause gives: the first after it ("signed
    its first agreement in 2016"), else the nearest before it; none when another
    verb between them has it ("launched in 2017 … held its annual meeting")."""
    after = [d for d in years if 0 <= d.start - offset - match.end() <= 60]
    before = [d for d in years if d.start - offset < match.start()]
    if after:
        year, lead = after[0], sentence[match.end() : after[0].start - offset]
    elif before:
        year = before[-1]
        lead = sentence[max(0, year.start - offset - 30) : year.start - offset]
    else:
        return None
    return None if _YEAR_VERB.search(lead) else year


def first_session(
    events: list[EventDraft],
    sentence: str,
    mentions: list[DateMention],
    ctx: Context,
    words: EventWords,
) -> None:
    """ "The inaugural event, held virtually on 8 February": the series just
    launched took place, online, on that day."""
    last = next((e for e in reversed(events) if not e.background), None)
    if last is None:
        return
    last.online = last.online or bool(words.online.search(sentence))
    days = [d for d in mentions if d.when.precision in EVENT_PRECISIONS]
    day = with_year(days[0].when, ctx) if days else None
    # "launched … this week" gives a week or a month; the session's day is finer.
    coarse = last.when.precision == DatePrecision.MONTH and day and day.month == last.when.month
    if day and (last.assumed or not last.when.is_known or coarse):
        last.when, last.until, last.assumed = day, None, False


def ends_at(sentence: str, at: int, words: EventWords) -> bool:
    """Does an ending word ("concluded on", "until") come right before ``at``?
    Only the words just before are read: a sentence of many dates stays fast."""
    return bool(words.ends.search(sentence, max(0, at - 60), at))


def continued(
    events: list[EventDraft],
    sentence: str,
    offset: int,
    mentions: list[DateMention],
    orgs: list[tuple[int, int]],
    ctx: Context,
    words: EventWords,
) -> None:
    """ "It commenced on 21 March and concluded on 25 April in Nairobi": the
    event just told, its days and its venue."""
    last = next((e for e in reversed(events) if not e.background), None)
    days = [d for d in mentions if d.when.precision in EVENT_PRECISIONS]
    if last is None or not days:
        return
    ends = [d for d in days if ends_at(sentence, d.start - offset, words)]
    starts = [d for d in days if d not in ends]
    start = with_year(starts[0].when, ctx) if starts else None
    if start and (last.assumed or not last.when.is_known):
        last.when, last.assumed = start, False
    if start and start.date and start.date == last.when.date:
        later = [d for d in ends if d.start > starts[0].start]
        until = date_range(starts[0]) or (later and later[0].when) or None
        until = until and with_year(until, replace(ctx, last_dated=start))
        if until and until.date and start.date and until.date > start.date:
            last.until = until
    if not last.city and words.place_before is not None and not words.han_places:
        last.city, country = places.venue(sentence, orgs, words.place_before, 0)
        last.country = country or last.country


def mark_background(events: list[EventDraft]) -> None:
    """Events long before the first dated news event are history."""
    main = next((e for e in events if not e.background and e.when.date), None)
    if main is None:
        return
    for event in events:
        if event.when.date and main.when.date - event.when.date > _BACKGROUND_GAP:
            event.background = True
