"""The editorial back office, as Editors and Writers use it."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, ArticleStatus, Event, Partner, Person

pytestmark = pytest.mark.django_db

MODELS = ["article", "partner", "event", "person"]


@pytest.fixture
def content(make_article, make_partner, make_person, make_event):
    partner = make_partner(
        name="Sichuan University", acronym="SCU", country="CN", kind="university"
    )
    event = make_event(title="Green forum", kind="forum", city="Chengdu", country="CN")
    event.partner_roles.create(partner=partner, role="organiser")
    person = make_person(name="Xue Wenchao", position="Professor", affiliation=partner)
    article = make_article(title="Forum concluded", tags=["energy"], needs_review=True)
    article.partner_roles.create(partner=partner, role="organiser")
    article.people.add(person)
    article.events.add(event)
    return {"article": article, "partner": partner, "event": event, "person": person}


@pytest.mark.parametrize("model", MODELS)
def test_every_changelist_add_and_change_page_answers_for_an_editor(editor_client, content, model):
    obj = content[model]
    for url in [
        reverse(f"admin:newsroom_{model}_changelist"),
        reverse(f"admin:newsroom_{model}_add"),
        reverse(f"admin:newsroom_{model}_change", args=[obj.pk]),
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize(
    "model,query",
    [
        ("article", {"q": "forum"}),
        ("article", {"status__exact": "published"}),
        ("article", {"needs_review__exact": "1"}),
        ("article", {"year": str(timezone.now().year)}),
        ("article", {"partners__id__exact": "PARTNER"}),
        ("article", {"tags__id__exact": "TAG"}),
        ("article", {"language__exact": "en"}),
        ("article", {"published_at__year": str(timezone.now().year)}),
        ("partner", {"q": "SCU"}),
        ("partner", {"kind__exact": "university"}),
        ("partner", {"country__exact": "CN"}),
        ("event", {"q": "green"}),
        ("event", {"kind__exact": "forum"}),
        ("event", {"format__exact": "in_person"}),
        ("event", {"year": "2024"}),
        ("event", {"date_precision__exact": "day"}),
        ("event", {"country__exact": "CN"}),
        ("person", {"q": "Sichuan"}),
        ("person", {"affiliation__id__exact": "PARTNER"}),
    ],
)
def test_search_and_filters_find_the_content(editor_client, content, model, query):
    tag_id = content["article"].tags.get().pk
    query = {
        k: str({"PARTNER": content["partner"].pk, "TAG": tag_id}.get(v, v))
        for k, v in query.items()
    }
    response = editor_client.get(reverse(f"admin:newsroom_{model}_changelist"), query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1, query


def test_editor_creates_partner_event_and_article_with_image_and_publishes(
    editor_client, image_upload
):
    response = editor_client.post(
        reverse("admin:newsroom_partner_add"),
        {
            "name": "Green and Smart Energy Organization",
            "slug": "gseo",
            "acronym": "GSEO",
            "aliases": "",
            "kind": "ngo",
            "country": "CN",
            "city": "Beijing",
            "website": "",
            "logo": image_upload("logo.png"),
            "description": "<p>Energy body</p>",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    partner = Partner.objects.get(slug="gseo")
    assert partner.logo.name.startswith("partners/")

    response = editor_client.post(
        reverse("admin:newsroom_event_add"),
        {
            "title": "MoU signing",
            "slug": "mou-signing",
            "kind": "signing",
            "format": "online",
            "date_precision": "day",
            "start_date": "2022-01-25",
            "date_text": "January 25th",
            "partner_roles-TOTAL_FORMS": "1",
            "partner_roles-INITIAL_FORMS": "0",
            "partner_roles-0-partner": partner.pk,
            "partner_roles-0-role": "signatory",
        },
    )
    assert response.status_code == 302
    event = Event.objects.get(slug="mou-signing")

    response = editor_client.post(
        reverse("admin:newsroom_article_add"),
        {
            "title": "Memorandum signed",
            "slug": "memorandum-signed",
            "standfirst": "Signed.",
            "body": "<p>The two sides signed.</p>",
            "status": "draft",
            "language": "en",
            "tags": "energy, belarus",
            "dateline_precision": "day",
            "dateline": "2022-01-25",
            "hero_image": image_upload("hero.png"),
            "hero_alt": "Two delegates shaking hands",
            "events": [event.pk],
            "partner_roles-TOTAL_FORMS": "1",
            "partner_roles-INITIAL_FORMS": "0",
            "partner_roles-0-partner": partner.pk,
            "partner_roles-0-role": "signatory",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="memorandum-signed")
    assert article.status == ArticleStatus.DRAFT
    assert not Article.objects.published().exists()
    assert sorted(article.tags.names()) == ["belarus", "energy"]
    assert article.partner_roles.get().role == "signatory"
    assert article.created_by.username == "editor"

    response = editor_client.post(
        reverse("admin:newsroom_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert response.status_code == 302
    assert list(Article.objects.published()) == [article]


def test_writer_cannot_publish_through_the_form(writer_client):
    response = writer_client.get(reverse("admin:newsroom_article_add"))
    choices = [value for value, _ in response.context["adminform"].form.fields["status"].choices]
    assert "published" not in choices

    response = writer_client.post(
        reverse("admin:newsroom_article_add"),
        {
            "title": "My story",
            "slug": "my-story",
            "status": "published",
            "language": "en",
            "dateline_precision": "unknown",
            "partner_roles-TOTAL_FORMS": "0",
            "partner_roles-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert not Article.objects.exists()

    response = writer_client.post(
        reverse("admin:newsroom_article_add"),
        {
            "title": "My story",
            "slug": "my-story",
            "status": "review",
            "language": "en",
            "dateline_precision": "unknown",
            "partner_roles-TOTAL_FORMS": "0",
            "partner_roles-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    assert Article.objects.get().status == ArticleStatus.REVIEW


def test_writer_cannot_publish_by_action(writer_client, make_article):
    draft = make_article(status=ArticleStatus.REVIEW)
    changelist = reverse("admin:newsroom_article_changelist")
    actions = [
        name
        for name, _ in writer_client.get(changelist).context["action_form"].fields["action"].choices
    ]
    assert "publish" not in actions and "unpublish" not in actions

    writer_client.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.REVIEW


def test_writer_cannot_change_a_published_article(writer_client, make_article):
    live = make_article(title="Live story")
    url = reverse("admin:newsroom_article_change", args=[live.pk])
    response = writer_client.post(
        url,
        {
            "title": "Changed",
            "slug": live.slug,
            "status": "draft",
            "language": "en",
            "dateline_precision": "unknown",
            "partner_roles-TOTAL_FORMS": "0",
            "partner_roles-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 403
    live.refresh_from_db()
    assert live.title == "Live story"
    assert writer_client.get(url).status_code == 200  # still visible, read-only


def test_editor_unpublishes_and_marks_reviewed(editor_client, make_article):
    article = make_article(needs_review=True, review_reasons=["headline inferred"])
    changelist = reverse("admin:newsroom_article_changelist")
    editor_client.post(changelist, {"action": "mark_reviewed", "_selected_action": [article.pk]})
    editor_client.post(changelist, {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert (article.status, article.needs_review, article.review_reasons) == ("draft", False, [])


def test_view_on_site_points_drafts_to_the_staff_preview(editor_client, make_article):
    draft = make_article(status=ArticleStatus.DRAFT, title="Secret plan")
    live = make_article(title="Public story")
    response = editor_client.get(reverse("admin:newsroom_article_change", args=[draft.pk]))
    assert draft.get_preview_url() in response.content.decode()
    response = editor_client.get(reverse("admin:newsroom_article_change", args=[live.pk]))
    assert live.get_absolute_url() in response.content.decode()


def test_staff_preview_shows_drafts_only_to_staff(client, editor, make_article):
    draft = make_article(
        status=ArticleStatus.DRAFT,
        title="Secret plan",
        published_at=timezone.now() + dt.timedelta(days=3),
    )
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = client.get(draft.get_preview_url())
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(editor)
    response = client.get(draft.get_preview_url())
    assert response.status_code == 200
    assert "Secret plan" in response.content.decode()
    assert "Preview" in response.content.decode()


def test_changelist_thumbnails_and_counts(editor_client, make_article, make_partner, image_upload):
    partner = make_partner(name="UNDP")
    article = make_article(hero_image=image_upload(), hero_alt="A hall")
    article.partner_roles.create(partner=partner, role="mentioned")
    html = editor_client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    assert article.hero_image.url in html
    assert 'alt="A hall"' in html
    assert Person.objects.count() == 0


def test_article_list_links_to_the_import_page_for_those_who_may_add(
    editor_client, client, django_user_model
):
    changelist = reverse("admin:newsroom_article_changelist")
    html = editor_client.get(changelist).content.decode()
    assert reverse("admin:newsroom_article_import") in html
    assert "Recover deleted articles" in html
    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    html = client.get(changelist).content.decode()
    assert reverse("admin:newsroom_article_import") not in html
