"""The anonymous page cache: pages come from the cache until content changes,
and never a moment longer (newsroom.caching)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.caching import content_state
from newsroom.models import Article, ArticleStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    """Production's page cache (the test settings' default too)."""
    settings.NEWSROOM_PAGE_CACHE = True


@pytest.fixture
def world(make_partner, make_article):
    """A partner with one published article, so that its page exists."""
    partner = make_partner(name="Sichuan University", acronym="SCU")
    known = make_article(title="Known story")
    known.partner_roles.create(partner=partner, role="organiser")
    return partner


def public_urls(partner, article) -> list[str]:
    return [
        reverse("newsroom:article-list"),
        reverse("newsroom:home"),
        reverse("newsroom:feed-rss"),
        partner.get_absolute_url(),
        article.get_absolute_url(),
    ]


def test_second_anonymous_request_is_served_from_the_cache(
    page_cache, world, client, django_assert_num_queries
):
    url = reverse("newsroom:article-list")
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_publishing_shows_the_article_at_once_everywhere(page_cache, world, client, make_article):
    draft = make_article(title="Fresh agreement signed", status=ArticleStatus.DRAFT)
    draft.partner_roles.create(partner=world, role="signatory")
    for url in public_urls(world, draft):
        assert b"Fresh agreement signed" not in client.get(url).content  # now cached

    draft.status = ArticleStatus.PUBLISHED
    draft.save()

    for url in public_urls(world, draft):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"Fresh agreement signed" in response.content, url


def test_unpublishing_removes_the_article_at_once_everywhere(
    page_cache, world, client, make_article
):
    article = make_article(title="Story to withdraw")
    article.partner_roles.create(partner=world, role="participant")
    urls = public_urls(world, article)
    for url in urls:
        assert b"Story to withdraw" in client.get(url).content, url

    article.status = ArticleStatus.DRAFT
    article.save()

    for url in urls[:-1]:
        assert b"Story to withdraw" not in client.get(url).content, url
    assert client.get(urls[-1]).status_code == 404


def test_changes_to_links_and_tags_refresh_pages(page_cache, world, client, make_article):
    article = make_article(title="Tagged later")
    url = article.get_absolute_url()
    assert b"Biodiversity" not in client.get(url).content
    article.tags.add("Biodiversity")
    assert b"Biodiversity" in client.get(url).content

    world.name = "Sichuan University of Science"
    world.save()
    assert b"Sichuan University of Science" in client.get(world.get_absolute_url()).content


def test_scheduled_article_appears_when_its_time_comes_without_any_save(
    page_cache, world, client, make_article, monkeypatch
):
    publish_at = timezone.now() + dt.timedelta(hours=2)
    make_article(title="Embargoed report", published_at=publish_at)
    url = reverse("newsroom:article-list")
    assert b"Embargoed report" not in client.get(url).content
    assert b"Embargoed report" not in client.get(url).content  # served from the cache

    later = publish_at + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert b"Embargoed report" in client.get(url).content
    assert b"Embargoed report" in client.get(reverse("newsroom:feed-rss")).content


def test_the_next_publish_time_is_part_of_the_content_state(world, make_article):
    publish_at = timezone.now() + dt.timedelta(days=1)
    make_article(title="Tomorrow", published_at=publish_at)
    state = content_state()
    assert state.next_publish == publish_at.timestamp()
    assert content_state() == state  # unchanged until content changes


def test_staff_and_sessions_never_get_a_cached_page(
    page_cache, world, client, editor, make_article
):
    article = make_article(title="Original headline")
    url = article.get_absolute_url()
    assert b"Original headline" in client.get(url).content  # cached for visitors
    # A write that sends no signal: visitors keep the cached page...
    Article.objects.filter(pk=article.pk).update(title="Corrected headline")
    assert b"Original headline" in client.get(url).content
    # ...but anyone with a session (staff) gets a fresh one.
    client.force_login(editor)
    assert b"Corrected headline" in client.get(url).content
    assert client.get(article.get_preview_url()).status_code == 200


def test_responses_setting_cookies_and_non_get_requests_are_not_stored(page_cache, rf):
    from django.http import HttpResponse

    from newsroom.caching import PageCacheMiddleware

    calls = []

    def view(request):
        calls.append(request.method)
        response = HttpResponse("hello")
        if request.GET.get("cookie"):
            response.set_cookie("tracking", "1")
        return response

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        middleware(rf.get("/news/", {"cookie": "1"}))
        middleware(rf.post("/news/"))
        middleware(rf.get("/preview/news/1/"))
        middleware(rf.get("/news/", HTTP_COOKIE="sessionid=abc"))
    assert len(calls) == 8
    middleware(rf.get("/news/"))
    middleware(rf.get("/news/"))
    assert len(calls) == 9  # the plain anonymous GET was stored once, then served


@pytest.mark.parametrize("cached", [True, False])
def test_conditional_get_answers_304(settings, world, client, cached):
    settings.NEWSROOM_PAGE_CACHE = cached
    for url in (reverse("newsroom:article-list"), reverse("newsroom:feed-rss")):
        first = client.get(url)
        etag = first["ETag"]
        assert client.get(url, headers={"if-none-match": etag}).status_code == 304
        if cached:
            modified = first["Last-Modified"]
            assert client.get(url, headers={"if-modified-since": modified}).status_code == 304


def test_a_change_makes_the_old_etag_stale(page_cache, world, client, make_article):
    url = reverse("newsroom:article-list")
    etag = client.get(url)["ETag"]
    make_article(title="Newer story")
    response = client.get(url, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert b"Newer story" in response.content
