"""Nothing is lost by editing: every admin save keeps a revision that an
Editor can compare with another and restore."""

import pytest
import reversion
from django import forms
from django.urls import reverse
from reversion.models import Version

from newsroom.models import Article, ArticlePartner, ArticleStatus

pytestmark = pytest.mark.django_db


def form_data(response) -> dict:
    """The POST data of the admin form as rendered in ``response``, inlines included."""
    data = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None or isinstance(field, forms.FileField):
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = field.widget.format_value(value) if hasattr(value, "isoformat") else value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
        for subform in formset.forms:
            for name in subform.fields:
                value = subform[name].value()
                if value not in (None, ""):
                    data[subform.add_prefix(name)] = value
    return data


def edit(client, article, **changes):
    url = reverse("admin:newsroom_article_change", args=[article.pk])
    data = form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_edit_twice_restore_first_and_the_public_page_shows_it(editor_client, client, make_article):
    article = make_article(title="Forum opens", standfirst="First version.")
    edit(editor_client, article, title="Forum opens in Chengdu", standfirst="Second version.")
    edit(editor_client, article, title="Forum closes", standfirst="Third version.")
    versions = Version.objects.get_for_object(article).order_by("pk")
    assert [v.field_dict["standfirst"] for v in versions] == ["Second version.", "Third version."]

    history = editor_client.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    assert history.status_code == 200
    compare = editor_client.get(
        reverse("admin:newsroom_article_compare", args=[article.pk]),
        {"version_id1": versions[0].pk, "version_id2": versions[1].pk},
    )
    assert compare.status_code == 200
    assert "Second version." in compare.content.decode()
    assert "Third version." in compare.content.decode()

    revision_url = reverse("admin:newsroom_article_revision", args=[article.pk, versions[0].pk])
    response = editor_client.get(revision_url)
    assert response.status_code == 200
    response = editor_client.post(revision_url, form_data(response))
    assert response.status_code == 302

    article = Article.objects.get(pk=article.pk)
    assert (article.title, article.standfirst) == ("Forum opens in Chengdu", "Second version.")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Forum opens in Chengdu" in page and "Forum closes" not in page


def test_partner_and_event_saves_keep_revisions(editor_client, make_partner, make_event):
    partner = make_partner(name="Sichuan University")
    event = make_event(title="Green forum")
    for model, obj, changes in [
        ("partner", partner, {"name": "Sichuan University (SCU)"}),
        ("event", event, {"title": "Green forum 2024"}),
    ]:
        url = reverse(f"admin:newsroom_{model}_change", args=[obj.pk])
        data = form_data(editor_client.get(url))
        data.update(changes)
        assert editor_client.post(url, data).status_code == 302
        assert Version.objects.get_for_object(obj).count() == 1


def _saved_version(article, **changes):
    """Save ``article`` with ``changes`` as a revision, as an admin save would."""
    with reversion.create_revision():
        for name, value in changes.items():
            setattr(article, name, value)
        article.save()
    return Version.objects.get_for_object(article).order_by("-pk").first()


def test_a_writer_cannot_revert_a_published_article_to_an_older_draft(writer_client, make_article):
    article = make_article(title="Draft title", status=ArticleStatus.DRAFT)
    draft_version = _saved_version(article)
    _saved_version(
        article,
        title="Published title",
        status=ArticleStatus.PUBLISHED,
        published_at=article.created_at,
    )
    revision_url = reverse("admin:newsroom_article_revision", args=[article.pk, draft_version.pk])

    assert writer_client.get(revision_url).status_code == 403
    assert (
        writer_client.post(revision_url, {"title": "Draft title", "status": "draft"}).status_code
        == 403
    )

    article.refresh_from_db()
    assert (article.title, article.status) == ("Published title", ArticleStatus.PUBLISHED)


def test_a_writer_cannot_revert_a_draft_to_a_published_version(writer_client, make_article):
    article = make_article(title="Live once")
    published_version = _saved_version(article)
    _saved_version(article, title="Taken down", status=ArticleStatus.DRAFT)
    revision_url = reverse(
        "admin:newsroom_article_revision", args=[article.pk, published_version.pk]
    )

    assert writer_client.get(revision_url).status_code == 403
    article.refresh_from_db()
    assert (article.title, article.status) == ("Taken down", ArticleStatus.DRAFT)


def test_a_restored_version_shows_its_own_partners_on_the_public_page(
    editor_client, client, make_article, make_partner
):
    first, second = make_partner(name="Sichuan University"), make_partner(name="Tongji University")
    article = make_article(title="Agreement signed")
    ArticlePartner.objects.create(article=article, partner=first, role="signatory")
    edit(editor_client, article, title="Agreement signed in Chengdu")
    ArticlePartner.objects.filter(article=article).update(partner=second)  # no signal: saved next
    edit(editor_client, article, title="Agreement signed in Shanghai")
    assert "Tongji University" in client.get(article.get_absolute_url()).content.decode()

    (older, _) = Version.objects.get_for_object(article).order_by("pk")
    revision_url = reverse("admin:newsroom_article_revision", args=[article.pk, older.pk])
    response = editor_client.post(revision_url, form_data(editor_client.get(revision_url)))
    assert response.status_code == 302

    page = client.get(article.get_absolute_url()).content.decode()
    assert "Agreement signed in Chengdu" in page
    assert "Sichuan University" in page and "Tongji University" not in page
