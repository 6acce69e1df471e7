"""A visitor's path through the public site in a real browser: filters, search,
pages, an article, its partner, an event and its calendar file."""

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from newsroom.models import Article, ArticlePartner, ArticleStatus
from newsroom.models.visibility import rebuild_all
from tests.browser.helpers import BROWSER_TEST

pytestmark = BROWSER_TEST

HEADLINE = "Chengdu forum agrees on green corridors"


def publish_many(partner, year: int, count: int, label: str) -> None:
    now = timezone.now()
    articles = Article.objects.bulk_create(
        Article(
            title=f"{label} {year} no. {n}",
            slug=f"{label.lower().replace(' ', '-')}-{year}-{n}",
            standfirst="A working meeting.",
            status=ArticleStatus.PUBLISHED,
            published_at=now - dt.timedelta(days=n + 1),
            dateline=dt.date(year, 3, 1) + dt.timedelta(days=n),
        )
        for n in range(count)
    )
    articles = Article.objects.filter(slug__startswith=f"{label.lower().replace(' ', '-')}-{year}-")
    ArticlePartner.objects.bulk_create(
        ArticlePartner(article=article, partner=partner, role="participant") for article in articles
    )
    rebuild_all()  # bulk inserts send no signals: the lists' coverage is rebuilt


@pytest.fixture
def archive(make_partner, make_event, make_article):
    """33 published articles: 26 with SCU in 2024 (one covering a dated forum), 3
    with SCU in 2023 and 4 with CRES in 2024."""
    scu = make_partner(name="Sichuan University", acronym="SCU", kind="university")
    cres = make_partner(name="Chongqing Renewable Energy Society", acronym="CRES", kind="ngo")
    forum = make_event(title="Green Corridors Forum", kind="forum", start_date=dt.date(2024, 6, 27))
    forum.partner_roles.create(partner=scu, role="organiser")
    article = make_article(
        title=HEADLINE,
        standfirst="Partners from six countries met in Chengdu.",
        dateline=dt.date(2024, 6, 27),
    )
    article.partner_roles.create(partner=scu, role="organiser")
    article.events.add(forum)
    publish_many(scu, 2024, 25, "SCU working visit")
    publish_many(scu, 2023, 3, "SCU working visit")
    publish_many(cres, 2024, 4, "CRES seminar")
    return scu


def test_visitor_filters_searches_pages_reads_and_downloads_a_calendar(page, archive):
    page.goto("/news/")
    count = page.locator(".result-count")
    expect(count).to_have_text("33 articles")

    page.get_by_label("Partner", exact=True).fill("SCU")
    page.get_by_label("Year", exact=True).select_option("2024")
    page.get_by_role("button", name="Apply filters").click()
    expect(count).to_have_text("26 articles match these filters")
    expect(page.locator(".chips")).to_contain_text("Partner: Sichuan University (SCU)")
    expect(page.locator(".chips")).to_contain_text("Year: 2024")
    cards = page.locator(".card-list > .article-card")
    expect(cards).to_have_count(20)
    first_page_titles = set(cards.locator(".card__title").all_inner_texts())

    page.get_by_role("link", name="Older page").click()
    expect(page).to_have_url(re.compile(r"[?&]page=2"))
    query = parse_qs(urlsplit(page.url).query)
    assert query["partner"] == ["SCU"] and query["year"] == ["2024"]
    expect(cards).to_have_count(6)
    expect(page.locator(".pagination__status")).to_have_text("Page 2 of 2")
    second_page_titles = set(cards.locator(".card__title").all_inner_texts())
    assert not first_page_titles & second_page_titles
    assert all("2023" not in title and "CRES" not in title for title in second_page_titles)

    search = page.get_by_role("searchbox", name="Search the news")
    search.fill("corridors")
    search.press("Enter")
    expect(count).to_have_text("1 article matches these filters")
    page.get_by_role("link", name=HEADLINE).click()
    expect(page.locator("h1")).to_have_text(HEADLINE)

    page.locator("section[aria-labelledby=partners-heading]").get_by_role(
        "link", name="Sichuan University"
    ).click()
    expect(page.locator("h1")).to_contain_text("Sichuan University")
    expect(page.locator("#news-heading")).to_contain_text("(29)")

    page.get_by_role("link", name="Green Corridors Forum").click()
    expect(page.locator("h1")).to_have_text("Green Corridors Forum")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Path(download.path()).read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Green Corridors Forum" in calendar
    assert "DTSTART;VALUE=DATE:20240627" in calendar
