"""Which date of a text is its event's and which its publication's.

The grammar (``dates``) finds the phrases; this module decides what they
mean. The publication date comes from the page's chrome (a release stamp, a
date line, a date glued to the headline, a dated link) or from an agency-style
date line opening the body ("BANGI, 7 November 2014 –", "(05.12.18)"), never
from a copyright footer. The main date is the first event date the lead
states; a release line after the event is not the event's date. A year the
body leaves out comes from the body itself, else from the date line or the
release line; it is never invented: with no year anywhere, a date stays
"year unknown".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsroom.importing.chrome import is_copyright
from newsroom.importing.dates import (
    DateMention,
    DateWords,
    fill_years,
    find_dates,
    is_background,
    word,
)
from newsroom.partial_dates import DatePrecision, PartialDate

Finder = Callable[[str, PartialDate | None], list[DateMention]]

# Dates in links: "/2023/09/06/", "/2018/1107/", "/202107/t20210728_", "/c/2024-09-10/".
_URL_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]\d)[/-](?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"[/_t](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
)
# What stands before a date line that dates the report: a place ("BANGI, ",
# "Morelia, Michoacán, a ") or a bracket ("(05.12.18)"); "On 3 May –" and
# "2019年8月17—31日," open with the event instead.
_DATELINE_LEAD = re.compile(r"^\s*(?:\(|(?:[^\W\d_][\w.'’ -]{1,40},\s*){1,3}(?:\w{1,2}\s+)?)$")
_EVENT_PRECISIONS = {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.MONTH_DAY}
LEAD_PARAGRAPHS = 3


@dataclass(frozen=True)
class Dateline:
    """The date a text opens with, and whether it dates the text or its event."""

    when: PartialDate
    end: int  # where the date ends in the first paragraph
    publication: bool


def url_date(url: str) -> PartialDate | None:
    for pattern in _URL_DATES:
        for match in pattern.finditer(url):
            try:
                day = dt.date(*(int(match.group(g)) for g in ("y", "m", "d")))
            except ValueError:
                continue
            return PartialDate.of_day(day, match.group(0).strip("/_t"))
    return None


def publication_date(
    chrome: Iterable[str], find: Finder, links: Iterable[str | None] = ()
) -> PartialDate | None:
    """The first full date of the chrome lines that date the page, else of a link."""
    for line in chrome:
        if is_copyright(line):
            continue
        for mention in find(line, None):
            if mention.when.precision == DatePrecision.DAY:
                return mention.when
    for link in links:
        if link and (day := url_date(link)):
            return day
    return None


def opening_dateline(paragraphs: list[str], find: Finder) -> Dateline | None:
    """ "BANGI, 7 November 2014 –", "(05.12.18) After…", "On March 21, 2024, the…"."""
    if not paragraphs:
        return None
    mentions = find(paragraphs[0][:120], None)
    if not mentions or mentions[0].when.precision != DatePrecision.DAY:
        return None
    first = mentions[0]
    before = paragraphs[0][: first.start]
    if first.start > 60:
        return None
    bracketed = not before.strip() and first.text.startswith("(")
    publication = first.until is None and (bracketed or bool(_DATELINE_LEAD.match(before)))
    return Dateline(first.when, first.end, publication)


def generic_finder(words: DateWords, month_first: bool | None = None) -> Finder:
    return lambda text, anchor: find_dates(text, words, anchor, month_first)


def document_dates(
    paragraphs: list[str], find: Finder, anchor: PartialDate | None, words: DateWords
) -> list[list[DateMention]]:
    """Each paragraph's dates, relative ones resolved against ``anchor`` and
    year-less ones given the year the text gives them (with no date line,
    the first full date of the text serves, however late it comes)."""
    found = [find(paragraph, anchor) for paragraph in paragraphs]

    def news(paragraph: str, mention: DateMention) -> bool:
        """A full date of the news: not relative, not history ("founded on …")."""
        return (
            mention.when.precision == DatePrecision.DAY
            and not mention.relative
            and not is_background(paragraph, mention.start, words)
        )

    if anchor is None:
        anchor = next(
            (m.when for p, ms in zip(paragraphs, found, strict=True) for m in ms if news(p, m)),
            None,
        )
    result: list[list[DateMention]] = []
    carried = anchor
    for paragraph, mentions in zip(paragraphs, found, strict=True):
        mentions = fill_years(paragraph, mentions, carried, words)
        result.append(mentions)
        for mention in mentions:
            if news(paragraph, mention):
                carried = mention.when
    return result


def _is_prose(paragraph: str) -> bool:
    return len(paragraph) >= 60 or bool(re.search(r"[.!?。！？]\s*$", paragraph))


def _cued_day(
    paragraphs: list[str], dates: list[list[DateMention]], first: int, words: DateWords
) -> PartialDate | None:
    """The first day the text ties to what happened ("was held on 3 May")."""
    if not words.event_cues:
        return None
    cue = re.compile(rf"{word(words.event_cues)}\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
    for paragraph, mentions in zip(paragraphs[first:], dates[first:], strict=True):
        for mention in mentions:
            if mention.relative or mention.when.precision not in _DAYS:
                continue
            if cue.search(paragraph[max(0, mention.start - 40) : mention.start]):
                return mention.when
    return None


def _within(day: PartialDate, month: PartialDate) -> bool:
    return day.month == month.month and day.year in (None, month.year)


_DAYS = {DatePrecision.DAY, DatePrecision.MONTH_DAY}


def _sentence_before(paragraph: str, start: int) -> str:
    reach = max(0, start - 300)  # a sentence's reach: a long paragraph stays linear
    begin = max(paragraph.rfind(". ", reach, start), paragraph.rfind("。", reach, start)) + 1
    return paragraph[max(begin, reach) : start]


def _this_year(paragraph: str, mention: DateMention, words: DateWords) -> bool:
    """ "this year's forum was held on 6 June": the date of the edition reported."""
    current = [w for w, n in words.years if n == 0]
    return bool(current) and bool(
        re.search(word(tuple(current)), _sentence_before(paragraph, mention.start), re.I)
    )


def _current_edition(
    paragraph: str, mentions: list[DateMention], chosen: DateMention, words: DateWords
) -> PartialDate | None:
    """ "The first forum was held in 2015 … this year's was held on 6 June 2024":
    the later date told as this year's outranks the past editions before it."""
    if _this_year(paragraph, chosen, words):
        return None
    for later in mentions:
        if later.start <= chosen.start or later.relative:
            continue
        if later.when.precision in _DAYS and _this_year(paragraph, later, words):
            return later.when
    return None


