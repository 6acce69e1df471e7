"""The editorial calendar: one month of what goes out when.

Articles sit on the day of their publish time (the planned one, for drafts
and articles in review that have one), marked scheduled, embargoed, published,
draft or in review; events on each day they run, or under the month when only
the month is known. A plain table: nothing needs JavaScript.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from newsroom.models import Article, ArticleStatus, Event
from newsroom.partial_dates import DatePrecision

ENTRIES_PER_DAY = 8
MONTH_PARAMETER = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class CalendarEntry:
    kind: str  # "article" or "event"
    state: str  # what the editor reads beside the title
    title: str
    url: str
    time: dt.time | None = None

    @property
    def css_class(self) -> str:
        return f"calendar-entry calendar-entry--{self.state.lower().replace(' ', '-')}"


@dataclass
class CalendarDay:
    date: dt.date
    entries: list[CalendarEntry] = field(default_factory=list)
    today: bool = False

    @property
    def shown(self) -> list[CalendarEntry]:
        return self.entries[:ENTRIES_PER_DAY]

    @property
    def more(self) -> int:
        return max(0, len(self.entries) - ENTRIES_PER_DAY)

    @property
    def more_url(self) -> str:
        """The article list filtered to this day (the admin's date hierarchy)."""
        d = self.date
        return (
            f"{reverse('admin:newsroom_article_changelist')}?published_at__day={d.day}"
            f"&published_at__month={d.month}&published_at__year={d.year}"
        )


@dataclass
class MonthCalendar:
    first: dt.date
    weeks: list[list[CalendarDay | None]]
    month_events: list[CalendarEntry]
    unplanned_drafts: int

    @property
    def title(self) -> str:
        return f"{calendar.month_name[self.first.month]} {self.first.year}"

    @property
    def previous(self) -> dt.date:
        return (self.first - dt.timedelta(days=1)).replace(day=1)

    @property
    def next(self) -> dt.date:
        return (self.first + dt.timedelta(days=31)).replace(day=1)

    @property
    def entry_count(self) -> int:
        days = (day for week in self.weeks for day in week if day)
        return sum(len(day.entries) for day in days) + len(self.month_events)


def article_state(article: Article, now: dt.datetime) -> str:
    if article.status == ArticleStatus.PUBLISHED:
        if article.published_at <= now:
            return "Published"
        return "Embargoed" if article.embargoed else "Scheduled"
    return article.get_status_display()


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


def month_calendar(first: dt.date, now: dt.datetime | None = None, events: bool = True):
    """The calendar of the month starting on ``first``, in the site's time zone,
    in three queries however full the month is."""
    now = now or timezone.now()
    first = first.replace(day=1)
    following = (first + dt.timedelta(days=31)).replace(day=1)
    last = following - dt.timedelta(days=1)
    today = timezone.localdate(now)
    days = {
        day: CalendarDay(day, today=day == today)
        for day in (first + dt.timedelta(days=n) for n in range((following - first).days))
    }

    articles = (
        Article.objects.filter(
            published_at__gte=_local_midnight(first), published_at__lt=_local_midnight(following)
        )
        .only("pk", "title", "status", "published_at", "embargoed")
        .order_by("published_at", "pk")
    )
    for article in articles:
        when = timezone.localtime(article.published_at)
        days[when.date()].entries.append(
            CalendarEntry(
                "article",
                article_state(article, now),
                article.title,
                reverse("admin:newsroom_article_change", args=[article.pk]),
                when.time(),
            )
        )

    month_events = []
    if events:
        month_events = _place_events(days, first, last)

    weeks = [
        [days.get(day) if day.month == first.month else None for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    unplanned = Article.objects.exclude(status=ArticleStatus.PUBLISHED).filter(
        published_at__isnull=True
    )
    return MonthCalendar(first, weeks, month_events, unplanned.count())


def _place_events(days: dict, first: dt.date, last: dt.date) -> list[CalendarEntry]:
    """Put day-dated events on each of their days; return those known to the month only."""
    rows = (
        Event.objects.filter(start_date__lte=last)
        .filter(Q(start_date__gte=first) | Q(date_precision=DatePrecision.DAY, end_date__gte=first))
        .filter(date_precision__in=[DatePrecision.DAY, DatePrecision.MONTH])
        .only("pk", "title", "kind", "start_date", "end_date", "date_precision")
        .order_by("start_date", "title")
    )
    month_only = []
    for event in rows:
        entry = CalendarEntry(
            "event",
            event.get_kind_display(),
            event.title,
            reverse("admin:newsroom_event_change", args=[event.pk]),
        )
        if event.date_precision == DatePrecision.MONTH:
            month_only.append(entry)
            continue
        day = max(event.start_date, first)
        end = min(event.end_date or event.start_date, last)
        while day <= end:
            days[day].entries.append(entry)
            day += dt.timedelta(days=1)
    return month_only


def requested_month(value: str | None, today: dt.date) -> tuple[dt.date, str | None]:
    """The month asked for as ``YYYY-MM``, or this month and what was wrong."""
    if not value:
        return today.replace(day=1), None
    found = MONTH_PARAMETER.match(value.strip())
    if found and 1 <= int(found[2]) <= 12 and 1000 <= int(found[1]) <= 9998:
        return dt.date(int(found[1]), int(found[2]), 1), None
    return today.replace(day=1), (
        f"“{value[:20]}” is not a month: write it as year and month, as in 2025-03. "
        "Showing this month."
    )


class EditorialCalendarAdminMixin:
    """For the article admin: the calendar page at ``calendar/``."""

    def get_urls(self):
        view = self.admin_site.admin_view(self.editorial_calendar_view)
        return [
            path("calendar/", view, name="newsroom_article_calendar"),
            *super().get_urls(),
        ]

    def editorial_calendar_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        first, problem = requested_month(request.GET.get("month"), timezone.localdate())
        if problem:
            messages.error(request, problem)
        month = month_calendar(first, events=request.user.has_perm("newsroom.view_event"))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Editorial calendar: {month.title}",
            "opts": self.model._meta,
            "month": month,
            "weekdays": list(calendar.day_name),
            "time_zone": timezone.get_current_timezone_name(),
        }
        return TemplateResponse(request, "admin/newsroom/editorial_calendar.html", context)
