"""No draft, in-review or scheduled content reaches an anonymous visitor, by any
URL, and no query string makes a public page fail."""

import datetime as dt
import re
from collections import deque
from urllib.parse import urljoin, urlparse

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.models import ArticleStatus

pytestmark = pytest.mark.django_db

HREF = re.compile(r'(?:href|src)="([^"#]+)"')
SKIP_PREFIXES = ("/admin/", "/static/", "/media/", "/preview/")


@pytest.fixture
def hidden_world(make_article, make_partner, make_person, make_event):
    """Published content, and hidden articles that share its partner, person,
    event and tag, so every page that could leak them exists."""
    partner = make_partner(name="Sichuan University", acronym="SCU")
    person = make_person(name="Xue Wenchao", affiliation=partner)
    event = make_event(title="Green forum", kind="forum")
    public = make_article(title="Forum concluded in Chengdu", tags=["energy"])
    public.partner_roles.create(partner=partner, role="organiser")
    public.people.add(person)
    public.events.add(event)
    hidden = []
    for status, when, word in [
        (ArticleStatus.DRAFT, None, "Zanzibarqa"),
        (ArticleStatus.REVIEW, None, "Quixotelly"),
        (ArticleStatus.PUBLISHED, timezone.now() + dt.timedelta(days=2), "Embargoxy"),
    ]:
        article = make_article(
            title=f"{word} secret memorandum",
            slug=f"{word.lower()}-secret",
            status=status,
            published_at=when,
            standfirst=f"{word} standfirst",
            tags=["energy", word.lower()],
        )
        article.partner_roles.create(partner=partner, role="signatory")
        article.people.add(person)
        article.events.add(event)
        hidden.append(article)
    return {"hidden": hidden, "partner": partner, "event": event, "person": person}


def crawl(client, start: list[str], limit: int = 400) -> dict[str, str]:
    """Every page reachable from ``start`` by internal links (GET, anonymous)."""
    seen: dict[str, str] = {}
    queue = deque(start)
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        response = client.get(url)
        assert response.status_code in {200, 301, 302, 404}, (url, response.status_code)
        body = response.content.decode(errors="replace") if response.status_code == 200 else ""
        seen[url] = body
        for link in HREF.findall(body):
            parsed = urlparse(urljoin(url, link.replace("&amp;", "&")))
            if parsed.netloc not in {"", "testserver", "127.0.0.1:8000"}:
                continue
            path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
            if not path.startswith(SKIP_PREFIXES) and path not in seen:
                queue.append(path)
    return seen


def test_hidden_articles_appear_nowhere_on_the_public_site(client, hidden_world):
    hidden = hidden_world["hidden"]
    words = ["Zanzibarqa", "Quixotelly", "Embargoxy"]
    start = [
        "/",
        reverse("newsroom:article-list"),
        reverse("newsroom:feed-rss"),
        reverse("newsroom:feed-atom"),
        reverse("newsroom:tag-feed-rss", args=["energy"]),
        reverse("newsroom:partner-feed-atom", args=[hidden_world["partner"].slug]),
        reverse("newsroom:events-ics"),
        hidden_world["event"].get_ics_url(),
        "/sitemap.xml",
        "/robots.txt",
        *(f"{reverse('newsroom:article-list')}?q={w}" for w in words),
        *(f"{reverse('newsroom:article-list')}?q=secret+memorandum&tag={w.lower()}" for w in words),
        f"{reverse('newsroom:article-list')}?partner={hidden_world['partner'].slug}",
    ]
    pages = crawl(client, start)
    assert len(pages) > 15
    for url, body in pages.items():
        for article in hidden:
            assert article.title not in body, url
            assert article.slug not in body, url
            assert article.standfirst not in body, url
        for word in words:
            if word.lower() not in url.lower():  # a search page may echo its own query
                assert word.lower() not in body.lower(), url
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404
        assert client.get(article.get_preview_url()).status_code == 302  # to the login
        tag_url = reverse("newsroom:tag-detail", args=[article.tags.exclude(name="energy")[0].slug])
        assert client.get(tag_url).status_code == 404


