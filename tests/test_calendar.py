"""iCalendar export: valid files, honest dates, public events only."""

import datetime as dt

import pytest
from django.conf import settings
from django.urls import reverse
from icalendar import Calendar

from newsroom.models import ArticleStatus, EventFormat
from newsroom.partial_dates import DatePrecision
from tests.conftest import rebuild_coverage


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def vevents(cal):
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def test_all_events_calendar_has_the_headers_calendar_apps_need(client, make_event):
    make_event(title="Forum")

    response, cal = get_calendar(client, reverse("newsroom:events-ics"))

    assert "Content-Disposition" not in response  # subscribable, shown inline
    assert cal["VERSION"] == "2.0"
    assert cal["CALSCALE"] == "GREGORIAN"
    assert cal["METHOD"] == "PUBLISH"
    assert settings.SITE_NAME in str(cal["PRODID"])
    assert settings.SITE_NAME in str(cal["X-WR-CALNAME"])
    (event,) = cal.walk("VEVENT")
    for prop in ["UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "URL", "DTSTART", "DTEND"]:
        assert prop in event


def test_one_day_event_is_all_day_with_exclusive_end(client, make_event):
    make_event(title="Seminar", start_date=dt.date(2023, 11, 28))

    _, cal = get_calendar(client, reverse("newsroom:events-ics"))

    event = vevents(cal)["Seminar"]
    assert event.decoded("DTSTART") == dt.date(2023, 11, 28)
    assert event.decoded("DTEND") == dt.date(2023, 11, 29)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert b"DTSTART;VALUE=DATE:20231128" in cal.to_ical()


def test_multi_day_event_ends_the_day_after_its_last_day(client, make_event):
    make_event(title="Forum", start_date=dt.date(2024, 12, 30), end_date=dt.date(2024, 12, 31))

    _, cal = get_calendar(client, reverse("newsroom:events-ics"))

    event = vevents(cal)["Forum"]
    assert event.decoded("DTSTART") == dt.date(2024, 12, 30)
    assert event.decoded("DTEND") == dt.date(2025, 1, 1)


def test_month_precision_spans_the_whole_month_and_says_so(client, make_event):
    make_event(
        title="Working group", start_date=dt.date(2021, 12, 1), date_precision=DatePrecision.MONTH
    )

    _, cal = get_calendar(client, reverse("newsroom:events-ics"))

    event = vevents(cal)["Working group"]
    assert event.decoded("DTSTART") == dt.date(2021, 12, 1)
    assert event.decoded("DTEND") == dt.date(2022, 1, 1)
    assert "December 2021 (day not known)" in str(event["DESCRIPTION"])


def test_dates_without_a_known_day_and_year_are_not_exported(client, make_event):
    make_event(title="Dated", start_date=dt.date(2024, 3, 21))
    make_event(
        title="June 27, year unknown",
        start_date=None,
        date_precision=DatePrecision.MONTH_DAY,
        date_month=6,
        date_day=27,
    )
    make_event(title="Some time", start_date=None, date_precision=DatePrecision.UNKNOWN)
    make_event(title="In 2019", start_date=dt.date(2019, 1, 1), date_precision=DatePrecision.YEAR)

    response, cal = get_calendar(client, reverse("newsroom:events-ics"))

    assert list(vevents(cal)) == ["Dated"]
    # No guessed year anywhere: not this year, not any other.
    assert b"0627" not in response.content


def test_per_event_ics_is_an_attachment_with_one_event(client, make_event):
    event = make_event(title="Signing ceremony", start_date=dt.date(2024, 5, 2))

    response, cal = get_calendar(client, event.get_ics_url())

    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert event.get_ics_url() == f"/events/{event.slug}.ics"
    (vevent,) = cal.walk("VEVENT")
    assert vevent.decoded("DTSTART") == dt.date(2024, 5, 2)
    assert str(vevent["URL"]) == settings.SITE_URL + event.get_absolute_url()


def test_per_event_ics_of_an_event_without_a_year_explains_the_404(client, make_event):
    event = make_event(
        title="Visit",
        start_date=None,
        date_precision=DatePrecision.MONTH_DAY,
        date_month=6,
        date_day=27,
    )

    response = client.get(event.get_ics_url())

    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "27 June, year unknown" in response.content.decode()


def test_uid_is_stable_when_the_event_is_edited(client, make_event):
    event = make_event(title="Before")
    _, before = get_calendar(client, event.get_ics_url())
    event.title = "After"
    event.start_date = dt.date(2024, 4, 1)
    event.save()
    _, after = get_calendar(client, event.get_ics_url())

    uid = str(before.walk("VEVENT")[0]["UID"])
    assert uid == str(after.walk("VEVENT")[0]["UID"]) == f"event-{event.pk}@127.0.0.1"


def test_location_and_plain_text_description(client, make_event):
    make_event(
        title="Hybrid forum",
        venue="Main hall",
        city="Chengdu",
        country="CN",
        format=EventFormat.HYBRID,
        description="<p>Talks &amp; <strong>panels</strong>.</p>",
    )
    make_event(title="Webinar", format=EventFormat.ONLINE, city="Bangkok")

    _, cal = get_calendar(client, reverse("newsroom:events-ics"))

    events = vevents(cal)
    assert str(events["Hybrid forum"]["LOCATION"]) == "Main hall, Chengdu, China and online"
    assert str(events["Hybrid forum"]["DESCRIPTION"]).startswith("Talks & panels.")
    assert str(events["Webinar"]["LOCATION"]) == "Online"


def test_events_covered_only_by_drafts_are_not_exported(client, make_event, make_article):
    hidden = make_event(title="Hidden", reviewed=False)
    make_article(status=ArticleStatus.DRAFT).events.add(hidden)
    shown = make_event(title="Shown")
    make_article().events.add(shown)

    _, cal = get_calendar(client, reverse("newsroom:events-ics"))

    assert list(vevents(cal)) == ["Shown"]
    assert client.get(hidden.get_ics_url()).status_code == 404


def test_unknown_event_ics_is_404(client, db):
    assert client.get("/events/no-such-event.ics").status_code == 404


@pytest.mark.parametrize("size", [5, 500])
def test_calendar_queries_do_not_grow(client, make_event, django_assert_max_num_queries, size):
    from newsroom.models import Event

    Event.objects.bulk_create(
        Event(title=f"E{i}", slug=f"e-{size}-{i}", start_date=dt.date(2024, 1, 1), reviewed=True)
        for i in range(size)
    )
    rebuild_coverage()  # bulk inserts send no signals
    event = make_event()

    with django_assert_max_num_queries(10):
        response = client.get(reverse("newsroom:events-ics"))
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) == size + 1
    with django_assert_max_num_queries(10):
        assert client.get(event.get_ics_url()).status_code == 200


