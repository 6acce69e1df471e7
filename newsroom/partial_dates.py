"""Dates known only in part: "27 June, year unknown", "June 2021", "2023".

Press texts often give a day without a year. Newsroom never guesses the
missing part: it keeps what the text says, with its precision, and shows it
honestly. Models store a partial date in a few plain fields; this module turns
those fields into text and back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    MONTH_DAY = "month-day", "Month and day (year unknown)"
    YEAR = "year", "Year"
    UNKNOWN = "unknown", "Unknown"


MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class PartialDate:
    """A date with as much as is known of it.

    ``date`` is set when the year is known (the first of the month or year
    for coarser precisions); ``month``/``day`` carry a month-day whose year is
    unknown.
    """

    precision: str = DatePrecision.UNKNOWN
    date: dt.date | None = None
    month: int | None = None
    day: int | None = None
    text: str = ""

    @classmethod
    def of_day(cls, date: dt.date, text: str = "") -> PartialDate:
        return cls(DatePrecision.DAY, date, date.month, date.day, text)

    @classmethod
    def of_month(cls, year: int, month: int, text: str = "") -> PartialDate:
        return cls(DatePrecision.MONTH, dt.date(year, month, 1), month, None, text)

    @classmethod
    def of_year(cls, year: int, text: str = "") -> PartialDate:
        return cls(DatePrecision.YEAR, dt.date(year, 1, 1), None, None, text)

    @classmethod
    def of_month_day(cls, month: int, day: int, text: str = "") -> PartialDate:
        return cls(DatePrecision.MONTH_DAY, None, month, day, text)

    @property
    def is_known(self) -> bool:
        return self.precision != DatePrecision.UNKNOWN

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def iso(self) -> str | None:
        """The full date in ISO form, only when the year is known."""
        return self.date.isoformat() if self.date else None

    def display(self) -> str:
        """Human text that claims no more than is known."""
        if self.precision == DatePrecision.DAY and self.date:
            return f"{self.date.day} {MONTH_NAMES[self.date.month - 1]} {self.date.year}"
        if self.precision == DatePrecision.MONTH and self.date:
            return f"{MONTH_NAMES[self.date.month - 1]} {self.date.year}"
        if self.precision == DatePrecision.YEAR and self.date:
            return str(self.date.year)
        if self.precision == DatePrecision.MONTH_DAY and self.month and self.day:
            return f"{self.day} {MONTH_NAMES[self.month - 1]}, year unknown"
        return self.text or "Date unknown"

    def __str__(self) -> str:
        return self.display()