HOSTILE_VALUES = st.one_of(
    st.text(max_size=300),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "abc",
            "' OR 1=1 --",
            "1; DROP TABLE newsroom_article;",
            "%00",
            "\x00",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "中文版",
            "é" * 5000,
            "a" * 10000,
            "last",
            "2023-13-45",
            "unknown",
        ]
    ),
)
PARAMETERS = ["page", "q", "tag", "partner", "kind", "year", "month", "country", "letter"]


@pytest.mark.parametrize(
    "name",
    [
        "newsroom:home",
        "newsroom:article-list",
        "newsroom:partner-list",
        "newsroom:event-list",
        "newsroom:feed-rss",
    ],
)
def test_hostile_query_strings_never_cause_a_server_error(client, hidden_world, name):
    url = reverse(name)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.dictionaries(st.sampled_from(PARAMETERS), HOSTILE_VALUES, max_size=4))
    def check(params):
        response = client.get(url, params)
        assert response.status_code in {200, 301, 302, 404}, (params, response.status_code)

    check()


@pytest.mark.parametrize(
    "path",
    [
        "/news/%00/",
        "/partners/" + "x" * 3000 + "/",
        "/events/..%2F..%2Fetc/",
        "/tags/%E4%B8%AD/",
        "/people/'%20OR%201=1/",
        "/events/nope.ics",
        "/feeds/tags/nope.rss",
    ],
)
def test_hostile_paths_are_404_not_500(client, hidden_world, path):
    assert client.get(path).status_code == 404


# --- Writers change only what no public page shows (newsroom.models.reviewable) ---------

PARTNER_FORM = {"name": "Lanzhou Institute of Glaciology", "slug": "lanzhou-institute",
                "acronym": "LIG", "aliases": "", "kind": "university", "country": "",
                "city": "", "website": "", "description": ""}  # fmt: skip


def _partner_page(client, partner) -> int:
    partner.refresh_from_db()
    client.logout()
    return client.get(partner.get_absolute_url()).status_code


def test_a_writers_new_partner_waits_for_an_editor(writer_client, client):
    from newsroom.models import Partner

    response = writer_client.post(
        reverse("admin:newsroom_partner_add"), {**PARTNER_FORM, "reviewed": "on"}
    )
    assert response.status_code == 302
    partner = Partner.objects.get(slug="lanzhou-institute")
    assert partner.reviewed is False and partner.public_from is None
    assert client.get(partner.get_absolute_url()).status_code == 404


def test_an_editors_new_partner_is_approved_and_public(client, editor):
    from newsroom.models import Partner

    client.force_login(editor)
    form = client.get(reverse("admin:newsroom_partner_add")).context["adminform"].form
    assert form.initial["reviewed"] is True
    client.post(reverse("admin:newsroom_partner_add"), {**PARTNER_FORM, "reviewed": "on"})
    assert _partner_page(client, Partner.objects.get(slug="lanzhou-institute")) == 200


def test_an_editor_approves_a_writers_partner_with_an_action(client, editor, make_partner):
    partner = make_partner(name="Waiting Partner", reviewed=False)
    client.force_login(editor)
    response = client.post(
        reverse("admin:newsroom_partner_changelist"),
        {"action": "approve", "_selected_action": [partner.pk]},
        follow=True,
    )
    assert "1 approved: the public site shows them." in response.content.decode()
    assert _partner_page(client, partner) == 200


def test_a_writer_cannot_approve(writer_client, make_partner):
    partner = make_partner(name="Waiting Partner", reviewed=False)
    changelist = writer_client.get(reverse("admin:newsroom_partner_changelist"))
    assert 'value="approve"' not in changelist.content.decode()
    writer_client.post(
        reverse("admin:newsroom_partner_changelist"),
        {"action": "approve", "_selected_action": [partner.pk]},
    )
    partner.refresh_from_db()
    assert partner.reviewed is False


def test_a_writer_cannot_rename_a_partner_a_published_article_shows(
    writer_client, make_partner, make_article
):
    partner = make_partner(name="Sichuan University", reviewed=False)
    make_article().partner_roles.create(partner=partner, role="organiser")
    url = reverse("admin:newsroom_partner_change", args=[partner.pk])
    page = writer_client.get(url)
    assert page.status_code == 200 and page.context["has_change_permission"] is False
    response = writer_client.post(url, {**PARTNER_FORM, "name": "Renamed by a Writer"})
    assert response.status_code == 403
    partner.refresh_from_db()
    assert partner.name == "Sichuan University"


