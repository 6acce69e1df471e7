"""RSS and Atom feeds: valid, complete, public-only, bounded in queries."""

import datetime as dt

import feedparser
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from newsroom.models import ArticlePartner, ArticleStatus

FORMATS = ["rss", "atom"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def news_url(fmt):
    return reverse(f"newsroom:feed-{fmt}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_news_feed_parses_with_full_content(client, make_article, fmt):
    make_article(
        title="Delegation visits the centre",
        standfirst="A delegation from Sichuan University came to talk about cooperation.",
        body="<p>The delegation <strong>met</strong> the director.</p>",
        source_name="University News Office",
        tags=["Delegation", "China"],
    )

    response, feed = parse(client, news_url(fmt))

    assert response["Content-Type"].startswith(
        "application/rss+xml" if fmt == "rss" else "application/atom+xml"
    )
    assert feed.feed.title == settings.SITE_NAME
    (entry,) = feed.entries
    assert entry.title == "Delegation visits the centre"
    assert entry.link.startswith(settings.SITE_URL + "/news/delegation-visits-the-centre/")
    assert "<strong>met</strong>" in entry.content[0].value
    assert "delegation from Sichuan University" in entry.summary
    assert {t.term for t in entry.tags} == {"Delegation", "China"}
    assert entry.author == "University News Office"
    assert entry.id.startswith("urn:uuid:")
    assert entry.published_parsed
    if fmt == "atom":
        assert "updated" in entry


def test_feed_guid_is_stable_when_the_slug_changes(client, make_article):
    article = make_article(title="First title")
    _, before = parse(client, news_url("rss"))
    article.slug = "renamed"
    article.title = "Renamed"
    article.save()
    _, after = parse(client, news_url("rss"))
    assert before.entries[0].id == after.entries[0].id
    assert after.entries[0].link.endswith("/news/renamed/")


@pytest.mark.parametrize("fmt", FORMATS)
def test_hero_image_is_an_enclosure(client, make_article, image_upload, fmt):
    article = make_article(hero_image=image_upload("hero.png", 40, 30), hero_alt="The signing")

    _, feed = parse(client, news_url(fmt))

    (enclosure,) = feed.entries[0].enclosures
    assert enclosure.href == settings.SITE_URL + article.hero_image.url
    assert enclosure.type == "image/png"
    assert int(enclosure.length) == article.hero_image.size > 0


def test_missing_hero_file_gives_length_zero_not_an_error(client, make_article, image_upload):
    article = make_article(hero_image=image_upload(), hero_alt="Photo")
    article.hero_image.storage.delete(article.hero_image.name)

    _, feed = parse(client, news_url("rss"))

    assert feed.entries[0].enclosures[0].length == "0"


@pytest.mark.parametrize("fmt", FORMATS)
def test_drafts_review_and_scheduled_articles_are_not_in_feeds(client, make_article, fmt):
    make_article(title="Public news", tags=["Forum"])
    make_article(title="A draft", status=ArticleStatus.DRAFT, tags=["Forum"])
    make_article(title="In review", status=ArticleStatus.REVIEW, tags=["Forum"])
    make_article(
        title="Scheduled",
        published_at=timezone.now() + dt.timedelta(days=1),
        tags=["Forum"],
    )

    for url in [news_url(fmt), reverse(f"newsroom:tag-feed-{fmt}", kwargs={"slug": "forum"})]:
        _, feed = parse(client, url)
        assert [e.title for e in feed.entries] == ["Public news"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tag_feed_lists_only_that_tag(client, make_article, fmt):
    make_article(title="Seminar news", tags=["Seminar"])
    make_article(title="Forum news", tags=["Forum"])

    _, feed = parse(client, reverse(f"newsroom:tag-feed-{fmt}", kwargs={"slug": "seminar"}))

    assert [e.title for e in feed.entries] == ["Seminar news"]
    assert "Seminar" in feed.feed.title


@pytest.mark.parametrize("fmt", FORMATS)
def test_partner_feed_lists_its_articles_once(client, make_article, make_partner, fmt):
    partner = make_partner(name="Chiang Mai University")
    other = make_partner()
    article = make_article(title="Agreement signed")
    ArticlePartner.objects.create(article=article, partner=partner, role="signatory")
    ArticlePartner.objects.create(article=article, partner=partner, role="organiser")
    ArticlePartner.objects.create(article=make_article(title="Other"), partner=other)

    url = reverse(f"newsroom:partner-feed-{fmt}", kwargs={"slug": partner.slug})
    _, feed = parse(client, url)

    assert [e.title for e in feed.entries] == ["Agreement signed"]
    assert "Chiang Mai University" in feed.feed.title


@pytest.mark.parametrize(
    "name", ["tag-feed-rss", "tag-feed-atom", "partner-feed-rss", "partner-feed-atom"]
)
def test_unknown_tag_or_partner_is_404(client, db, name):
    assert client.get(reverse(f"newsroom:{name}", kwargs={"slug": "no-such"})).status_code == 404


def test_tag_only_on_drafts_is_404(client, make_article):
    make_article(status=ArticleStatus.DRAFT, tags=["Secret plan"])
    url = reverse("newsroom:tag-feed-rss", kwargs={"slug": "secret-plan"})
    assert client.get(url).status_code == 404


def test_partner_known_only_from_drafts_is_404(client, make_article, make_partner):
    partner = make_partner(reviewed=False)
    ArticlePartner.objects.create(article=make_article(status=ArticleStatus.DRAFT), partner=partner)
    url = reverse("newsroom:partner-feed-atom", kwargs={"slug": partner.slug})
    assert client.get(url).status_code == 404


def test_feeds_are_limited_to_the_newest_30(client, bulk_articles):
    bulk_articles(35)
    _, feed = parse(client, news_url("rss"))
    assert len(feed.entries) == 30
    assert feed.entries[0].title.endswith("-0")


@pytest.mark.parametrize("size", [5, 500])
@pytest.mark.parametrize("name", ["feed-rss", "feed-atom", "tag-feed-rss", "partner-feed-atom"])
def test_feed_queries_do_not_grow_with_content(
    client, bulk_articles, make_partner, django_assert_max_num_queries, size, name
):
    partner = make_partner()
    bulk_articles(size, partner=partner, tag="bulk")
    kwargs = (
        {"slug": partner.slug} if "partner" in name else {"slug": "bulk"} if "tag" in name else {}
    )
    with django_assert_max_num_queries(10):
        response = client.get(reverse(f"newsroom:{name}", kwargs=kwargs or None))
    assert response.status_code == 200
    assert not feedparser.parse(response.content).bozo
