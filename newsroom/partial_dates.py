"""Dates known only in part: "27 June, year unknown", "June 2021", "2023".

Press texts often give a day without a year. Newsroom never guesses the
missing part: it keeps what the text says, with its precision, and shows it
honestly. Models store a partial date in a few plain fields; this module turns
those fields into text and back.
"""

from __future__ import annotations

import datetime as dt
import re
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


_MACHINE = re.compile(r"(?P<y>\d{4}|-)(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?")


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

    @classmethod
    def from_iso(cls, value: str) -> PartialDate | None:
        """The inverse of ``machine()``: "2024-03-21", "2024-03", "2024", "--06-27"."""
        match = _MACHINE.fullmatch(value.strip())
        if not match:
            return None
        year, month, day = (int(g) if g and g != "-" else None for g in match.group("y", "m", "d"))
        try:
            if year is None and not (month and day):
                return None
            if year is None:
                dt.date(2024, month, day)  # a leap year: 29 February is a valid month-day
                return cls.of_month_day(month, day, value.strip())
            if day is not None:
                return cls.of_day(dt.date(year, month, day), value.strip())
            if month is not None:
                return cls.of_month(year, month, value.strip())
            return cls.of_year(year, value.strip())
        except ValueError:
            return None

    def with_year(self, year: int) -> PartialDate:
        """A month-day given its year (the text said it elsewhere); else unchanged."""
        if self.precision != DatePrecision.MONTH_DAY or not (self.month and self.day):
            return self
        return PartialDate.of_day(dt.date(year, self.month, self.day), self.text)

    @property
    def is_known(self) -> bool:
        return self.precision != DatePrecision.UNKNOWN

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def iso(self) -> str | None:
        """The full date in ISO form, only when the year is known."""
        return self.date.isoformat() if self.date else None

    def iso_known(self) -> str | None:
        """ISO 8601 with only the known precision: "2023-11-28", "2021-06", "2021"."""
        if self.date is None:
            return None
        if self.precision == DatePrecision.DAY:
            return self.date.isoformat()
        if self.precision == DatePrecision.MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        if self.precision == DatePrecision.YEAR:
            return f"{self.date.year:04d}"
        return None

    def machine(self) -> str:
        """``iso_known()``, or "--06-27" (the yearless HTML form); "" when unknown."""
        if self.precision == DatePrecision.MONTH_DAY and self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"
        return self.iso_known() or ""

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