def test_a_writer_cannot_change_an_approved_partner_but_may_change_their_own(
    writer_client, make_partner
):
    approved = make_partner(name="Approved Partner")
    own = make_partner(name="Own Partner", reviewed=False)
    approved_url = reverse("admin:newsroom_partner_change", args=[approved.pk])
    assert writer_client.post(approved_url, {**PARTNER_FORM, "name": "X"}).status_code == 403
    own_url = reverse("admin:newsroom_partner_change", args=[own.pk])
    response = writer_client.post(
        own_url, {**PARTNER_FORM, "slug": own.slug, "name": "Own, renamed"}
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.name == "Own, renamed" and own.reviewed is False


def test_a_writer_cannot_rename_or_relink_an_event_a_published_article_shows(
    writer_client, make_event, make_article, make_partner
):
    event = make_event(title="Green forum", reviewed=False)
    make_article().events.add(event)
    guest = make_partner(name="Guest")
    url = reverse("admin:newsroom_event_change", args=[event.pk])
    page = writer_client.get(url)
    assert page.context["has_change_permission"] is False
    assert all(not f.has_add_permission for f in page.context["inline_admin_formsets"])
    data = {"title": "Renamed", "slug": event.slug, "kind": "forum", "format": "in_person",
            "date_precision": "day", "start_date": "2024-03-21",
            "partner_roles-TOTAL_FORMS": "1", "partner_roles-INITIAL_FORMS": "0",
            "partner_roles-0-partner": guest.pk, "partner_roles-0-role": "host"}  # fmt: skip
    assert writer_client.post(url, data).status_code == 403
    event.refresh_from_db()
    assert event.title == "Green forum" and not event.partner_roles.exists()


def test_a_writer_cannot_change_a_person_a_published_article_names(
    writer_client, make_person, make_article
):
    person = make_person(name="Xue Wenchao", reviewed=False)
    make_article().people.add(person)
    url = reverse("admin:newsroom_person_change", args=[person.pk])
    assert writer_client.post(url, {"name": "Renamed", "slug": person.slug}).status_code == 403


def test_existing_entries_no_article_names_are_approved_by_the_migration(
    make_partner, make_person, make_event, make_article
):
    import importlib

    from django.apps import apps

    from newsroom.models import Event, Partner, Person

    migration = importlib.import_module("newsroom.migrations.0013_editor_approval")
    hand = make_partner(name="Hand entered", reviewed=False)
    in_draft = make_partner(name="Only in a draft", reviewed=False)
    make_article(status=ArticleStatus.DRAFT).partner_roles.create(partner=in_draft)
    in_news = make_partner(name="In the news", reviewed=False)
    make_article().partner_roles.create(partner=in_news)
    lone_person = make_person(reviewed=False)
    lone_event = make_event(reviewed=False)
    migration.approve_hand_entered(apps, None)
    assert set(Partner.objects.filter(reviewed=True)) == {hand}
    assert Person.objects.get(pk=lone_person.pk).reviewed
    assert Event.objects.get(pk=lone_event.pk).reviewed
    from newsroom.models.visibility import rebuild_all

    rebuild_all()
    assert set(Partner.objects.public()) == {hand, in_news}


def test_a_logo_the_disk_refuses_leaves_no_partner_and_says_why(editor_client, monkeypatch):
    import errno

    from django.core.files.storage import FileSystemStorage
    from django.core.files.uploadedfile import SimpleUploadedFile

    from newsroom.models import Partner
    from tests.conftest import png_bytes

    def full(self, name, content):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileSystemStorage, "_save", full)
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    response = editor_client.post(
        reverse("admin:newsroom_partner_add"), {**PARTNER_FORM, "logo": logo}, follow=True
    )
    assert (
        "Nothing was saved: the server&#x27;s disk is full, so the uploaded file could not be "
        "stored. Try again later or tell the site&#x27;s administrator."
    ) in response.content.decode()
    assert not Partner.objects.exists()
