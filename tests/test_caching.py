"""The anonymous page cache: pages come from the cache until content changes,
and never a moment longer (newsroom.caching)."""

import datetime as dt

import pytest
from django.core.cache import caches
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsroom.caching import (
    PAGE_PREFIX,
    KeyedRows,
    LocalMemos,
    MemoisedCountPaginator,
    content_changed,
    content_state,
    keyset_order,
    local_pages,
    memoised,
)
from newsroom.models import Article, ArticleStatus, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    """Production's caching: pages, and queries and fragments memoised per version."""
    settings.NEWSROOM_PAGE_CACHE = True
    settings.NEWSROOM_QUERY_CACHE = True


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


def test_memoised_counts_choices_and_fragments_follow_content(
    settings, world, client, make_partner, make_article
):
    settings.NEWSROOM_QUERY_CACHE = True
    url = reverse("newsroom:article-list")
    first = client.get(url).content
    assert b"Mekong River Commission" not in first
    assert b"1 article" in first
    partner = make_partner(name="Mekong River Commission")
    make_article(title="River talks").partner_roles.create(partner=partner)
    again = client.get(url).content
    assert b"Mekong River Commission" in again  # a partner choice in the filter form
    assert b"2 articles" in again


def test_cached_cards_follow_content(settings, world, client):
    settings.NEWSROOM_QUERY_CACHE = True
    url = reverse("newsroom:article-list")
    assert b"Known story" in client.get(url).content  # its card is now kept
    article = Article.objects.get(title="Known story")
    article.title = "Known story, retitled"
    article.save()
    assert b"Known story, retitled" in client.get(url).content


def test_staff_previews_never_read_or_store_cached_cards(
    settings, world, editor_client, make_article, monkeypatch
):
    settings.NEWSROOM_QUERY_CACHE = True
    draft = make_article(title="A draft with related news", status=ArticleStatus.DRAFT)
    draft.partner_roles.create(partner=world, role="organiser")
    calls = []
    monkeypatch.setattr(
        "newsroom.templatetags.content_cache.memoised_many",
        lambda named, compute, prepare: calls.append(named) or [compute(item) for _, item in named],
    )
    response = editor_client.get(draft.get_preview_url())
    assert b"Known story" in response.content  # a related card, rendered afresh
    assert calls == []
    editor_client.get(reverse("newsroom:article-list"))
    assert calls  # a public page does use them


@pytest.fixture
def memos(settings):
    """Memoised queries and fragments on, the page cache off: what the
    benchmark calls "uncached"."""
    settings.NEWSROOM_QUERY_CACHE = True


def test_detail_page_fragments_follow_content(
    memos, world, client, make_article, make_event, make_person
):
    article = Article.objects.get(title="Known story")
    event = make_event(title="Chengdu Forum on Rail")
    article.events.add(event)
    person = make_person(name="Li Wei", position="Director", affiliation=world)
    article.people.add(person)
    pages = [article.get_absolute_url(), event.get_absolute_url(), world.get_absolute_url()]
    for url in pages:
        assert client.get(url).status_code == 200  # fragments now kept

    article.body = "<p>A corrected account of the visit.</p>"
    article.save()
    event.title = "Chengdu Forum on Railways"
    event.save()
    world.description = "<p>A university in Chengdu.</p>"
    world.save()
    person.position = "Dean"
    person.save()

    article_page = client.get(article.get_absolute_url()).content.decode()
    assert "A corrected account of the visit." in article_page
    assert "Chengdu Forum on Railways" in article_page and "Dean" in article_page
    assert "Chengdu Forum on Railways" in client.get(event.get_absolute_url()).content.decode()
    partner_page = client.get(world.get_absolute_url()).content.decode()
    assert "A university in Chengdu." in partner_page and "Dean" in partner_page


def test_header_marks_the_current_section_on_every_page(memos, world, client):
    news = client.get(reverse("newsroom:article-list")).content.decode()
    partners = client.get(reverse("newsroom:partner-list")).content.decode()
    assert '/news/" aria-current="page">News<' in news
    assert '/partners/" aria-current="page">Partners<' not in news
    assert '/partners/" aria-current="page">Partners<' in partners
    assert '/news/" aria-current="page">News<' not in partners


def test_list_pages_read_only_their_keys_once_the_cards_are_kept(
    memos, world, client, make_article
):
    for n in range(3):
        make_article(title=f"Seminar report {n}")
    url = reverse("newsroom:article-list")
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.content == first.content
    [query] = queries.captured_queries
    assert query["sql"].startswith('SELECT "newsroom_article"."id" AS "pk" FROM')
    assert "title" not in query["sql"]


def test_cards_read_only_the_rows_of_cards_not_kept_yet(memos, make_article):
    first, second, third = (make_article(title=f"Forum day {n}") for n in range(3))
    template = Template(
        '{% load content_cache %}{% cards "newsroom/includes/article_card.html" rows "article" %}'
    )
    rows = Article.objects.published().for_listing()
    template.render(Context({"rows": KeyedRows(rows, [first.pk, second.pk])}))
    with CaptureQueriesContext(connection) as queries:
        html = template.render(Context({"rows": KeyedRows(rows, [first.pk, second.pk, third.pk])}))
    assert [html.index(f"Forum day {n}") for n in range(3)] == sorted(
        html.index(f"Forum day {n}") for n in range(3)
    )
    rows_query = queries.captured_queries[0]["sql"]
    assert f"IN ({third.pk})" in rows_query  # only the missing card's row


