"""The admin upload page: files wait server-side, a few are previewed per page,
and "Import these texts" imports exactly those, as the logged-in user."""

import errno

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reversion.models import Version

from newsroom.importing.admin_views import PAGE_SIZE
from newsroom.models import Article, Event, Partner, PendingUpload
from tests.conftest import SEEDS_DIR

pytestmark = pytest.mark.django_db
URL = "admin:newsroom_article_import"
SEED = "000_bce8fe1a2bde5f64.txt"


def _upload(name, data=None):
    data = (SEEDS_DIR / name).read_bytes() if data is None else data
    return SimpleUploadedFile(name, data, content_type="text/plain")


def _preview(client, files, status="published"):
    response = client.post(reverse(URL), {"files": files, "status": status}, follow=True)
    assert response.status_code == 200
    return response


def _confirm(client, preview, follow=False):
    context = preview.context
    data = {"confirm": "1", "batch": context["batch"], "upload": context["uploads"]}
    return client.post(reverse(URL), data, follow=follow)


def test_preview_writes_nothing_then_confirm_imports(editor_client):
    preview = _preview(editor_client, [_upload(SEED), SimpleUploadedFile("bad.txt", b"")])
    page = preview.content.decode()
    assert "Chongqing Renewable Energy Society" in page and "bad.txt: file is empty" in page
    assert Article.objects.count() == 0 and Partner.objects.count() == 0
    assert PendingUpload.objects.count() == 2  # waiting server-side, not in the session

    response = _confirm(editor_client, preview)
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.import_file == f"upload:{SEED}"
    assert Partner.objects.filter(acronym="BRRC").exists()
    assert PendingUpload.objects.count() == 0
    # The same batch cannot be imported twice.
    _confirm(editor_client, preview)
    assert Article.objects.count() == 1


def test_writers_import_drafts_only(writer_client):
    preview = _preview(writer_client, [_upload("002_bd79deec1a0c34c8.txt")])
    _confirm(writer_client, preview)
    assert Article.objects.get().status == "draft"


def test_only_staff_with_add_permission(client, django_user_model):
    assert client.get(reverse(URL)).status_code == 302  # to the login page
    user = django_user_model.objects.create_user("plain", password="pw-for-tests-1", is_staff=True)
    client.force_login(user)
    assert client.get(reverse(URL)).status_code == 403


def test_another_users_batch_is_not_theirs(editor_client, client, writer):
    preview = _preview(editor_client, [_upload(SEED)])
    client.force_login(writer)
    response = _confirm(client, preview, follow=True)
    assert "These files have expired or were already imported." in response.content.decode()
    assert Article.objects.count() == 0 and PendingUpload.objects.count() == 1


def test_many_files_are_previewed_and_imported_a_page_at_a_time(editor_client):
    files = [_upload(f"t{n:02}.txt", f"Forum number {n}\n\nA forum met in Chengdu.\n".encode())
             for n in range(PAGE_SIZE + 2)]  # fmt: skip
    preview = _preview(editor_client, files)
    assert len(preview.context["results"]) == PAGE_SIZE
    assert preview.context["pages"] == 2 and preview.context["next_url"]
    second = _confirm(editor_client, preview, follow=True)
    assert Article.objects.count() == PAGE_SIZE
    assert len(second.context["results"]) == 2  # the rest, parsed now
    _confirm(editor_client, second)
    assert Article.objects.count() == PAGE_SIZE + 2


