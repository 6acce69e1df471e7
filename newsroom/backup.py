"""Backup and restore of everything the newsroom holds: content, users,
revisions and uploaded media, in one ``.tar.gz`` archive.

The archive has ``data.json`` (Django's ``dumpdata`` with natural keys, so it
loads into any freshly migrated database, SQLite or PostgreSQL) and the media
files under ``media/``. Restoring goes into an empty database only, inside one
transaction: a failed restore leaves the database as it was.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.contrib.auth.models import User
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction
from PIL import Image, UnidentifiedImageError

from newsroom.models import Article, Event, Partner, Person

# What is backed up: the newsroom, its tags, staff accounts and groups, the
# revision history and the admin's change log. Content types and permissions
# are recreated by ``migrate`` and matched by natural keys.
BACKUP_APPS = [
    "newsroom",
    "taggit.tag",
    "auth.user",
    "auth.group",
    "reversion",
    "admin.logentry",
]
# Not content: uploads waiting for review expire within hours (and hold texts
# nobody accepted yet); coverage and topics are derived from the articles and
# rebuilt by the restore.
NOT_BACKED_UP = ["newsroom.pendingupload", "newsroom.coverage", "newsroom.topic"]
# Fields derived the same way: an article's tags and links, an event's partners, name
# this database's ids.
DERIVED_FIELDS = {
    "newsroom.article": ["listed_tags", "listed_links"],
    "newsroom.event": ["listed_partners"],
}
# The models a backup writes, and so the only ones a restore loads: an
# archive that carries sessions, login-throttling rows, permissions or content
# types was not written by backup_content.
RESTORABLE_MODELS = {"taggit.tag", "taggit.taggeditem", "auth.user", "auth.group"}
RESTORABLE_MODELS |= {"reversion.revision", "reversion.version", "admin.logentry"}
DATA_NAME = "data.json"
MEDIA_PREFIX = "media/"
# Media are the images uploads accept (newsroom/images.py): each file must have
# one of these suffixes and be an image of that format.
MEDIA_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".gif": "GIF", ".webp": "WEBP"}


class BackupError(Exception):
    """A backup or restore that cannot be done, with a message for the user."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    objects: int
    media_files: int


def media_files() -> list[str]:
    """Every file in the media storage, as storage names."""

    def walk(folder: str) -> list[str]:
        folders, files = default_storage.listdir(folder)
        names = [str(PurePosixPath(folder, f)) if folder else f for f in files]
        for sub in folders:
            names += walk(str(PurePosixPath(folder, sub)) if folder else sub)
        return names

    try:
        return sorted(walk(""))
    except FileNotFoundError:
        return []


def dump_data() -> list[dict]:
    """All backed-up rows as fixture objects.

    Tagged items keep their primary keys: taggit's natural key for them is the
    object id alone, which would merge the tags of one article into one.
    Derived fields are left out (``DERIVED_FIELDS``); the restore rebuilds them.
    """

    def dump(*labels: str, natural_primary: bool) -> list[dict]:
        out = io.StringIO()
        call_command(
            "dumpdata",
            *labels,
            natural_foreign=True,
            natural_primary=natural_primary,
            exclude=NOT_BACKED_UP,
            stdout=out,
        )
        objects = json.loads(out.getvalue())
        for row in objects:
            for field in DERIVED_FIELDS.get(row["model"], ()):
                row["fields"].pop(field, None)
        return objects

    return dump(*BACKUP_APPS, natural_primary=True) + dump(
        "taggit.taggeditem", natural_primary=False
    )


