"""The date phrases of press texts, with their precision, ranges and relative days.

One grammar, parameterised by a language's words (``DateWords``), reads
"12 January 2020", "January 12, 2020", "the 12th of January", "Jan. 12",
"2020-01-12", "2022.09.01", "12.1.2020", "2020年1月12日", "6月16日",
"June 2021", ranges ("April 25-26", "from 30 October to 6 November 2018",
"14th – 17th March", "du 26 au 27 août 2019") and, given the text's own date
line, relative dates ("yesterday", "on Sunday", "last week", "this month").
A missing year is never guessed here: ``fill_years`` takes it from the text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from newsroom.importing.date_grammar import (
    ENGLISH,
    DateWords,
    grammar,
    relative_grammar,
    word,
)
from newsroom.partial_dates import DatePrecision, PartialDate

__all__ = ["ENGLISH", "DateMention", "DateWords", "find_dates", "paragraph_dates"]


@dataclass(frozen=True)
class DateMention:
    """A date phrase at ``start:end`` of its paragraph; ``until`` closes a range."""

    start: int
    end: int
    text: str
    when: PartialDate
    until: PartialDate | None = None
    relative: bool = False  # resolved against the text's date line

    @property
    def has_year(self) -> bool:
        return self.when.year is not None


def _month(words: DateWords, match: re.Match[str], name: str) -> int | None:
    groups = match.groupdict()
    if groups.get(f"mo{name[-1]}"):
        return int(groups[f"mo{name[-1]}"])
    text = groups.get(name)
    if not text:
        return None
    key = text.rstrip(".").casefold()
    return next((n for w, n in words.months if w == key), None)


def _fits(month: int | None, day: int, year: int | None = None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    # Feb 29 is valid in some year; a year-less date must fit a leap year.
    return 1 <= day <= calendar.monthrange(year or 2024, month)[1]


def _point(year: int | None, month: int, day: int, text: str) -> PartialDate:
    if year is None:
        return PartialDate.of_month_day(month, day, text)
    return PartialDate.of_day(dt.date(year, month, day), text)


def _common_era(year: int, words: DateWords) -> int:
    """A year of the language's own era ("2568") in the common era (2025)."""
    return year - words.era_offset if words.era_offset and year > 2300 else year


def _build(kind: str, match: re.Match[str], words: DateWords) -> DateMention | None:
    text = match.group(0).strip()
    groups = match.groupdict()
    year = _common_era(int(groups["y"]), words) if groups.get("y") else None
    if groups.get("yy"):
        year = 2000 + int(groups["yy"])
    if groups.get("era"):
        first = dict(words.eras)[groups["era"]]
        year = first + (1 if groups["ey"] == "元" else int(groups["ey"]))
    start, stop = match.span()
    if kind in {"y", "y-cjk"}:
        number = match.group("y")
        when = PartialDate.of_year(_common_era(int(number), words), number)
        return DateMention(match.start("y"), stop, number, when)
    month1 = _month(words, match, "m1")
    if kind in {"my", "ym-cjk"}:
        if month1 is None or not 1 <= month1 <= 12:
            return None
        return DateMention(start, stop, text, PartialDate.of_month(year, month1, text))
    if kind == "dmy-num" and int(groups["mo1"]) > 12 and int(groups["d1"]) <= 12:
        # "03/21/2024": the month comes first when the day cannot be second.
        month1, groups["d1"] = int(groups["d1"]), groups["mo1"]
    day1 = int(groups["d1"])
    month2 = _month(words, match, "m2") or month1
    day2 = int(groups["d2"]) if groups.get("d2") else None
    start_year = _common_era(int(groups["y1"]), words) if groups.get("y1") else year
    wraps = day2 is not None and (month1, day1) > (month2, day2)
    if wraps and start_year is not None and not groups.get("y1"):
        start_year -= 1  # "28 December to 3 January 2019": it began the year before
    if not _fits(month1, day1, start_year):
        return None
    when = _point(start_year, month1, day1, text)
    until = None
    if day2 is not None:
        if not _fits(month2, day2, year) or (month1, day1) == (month2, day2):
            return None
        if month1 == month2 and day2 < day1:
            return None
        until = _point(year, month2, day2, text)
    return DateMention(start, stop, text, when, until)


def _as_weekday_says(
    text: str, match: re.Match[str], mention: DateMention, words: DateWords
) -> DateMention:
    """ "Wednesday (7/8/2019)" is 7 August (a Wednesday), "Monday, 7/8/2019" 8 July:
    a weekday next to a numeric date tells its day from its month."""
    names = dict(words.weekdays)
    if not names or mention.when.date is None:
        return mention
    before = text[max(0, match.start() - 16) : match.start()].casefold()
    said = [n for w, n in names.items() if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before)]
    day = mention.when.date
    if not said or day.weekday() == said[-1] or day.day > 12:
        return mention
    try:
        swapped = dt.date(day.year, day.day, day.month)
    except ValueError:
        return mention
    if swapped.weekday() != said[-1]:
        return mention
    return replace(mention, when=PartialDate.of_day(swapped, mention.text))


