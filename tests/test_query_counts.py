"""Queries per public page, rendered with no cache: at most 8, and the same
at 10 and at 1,000 articles (no page aggregates the archive).

Every article of the bulk set names the same partner, person, event and tag,
so each detail page has the whole set to list. No page may read the session
table for an anonymous visitor.
"""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from newsroom.models import Article, Event, EventPartner, Partner, Person
from tests.conftest import rebuild_coverage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8


@pytest.fixture(autouse=True)
def _cold(settings):
    """Each request renders its page: what a miss, a staff view or an outage costs."""
    settings.NEWSROOM_PAGE_CACHE = False


def grow(bulk_articles, site: dict, n: int) -> None:
    articles = bulk_articles(n, partner=site["partner"], tag="green-energy")
    Article.people.through.objects.bulk_create(
        Article.people.through(article=a, person=site["person"]) for a in articles
    )
    Article.events.through.objects.bulk_create(
        Article.events.through(article=a, event=site["event"]) for a in articles
    )
    for other in site["partners"]:
        other.article_roles.create(article=articles[0], role="participant")
    rebuild_coverage()
    site["article"] = articles[-1]


@pytest.fixture
def small_site(bulk_articles, make_partner, make_person, make_event):
    partner = make_partner(name="Sichuan University", acronym="SCU", country="CN")
    partners = [make_partner(name=f"Partner {i}", country="TH") for i in range(5)]
    person = make_person(name="Xue Wenchao", position="Professor", affiliation=partner)
    event = make_event(title="Green forum", kind="forum")
    for i in range(6):
        past = make_event(title=f"Seminar {i}", kind="seminar", start_date=dt.date(2020 + i, 5, 1))
        EventPartner.objects.create(event=past, partner=partner, role="host")
    make_event(title="Undated visit", start_date=None, date_precision="unknown")
    EventPartner.objects.create(event=event, partner=partner, role="organiser")
    site = {"partner": partner, "partners": partners, "person": person, "event": event}
    grow(bulk_articles, site, 10)
    return site


def page_urls(site) -> dict[str, str]:
    news = reverse("newsroom:article-list")
    return {
        "home": reverse("newsroom:home"),
        "news": news,
        "news-page-2": news + "?page=2",
        "news-filtered": news + "?q=body&tag=green-energy&partner=sichuan-university&kind=forum",
        "news-partner-year": news + "?partner=SCU&year=2026&month=1",
        "news-topics": news + "?partner=sichuan-university&year=2026&tag=green-energy",
        "news-bad-filters": news + "?year=foo&month=13&tag=nope&partner=nobody",
        "search": news + "?q=standfirst",
        "article": site["article"].get_absolute_url(),
        "partners": reverse("newsroom:partner-list"),
        "partners-filtered": reverse("newsroom:partner-list") + "?kind=other&country=CN&letter=S",
        "partner": site["partner"].get_absolute_url(),
        "partner-page-2": site["partner"].get_absolute_url() + "?page=2",
        "events": reverse("newsroom:event-list"),
        "events-filtered": reverse("newsroom:event-list") + "?kind=seminar&year=2021",
        "event": site["event"].get_absolute_url(),
        "person": site["person"].get_absolute_url(),
        "tag": reverse("newsroom:tag-detail", args=["green-energy"]),
        "rss": reverse("newsroom:feed-rss"),
        "partner-feed": reverse("newsroom:partner-feed-rss", args=[site["partner"].slug]),
        "tag-feed": reverse("newsroom:tag-feed-atom", args=["green-energy"]),
        "sitemap-news": reverse("django.contrib.sitemaps.views.sitemap", args=["news"]),
        "sitemap-index": reverse("sitemap"),
        "event-ics": site["event"].get_ics_url(),
    }


def count_queries(client, url: str, captured_queries) -> int:
    with captured_queries as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    assert not any("django_session" in q["sql"] for q in captured.captured_queries)
    return len(captured.captured_queries)


def test_queries_per_page_are_few_and_do_not_grow_with_the_archive(
    client, small_site, bulk_articles, django_assert_max_num_queries
):
    urls = page_urls(small_site)
    small = {name: count_queries(client, url, django_assert_max_num_queries(MAX_QUERIES))
             for name, url in urls.items() if not name.endswith("page-2")}  # fmt: skip
    grow(bulk_articles, small_site, 990)
    assert Article.objects.published().count() == 1000
    urls = page_urls(small_site)
    large = {name: count_queries(client, url, django_assert_max_num_queries(MAX_QUERIES))
             for name, url in urls.items()}  # fmt: skip
    assert {name: large[name] for name in small} == small


def test_list_queries_do_not_read_article_bodies(client, small_site, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES) as captured:
        client.get(reverse("newsroom:article-list"))
    article_selects = [
        q["sql"] for q in captured.captured_queries if 'FROM "newsroom_article"' in q["sql"]
    ]
    assert article_selects
    assert not any('"newsroom_article"."body"' in sql for sql in article_selects)


def test_no_public_query_scans_text_with_like(client, small_site, django_assert_max_num_queries):
    for url in page_urls(small_site).values():
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            client.get(url)
        assert not any(" LIKE " in q["sql"].upper() for q in captured.captured_queries), url


def test_anonymous_visitors_get_no_session_cookie(client, small_site):
    response = client.get(reverse("newsroom:home"))
    assert "sessionid" not in response.cookies
    assert isinstance(response.wsgi_request.user, AnonymousUser)


def test_the_site_fixture_is_what_the_pages_count(small_site):
    assert Partner.objects.public().count() == 6
    assert Person.objects.public().count() == 1
    assert Event.objects.public().count() == 8
