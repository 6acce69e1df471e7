"""The admin upload page: preview first, then import exactly what was previewed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.models import Article, Partner
from tests.conftest import SEEDS_DIR

pytestmark = pytest.mark.django_db
URL = "admin:newsroom_article_import"


def _upload(name):
    return SimpleUploadedFile(name, (SEEDS_DIR / name).read_bytes(), content_type="text/plain")


def test_preview_writes_nothing_then_confirm_imports(editor_client):
    response = editor_client.post(
        reverse(URL),
        {
            "files": [_upload("000_bce8fe1a2bde5f64.txt"), SimpleUploadedFile("bad.txt", b"")],
            "status": "published",
        },  # fmt: skip
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Chongqing Renewable Energy Society" in page and "bad.txt: file is empty" in page
    assert Article.objects.count() == 0 and Partner.objects.count() == 0

    batch = response.context["batch"]
    response = editor_client.post(reverse(URL), {"confirm": "1", "batch": batch})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.import_file == "upload:000_bce8fe1a2bde5f64.txt"
    assert Partner.objects.filter(acronym="BRRC").exists()
    # The same batch cannot be imported twice.
    editor_client.post(reverse(URL), {"confirm": "1", "batch": batch})
    assert Article.objects.count() == 1


def test_writers_import_drafts_only(writer_client):
    response = writer_client.post(
        reverse(URL), {"files": [_upload("002_bd79deec1a0c34c8.txt")], "status": "published"}
    )
    writer_client.post(reverse(URL), {"confirm": "1", "batch": response.context["batch"]})
    assert Article.objects.get().status == "draft"


def test_only_staff_with_add_permission(client, django_user_model):
    assert client.get(reverse(URL)).status_code == 302  # to the login page
    user = django_user_model.objects.create_user("plain", password="pw-for-tests-1", is_staff=True)
    client.force_login(user)
    assert client.get(reverse(URL)).status_code == 403
