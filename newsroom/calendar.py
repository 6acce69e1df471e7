"""iCalendar export of public events: ``/events.ics`` and one ``.ics`` per event.

Events are all-day (``VALUE=DATE``) with an exclusive ``DTEND``, as RFC 5545
asks. A date is exported only as precisely as it is known:

- day precision: the day, or the span to ``end_date``;
- month precision: the whole month as an all-day span, with "day not known"
  in the description (a calendar cannot show "June 2021" any other way, and
  the span claims no particular day);
- year precision, a month-day without a year, or no date: not exported. A
  year-long block is noise, and a guessed year would be a wrong date. Such
  events are left out of ``/events.ics``; their own ``.ics`` answers 404 with
  a plain-text explanation.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from newsroom.models import Event, EventFormat
from newsroom.models.base import clean_text
from newsroom.partial_dates import DatePrecision
from newsroom.seo import absolute_url, plain_text

CONTENT_TYPE = "text/calendar; charset=utf-8"
EXPORTABLE_PRECISIONS = (DatePrecision.DAY, DatePrecision.MONTH)


def calendar_dates(event: Event) -> tuple[dt.date, dt.date] | None:
    """(first day, day after the last) for an all-day entry, or None when the
    date is not known precisely enough to put in a calendar."""
    start = event.start_date
    if start is None or event.date_precision not in EXPORTABLE_PRECISIONS:
        return None
    if event.date_precision == DatePrecision.MONTH:
        last = max(start, event.end_date or start)
        next_month = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)
        return start.replace(day=1), next_month
    end = event.end_date if event.end_date and event.end_date >= start else start
    return start, end + dt.timedelta(days=1)


def event_uid(event: Event) -> str:
    """Stable across edits of title, slug and dates, so calendar apps update
    the entry instead of adding a second one."""
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"event-{event.pk}@{host}"


def _description(event: Event) -> str:
    lines = []
    if event.date_precision == DatePrecision.MONTH:
        lines.append(f"Date: {event.when} (day not known).")
    text = plain_text(event.description)
    if text:
        lines.append(text)
    lines.append(f"More: {absolute_url(event.get_absolute_url())}")
    return clean_text("\n\n".join(lines), multiline=True)


def _location(event: Event) -> str:
    if event.format == EventFormat.ONLINE:
        return "Online"
    return clean_text(event.place + (" and online" if event.is_online and event.place else ""))


def calendar_event(event: Event, dates: tuple[dt.date, dt.date]) -> CalendarEvent:
    entry = CalendarEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", event.updated_at.astimezone(dt.UTC))
    # A content line may not break: rows saved before text was cleaned on save
    # (or written by bulk updates) can still hold a newline.
    entry.add("summary", clean_text(event.title))
    entry.add("dtstart", dates[0])
    entry.add("dtend", dates[1])
    entry.add("description", _description(event))
    entry.add("url", absolute_url(event.get_absolute_url()))
    location = _location(event)
    if location:
        entry.add("location", location)
    entry.add("categories", [event.get_kind_display()])
    # All-day events about the centre's work do not make the reader busy.
    entry.add("transp", "TRANSPARENT")
    return entry


def build_calendar(events, name: str) -> Calendar:
    """A VCALENDAR of the events that have a calendar date; others are skipped."""
    cal = Calendar()
    cal.add("prodid", f"-//{settings.SITE_NAME}//Newsroom//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", clean_text(name))
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        dates = calendar_dates(event)
        if dates:
            cal.add_component(calendar_event(event, dates))
    return cal


def _ics_response(cal: Calendar | bytes, filename: str | None = None) -> HttpResponse:
    body = cal if isinstance(cal, bytes) else cal.to_ical()
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def events_ics(request: HttpRequest) -> HttpResponse:
    """Every public event with a calendar date, in one subscribable calendar.

    The same for every visitor, so the page cache keeps it per content version.
    """

    def build() -> bytes:
        events = Event.objects.public().filter(
            start_date__isnull=False, date_precision__in=EXPORTABLE_PRECISIONS
        )
        name = f"{settings.SITE_NAME}: events"
        return build_calendar(events.order_by("start_date", "pk"), name).to_ical()

    return _ics_response(build())


def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """One public event as a downloadable ``.ics`` file."""
    event = get_object_or_404(Event.objects.public(), slug=slug)
    if calendar_dates(event) is None:
        return HttpResponse(
            f"“{event.title}” has no calendar date: its date is known only as "
            f"“{event.when}”, and a calendar entry would have to invent the rest.\n",
            status=404,
            content_type="text/plain; charset=utf-8",
        )
    cal = build_calendar([event], event.title)
    return _ics_response(cal, filename=f"{event.slug}.ics")
