"""The pages the benchmark loads, and their SQL queries per request.

Runs inside Django (``django.setup()`` done by the caller) against the
benchmark's database.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, Event, Partner, Person
from newsroom.views import ARTICLES_PER_PAGE

SEARCH_TERM = "hydropower"
DEEP_PAGE = 400


def choose_pages() -> list[dict]:
    """Representative URLs of the demo content: the largest partner, a well-linked
    article, event and person, a filter and a search that match many articles,
    and a deep page of the news (page 400, or the last one of a smaller archive)."""
    published = Article.objects.published()
    partner = (
        Partner.objects.public()
        .annotate(n=Count("articles", filter=Article.published_q(prefix="articles__")))
        .order_by("-n")
        .first()
    )
    article = (
        published.filter(events__isnull=False)
        .annotate(n=Count("partners", distinct=True))
        .filter(n__gte=2)
        .order_by("-published_at")
        .first()
    )
    event = (
        Event.objects.public()
        .annotate(n=Count("articles"))
        .filter(start_date__isnull=False)
        .order_by("-n", "-start_date")
        .first()
    )
    person = Person.objects.public().annotate(n=Count("articles")).order_by("-n").first()
    tag = article.tags.order_by("name").first()
    year = timezone.localdate().year - 1
    news = reverse("newsroom:article-list")
    deep = min(DEEP_PAGE, max(1, published.count() // ARTICLES_PER_PAGE))
    return [
        {"name": "home", "path": reverse("newsroom:home")},
        {"name": "news p1", "path": news},
        {"name": "news deep", "path": f"{news}?page={deep}"},
        {"name": "news filtered", "path": f"{news}?partner={partner.slug}&year={year}"},
        {"name": "search", "path": f"{news}?q={SEARCH_TERM}"},
        {"name": "article", "path": article.get_absolute_url()},
        {"name": "partner", "path": partner.get_absolute_url()},
        {"name": "event", "path": event.get_absolute_url()},
        {"name": "events", "path": reverse("newsroom:event-list")},
        {"name": "person", "path": person.get_absolute_url()},
        {"name": "tag", "path": reverse("newsroom:tag-detail", args=[tag.slug])},
        {"name": "rss", "path": reverse("newsroom:feed-rss")},
        {"name": "partner feed", "path": reverse("newsroom:partner-feed-rss", args=[partner.slug])},
        {
            "name": "sitemap",
            "path": reverse("django.contrib.sitemaps.views.sitemap", args=["news"]),
        },
        {"name": "event .ics", "path": event.get_ics_url()},
    ]


def count_queries(pages: list[dict], cached: bool) -> dict[str, dict]:
    """Queries and bytes of each page: the first request and the second (the
    steady state the load test sees: with the cache on, a hit)."""
    client = Client()
    counts = {}
    with override_settings(NEWSROOM_PAGE_CACHE=cached):
        for page in pages:
            with CaptureQueriesContext(connection) as first:
                client.get(page["path"])
            with CaptureQueriesContext(connection) as second:
                response = client.get(page["path"])
            if response.status_code != 200:
                raise SystemExit(f"{page['path']} answered {response.status_code}")
            counts[page["name"]] = {
                "queries": len(second),
                "queries_first": len(first),
                "bytes": len(response.content),
            }
    return counts
