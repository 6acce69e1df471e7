"""The pages the benchmark loads, and their SQL queries per request.

Runs inside Django (``django.setup()`` done by bench/run.py) against the
benchmark's database.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, Event, Partner

SEARCH_TERM = "hydropower"
DEEP_PAGE = 400


def choose_pages() -> list[dict]:
    """Representative URLs of the demo content: the largest partner, a well-linked
    article and event, a filter and a search that match many articles."""
    published = Article.objects.published()
    partner = (
        Partner.objects.annotate(
            n=Count("articles", filter=Article.published_q(prefix="articles__"))
        )
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
    year = timezone.localdate().year - 1
    news = reverse("newsroom:article-list")
    return [
        {"name": "home", "path": reverse("newsroom:home")},
        {"name": "news p1", "path": news},
        {"name": f"news p{DEEP_PAGE}", "path": f"{news}?page={DEEP_PAGE}"},
        {"name": "news filtered", "path": f"{news}?partner={partner.slug}&year={year}"},
        {"name": "search", "path": f"{news}?q={SEARCH_TERM}"},
        {"name": "article", "path": article.get_absolute_url()},
        {"name": "partner", "path": partner.get_absolute_url()},
        {"name": "event", "path": event.get_absolute_url()},
        {"name": "events", "path": reverse("newsroom:event-list")},
        {"name": "rss", "path": reverse("newsroom:feed-rss")},
        {
            "name": "sitemap",
            "path": reverse("django.contrib.sitemaps.views.sitemap", args=["news"]),
        },
    ]


def count_queries(pages: list[dict], cached: bool) -> dict[str, dict]:
    """Queries and bytes of each page: the first request (cold: memoised results
    computed) and the second (the steady state the load test sees)."""
    client = Client()
    counts = {}
    with override_settings(NEWSROOM_PAGE_CACHE=cached):
        for page in pages:
            with CaptureQueriesContext(connection) as cold:
                client.get(page["path"])
            with CaptureQueriesContext(connection) as warm:
                response = client.get(page["path"])
            if response.status_code != 200:
                raise SystemExit(f"{page['path']} answered {response.status_code}")
            counts[page["name"]] = {
                "queries": len(warm),
                "queries_cold": len(cold),
                "bytes": len(response.content),
            }
    return counts