def _weekday_date(anchor: dt.date, weekday: int, lead: str, sentence: str, words: DateWords):
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if lead in words.future:
        return anchor + dt.timedelta(days=ahead or 7)
    if lead in words.past:
        return anchor - dt.timedelta(days=back or 7)
    cue = word(words.future_cues)
    if words.future_cues and re.search(cue, sentence):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _relative(text: str, words: DateWords, anchor: PartialDate) -> list[DateMention]:
    pattern = relative_grammar(words)
    if pattern is None or anchor.precision != DatePrecision.DAY or anchor.date is None:
        return []
    base = anchor.date
    found = []
    for match in pattern.finditer(text):
        phrase = match.group(0)
        if match.groupdict().get("weekday"):
            weekday = dict(words.weekdays)[match.group("weekday").casefold()]
            # The weekday's own sentence says whether it is ahead ("will … on Monday").
            begin = max(text.rfind(". ", 0, match.start()), text.rfind("。", 0, match.start()))
            stop = re.search(r"[.!?](?:\s|$)|[。！？]", text[match.end() :])
            sentence = text[begin + 1 : match.end() + (stop.start() if stop else 60)]
            day = _weekday_date(base, weekday, match.group("lead").casefold(), sentence, words)
            when = PartialDate.of_day(day, phrase)
        else:
            key = phrase.casefold()
            if key in dict(words.days):
                when = PartialDate.of_day(base + dt.timedelta(days=dict(words.days)[key]), phrase)
            elif key in dict(words.weeks):
                day = base + dt.timedelta(weeks=dict(words.weeks)[key])
                when = PartialDate.of_month(day.year, day.month, phrase)
            elif key in dict(words.months_relative):
                index = base.year * 12 + base.month - 1 + dict(words.months_relative)[key]
                when = PartialDate.of_month(index // 12, index % 12 + 1, phrase)
            else:
                when = PartialDate.of_year(base.year + dict(words.years)[key], phrase)
        found.append(DateMention(match.start(), match.end(), phrase, when, relative=True))
    return found


_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:1[89]|20)\d\d(?!\d)")


def month_first(text: str) -> bool | None:
    """How the text writes numeric dates: True for "08/22/2024", False for
    "22/08/2024", None when no date of the text tells."""
    firsts = seconds = False
    for match in _NUMERIC.finditer(text):
        firsts |= int(match.group(1)) > 12
        seconds |= int(match.group(3)) > 12
    return None if firsts == seconds else seconds


def _month_first(mention: DateMention) -> DateMention:
    """ "03/04/2024" in a text that writes "08/22/2024": 4 March."""
    day = mention.when.date
    if day is None or day.month > 12 or day.day > 12 or day.day == day.month:
        return mention
    return replace(
        mention, when=PartialDate.of_day(dt.date(day.year, day.day, day.month), mention.text)
    )


def find_dates(
    text: str,
    words: DateWords = ENGLISH,
    anchor: PartialDate | None = None,
    month_first: bool | None = None,
) -> list[DateMention]:
    """Every date in ``text``, in order, the widest reading of each span.

    Relative dates are read only with an ``anchor`` (the text's date line) of
    day precision: without one, "on Sunday" is no date at all. ``month_first``
    says how the text writes numeric dates (see ``month_first()``); day first
    when it does not tell.
    """
    if words.digits:  # one digit for one: the spans stay those of the text
        text = text.translate(str.maketrans(words.digits, "0123456789"))
    # Spans taken so far, kept sorted and disjoint: one look decides a new one.
    starts: list[int] = []
    ends: list[int] = []
    found: list[DateMention] = []

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)
        return i == 0 or ends[i - 1] <= start

    def take(start: int, end: int) -> None:
        i = bisect.bisect_left(starts, start)
        starts.insert(i, start)
        ends.insert(i, end)

    for kind, pattern in grammar(words):
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            mention = _build(kind, match, words)
            if mention is not None and kind == "dmy-num":
                swappable = int(match.group("d1")) <= 12 and int(match.group("mo1")) <= 12
                if month_first and swappable:
                    mention = _month_first(mention)
                mention = _as_weekday_says(text, match, mention, words)
            if mention is None:
                continue
            take(*match.span())
            found.append(mention)
    if anchor is not None:
        for mention in _relative(text, words, anchor):
            # "on Monday, 12 March": the written date says it already.
            i = bisect.bisect_left(starts, mention.end)
            written = i < len(starts) and starts[i] - mention.end <= 3
            if free(mention.start, mention.end) and not written:
                take(mention.start, mention.end)
                found.append(mention)
    return _join_spans(text, sorted(found, key=lambda m: m.start), words)