def test_an_oversized_upload_names_its_real_size(editor_client, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 1024 * 1024
    preview = _preview(editor_client, [_upload("big.txt", b"a\n" * (1_750 * 1024))])
    assert "big.txt: file is 3.4 MB, over the 1.0 MB limit" in preview.content.decode()


def test_every_import_change_is_a_revision_and_a_log_entry_by_its_author(editor_client, editor):
    _confirm(editor_client, _preview(editor_client, [_upload(SEED)]))
    article = Article.objects.get()
    assert article.created_by == editor and article.updated_by == editor
    version = Version.objects.get_for_object(article).get()
    assert version.revision.user == editor
    assert version.revision.comment == f"Imported from upload:{SEED}"
    assert version.field_dict["title"] == article.title
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert (entry.user, entry.action_flag) == (editor, ADDITION)
    assert Version.objects.get_for_model(Partner).exists()


def _changed_seed() -> bytes:
    text = (SEEDS_DIR / SEED).read_text(encoding="utf-8")
    return (text + "\nA paragraph the Writer added.\n").encode()


def test_a_writer_cannot_rewrite_a_live_article_by_upload(editor_client, client, writer, editor):
    _confirm(editor_client, _preview(editor_client, [_upload(SEED)]))
    live = Article.objects.get()
    events = set(Event.objects.values_list("pk", flat=True))
    before = (live.title, live.body, live.status, live.updated_at)

    client.force_login(writer)
    changed = [_upload(SEED, _changed_seed().replace(b"Belt and Road", b"Belt & Road"))]
    preview = _preview(client, changed)
    assert preview.context["results"][0]["status"] == "proposed"
    response = _confirm(client, preview, follow=True)
    assert (
        # The admin's message list starts each message with a capital.
        f"Upload:{SEED}: &#x27;{live.title}&#x27; is published, so the changed text waits for "
        "an Editor: it is a proposed revision in the article&#x27;s History"
    ) in response.content.decode()

    live.refresh_from_db()
    assert (live.title, live.body, live.status, live.updated_at) == before
    assert set(Event.objects.values_list("pk", flat=True)) == events
    proposal = Version.objects.get_for_object(live).first()
    assert proposal.revision.user == writer
    assert proposal.revision.comment.startswith(f"Proposed by writer from upload:{SEED}")
    assert "A paragraph the Writer added." in proposal.field_dict["body"]
    assert live.needs_review and f"revision proposed by writer from upload:{SEED}" in (
        live.review_reasons
    )
    assert LogEntry.objects.filter(user=writer, object_id=str(live.pk)).exists()
    # Uploading it again proposes nothing new.
    _confirm(client, _preview(client, [_upload(SEED, _changed_seed())]))
    _confirm(client, _preview(client, changed))
    assert Version.objects.get_for_object(live).count() == 3


def test_a_writers_update_of_a_draft_keeps_the_events_they_may_not_delete(client, editor, writer):
    client.force_login(editor)
    _confirm(client, _preview(client, [_upload(SEED)], status="draft"))
    draft = Article.objects.get()
    events = set(draft.events.values_list("pk", flat=True))
    assert events
    client.force_login(writer)
    _confirm(client, _preview(client, [_upload(SEED, b"Forum renamed\n\nNothing else.\n")]))
    draft.refresh_from_db()
    assert draft.title == "Forum renamed" and draft.updated_by == writer
    assert set(Event.objects.values_list("pk", flat=True)) >= events


def test_an_upload_that_cannot_be_stored_says_so_and_keeps_nothing(editor_client, monkeypatch):
    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PendingUpload, "save", full)
    response = editor_client.post(reverse(URL), {"files": [_upload(SEED)], "status": "draft"})
    assert (
        "The files could not be kept for the preview: the server&#x27;s disk is full. "
        "Nothing was saved; try again later."
    ) in response.content.decode()
    assert PendingUpload.objects.count() == 0


def test_an_editor_accepts_a_proposed_revision_in_the_history(client, editor, writer):
    from tests.test_revisions import form_data

    client.force_login(editor)
    _confirm(client, _preview(client, [_upload(SEED)]))
    live = Article.objects.get()
    client.force_login(writer)
    _confirm(client, _preview(client, [_upload(SEED, _changed_seed())]))
    proposal = Version.objects.get_for_object(live).first()

    client.force_login(editor)
    url = reverse("admin:newsroom_article_revision", args=[live.pk, proposal.pk])
    response = client.post(url, form_data(client.get(url)))
    assert response.status_code == 302
    live.refresh_from_db()
    assert "A paragraph the Writer added." in live.body and live.status == "published"
    assert client.get(live.get_absolute_url()).status_code == 200
