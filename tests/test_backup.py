"""Backup and restore round-trip all content and media with nothing lost."""

import io
import json
import re
import shutil
import tarfile
import uuid

import pytest
import reversion
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError

from newsroom.backup import dump_data, media_files
from newsroom.models import Article

# serialized_rollback: the data migration's groups survive the flush for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


# Django's serializer keeps times to the millisecond: a time 1-999 microseconds past a
# second is written "…:18.000Z" and restored as "…:18Z". Both mean the same millisecond.
WHOLE_SECOND = re.compile(r'(T\d\d:\d\d:\d\d)\.000(?=Z|[+-]\d\d:\d\d|")')


def snapshot() -> list[dict]:
    objects = json.loads(WHOLE_SECOND.sub(r"\1", json.dumps(dump_data())))
    return sorted(objects, key=lambda o: (o["model"], json.dumps(o, sort_keys=True)))


def media_snapshot() -> dict[str, bytes]:
    return {name: default_storage.open(name).read() for name in media_files()}


@pytest.fixture
def rich_content(make_article, make_partner, make_person, make_event, image_upload, editor):
    partner = make_partner(name="Sichuan University", acronym="SCU", logo=image_upload("l.png"))
    person = make_person(name="Wang Hongtao", position="Founder", affiliation=partner)
    event = make_event(
        title="Green forum",
        date_precision="month-day",
        start_date=None,
        date_month=6,
        date_day=27,
        date_text="June 27",
    )
    event.partner_roles.create(partner=partner, role="organiser")
    with reversion.create_revision():
        article = make_article(
            title="Forum concluded",
            tags=["energy", "forum"],
            hero_image=image_upload("h.png"),
            hero_alt="The hall",
            review_reasons=["year unknown"],
            needs_review=True,
            created_by=editor,
        )
    article.partner_roles.create(partner=partner, role="organiser")
    article.people.add(person)
    article.events.add(event)
    make_article(title="Draft", status="draft")
    return article


def test_backup_and_restore_round_trip_into_an_empty_database(rich_content, tmp_path, settings):
    before, media_before = snapshot(), media_snapshot()
    originals = [name for name in media_before if not name.startswith("renditions/")]
    assert len(originals) == 2 and len(media_before) > 2  # with their renditions
    archive = tmp_path / "newsroom.tar.gz"
    out = io.StringIO()
    call_command("backup_content", str(archive), stdout=out)
    assert "media files" in out.getvalue()

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)
    assert not Article.objects.exists()

    call_command("restore_content", str(archive), stdout=io.StringIO())
    assert snapshot() == before
    assert media_snapshot() == media_before
    restored = Article.objects.get(title="Forum concluded")
    assert restored.hero_image.read() == media_before[restored.hero_image.name]
    assert sorted(restored.tags.names()) == ["energy", "forum"]
    assert [tag.name for tag in restored.tag_list] == ["energy", "forum"]  # rebuilt


def test_restore_refuses_a_non_empty_database(rich_content, tmp_path):
    archive = tmp_path / "b.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="already holds content"):
        call_command("restore_content", str(archive))


@pytest.mark.parametrize(
    "content,message",
    [
        (b"not an archive", "not a Newsroom backup archive"),
        (None, "no data.json inside"),
        ("evil", "unsafe file name"),
    ],
)
def test_restore_refuses_bad_archives_and_changes_nothing(tmp_path, content, message, db):
    archive = tmp_path / "bad.tar.gz"
    if content is None or content == "evil":
        with tarfile.open(archive, "w:gz") as tar:
            members = (
                {"other.txt": b"x"}
                if content is None
                else {"data.json": b"[]", "media/../../etc/passwd": b"x"}
            )
            for name, data in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    else:
        archive.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("restore_content", str(archive))
    assert not Article.objects.exists()


def test_restore_of_a_missing_file_names_it(tmp_path, db):
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore_content", str(tmp_path / "nope.tar.gz"))


def test_backup_name_must_be_a_tar_gz(tmp_path, db):
    with pytest.raises(CommandError, match=r"must end in \.tar\.gz"):
        call_command("backup_content", str(tmp_path / "backup.zip"))


def write_archive(path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_a_backup_is_readable_by_its_owner_only(rich_content, tmp_path):
    archive = tmp_path / "b.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    assert archive.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_rows_a_backup_never_writes(tmp_path, db):
    archive = tmp_path / "b.tar.gz"
    rows = [
        {
            "model": "sessions.session",
            "pk": "x",
            "fields": {"session_data": "", "expire_date": None},
        },
        {"model": "axes.accessattempt", "pk": 1, "fields": {}},
    ]
    write_archive(archive, {"data.json": json.dumps(rows).encode()})

    with pytest.raises(CommandError) as error:
        call_command("restore_content", str(archive))
    assert str(error.value) == (
        f"{archive}: the archive holds rows a backup never writes "
        "(axes.accessattempt, sessions.session); nothing was restored"
    )


def test_restore_refuses_a_database_that_holds_only_user_accounts(tmp_path, editor):
    from django.contrib.auth.models import User

    archive = tmp_path / "users.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    User.objects.filter(pk=editor.pk).update(password="current-hash")

    with pytest.raises(CommandError, match="already holds content or user accounts"):
        call_command("restore_content", str(archive))
    assert User.objects.get(pk=editor.pk).password == "current-hash"


def test_restore_writes_no_temporary_file_through_a_planted_link(rich_content, tmp_path, settings):
    archive = tmp_path / "b.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    for planted in (tmp_path / ".restore-b.tar.json", tmp_path / "b.tar.json"):
        planted.symlink_to(outside)

    call_command("restore_content", str(archive), stdout=io.StringIO())
    assert outside.read_text() == "precious"
    assert Article.objects.filter(title="Forum concluded").exists()


@pytest.mark.parametrize(
    "name,data,message",
    [
        (
            "media/articles/x.html",
            b"<script>alert(1)</script>",
            "is not an image file a backup holds",
        ),
        ("media/.htaccess", b"AddType text/html .png", "is not an image file a backup holds"),
        ("media/articles/fake.png", b"<html></html>", "is not a PNG image"),
    ],
)
def test_restore_takes_media_by_an_allow_list_of_images(
    tmp_path, db, settings, name, data, message
):
    archive = tmp_path / "b.tar.gz"
    write_archive(archive, {"data.json": b"[]", name: data})

    with pytest.raises(CommandError, match=message):
        call_command("restore_content", str(archive))
    assert media_files() == []


def test_uploads_waiting_for_review_and_derived_tables_are_not_backed_up(rich_content, editor):
    from newsroom.models import PendingUpload

    PendingUpload.objects.create(
        owner=editor,
        batch=uuid.uuid4(),
        position=0,
        name="a.txt",
        size=4,
        data=b"text",
        status="draft",
    )
    models = {row["model"] for row in dump_data()}

    assert "newsroom.article" in models
    assert models & {"newsroom.pendingupload", "newsroom.coverage", "newsroom.topic"} == set()