def _join_spans(text: str, found: list[DateMention], words: DateWords) -> list[DateMention]:
    """ "commenced on March 21 and concluded on April 25": one date, with its end."""
    if not words.span_end or len(found) < 2:
        return found
    joined = rf"\s*,?\s*(?:{word(words.range_and)}|,)?\s*(?:[\w'’-]+\s+){{0,3}}?"
    before = rf"(?:(?:on|in)\s+|{word(words.article)}\s+)?"
    glue = re.compile(rf"{joined}{word(words.span_end)}\s+{before}$", re.IGNORECASE)
    result: list[DateMention] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        if (
            second is not None
            and first.until is None
            and second.until is None
            and not first.relative
            and first.when.precision in _POINTS
            and second.when.precision in _POINTS
            and second.start - first.end <= 80
            and glue.match(text[first.end : second.start])
        ):
            when = first.when
            if when.year is None and second.when.year is not None:
                year = second.when.year
                later = (when.month, when.day) > (second.when.month, second.when.day)
                when = when.with_year(year - 1 if later else year)
            until = second.when
            if until.year is None and when.year is not None:
                earlier = (until.month, until.day) < (when.month, when.day)
                until = until.with_year(when.year + 1 if earlier else when.year)
            span = text[first.start : second.end]
            result.append(replace(first, end=second.end, text=span, when=when, until=until))
            i += 2
            continue
        result.append(first)
        i += 1
    return result


_POINTS = {DatePrecision.DAY, DatePrecision.MONTH_DAY}


def _in_year(mention: DateMention, year: int) -> DateMention:
    when, until = mention.when, mention.until
    if when.precision != DatePrecision.MONTH_DAY:
        return mention
    if until is not None and until.precision == DatePrecision.MONTH_DAY:
        end_year = year + 1 if (until.month, until.day) < (when.month, when.day) else year
        if not _fits(until.month, until.day, end_year):
            return mention
        until = _point(end_year, until.month, until.day, until.text)
    if not _fits(when.month, when.day, year):
        return mention
    return replace(mention, when=when.with_year(year), until=until)


def background_before(text: str, start: int, words: DateWords) -> bool:
    """ "founded on January 28, 1963": the date is the organisation's history."""
    if not words.background:
        return False
    before = text[max(0, start - 40) : start]
    return bool(re.search(rf"{word(words.background)}(?:\W+\w+){{0,3}}\W*$", before))


def is_background(text: str, start: int, words: DateWords) -> bool:
    """History, by the words before the date or by a passive after it: "In
    February 2016 the network was founded" (a year, then a short subject)."""
    if background_before(text, start, words):
        return True
    if not (words.background and words.passive):
        return False
    return bool(
        re.match(
            rf"[^,;.!?。]{{0,30}}?(?:19|20)\d\d,?\s+(?:[\w'’-]+\s+){{1,5}}?"
            rf"{word(words.passive)}\s+(?:\w+ly\s+)?{word(words.background)}",
            text[start : start + 160],
            re.IGNORECASE,
        )
    )


def _sentence_year(
    text: str, mentions: list[DateMention], i: int, words: DateWords, dated: bool = False
) -> int | None:
    """ "9月30日,…承办的2013年…研修班": a bare year in the same sentence. On a
    dated page, a year told with its own preposition ("the presidency in 2019")
    is another event's time, not this date's year."""
    lead = rf"{word(words.year_lead)}\s+$" if words.year_lead else None
    # Mentions are in text order: only a few neighbours can lie within reach.
    for other in (*mentions[max(0, i - 4) : i], *mentions[i + 1 : i + 5]):
        if other.when.precision != DatePrecision.YEAR or background_before(
            text, other.start, words
        ):
            continue
        if dated and lead and re.search(lead, text[max(0, other.start - 20) : other.start], re.I):
            continue
        lo, hi = sorted((other.start, mentions[i].start))
        if hi - lo <= 80 and not re.search(r"[.;!?]\s|[。；！？]", text[lo:hi] + " "):
            return other.when.year
    return None


def _framing_year(text: str, mentions: list[DateMention], i: int) -> int | None:
    """ "In 2022, from 27th to 29th June": a bare year just before the date frames it."""
    if i == 0 or mentions[i - 1].when.precision != DatePrecision.YEAR:
        return None
    between = text[mentions[i - 1].end : mentions[i].start]
    if re.fullmatch(r"[\s,，]*", between):
        return mentions[i - 1].when.year
    return None


_FULL = {DatePrecision.DAY, DatePrecision.MONTH}