def test_memos_are_kept_in_the_process_and_never_outlive_their_version(memos, world, monkeypatch):
    shared_reads = []
    store = caches["default"]
    real_get_many = store.get_many
    monkeypatch.setattr(
        store, "get_many", lambda keys: shared_reads.append(keys) or real_get_many(keys)
    )
    computed = []
    assert memoised("answer", lambda: computed.append(1) or 41) == 41
    assert memoised("answer", lambda: computed.append(1) or 42) == 41
    assert len(computed) == 1 and len(shared_reads) == 1  # the second read stayed local

    content_changed()
    assert memoised("answer", lambda: computed.append(1) or 43) == 43


def test_the_process_memos_are_bounded(settings):
    settings.NEWSROOM_LOCAL_MEMOS = 3
    memos = LocalMemos()
    memos.set_many({"a": 1, "b": 2, "c": 3})
    memos.get_many(["a"])  # now the most recently used
    memos.set_many({"d": 4})
    assert memos.get_many(["a", "b", "c", "d"]) == {"a": 1, "c": 3, "d": 4}
    settings.NEWSROOM_LOCAL_MEMOS = 0
    memos.set_many({"e": 5})
    assert memos.get_many(["e"]) == {}


def test_deep_pages_read_from_their_start_match_pages_read_by_position(
    memos, make_article, monkeypatch
):
    # Ties in the first order field: several articles share a publish time.
    noon = timezone.now() - dt.timedelta(days=1)
    for n in range(47):
        make_article(title=f"Story {n}", published_at=noon - dt.timedelta(hours=n // 4))
    make_article(title="Unpublished", status=ArticleStatus.DRAFT)
    monkeypatch.setattr(MemoisedCountPaginator, "deferred_join_from", 0)
    listed = Article.objects.published().newest_first()
    expected = list(listed.values_list("pk", flat=True))

    paginator = MemoisedCountPaginator(listed, 10, count_key="/news/?", keyed_rows=True)
    pages = [list(paginator.page(n).object_list.keys) for n in paginator.page_range]
    assert [key for page in pages for key in page] == expected
    assert [len(page) for page in pages] == [10, 10, 10, 10, 7]
    with CaptureQueriesContext(connection) as queries:
        paginator.page(4)
    [query] = queries.captured_queries
    assert "LIMIT 10" in query["sql"] and "OFFSET" not in query["sql"]


def test_pages_of_an_order_with_nulls_are_read_by_position(memos, make_article, monkeypatch):
    for n in range(12):
        make_article(title=f"Story {n}")
    for n in range(7):
        make_article(title=f"Draft {n}", status=ArticleStatus.DRAFT, published_at=None)
    monkeypatch.setattr(MemoisedCountPaginator, "deferred_join_from", 0)
    everything = Article.objects.order_by("-published_at", "-pk")
    expected = list(everything.values_list("pk", flat=True))
    paginator = MemoisedCountPaginator(everything, 5, count_key="/all/?", keyed_rows=True)
    pages = [list(paginator.page(n).object_list.keys) for n in paginator.page_range]
    assert [key for page in pages for key in page] == expected


def test_only_plain_field_orders_ending_with_the_key_are_keysets():
    assert keyset_order(Article.objects.published().newest_first()) == (
        ["published_at", "pk"],
        True,
    )
    assert keyset_order(Article.objects.order_by("title")) is None
    assert keyset_order(Article.objects.order_by("-published_at", "pk")) is None
    assert keyset_order(Article.objects.order_by("-published_at", "-dateline", "-pk")) is None
    assert keyset_order(Event.objects.public().past()) is None  # NULLS LAST expression


def test_object_pages_page_through_their_memoised_article_keys(
    memos, world, client, make_article, django_assert_num_queries
):
    for n in range(25):
        make_article(title=f"Joint lab report {n}").partner_roles.create(partner=world)
    url = world.get_absolute_url()
    first, second = client.get(url), client.get(f"{url}?page=2")
    with django_assert_num_queries(0):
        assert client.get(f"{url}?page=2").content == second.content
    assert "Joint lab report 24" in first.content.decode()  # newest first
    assert "Joint lab report 0" in second.content.decode()
    assert "(26)" in first.content.decode()  # with the world's "Known story"

    make_article(title="Newest joint report").partner_roles.create(partner=world)
    fresh = client.get(url).content.decode()
    assert "Newest joint report" in fresh and "(27)" in fresh


def test_cached_pages_are_kept_in_the_process_too_and_follow_content(
    page_cache, world, client, make_article, django_assert_num_queries, monkeypatch
):
    url = reverse("newsroom:article-list")
    first = client.get(url)
    # The shared cache forgets its pages; this process still has the page.
    store = caches["default"]
    shared_get = store.get

    def forgetting_pages(key, default=None, version=None):
        return default if key.startswith(PAGE_PREFIX) else shared_get(key, default, version)

    monkeypatch.setattr(store, "get", forgetting_pages)
    with django_assert_num_queries(0):
        assert client.get(url).content == first.content

    make_article(title="A newer agreement")
    assert b"A newer agreement" in client.get(url).content


def test_the_process_keeps_a_bounded_number_of_pages(page_cache, settings, world, client):
    settings.NEWSROOM_LOCAL_PAGES = 2
    for url in ("/", "/news/", "/partners/"):
        client.get(url)
    assert len(local_pages._entries) == 2