def create_backup(path: Path) -> BackupSummary:
    path = Path(path)
    if path.suffixes[-2:] != [".tar", ".gz"]:
        raise BackupError(f"{path}: the backup file name must end in .tar.gz")
    payload = json.dumps(dump_data(), indent=1).encode()
    files = media_files()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Password hashes and drafts: readable by the owner only, from the first byte.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    os.fchmod(descriptor, 0o600)
    with (
        os.fdopen(descriptor, "wb") as handle,
        tarfile.open(fileobj=handle, mode="w:gz") as archive,
    ):
        info = tarfile.TarInfo(DATA_NAME)
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))
        for name in files:
            with default_storage.open(name, "rb") as handle:
                content = handle.read()
            info = tarfile.TarInfo(MEDIA_PREFIX + name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return BackupSummary(path, len(json.loads(payload)), len(files))


def database_is_empty() -> bool:
    """No content and no accounts: what ``migrate`` leaves (it creates the groups)."""
    return not any(m.objects.exists() for m in (Article, Partner, Event, Person, User))


def restore_backup(path: Path, *, allow_non_empty: bool = False) -> BackupSummary:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file")
    if not allow_non_empty and not database_is_empty():
        raise BackupError(
            "The database already holds content or user accounts; restore into an empty, "
            "freshly migrated database (or pass --force to load the backup over it)."
        )
    try:
        with tarfile.open(path, "r:gz") as archive:
            data, media_count = _load_archive(path, archive)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(
            f"{path}: not a Newsroom backup archive, or unreadable ({error})"
        ) from None
    return BackupSummary(path, len(json.loads(data)), media_count)


def _check_fixture(path: Path, data: bytes) -> None:
    try:
        objects = json.loads(data)
    except ValueError:
        raise BackupError(f"{path}: {DATA_NAME} is not valid JSON") from None
    if not isinstance(objects, list) or not all(isinstance(o, dict) for o in objects):
        raise BackupError(f"{path}: {DATA_NAME} is not a list of objects")
    models = {str(o.get("model")) for o in objects}
    newsroom = {m for m in models if m.startswith("newsroom.")} - set(NOT_BACKED_UP)
    foreign = sorted(models - RESTORABLE_MODELS - newsroom)
    if foreign:
        raise BackupError(
            f"{path}: the archive holds rows a backup never writes ({', '.join(foreign)}); "
            "nothing was restored"
        )


def _check_media(path: Path, archive: tarfile.TarFile, name: str, member: tarfile.TarInfo) -> None:
    pure = PurePosixPath(name)
    if not pure.parts or ".." in pure.parts or pure.is_absolute():
        raise BackupError(f"{path}: unsafe file name in the archive: {name!r}")
    expected = MEDIA_FORMATS.get(pure.suffix.lower())
    if expected is None or any(part.startswith(".") for part in pure.parts):
        raise BackupError(
            f"{path}: {name!r} is not an image file a backup holds; nothing was restored"
        )
    try:
        with Image.open(archive.extractfile(member)) as image:
            actual = image.format
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        actual = None
    if actual != expected:
        raise BackupError(f"{path}: {name!r} is not a {expected} image; nothing was restored")


def _load_archive(path: Path, archive: tarfile.TarFile) -> tuple[bytes, int]:
    """Check the whole archive, then load its fixture and media in one transaction."""
    from newsroom.models.visibility import rebuild_all

    entries = archive.getmembers()
    members = {m.name: m for m in entries if m.isfile()}
    if DATA_NAME not in members:
        raise BackupError(f"{path}: not a Newsroom backup archive (no {DATA_NAME} inside)")
    odd = [m.name for m in entries if not (m.isfile() or m.isdir())]
    if odd:
        raise BackupError(f"{path}: the archive holds links or devices: {odd[0]!r}")
    media = {
        name[len(MEDIA_PREFIX) :]: member
        for name, member in members.items()
        if name.startswith(MEDIA_PREFIX)
    }
    for name, member in media.items():
        _check_media(path, archive, name, member)
    data = archive.extractfile(members[DATA_NAME]).read()
    _check_fixture(path, data)
    written: list[str] = []
    # loaddata reads a file: a private folder of our own, never a name beside
    # the archive where a planted link could point elsewhere.
    with tempfile.TemporaryDirectory(prefix="newsroom-restore-") as private:
        descriptor, fixture = tempfile.mkstemp(suffix=".json", dir=private)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        try:
            with transaction.atomic():
                call_command("loaddata", fixture, verbosity=0)
                rebuild_all()
                for name, member in media.items():
                    if default_storage.exists(name):
                        default_storage.delete(name)
                    stored = default_storage.save(name, archive.extractfile(member))
                    written.append(stored)
                    if stored != name:
                        raise BackupError(f"could not restore media file {name!r}")
        except Exception:
            for name in written:
                default_storage.delete(name)
            raise
    return data, len(media)
