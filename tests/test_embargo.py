"""Embargoes: journalists read early under a banner; the public sees nothing
before the time and everything from that second on, with no save."""

import datetime as dt
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, ArticleStatus, ReviewLink

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
LIFT = dt.datetime(2025, 3, 12, 9, 0, tzinfo=BANGKOK)
TITLE = "Joint laboratory for solar storage announced"

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch):
    """Sets the time every part of the site reads."""

    def move_to(moment: dt.datetime):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    move_to(LIFT - dt.timedelta(days=2))
    return move_to


@pytest.fixture
def embargoed(clock, make_article):
    return make_article(
        title=TITLE, status=ArticleStatus.PUBLISHED, published_at=LIFT, embargoed=True
    )


@pytest.fixture
def link(embargoed):
    return ReviewLink.objects.create(article=embargoed, note="Wire services")


def public_pages(article) -> list[str]:
    return [
        article.get_absolute_url(),
        reverse("newsroom:home"),
        reverse("newsroom:article-list"),
        reverse("newsroom:article-list") + "?q=solar+storage",
        reverse("newsroom:feed-rss"),
        "/sitemap-news.xml",
    ]


def shows(client, article, url: str) -> bool:
    """Whether the page at ``url`` names the article (its title, or its address in a sitemap)."""
    response = client.get(url)
    assert response.status_code in {200, 404}, url
    body = response.content.decode()
    return response.status_code == 200 and (TITLE in body or article.slug in body)


def test_review_link_holders_read_it_before_the_time_under_the_embargo_banner(client, link):
    page = client.get(link.get_absolute_url()).content.decode()
    assert f"<h1>{TITLE}</h1>" in page
    assert "<strong>EMBARGOED until 12 March 2025, 09:00 (Asia/Bangkok)</strong>" in page
    assert "Draft shared for review" not in page


def test_the_public_never_sees_it_before_the_time_and_sees_it_at_the_second(
    client, settings, clock, embargoed
):
    settings.NEWSROOM_PAGE_CACHE = True
    clock(LIFT - dt.timedelta(seconds=1))
    for url in public_pages(embargoed):
        assert not shows(client, embargoed, url), url
        assert not shows(client, embargoed, url), url  # nor from the page cache

    clock(LIFT)
    for url in public_pages(embargoed):
        assert shows(client, embargoed, url), url
    assert Article.objects.get(pk=embargoed.pk).updated_at < LIFT  # no save lifted it


def test_at_the_time_the_review_link_leads_to_the_public_page(client, clock, link, embargoed):
    clock(LIFT)
    response = client.get(link.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == embargoed.get_absolute_url()
    assert "EMBARGOED" not in client.get(response["Location"]).content.decode()


def test_an_embargo_is_the_publish_time_and_nothing_else(clock, embargoed):
    assert embargoed.embargoed_until == LIFT
    assert list(Article.objects.scheduled()) == [embargoed]
    clock(LIFT)
    assert embargoed.embargoed_until is None
    assert list(Article.objects.published()) == [embargoed]


def test_an_embargo_needs_the_status_published_and_a_publish_time(clock):
    article = Article(title="Draft", slug="draft", embargoed=True)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict["embargoed"] == [
        "An embargo needs the status Published and a publish time: "
        "the article goes public at that time."
    ]


def test_an_embargo_ending_in_the_past_is_refused_because_it_would_publish_at_once(clock):
    article = Article(
        title="Late",
        slug="late",
        status=ArticleStatus.PUBLISHED,
        published_at=LIFT - dt.timedelta(days=3),
        embargoed=True,
    )
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict["published_at"] == [
        "The embargo ends at the publish time, which has passed: the article would be "
        "public at once. Choose a time in the future."
    ]


def test_an_article_whose_embargo_has_lifted_can_still_be_edited(clock, embargoed):
    clock(LIFT + dt.timedelta(hours=1))
    embargoed.title = "Corrected headline"
    embargoed.full_clean()  # the embargo is over, not refused


def test_editors_set_an_embargo_in_the_publishing_section_and_the_list_says_so(
    editor_client, embargoed
):
    form = editor_client.get(reverse("admin:newsroom_article_change", args=[embargoed.pk]))
    assert 'name="embargoed"' in form.content.decode()
    listing = editor_client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    assert "Embargoed until 12 Mar 2025 09:00" in listing