def test_has_calendar_date_filter_matches_the_ics_answer(client, make_event):
    from django.template import Context, Template

    template = Template("{% load calendar_tags %}{{ event|has_calendar_date }}")
    dated = make_event(start_date=dt.date(2024, 5, 2))
    yearless = make_event(
        start_date=None, date_precision=DatePrecision.MONTH_DAY, date_month=6, date_day=27
    )
    for event, exported in [(dated, True), (yearless, False)]:
        assert template.render(Context({"event": event})) == str(exported)
        assert (client.get(event.get_ics_url()).status_code == 200) is exported


def test_a_title_with_line_breaks_is_one_calendar_line(client, make_event):
    from newsroom.models import Event

    saved = make_event(title="Energy forum\nsecond day", venue="Hall A\r\nEast wing", city="")
    legacy = make_event(title="Legacy row")
    Event.objects.filter(pk=legacy.pk).update(title="Written by\nan update")

    _, cal = get_calendar(client, reverse("newsroom:event-ics", args=[saved.slug]))
    (entry,) = cal.walk("VEVENT")
    assert (str(entry["SUMMARY"]), str(entry["LOCATION"])) == (
        "Energy forum second day",
        "Hall A East wing",
    )
    assert str(cal["X-WR-CALNAME"]) == "Energy forum second day"

    _, cal = get_calendar(client, reverse("newsroom:event-ics", args=[legacy.slug]))
    assert str(cal.walk("VEVENT")[0]["SUMMARY"]) == "Written by an update"
