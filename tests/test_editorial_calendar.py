"""The editorial calendar: a month of what goes out when, read without JavaScript."""

import datetime as dt
import re
import zoneinfo

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsroom.editorial_calendar import ENTRIES_PER_DAY, requested_month
from newsroom.models import ArticleStatus
from newsroom.partial_dates import DatePrecision

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
NOW = dt.datetime(2025, 3, 5, 12, 0, tzinfo=BANGKOK)
CALENDAR = reverse("admin:newsroom_article_calendar")


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


def at(day: int, hour: int = 9, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=BANGKOK)


def day_cell(page: str, day: int) -> str:
    """The table cell of one day of March 2025."""
    found = re.search(
        rf'<td[^>]*>\s*<p class="calendar-day"><time datetime="2025-03-{day:02d}">.*?</td>',
        page,
        re.S,
    )
    assert found, f"no cell for 12 March in the calendar: {page[:500]}"
    return found.group(0)


def march(client) -> str:
    response = client.get(CALENDAR, {"month": "2025-03"})
    assert response.status_code == 200
    return response.content.decode()


def test_a_scheduled_article_sits_on_its_day_with_its_time(editor_client, make_article):
    article = make_article(title="Solar report", published_at=at(12, 9, 30))
    cell = day_cell(march(editor_client), 12)
    assert '<span class="calendar-state">Scheduled</span>' in cell
    assert '<span class="calendar-time">09:30</span>' in cell
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    assert f'<a href="{change}">Solar report</a>' in cell


def test_embargoed_published_and_planned_drafts_read_as_such(editor_client, make_article):
    make_article(title="Under embargo", published_at=at(12), embargoed=True)
    make_article(title="Already out", published_at=at(3))
    make_article(title="Planned draft", status=ArticleStatus.DRAFT, published_at=at(20))
    make_article(title="Waiting for an editor", status=ArticleStatus.REVIEW, published_at=at(20))
    page = march(editor_client)

    assert '<span class="calendar-state">Embargoed</span>' in day_cell(page, 12)
    assert '<span class="calendar-state">Published</span>' in day_cell(page, 3)
    cell = day_cell(page, 20)
    assert '<span class="calendar-state">Draft</span>' in cell
    assert '<span class="calendar-state">In review</span>' in cell


def test_the_day_is_the_newsrooms_local_day(editor_client, make_article):
    # 23:30 UTC on 11 March is 06:30 on 12 March in Bangkok.
    make_article(title="Early bird", published_at=dt.datetime(2025, 3, 11, 23, 30, tzinfo=dt.UTC))
    page = march(editor_client)
    assert "Early bird" in day_cell(page, 12)
    assert "Early bird" not in day_cell(page, 11)


def test_events_sit_on_every_day_they_run_and_month_only_dates_below(editor_client, make_event):
    make_event(
        title="Three-day forum",
        kind="forum",
        start_date=dt.date(2025, 2, 27),
        end_date=dt.date(2025, 3, 2),
    )
    make_event(
        title="Some seminar in March",
        start_date=dt.date(2025, 3, 1),
        date_precision=DatePrecision.MONTH,
    )
    page = march(editor_client)

    for day in (1, 2):
        assert "Three-day forum" in day_cell(page, day)
    assert "Three-day forum" not in day_cell(page, 3)
    assert '<span class="calendar-state">Forum</span>' in day_cell(page, 1)
    assert "<h2>Events in March 2025, day not known</h2>" in page
    assert "Some seminar in March" in page.split("day not known")[1]


def test_previous_and_next_month_links_and_an_empty_month_says_so(editor_client):
    page = march(editor_client)
    assert '<a href="?month=2025-02" rel="prev">‹ February 2025</a>' in page
    assert '<a href="?month=2025-04" rel="next">April 2025 ›</a>' in page
    assert "<caption>March 2025: nothing planned</caption>" in page


def test_without_a_month_it_shows_this_month_and_today(editor_client):
    page = editor_client.get(CALENDAR).content.decode()
    assert "<caption>March 2025" in page
    assert 'aria-current="date"' in day_cell(page, 5)


def test_a_bad_month_is_named_and_this_month_shown(editor_client):
    response = editor_client.get(CALENDAR, {"month": "2025-13"}, follow=True)
    page = response.content.decode()
    assert (
        "“2025-13” is not a month: write it as year and month, as in 2025-03. Showing this month."
        in page
    )
    assert "<caption>March 2025" in page


@pytest.mark.parametrize("value", ["", "2025-3", "March", "0000-01", "9999-12", "2025-00"])
def test_only_real_months_are_taken(value):
    first, problem = requested_month(value, dt.date(2025, 3, 5))
    assert first == dt.date(2025, 3, 1)
    assert (problem is None) == (value == "")


def test_a_full_day_shows_its_first_entries_and_links_to_the_rest(editor_client, make_article):
    for n in range(ENTRIES_PER_DAY + 3):
        make_article(title=f"Busy {n}", published_at=at(12, 8, n))
    cell = day_cell(march(editor_client), 12)
    assert cell.count("<li ") == ENTRIES_PER_DAY
    more = reverse("admin:newsroom_article_changelist")
    assert (
        f'<a href="{more}?published_at__day=12&amp;published_at__month=3'
        '&amp;published_at__year=2025">'
        "3 more articles this day</a>" in cell
    )


def test_drafts_without_a_planned_date_are_counted_and_linked(editor_client, make_article):
    make_article(title="Undated draft", status=ArticleStatus.DRAFT)
    page = march(editor_client)
    assert "1 unpublished article without a planned date</a>" in page
    listing = editor_client.get(
        reverse("admin:newsroom_article_changelist") + "?published_at__isnull=True"
    )
    assert "Undated draft" in listing.content.decode()


def test_the_calendar_costs_the_same_queries_however_full_the_month(
    editor_client, make_article, make_event
):
    make_article(published_at=at(10))
    march(editor_client)  # warm the session and permission caches
    with CaptureQueriesContext(connection) as few:
        march(editor_client)
    for n in range(20):
        make_article(published_at=at(n % 28 + 1))
        make_event(start_date=dt.date(2025, 3, n % 28 + 1))
    with CaptureQueriesContext(connection) as many:
        march(editor_client)
    assert len(many) == len(few)


def test_the_admin_index_and_the_article_list_link_to_the_calendar(editor_client):
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert f'<a href="{CALENDAR}">Editorial calendar</a>' in index
    listing = editor_client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    assert f'<a href="{CALENDAR}">Editorial calendar</a>' in listing


def test_writers_read_the_calendar_and_staff_without_article_rights_do_not(
    writer_client, client, db
):
    assert writer_client.get(CALENDAR).status_code == 200
    client.force_login(User.objects.create_user("clerk", is_staff=True))
    assert client.get(CALENDAR).status_code == 403
    assert "Editorial calendar" not in client.get(reverse("admin:index")).content.decode()