def _named_year(text: str, mention: DateMention, words: DateWords) -> int | None:
    """ "The 2024 Ambassadors' Forum … commenced on March 21": the event's own
    name gives the year, in the date's sentence before it."""
    start = max(0, mention.start - 300)  # a sentence's reach; long texts stay linear
    begin = max(text.rfind(". ", start, mention.start), text.rfind("。", start, mention.start)) + 1
    begin = max(begin, start)
    names = re.findall(
        rf"{word(words.article)}\s+((?:19|20)\d\d)\s+(?=[^\W\d_])(?!{_months(words)})",
        text[begin : mention.start],
    )
    return int(names[-1]) if names else None


def _months(words: DateWords) -> str:
    return word(tuple(name for name, _ in words.months))


def _looks_ahead(text: str, mention: DateMention, words: DateWords) -> bool:
    """Does the date's own sentence speak of the future ("will", "upcoming")?"""
    if not words.future_cues:
        return False
    begin = max(text.rfind(". ", 0, mention.start), text.rfind("。", 0, mention.start)) + 1
    stop = re.search(r"[.!?](?:\s|$)|[。！？]", text[mention.end :])
    sentence = text[begin : mention.end + (stop.start() if stop else 80)]
    return bool(re.search(word(words.future_cues), sentence))


def fill_years(
    text: str,
    mentions: list[DateMention],
    carried: PartialDate | None = None,
    words: DateWords = ENGLISH,
) -> list[DateMention]:
    """Give year-less dates the year the text gives them.

    From the same paragraph: the nearest earlier full date, a year framing the
    date ("In 2022, from 27th to 29th June"), else the nearest later full
    date; otherwise ``carried`` (the last full date before the paragraph, or
    the date line), a year before it when the day would fall months after it.
    """
    result = []
    # Full dates in text order; history ("founded on 28 January 1963") lends no year.
    full = [
        m for m in mentions if m.when.precision in _FULL and not is_background(text, m.start, words)
    ]
    full_starts = [m.start for m in full]
    for i, mention in enumerate(mentions):
        if mention.when.precision == DatePrecision.MONTH_DAY:
            at = bisect.bisect_left(full_starts, mention.start)
            earlier = full[at - 1] if at > 0 else None
            later = full[at] if at < len(full) else None
            dated = carried is not None and carried.year is not None
            framing = _framing_year(text, mentions, i) or _sentence_year(
                text, mentions, i, words, dated
            )
            if earlier:
                mention = _in_year(mention, earlier.when.year)
            elif framing:
                mention = _in_year(mention, framing)
            elif later:
                mention = _in_year(mention, later.when.year)
            elif named := _named_year(text, mention, words):
                mention = _in_year(mention, named)
            elif carried is not None and carried.year:
                year = carried.year
                if carried.precision == DatePrecision.DAY and _fits(
                    mention.when.month, mention.when.day, year
                ):
                    ahead = dt.date(year, mention.when.month, mention.when.day) - carried.date
                    if _looks_ahead(text, mention, words):
                        # "will be held on 5 January", told in December: next year's.
                        year += 1 if ahead.days < -62 else 0
                    elif ahead.days > 62:
                        year -= 1  # a report tells what happened, not months ahead
                mention = _in_year(mention, year)
        result.append(mention)
    return result


def paragraph_dates(
    paragraph: str, words: DateWords = ENGLISH, anchor: PartialDate | None = None
) -> list[DateMention]:
    return fill_years(paragraph, find_dates(paragraph, words, anchor), words=words)


def parse_date_value(value: str, words: DateWords = ENGLISH) -> PartialDate | None:
    """Read one date given on its own (front matter): ISO or any form above."""
    value = value.strip()
    given = PartialDate.from_iso(value)
    if given is not None:
        return given
    mentions = find_dates(value, words)
    return mentions[0].when if mentions else None


# "On November 28th, 2023 – ", "BANGKOK, 28 November 2023 — ", "On March 21, 2024, the…"
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?:On\s+|Dated?:?\s+)?(?P<date>[^\n–—]{3,40}?)"
    r"(?:\s*[–—-]+\s*|,\s+(?=[a-z]))"
)


def strip_dateline(sentence: str, words: DateWords = ENGLISH) -> str:
    """The sentence without a leading date ("On June 27, the forum…" → "The forum…")."""
    match = DATELINE.match(sentence)
    if not match:
        return sentence
    dates = find_dates(match.group("date"), words)
    if not dates:
        return sentence
    if dates[0].start > 2 or dates[-1].end < len(match.group("date").rstrip(" ,")) - 1:
        return sentence
    rest = sentence[match.end() :].lstrip(" ,–—-")
    return rest[:1].upper() + rest[1:] if rest else sentence
