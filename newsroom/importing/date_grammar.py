"""The date grammar, built once per language from its words (``DateWords``).

English's words are here; other languages give theirs through
``newsroom.importing.languages``. ``dates`` reads texts with the patterns.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateWords:
    """One language's date vocabulary; the grammar that uses it is shared.

    Words are lower case; ``capitalised_months`` says the names only count
    when written with a capital (English "May" the month, "may" the verb).
    """

    months: tuple[tuple[str, int], ...]
    capitalised_months: bool = False
    ordinal: str = ""  # the suffix of "12th", "1er"
    of: tuple[str, ...] = ()  # "the 12th of January"
    article: tuple[str, ...] = ()  # "the 12th"
    range_from: tuple[str, ...] = ()  # "from 25 to 27 May", "du 26 au 27 août"
    range_to: tuple[str, ...] = ()
    range_and: tuple[str, ...] = ()  # "5 and 6 May": only days of one month
    year_lead: tuple[str, ...] = ()  # a bare year is a date only after these ("in 2016")
    weekdays: tuple[tuple[str, int], ...] = ()  # Monday = 0
    weekday_lead: tuple[str, ...] = ()  # "on Sunday", "last Friday"
    past: tuple[str, ...] = ()  # "last", "past": the weekday before the date line
    future: tuple[str, ...] = ()  # "next", "coming": the one after it
    future_cues: tuple[str, ...] = ()  # "will": an event ahead of the date line
    days: tuple[tuple[str, int], ...] = ()  # "yesterday": -1
    weeks: tuple[tuple[str, int], ...] = ()  # "last week": -1
    months_relative: tuple[tuple[str, int], ...] = ()  # "this month": 0
    years: tuple[tuple[str, int], ...] = ()  # "last year": -1
    # Words that make the date after them history ("founded in 1963"), never
    # the news's date nor a year for another date.
    background: tuple[str, ...] = ()
    # "In February 2016 the network was founded": the passive that puts one of
    # those words after the date.
    passive: tuple[str, ...] = ()
    # "commenced on March 21 and concluded on April 25": the verb before an end date.
    span_end: tuple[str, ...] = ()
    # "the launch, which took place on 11 August": the words that tie a day to what happened.
    event_cues: tuple[str, ...] = ()
    # Era names and the year before each era's first ("令和", 2018): "令和6年" is 2024.
    eras: tuple[tuple[str, int], ...] = ()
    # Years counted from another epoch, and how far ahead of the common era it runs
    # (Thai Buddhist era, 543: "2568" is 2025); 0 reads only common-era years.
    era_offset: int = 0
    # The language's own ten digits ("๐๑๒๓๔๕๖๗๘๙"), read as 0-9 in dates.
    digits: str = ""


_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

ENGLISH = DateWords(
    months=tuple((name, i) for i, name in enumerate(_EN_MONTHS, start=1))
    + tuple((name[:3], i) for i, name in enumerate(_EN_MONTHS, start=1) if name != "may")
    + (("sept", 9),),
    capitalised_months=True,
    ordinal=r"(?:st|nd|rd|th)",
    of=("of",),
    article=("the",),
    range_from=("from", "between"),
    range_to=("to", "through", "till", "until"),
    range_and=("and",),
    year_lead=("in", "since", "from", "by", "during", "until", "of", "early", "late", "mid"),
    weekdays=tuple(
        (name, i)
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    ),
    weekday_lead=("on", "last", "this", "next", "past", "since", "until", "by"),
    past=("last", "past"),
    future=("next", "coming"),
    future_cues=("will", "shall", "to be held", "is to", "are to", "upcoming"),
    days=(
        ("the day before yesterday", -2),
        ("yesterday", -1),
        ("today", 0),
        ("tomorrow", 1),
        ("this morning", 0),
        ("this afternoon", 0),
        ("this evening", 0),
        ("tonight", 0),
    ),  # fmt: skip
    weeks=(("last week", -1), ("this week", 0), ("earlier this week", 0), ("next week", 1)),
    months_relative=(
        ("last month", -1),
        ("this month", 0),
        ("earlier this month", 0),
        ("next month", 1),
    ),  # fmt: skip
    years=(("last year", -1), ("this year", 0), ("earlier this year", 0), ("next year", 1)),
    background=(
        "established",
        "founded",
        "set up",
        "created",
        "since",
        "born",
        "dating back",
        "incorporated",
    ),  # fmt: skip
    event_cues=("took place", "was held", "were held", "held", "happened", "was launched"),
    passive=("was", "were", "had been", "has been", "was first", "were first"),
    span_end=(
        "concluded",
        "ended",
        "closed",
        "finished",
        "wrapped up",
        "ran until",
        "lasted until",
        "continued until",
        "came to an end",
    ),  # fmt: skip
)


_YEAR = r"(?:1[89]|20)\d\d"
_DIGIT = r"\d"
_SEP = r"(?:\s*[-–—~]+\s*{to})"


def alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word(words: tuple[str, ...]) -> str:
    """Words as a case-insensitive group bounded like words ("In 2022", "in 2022")."""
    if not words:
        return r"(?!x)x"
    return rf"(?i:(?<!\w)(?:{alternatives(words)})(?!\w))"


def _month_group(words: DateWords, name: str) -> str:
    forms = [w for w, _ in words.months]
    if words.capitalised_months:
        cased = [f for w in forms for f in (w.capitalize(), w.upper())]
        body = alternatives(tuple(cased))
    else:
        body = f"(?i:{alternatives(tuple(forms))})"
    return rf"(?<!\w)(?P<{name}>{body})(?![^\W\d_])\.?"


@functools.lru_cache(maxsize=16)
def grammar(words: DateWords) -> list[tuple[str, re.Pattern[str]]]:
    def day(name: str) -> str:
        suffix = f"(?:{words.ordinal})?" if words.ordinal else ""
        return rf"(?<![\d.,])(?P<{name}>[0-3]?\d){suffix}(?![\d:])"

    years = rf"(?:{_YEAR}|2[4-6]\d\d)" if words.era_offset else _YEAR

    def year(name: str, after: str = r"[\d.]") -> str:
        return rf"(?<!{after})(?P<{name}>{years})(?!\d)"

    m1, m2 = _month_group(words, "m1"), _month_group(words, "m2")
    of = rf"(?:\s+{word(words.of)})?"
    the = rf"(?:{word(words.article)}\s+)?"
    start = rf"(?:{word(words.range_from)}\s+)?{the}"
    to = rf"|\s+{word(words.range_to)}\s+{the}" if words.range_to else ""
    sep = _SEP.format(to=to)
    both = words.range_to + words.range_and
    sep_days = _SEP.format(to=rf"|\s+{word(both)}\s+{the}" if both else "")
    y_tail = rf"(?:\s*,?\s*(?:{word(words.of)}\s+)?{year('y')})"
    names = tuple(w for w, _ in words.weekdays)
    weekday = rf"(?:{word(names)},?\s+)?" if names else ""
    # "令和6年6月25日": an era year, for the languages that count by eras.
    eras = (
        [
            (
                "ymd-era",
                re.compile(
                    rf"(?P<era>{alternatives(tuple(e for e, _ in words.eras))})\s*(?P<ey>元|\d{{1,2}})"  # noqa: E501
                    r"\s*年\s*(?P<mo1>[01]?\d)\s*月\s*(?P<d1>[0-3]?\d)\s*日"
                ),
            )
        ]
        if words.eras
        else []
    )
    return [
        *eras,
        # Ranges first: their spans hold the single dates inside them.
        (
            "dm-dm",
            re.compile(
                rf"{start}{weekday}{day('d1')}{of}\s+{m1}(?:,?\s+{year('y1')})?{sep}"
                rf"{weekday}{day('d2')}{of}\s+{m2}{y_tail}?"
            ),
        ),  # fmt: skip
        (
            "md-md",
            re.compile(
                rf"{start}{m1}\s+{day('d1')}(?:,?\s+{year('y1')})?{sep}"
                rf"{m2}\s+{day('d2')}{y_tail}?"
            ),
        ),  # fmt: skip
        (
            "dd-m",
            re.compile(
                rf"{start}{weekday}{day('d1')}{sep_days}{weekday}{day('d2')}{of}\s+{m1}{y_tail}?"
            ),
        ),
        ("m-dd", re.compile(rf"{start}{m1}\s+{day('d1')}{sep_days}{day('d2')}{y_tail}?")),
        (
            "ymd-cjk",
            re.compile(
                rf"{year('y')}\s*[年년]\s*(?P<mo1>[01]?\d)\s*[月월]\s*(?P<d1>[0-3]?\d)\s*(?:[日号일]|(?=[至到—–~-]\s*[0-3]?\d\s*[日号일]))"
                r"(?:\s*(?:至|到|[-–—~])\s*(?:(?P<mo2>[01]?\d)\s*[月월]\s*)?(?P<d2>[0-3]?\d)\s*[日号일])?"
            ),
        ),  # fmt: skip
        (
            "ymd",
            re.compile(rf"{year('y')}(?P<s>[-/.])(?P<mo1>[01]?\d)(?P=s)(?P<d1>[0-3]?\d)(?!\d)"),
        ),
        (
            "dmy-num",
            re.compile(
                rf"(?<![\d./-])(?P<d1>[0-3]?\d)(?P<s>[./-])(?P<mo1>[0-3]?\d)(?P=s)"
                rf"{year('y', _DIGIT)}(?!\.?\d)"
            ),
        ),  # fmt: skip
        # "(05.12.18)": a two-digit year, trusted only as a bracketed date stamp.
        (
            "dmy-short",
            re.compile(r"\((?P<d1>[0-3]\d)\.(?P<mo1>[01]\d)\.(?P<yy>\d\d)\)"),
        ),
        (
            "md-cjk",
            re.compile(
                r"(?<![\d年년])(?P<mo1>[01]?\d)\s*[月월]\s*(?P<d1>[0-3]?\d)\s*(?:[日号일]|(?=[至到—–~-]\s*[0-3]?\d\s*[日号일]))"
                r"(?:\s*(?:至|到|[-–—~])\s*(?:(?P<mo2>[01]?\d)\s*[月월]\s*)?(?P<d2>[0-3]?\d)\s*[日号일])?"
            ),
        ),  # fmt: skip
        ("md", re.compile(rf"{m1}\s*{day('d1')}{y_tail}?")),
        ("dm", re.compile(rf"{the}{weekday}{day('d1')}{of}\s+{m1}{y_tail}?")),
        (
            "ym-cjk",
            re.compile(
                rf"{year('y')}\s*[年년]\s*(?P<mo1>[01]?\d)\s*[月월](?!\s*[0-3]?\d\s*[日号일])"
            ),
        ),
        ("my", re.compile(rf"{m1},?\s+(?:{word(words.of)}\s+)?{year('y')}")),
        ("y", re.compile(rf"{word(words.year_lead)}[\s-]+{year('y')}")),
        ("y-cjk", re.compile(rf"{year('y')}\s*[年년](?!\s*[01]?\d\s*[月월])")),
    ]


@functools.lru_cache(maxsize=16)
def relative_grammar(words: DateWords) -> re.Pattern[str] | None:
    phrases = [w for w, _ in (*words.days, *words.weeks, *words.months_relative, *words.years)]
    parts = [f"(?P<phrase>{word(tuple(phrases))})"] if phrases else []
    if words.weekdays and words.weekday_lead:
        names = alternatives(tuple(w for w, _ in words.weekdays))
        parts.append(rf"(?P<lead>{word(words.weekday_lead)})\s+(?P<weekday>(?i:{names}))(?!\w)")
    return re.compile("|".join(parts)) if parts else None
