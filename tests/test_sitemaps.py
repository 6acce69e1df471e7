"""The sitemap lists exactly what visitors may see; robots.txt points to it."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.utils import timezone

from newsroom.models import ArticlePartner, ArticleStatus
from newsroom.seo import url_or_none
from newsroom.sitemaps import StaticSitemap

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_section_urls(client) -> list[str]:
    """The section sitemaps listed by the index at /sitemap.xml, as paths."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    locations = [s.findtext("sm:loc", namespaces=NS) for s in root.findall("sm:sitemap", NS)]
    assert all(loc.startswith(settings.SITE_URL + "/sitemap-") for loc in locations)
    return [loc.removeprefix(settings.SITE_URL) for loc in locations]


def sitemap_entries(client) -> dict[str, str | None]:
    """{location: lastmod} of every URL in every section of the sitemap."""
    entries = {}
    for path in sitemap_section_urls(client):
        response = client.get(path)
        assert response.status_code == 200, path
        root = ET.fromstring(response.content)
        for url in root.findall("sm:url", NS):
            entries[url.findtext("sm:loc", namespaces=NS)] = url.findtext(
                "sm:lastmod", namespaces=NS
            )
    return entries


def absolute(obj) -> str:
    return settings.SITE_URL + obj.get_absolute_url()


def test_sitemap_lists_exactly_the_public_objects_with_lastmod(
    client, make_article, make_partner, make_person, make_event
):
    published = make_article(title="Published")
    draft = make_article(title="Draft", status=ArticleStatus.DRAFT)
    review = make_article(title="Review", status=ArticleStatus.REVIEW)
    scheduled = make_article(title="Soon", published_at=timezone.now() + dt.timedelta(hours=2))

    public_partner, hidden_partner = make_partner(), make_partner(reviewed=False)
    ArticlePartner.objects.create(article=published, partner=public_partner)
    ArticlePartner.objects.create(article=draft, partner=hidden_partner)
    public_person, hidden_person = make_person(), make_person(reviewed=False)
    published.people.add(public_person)
    scheduled.people.add(hidden_person)
    public_event, hidden_event = make_event(), make_event(reviewed=False)
    published.events.add(public_event)
    review.events.add(hidden_event)
    hand_entered_partner = make_partner()  # no article yet: public

    entries = sitemap_entries(client)

    objects = {
        absolute(o)
        for o in [published, public_partner, hand_entered_partner, public_person, public_event]
    }
    pages = {settings.SITE_URL + url_or_none(name) for name in StaticSitemap().items()}
    assert set(entries) == objects | pages
    for hidden in [draft, review, scheduled, hidden_partner, hidden_person, hidden_event]:
        assert absolute(hidden) not in entries
    assert entries[absolute(published)] == timezone.localdate(published.updated_at).isoformat()
    assert (
        entries[absolute(public_event)] == timezone.localdate(public_event.updated_at).isoformat()
    )
    assert all(entries[loc] for loc in objects)


def test_sitemap_lists_home_and_the_list_pages_on_site_url(client, db):
    entries = sitemap_entries(client)
    assert settings.SITE_URL + "/" in entries
    assert settings.SITE_URL + "/news/" in entries
    assert all(loc.startswith(settings.SITE_URL + "/") for loc in entries)


def test_sitemap_uses_site_url_whatever_the_request_host(client, make_article, settings):
    settings.SITE_URL = "https://news.example.org"
    settings.ALLOWED_HOSTS = ["internal.host"]
    article = make_article()
    index = client.get("/sitemap.xml", HTTP_HOST="internal.host")
    assert b"https://news.example.org/sitemap-news.xml" in index.content
    response = client.get("/sitemap-news.xml", HTTP_HOST="internal.host")
    assert b"https://news.example.org" + article.get_absolute_url().encode() in response.content
    assert b"internal.host" not in index.content + response.content


@pytest.mark.parametrize("size", [5, 500])
def test_sitemap_queries_do_not_grow(client, bulk_articles, django_assert_max_num_queries, size):
    bulk_articles(size)
    with django_assert_max_num_queries(10):
        assert client.get("/sitemap.xml").status_code == 200
    with django_assert_max_num_queries(10):
        response = client.get("/sitemap-news.xml")
    assert response.content.count(b"<url>") >= size


def test_large_sections_are_split_into_pages(client, bulk_articles, monkeypatch):
    from newsroom.sitemaps import ArticleSitemap

    monkeypatch.setattr(ArticleSitemap, "limit", 50)
    bulk_articles(120)
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-news.xml?p=3" in index and "/sitemap-news.xml?p=4" not in index
    third = client.get("/sitemap-news.xml", {"p": 3}).content
    assert third.count(b"<url>") == 20
    assert client.get("/sitemap-news.xml", {"p": 9}).status_code == 404


def test_robots_txt(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /preview/" in lines
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in lines
