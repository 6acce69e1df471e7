"""RSS 2.0 and Atom feeds of published news: all news, per tag and per partner.

Items carry the full article body (already sanitised HTML) as ``content:encoded``
in RSS and ``<content type="html">`` in Atom, the standfirst as the summary, the
hero image as an enclosure, and the tags as categories. Every feed starts from
``Article.objects.published()``; links are absolute, built from ``SITE_URL``.
"""

from __future__ import annotations

import mimetypes
import uuid

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from taggit.models import Tag

from newsroom.models import Article, Partner, Topic, TopicKind
from newsroom.models.coverage import CoveredArticles
from newsroom.seo import absolute_url

FEED_LENGTH = 30
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


class FullContentRssFeed(Rss201rev2Feed):
    """RSS 2.0 with the full body in ``content:encoded``."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])


class FullContentAtomFeed(Atom1Feed):
    """Atom with the full body in ``<content type="html">``."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


def topic_items(kind: str, key) -> list[Article]:
    """The newest published articles of a topic, read from its coverage index."""
    topic = Topic.objects.of(kind, key)
    return CoveredArticles(topic, timezone.now())[:FEED_LENGTH]


class NewsFeed(Feed):
    """All published news, newest first."""

    feed_type = FullContentRssFeed
    url_name = "newsroom:feed-rss"

    def title(self, obj=None) -> str:
        return settings.SITE_NAME

    def description(self, obj=None) -> str:
        return f"News from the {settings.SITE_NAME}."

    def link(self, obj=None) -> str:
        return absolute_url(reverse("newsroom:home"))

    def feed_url(self, obj=None) -> str:
        return absolute_url(reverse(self.url_name, kwargs=self.url_kwargs(obj)))

    def url_kwargs(self, obj) -> dict:
        return {}

    def author_name(self, obj=None) -> str:
        return settings.SITE_NAME

    def items(self, obj=None):
        return Article.objects.published().newest_first()[:FEED_LENGTH]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.standfirst or item.body

    def item_link(self, item: Article) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: Article) -> str:
        # Stable across slug and title changes, so readers never see an item twice.
        return uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.SITE_URL}/articles/{item.pk}").urn

    item_guid_is_permalink = False

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str:
        return item.source_name or settings.SITE_NAME

    def item_categories(self, item: Article) -> list[str]:
        return [tag.name for tag in item.tag_list]

    def item_enclosures(self, item: Article) -> list[Enclosure]:
        if not item.hero_image:
            return []
        try:
            length = str(item.hero_image.size)
        except (OSError, NotImplementedError):
            length = "0"  # RSS asks for 0 when the size is not known.
        mime_type = mimetypes.guess_type(item.hero_image.name)[0] or "image/jpeg"
        return [Enclosure(absolute_url(item.hero_image.url), length, mime_type)]

    def item_extra_kwargs(self, item: Article) -> dict:
        return {"content": item.body}


class AtomNewsFeed(NewsFeed):
    feed_type = FullContentAtomFeed
    url_name = "newsroom:feed-atom"
    subtitle = NewsFeed.description


class TagFeed(NewsFeed):
    """Published news with one tag. A tag no published article carries is a 404,
    so that a draft's tags are not revealed."""

    url_name = "newsroom:tag-feed-rss"

    def get_object(self, request, slug: str) -> Tag:
        tag = get_object_or_404(Tag, slug=slug)
        if not Topic.objects.public(TopicKind.TAG).filter(key=str(tag.pk)).exists():
            raise Http404("No published news carries this tag.")
        return tag

    def url_kwargs(self, obj: Tag) -> dict:
        return {"slug": obj.slug}

    def title(self, obj: Tag) -> str:
        return f"{settings.SITE_NAME}: {obj.name}"

    def description(self, obj: Tag) -> str:
        return f"News tagged “{obj.name}” from the {settings.SITE_NAME}."

    def items(self, obj: Tag):
        return topic_items(TopicKind.TAG, obj.pk)


class AtomTagFeed(TagFeed):
    feed_type = FullContentAtomFeed
    url_name = "newsroom:tag-feed-atom"
    subtitle = TagFeed.description


class PartnerFeed(NewsFeed):
    """Published news about or with one partner."""

    url_name = "newsroom:partner-feed-rss"

    def get_object(self, request, slug: str) -> Partner:
        return get_object_or_404(Partner.objects.public(), slug=slug)

    def url_kwargs(self, obj: Partner) -> dict:
        return {"slug": obj.slug}

    def title(self, obj: Partner) -> str:
        return f"{settings.SITE_NAME}: {obj.name}"

    def description(self, obj: Partner) -> str:
        return f"News about {obj.name} from the {settings.SITE_NAME}."

    def link(self, obj: Partner) -> str:
        return absolute_url(obj.get_absolute_url())

    def items(self, obj: Partner):
        return topic_items(TopicKind.PARTNER, obj.pk)


class AtomPartnerFeed(PartnerFeed):
    feed_type = FullContentAtomFeed
    url_name = "newsroom:partner-feed-atom"
    subtitle = PartnerFeed.description
