"""Sharing a draft for review: what the link holder reads, what never leaks."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.models import ArticlePartner, ArticleStatus, Event, ReviewLink, ReviewVisit

DRAFT_TITLE = "Secret agreement with the Academy"


@pytest.fixture
def draft(make_article):
    return make_article(
        title=DRAFT_TITLE,
        status=ArticleStatus.DRAFT,
        standfirst="Not announced yet.",
        tags=["Energy"],
    )


@pytest.fixture
def link(draft, editor):
    return ReviewLink.objects.create(article=draft, note="Ms Chen, Bangkok Post", created_by=editor)


def share_page(obj) -> str:
    return reverse(f"admin:newsroom_{obj._meta.model_name}_review_links", args=[obj.pk])


def test_an_editor_shares_a_draft_and_reads_the_link_to_copy(editor_client, draft):
    response = editor_client.post(
        share_page(draft), {"note": "Ms Chen, Bangkok Post", "lifetime": "7"}, follow=True
    )

    link = ReviewLink.objects.get()
    assert link.article == draft and link.note == "Ms Chen, Bangkok Post"
    assert len(link.token) >= 43  # 32 random bytes
    assert abs(link.expires_at - (timezone.now() + dt.timedelta(days=7))) < dt.timedelta(minutes=1)
    page = response.content.decode()
    until = timezone.localtime(link.expires_at).strftime("%d %B %Y, %H:%M")
    assert f"Review link created. It works until {until}: copy it below." in page
    assert f'value="http://127.0.0.1:8000/preview/review/{link.token}/"' in page
    assert f'data-copy-target="review-link-{link.pk}">Copy</button>' in page


def test_the_expiry_can_be_chosen_and_a_strange_one_is_refused(editor_client, draft):
    editor_client.post(share_page(draft), {"lifetime": "1"})
    link = ReviewLink.objects.get()
    assert link.expires_at - link.created_at < dt.timedelta(days=1, minutes=1)

    response = editor_client.post(share_page(draft), {"lifetime": "365"})
    assert "Select a valid choice. 365 is not one of the available choices." in (
        response.content.decode()
    )
    assert ReviewLink.objects.count() == 1


def test_two_links_never_share_a_token(draft):
    first = ReviewLink.objects.create(article=draft)
    second = ReviewLink.objects.create(article=draft)
    assert first.token != second.token


def test_whoever_holds_the_link_reads_the_draft_as_it_will_look_marked_not_public(client, link):
    response = client.get(link.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert f"<h1>{DRAFT_TITLE}</h1>" in page
    assert "Not announced yet." in page
    assert "<strong>Draft shared for review — not public</strong>" in page
    assert '<meta name="robots" content="noindex">' in page
    assert "application/ld+json" not in page
    assert 'rel="canonical"' not in page
    assert "Edit in the admin" not in page


def test_the_shared_page_is_kept_by_no_cache_and_indexed_by_no_search_engine(client, link):
    response = client.get(link.get_absolute_url())
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"


def test_the_page_cache_never_stores_a_shared_page(client, settings, link):
    settings.NEWSROOM_PAGE_CACHE = True
    assert client.get(link.get_absolute_url()).status_code == 200
    assert client.get(link.get_absolute_url()).status_code == 200
    ReviewLink.objects.filter(pk=link.pk).update(revoked_at=timezone.now())  # no signal
    assert client.get(link.get_absolute_url()).status_code == 404


def test_a_revoked_link_is_a_404_that_names_nothing(client, link):
    link.revoke()
    response = client.get(link.get_absolute_url())
    assert response.status_code == 404
    assert DRAFT_TITLE not in response.content.decode()
    assert "Not announced yet." not in response.content.decode()


def test_an_expired_link_is_a_404_that_names_nothing(client, link, monkeypatch):
    later = link.expires_at
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get(link.get_absolute_url())
    assert response.status_code == 404
    assert DRAFT_TITLE not in response.content.decode()


@pytest.mark.parametrize("token", ["guess", "A" * 43, "-" * 43])
def test_a_guessed_token_is_a_404(client, link, token):
    assert client.get(reverse("newsroom:review-link", kwargs={"token": token})).status_code == 404


def test_each_view_is_logged_and_shown_on_the_articles_admin_page(
    client, editor_client, link, draft
):
    client.get(link.get_absolute_url())
    client.get(link.get_absolute_url())

    assert ReviewVisit.objects.filter(link=link).count() == 2
    page = editor_client.get(
        reverse("admin:newsroom_article_change", args=[draft.pk])
    ).content.decode()
    assert "<td>Ms Chen, Bangkok Post</td><td>Live</td>" in page
    assert f'value="http://127.0.0.1:8000/preview/review/{link.token}/"' in page
    assert "<td>2</td>" in page
    visit = ReviewVisit.objects.filter(link=link).first()
    when = timezone.localtime(visit.visited_at).strftime("%-d %b %Y, %H:%M:%S")
    assert f"<li>{when} — Ms Chen, Bangkok Post</li>" in page
    assert f'href="{share_page(draft)}">Share for review</a>' in page


def test_an_editor_revokes_a_link_from_the_share_page(editor_client, client, link, draft):
    url = reverse("admin:newsroom_article_review_link_revoke", args=[draft.pk, link.pk])
    response = editor_client.post(url, follow=True)

    assert "The link for Ms Chen, Bangkok Post is revoked: it opens nothing any more." in (
        response.content.decode()
    )
    link.refresh_from_db()
    assert link.state == "Revoked"
    assert client.get(link.get_absolute_url()).status_code == 404


def test_revoking_needs_a_post(editor_client, link, draft):
    url = reverse("admin:newsroom_article_review_link_revoke", args=[draft.pk, link.pk])
    assert editor_client.get(url).status_code == 405
    link.refresh_from_db()
    assert link.is_live


def test_a_shared_draft_appears_in_no_public_list_feed_sitemap_search_or_related_list(
    client, settings, link, make_article, make_partner
):
    settings.NEWSROOM_PAGE_CACHE = True
    neighbour = make_article(title="Published neighbour", tags=["Energy"])
    partner = make_partner(name="National Academy")
    for article in (neighbour, link.article):
        ArticlePartner.objects.create(article=article, partner=partner)
    assert client.get(link.get_absolute_url()).status_code == 200

    public = [
        reverse("newsroom:home"),
        reverse("newsroom:article-list"),
        reverse("newsroom:article-list") + "?q=Secret+agreement",
        reverse("newsroom:feed-rss"),
        reverse("newsroom:feed-atom"),
        "/sitemap-news.xml",
        "/sitemap-tags.xml",
        neighbour.get_absolute_url(),
        partner.get_absolute_url(),
        reverse("newsroom:partner-feed-rss", args=[partner.slug]),
        reverse("newsroom:tag-detail", args=["energy"]),
        reverse("newsroom:tag-feed-atom", args=["energy"]),
        reverse("newsroom:tag-list"),
    ]
    for url in public:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert DRAFT_TITLE not in body, url
        assert link.token not in body, url


def test_a_link_to_an_article_now_public_leads_to_its_public_page(client, link, draft):
    draft.status = ArticleStatus.PUBLISHED
    draft.save()
    response = client.get(link.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == draft.get_absolute_url()


def test_an_unpublished_event_can_be_shared_and_stays_out_of_the_event_list(
    client, editor, draft, make_event
):
    event = make_event(title="Closed-door forum on hydrogen")
    draft.events.add(event)
    # Not public yet, whatever made it so (a draft names it, no Editor approved it).
    Event.objects.filter(pk=event.pk).update(public_from=None)
    link = ReviewLink.objects.create(event=event, created_by=editor)

    page = client.get(link.get_absolute_url()).content.decode()
    assert "<h1>Closed-door forum on hydrogen</h1>" in page
    assert "<strong>Draft shared for review — not public</strong>" in page
    assert client.get(event.get_absolute_url()).status_code == 404
    assert (
        "Closed-door forum on hydrogen"
        not in client.get(reverse("newsroom:event-list")).content.decode()
    )


def test_the_event_admin_has_its_share_page(editor_client, make_event):
    event = make_event(title="Workshop")
    editor_client.post(share_page(event), {"note": "", "lifetime": "3"})
    assert ReviewLink.objects.get().event == event
    change = editor_client.get(reverse("admin:newsroom_event_change", args=[event.pk]))
    assert f'href="{share_page(event)}">Share for review</a>' in change.content.decode()


def test_a_writer_shares_a_draft_but_not_a_published_article(writer_client, draft, make_article):
    assert writer_client.post(share_page(draft), {"lifetime": "7"}).status_code == 302
    published = make_article(title="Live story")
    assert writer_client.post(share_page(published), {"lifetime": "7"}).status_code == 403
    assert ReviewLink.objects.filter(article=published).count() == 0


def test_every_link_is_listed_in_one_place_and_can_be_revoked_at_once(editor_client, link):
    listing = editor_client.get(reverse("admin:newsroom_reviewlink_changelist"))
    assert f"Review link to “{DRAFT_TITLE}” for Ms Chen, Bangkok Post" in listing.content.decode()
    editor_client.post(
        reverse("admin:newsroom_reviewlink_changelist"),
        {"action": "revoke", "_selected_action": [link.pk]},
    )
    link.refresh_from_db()
    assert link.state == "Revoked"
