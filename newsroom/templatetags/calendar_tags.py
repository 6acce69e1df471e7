"""``{% if event|has_calendar_date %}``: whether the event's ``.ics`` exists."""

from django import template

from newsroom.calendar import calendar_dates
from newsroom.models import Event

register = template.Library()


@register.filter
def has_calendar_date(event: Event) -> bool:
    """False for a date without a year, a year alone or no date: their ``.ics``
    answers 404 rather than invent a date (see newsroom.calendar)."""
    return calendar_dates(event) is not None