def _later_day(mentions: list[DateMention], month: DateMention) -> PartialDate | None:
    """ "2021年9月，两国领导人同意… 2023年1月30日，…签署": the day after a month
    of background is the event's."""
    for later in mentions:
        if later.start <= month.start or later.relative or later.when.date is None:
            continue
        day = later.when
        if day.precision == DatePrecision.DAY and day.date > month.when.date:
            return None if _within(day, month.when) else day
    return None


def _weekday_told(paragraph: str, words: DateWords) -> bool:
    """ "ont signé mardi soir": the lead tells its day by a weekday."""
    names = tuple(name for name, _ in words.weekdays)
    return bool(names) and bool(re.search(word(names), paragraph, re.IGNORECASE))


def main_date(
    paragraphs: list[str],
    dates: list[list[DateMention]],
    published: PartialDate | None,
    words: DateWords,
    headline: list[DateMention] = (),
    opening: Dateline | None = None,
) -> PartialDate:
    """The event's date: the first one the lead states, else one the editor
    wrote into the headline, else the text's date line, else the release's.
    A lead that tells its day by a weekday alone, on a page with no date, has
    no date: a month or year it names belongs to something else."""
    lead = [p for p, paragraph in enumerate(paragraphs) if _is_prose(paragraph)]
    dated = published is not None or opening is not None
    weekday = not dated and bool(lead) and _weekday_told(paragraphs[lead[0]], words)
    for p in lead[:LEAD_PARAGRAPHS]:
        for mention in dates[p]:
            if mention.when.precision not in _EVENT_PRECISIONS:
                continue
            if p == 0 and opening and opening.publication and mention.start < opening.end:
                continue  # "BANGI, 7 November 2014 –" dates the report, not the event
            if (
                p > 0
                and opening
                and opening.publication
                and mention.when.date
                and opening.when.date
                and mention.when.date > opening.when.date
            ):
                continue  # a later paragraph's deadline or follow-up after the date line
            if is_background(paragraphs[p], mention.start, words):
                continue
            if weekday and mention.when.precision == DatePrecision.MONTH:
                continue
            if current := _current_edition(paragraphs[p], dates[p], mention, words):
                return current
            if mention.when.precision == DatePrecision.MONTH:
                # "in May 2022 a framework was approved … the launch, which took
                # place on 11 August": the day of what happened outranks a month.
                cued = _cued_day(paragraphs, dates, p, words)
                if cued is not None and not _within(cued, mention.when):
                    return cued
                if later := _later_day(dates[p], mention):
                    return later
            return mention.when
    for mention in headline:
        if mention.when.precision in _EVENT_PRECISIONS and mention.when.year:
            return mention.when
    if opening is not None and opening.publication:
        return opening.when
    if published is not None:
        return published
    if weekday:
        return PartialDate()
    for paragraph, mentions in zip(paragraphs, dates, strict=True):
        for mention in mentions:
            if mention.when.precision not in _EVENT_PRECISIONS or mention.relative:
                continue
            if not is_background(paragraph, mention.start, words):
                return mention.when
    return PartialDate()
