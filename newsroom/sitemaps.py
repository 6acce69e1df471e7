"""The sitemap: published news, and the public partners, events and people,
with their last-modified dates, plus the main list pages.

Each section starts from the model's one public rule (``published()`` or
``public()``). Locations use ``SITE_URL``, like feeds and canonical links, so
the sitemap names the public address whatever host the request came through.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from newsroom.filters import public_tags
from newsroom.models import Article, Event, Partner, Person, Topic, TopicKind
from newsroom.models.coverage import CoveredArticles
from newsroom.seo import url_or_none


class SiteUrlSitemap(Sitemap):
    """Locations on ``SITE_URL`` rather than on the request's host.

    ``/sitemap.xml`` is an index of the sections; each section is split into
    pages of ``limit`` URLs (``/sitemap-news.xml?p=2``), so no response grows
    with the archive.
    """

    limit = 1000

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ArticleSitemap(SiteUrlSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        # From the news topic: its count is kept, its pages are index ranges.
        rows = Article.objects.only("slug", "updated_at")
        return CoveredArticles(Topic.objects.of(TopicKind.NEWS, ""), timezone.now(), rows)

    def lastmod(self, item: Article):
        return item.updated_at


class PublicSitemap(SiteUrlSitemap):
    """A model whose manager has ``public()``; ordered by primary key so that
    pages of a large sitemap stay stable."""

    model = None
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return self.model.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class PartnerSitemap(PublicSitemap):
    model = Partner
    priority = 0.6


class EventSitemap(PublicSitemap):
    model = Event


class PersonSitemap(PublicSitemap):
    model = Person
    priority = 0.4


class TagSitemap(SiteUrlSitemap):
    """Topics of published news (``public_tags``)."""

    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return public_tags().only("slug").order_by("pk")

    def location(self, item) -> str:
        return reverse("newsroom:tag-detail", kwargs={"slug": item.slug})


class StaticSitemap(SiteUrlSitemap):
    """Home and the list pages that exist."""

    changefreq = "daily"
    url_names = [
        "newsroom:home",
        "newsroom:article-list",
        "newsroom:partner-list",
        "newsroom:event-list",
        "newsroom:person-list",
        "newsroom:tag-list",
    ]

    def items(self):
        return [name for name in self.url_names if url_or_none(name)]

    def location(self, item: str) -> str:
        return url_or_none(item)

    def priority(self, item: str) -> float:
        return 1.0 if item == "newsroom:home" else 0.7


SITEMAPS = {
    "pages": StaticSitemap,
    "news": ArticleSitemap,
    "partners": PartnerSitemap,
    "events": EventSitemap,
    "people": PersonSitemap,
    "tags": TagSitemap,
}


def sitemap_index(request: HttpRequest) -> TemplateResponse:
    """``/sitemap.xml``: every page of every section, on ``SITE_URL``.

    Django's own index view names the request's host; this one names the
    public address, like the sections themselves. One count query per section.
    """
    items = []
    for section, sitemap_class in SITEMAPS.items():
        path = reverse("django.contrib.sitemaps.views.sitemap", kwargs={"section": section})
        location = settings.SITE_URL + path
        pages = sitemap_class().paginator.num_pages
        items.append(SitemapIndexItem(location, None))
        items += [SitemapIndexItem(f"{location}?p={page}", None) for page in range(2, pages + 1)]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
