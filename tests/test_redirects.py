"""Old addresses keep working: 301 after a slug change, 410 after a deletion."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag

from newsroom.models import ArticleStatus, Redirect

pytestmark = pytest.mark.django_db


def rename(obj, slug):
    obj.slug = slug
    obj.save()


def redirect_queries(context) -> list[str]:
    return [q["sql"] for q in context.captured_queries if "newsroom_redirect" in q["sql"]]


def test_a_published_articles_old_address_redirects_permanently_to_the_new_one(
    client, make_article
):
    article = make_article(title="Forum concluded", slug="forum-ends")
    rename(article, "forum-concluded")

    response = client.get("/news/forum-ends/")

    assert response.status_code == 301
    assert response["Location"] == "/news/forum-concluded/"
    assert "Forum concluded" in client.get(response["Location"]).content.decode()


def test_the_query_string_follows_the_redirect(client, make_article):
    article = make_article(slug="old-name")
    rename(article, "new-name")
    response = client.get("/news/old-name/?utm_source=newsletter")
    assert response["Location"] == "/news/new-name/?utm_source=newsletter"


def test_chains_collapse_so_every_old_address_leads_straight_to_the_current_one(
    client, make_article
):
    article = make_article(slug="a")
    rename(article, "b")
    rename(article, "c")

    assert client.get("/news/a/")["Location"] == "/news/c/"
    assert client.get("/news/b/")["Location"] == "/news/c/"
    assert set(Redirect.objects.values_list("old_path", "new_path")) == {
        ("/news/a/", "/news/c/"),
        ("/news/b/", "/news/c/"),
    }


def test_renaming_back_serves_the_page_again_without_a_loop(client, make_article):
    article = make_article(title="Back again", slug="a")
    rename(article, "b")
    rename(article, "a")

    assert client.get("/news/a/").status_code == 200
    assert client.get("/news/b/")["Location"] == "/news/a/"
    assert not Redirect.objects.filter(old_path="/news/a/").exists()


def test_a_drafts_slug_change_leaves_no_redirect_that_would_reveal_its_new_address(
    client, make_article
):
    draft = make_article(status=ArticleStatus.DRAFT, slug="secret-merger")
    rename(draft, "merger-with-partner")

    assert client.get("/news/secret-merger/").status_code == 404
    assert not Redirect.objects.exists()


def test_an_article_unpublished_and_renamed_at_once_leaves_no_redirect_to_its_draft(
    client, make_article
):
    article = make_article(slug="announced")
    article.status = ArticleStatus.DRAFT
    article.slug = "withdrawn-for-now"
    article.save()

    assert client.get("/news/announced/").status_code == 404
    assert not Redirect.objects.exists()


def test_a_deleted_published_article_answers_410_gone_with_a_small_page(client, make_article):
    article = make_article(slug="withdrawn")
    rename(article, "withdrawn-story")
    article.delete()

    for path in ("/news/withdrawn-story/", "/news/withdrawn/"):
        response = client.get(path)
        assert response.status_code == 410
        page = response.content.decode()
        assert "This page has been removed" in page
        assert "What was published at this address was deleted and will not come back." in page
        assert '<meta name="robots" content="noindex">' in page


def test_deleting_a_draft_leaves_nothing_behind(client, make_article):
    make_article(status=ArticleStatus.DRAFT, slug="never-public").delete()
    assert client.get("/news/never-public/").status_code == 404
    assert not Redirect.objects.exists()


def test_an_old_slug_can_be_taken_by_a_new_article_and_the_redirect_yields(client, make_article):
    first = make_article(title="First story", slug="report")
    rename(first, "report-2023")
    make_article(title="Second story", slug="report")

    response = client.get("/news/report/")
    assert response.status_code == 200
    assert "Second story" in response.content.decode()
    assert not Redirect.objects.filter(old_path="/news/report/").exists()
    assert client.get("/news/report-2023/").status_code == 200


def test_a_draft_taking_an_old_slug_leaves_the_redirect_until_it_is_public(client, make_article):
    first = make_article(slug="report")
    rename(first, "report-2023")
    draft = make_article(status=ArticleStatus.DRAFT, slug="report")

    assert client.get("/news/report/")["Location"] == "/news/report-2023/"

    draft.status = ArticleStatus.PUBLISHED
    draft.save()
    assert client.get("/news/report/").status_code == 200


def test_partners_keep_their_page_and_feeds_at_the_old_addresses(client, make_partner):
    partner = make_partner(name="Asian Institute of Technology", slug="ait")
    rename(partner, "asian-institute-of-technology")

    assert client.get("/partners/ait/")["Location"] == "/partners/asian-institute-of-technology/"
    assert (
        client.get("/feeds/partners/ait.rss")["Location"]
        == "/feeds/partners/asian-institute-of-technology.rss"
    )
    assert (
        client.get("/feeds/partners/ait.atom")["Location"]
        == "/feeds/partners/asian-institute-of-technology.atom"
    )


def test_events_keep_their_page_and_calendar_file_at_the_old_addresses(client, make_event):
    event = make_event(title="Energy forum", slug="forum")
    rename(event, "energy-forum-2024")

    assert client.get("/events/forum/")["Location"] == "/events/energy-forum-2024/"
    assert client.get("/events/forum.ics")["Location"] == "/events/energy-forum-2024.ics"


def test_people_keep_their_page_at_the_old_address(client, make_person):
    person = make_person(name="Wang Li", slug="wang")
    rename(person, "wang-li")
    assert client.get("/people/wang/")["Location"] == "/people/wang-li/"


def test_public_tags_keep_their_page_and_feeds_at_the_old_addresses(client, make_article):
    make_article(tags=["Energy"])
    tag = Tag.objects.get(name="Energy")
    rename(tag, "energy-transition")

    assert client.get("/tags/energy/")["Location"] == "/tags/energy-transition/"
    assert client.get("/feeds/tags/energy.rss")["Location"] == "/feeds/tags/energy-transition.rss"


def test_a_tag_only_drafts_carry_leaves_no_redirect(client, make_article):
    make_article(status=ArticleStatus.DRAFT, tags=["Unannounced"])
    rename(Tag.objects.get(name="Unannounced"), "still-unannounced")
    assert not Redirect.objects.exists()


def test_a_deleted_event_answers_410_for_its_page_and_calendar_file(client, make_event):
    make_event(slug="cancelled-forum").delete()
    assert client.get("/events/cancelled-forum/").status_code == 410
    assert client.get("/events/cancelled-forum.ics").status_code == 410


def test_normal_pages_never_read_the_redirects_and_a_404_reads_them_once(client, make_article):
    article = make_article()
    with CaptureQueriesContext(connection) as page:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert redirect_queries(page) == []

    with CaptureQueriesContext(connection) as missing:
        assert client.get("/news/no-such-article/").status_code == 404
    assert len(redirect_queries(missing)) == 1


def test_editors_see_and_delete_redirects_in_the_admin(editor_client, make_article):
    article = make_article(slug="old-slug")
    rename(article, "new-slug")
    redirect = Redirect.objects.get()

    listing = editor_client.get(reverse("admin:newsroom_redirect_changelist")).content.decode()
    assert "/news/old-slug/" in listing
    assert '<a href="/news/new-slug/">/news/new-slug/</a>' in listing
    assert reverse("admin:newsroom_redirect_add") not in listing

    delete_url = reverse("admin:newsroom_redirect_delete", args=[redirect.pk])
    response = editor_client.post(delete_url, {"post": "yes"})
    assert response.status_code == 302
    assert not Redirect.objects.exists()
    assert editor_client.get("/news/old-slug/").status_code == 404


def test_deleted_pages_read_as_gone_in_the_admin(editor_client, make_article):
    make_article(slug="removed").delete()
    listing = editor_client.get(
        reverse("admin:newsroom_redirect_changelist") + "?kind=gone"
    ).content.decode()
    assert "/news/removed/" in listing
    assert "Gone: the page was deleted (410)" in listing


def test_writers_read_redirects_but_cannot_delete_them(writer_client, make_article):
    article = make_article(slug="old-slug")
    rename(article, "new-slug")
    redirect = Redirect.objects.get()

    assert writer_client.get(reverse("admin:newsroom_redirect_changelist")).status_code == 200
    delete_url = reverse("admin:newsroom_redirect_delete", args=[redirect.pk])
    assert writer_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Redirect.objects.exists()


@pytest.mark.parametrize("path", ["/news/" + "x" * 400 + "/", "/no-such-section/"])
def test_unknown_addresses_stay_404(client, path):
    assert client.get(path).status_code == 404


def test_a_page_cached_at_the_old_address_gives_way_to_the_redirect(client, settings, make_article):
    settings.NEWSROOM_PAGE_CACHE = True
    article = make_article(slug="cached")
    assert client.get("/news/cached/").status_code == 200
    assert client.get("/news/cached/").status_code == 200  # served from the page cache
    rename(article, "renamed")
    assert client.get("/news/cached/")["Location"] == "/news/renamed/"


def test_saving_a_public_article_without_a_slug_change_never_reads_the_redirects(
    make_article,
):
    article = make_article()
    article.standfirst = "Corrected."
    with CaptureQueriesContext(connection) as saving:
        article.save()
    assert redirect_queries(saving) == []
