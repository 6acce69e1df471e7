"""A small date grammar for press texts.

It reads "November 30th, 2023", "30 November 2023", "March 21, 2024",
"June 2021", "2024-03-21", "2024年3月21日" and dates without a year
("June 27", "January 25th"). A missing year is taken from a full date in the
same paragraph, and otherwise left unknown: the year is never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from newsroom.partial_dates import DatePrecision, PartialDate

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Month names must be capitalised: "may" is a verb, "March" in "March 2024" is not.
_M = (
    r"(?P<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_Y = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(rf"\b{_Y}-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)\b")),
    ("ymd", re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<mo>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")),
    ("mdy", re.compile(rf"\b{_M}\s+{_D}\s*(?:,\s*|\s+){_Y}")),
    ("dmy", re.compile(rf"\b(?:the\s+)?{_D}(?:\s+of)?\s+{_M},?\s+{_Y}")),
    ("my", re.compile(rf"\b{_M},?\s+(?:of\s+)?{_Y}")),
    ("md", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*,?\s*(?:1[89]|20)\d\d)")),
    ("dm", re.compile(rf"\b(?:the\s+)?{_D}(?:\s+of)?\s+{_M}(?![a-z])")),
    ("md", re.compile(r"(?<!年)(?P<mo>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")),
    ("y", re.compile(rf"\b(?:in|since|from|by|during|until|of)\s+{_Y}\b")),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    when: PartialDate


def _month(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("mo"):
        return int(groups["mo"])
    return _MONTHS[groups["m"][:3].lower()]


def _build(kind: str, match: re.Match[str]) -> PartialDate | None:
    text = match.group(0).strip()
    if text.lower().startswith(("in ", "since ", "from ", "by ", "during ", "until ", "of ")):
        text = text.split(None, 1)[1]
    if text.lower().startswith("the "):
        text = text[4:]
    try:
        if kind == "y":
            return PartialDate.of_year(int(match.group("y")), text)
        month = _month(match)
        if kind == "my":
            return PartialDate.of_month(int(match.group("y")), month, text)
        day = int(match.group("d"))
        if kind in {"md", "dm"}:
            # Feb 29 is valid in some year; anything else must fit the month.
            if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
                return None
            return PartialDate.of_month_day(month, day, text)
        return PartialDate.of_day(dt.date(int(match.group("y")), month, day), text)
    except (ValueError, KeyError):
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text``, in order, the most precise reading of each span."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            when = _build(kind, match)
            if when is None:
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, when.text, when))
    return sorted(found, key=lambda m: m.start)


def with_paragraph_year(mentions: list[DateMention]) -> list[DateMention]:
    """Give month-day dates the year of a full date in the same paragraph.

    The nearest earlier full date wins, else the nearest later one; a year
    only ever comes from the text itself.
    """
    result = []
    for i, mention in enumerate(mentions):
        when = mention.when
        if when.precision == DatePrecision.MONTH_DAY:
            earlier = [m for m in mentions[:i] if m.when.year]
            later = [m for m in mentions[i + 1 :] if m.when.year]
            source = earlier[-1] if earlier else (later[0] if later else None)
            if source is not None:
                try:
                    day = dt.date(source.when.year, when.month, when.day)
                except ValueError:
                    day = None
                if day:
                    mention = replace(mention, when=PartialDate.of_day(day, when.text))
        result.append(mention)
    return result


def paragraph_dates(paragraph: str) -> list[DateMention]:
    return with_paragraph_year(find_dates(paragraph))


def parse_date_value(value: str) -> PartialDate | None:
    """Read one date given on its own (front matter): ISO or any form above."""
    value = value.strip()
    if re.fullmatch(r"(?:1[89]|20)\d\d", value):
        return PartialDate.of_year(int(value), value)
    if m := re.fullmatch(r"((?:1[89]|20)\d\d)-([01]\d)", value):
        return PartialDate.of_month(int(m.group(1)), int(m.group(2)), value)
    mentions = find_dates(value)
    return mentions[0].when if mentions else None


# "On November 28th, 2023 – ", "BANGKOK, 28 November 2023 — ", "On March 21, 2024, the…"
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?:On\s+|Dated?:?\s+)?(?P<date>[^\n–—]{3,40}?)"
    r"(?:\s*[–—-]+\s*|,\s+(?=[a-z]))"
)


def strip_dateline(sentence: str) -> str:
    """The sentence without a leading date ("On June 27, the forum…" → "The forum…")."""
    match = DATELINE.match(sentence)
    if not match or not find_dates(match.group("date")):
        return sentence
    dates = find_dates(match.group("date"))
    if dates[0].start > 2 or dates[-1].end < len(match.group("date").rstrip(" ,")) - 1:
        return sentence
    rest = sentence[match.end() :].lstrip(" ,–—-")
    return rest[:1].upper() + rest[1:] if rest else sentence
