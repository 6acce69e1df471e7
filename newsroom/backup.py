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
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction

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
DATA_NAME = "data.json"
MEDIA_PREFIX = "media/"


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
    """

    def dump(*labels: str, natural_primary: bool) -> list[dict]:
        out = io.StringIO()
        call_command(
            "dumpdata",
            *labels,
            natural_foreign=True,
            natural_primary=natural_primary,
            # Derived from the rest; rebuilt on restore.
            exclude=["newsroom.coverage", "newsroom.topic"],
            stdout=out,
        )
        return json.loads(out.getvalue())

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
    with tarfile.open(path, "w:gz") as archive:
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
    return not any(m.objects.exists() for m in (Article, Partner, Event, Person))


def restore_backup(path: Path, *, allow_non_empty: bool = False) -> BackupSummary:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file")
    if not allow_non_empty and not database_is_empty():
        raise BackupError(
            "The database already holds content; restore into an empty, freshly migrated "
            "database (or pass --force to load the backup over it)."
        )
    try:
        with tarfile.open(path, "r:gz") as archive:
            data, media_count = _load_archive(path, archive)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(
            f"{path}: not a Newsroom backup archive, or unreadable ({error})"
        ) from None
    return BackupSummary(path, len(json.loads(data)), media_count)


def _load_archive(path: Path, archive: tarfile.TarFile) -> tuple[bytes, int]:
    """Load the fixture and media of an open archive in one transaction."""
    from newsroom.models.visibility import rebuild_all

    members = {m.name: m for m in archive.getmembers() if m.isfile()}
    if DATA_NAME not in members:
        raise BackupError(f"{path}: not a Newsroom backup archive (no {DATA_NAME} inside)")
    media = {
        name[len(MEDIA_PREFIX) :]: member
        for name, member in members.items()
        if name.startswith(MEDIA_PREFIX)
    }
    for name in media:
        parts = PurePosixPath(name).parts
        if not parts or ".." in parts or PurePosixPath(name).is_absolute():
            raise BackupError(f"{path}: unsafe file name in the archive: {name!r}")
    data = archive.extractfile(members[DATA_NAME]).read()
    fixture = path.parent / f".restore-{path.stem}.json"
    written: list[str] = []
    try:
        fixture.write_bytes(data)
        with transaction.atomic():
            call_command("loaddata", str(fixture), verbosity=0)
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
    finally:
        fixture.unlink(missing_ok=True)
    return data, len(media)
