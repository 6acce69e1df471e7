"""Which files a command-line import reads: the texts beneath the folders and
the files given, listed without following a link, each named as it was found.

A link in an import folder (``drop/env.txt -> /srv/newsroom/.env``) would
publish what it points to; so would a pipe or a device, or a path that climbs
out. The listing refuses them by name, and ``read.read_file`` opens each file
step by step beneath its folder, so a folder swapped for a link after the
listing leads nowhere either.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from django.conf import settings

from newsroom.importing.read import refusal

SUFFIXES = {".txt", ".md"}


class PathError(Exception):
    """A path given on the command line that does not exist."""


@dataclass(frozen=True)
class Candidate:
    """A file to import: ``relative`` beneath the folder ``root`` given on the
    command line, or ``root`` itself when a file was given. ``problem`` is set
    when the listing already shows it must be refused (a link, a pipe)."""

    root: Path
    relative: PurePath | None
    problem: str | None = None

    @property
    def path(self) -> Path:
        """The file's path with the folder given resolved, the rest as listed:
        a refused link is named as it was found, not by what it points to."""
        root = self.root.absolute()
        if self.relative is None:
            return root.parent.resolve() / root.name
        return root.resolve() / self.relative


def _listing(root: Path) -> list[Candidate]:
    """The texts beneath ``root`` in path order, without following links:
    a link (to a file or a folder) or a pipe named like a text is refused
    by name; other files are not texts and are left out."""
    found: list[Candidate] = []

    def walk(folder: PurePath) -> None:
        with os.scandir(root / folder) as entries:
            for entry in entries:
                relative = folder / entry.name
                mode = entry.stat(follow_symlinks=False).st_mode
                if stat.S_ISDIR(mode):
                    walk(relative)
                elif Path(entry.name).suffix.lower() in SUFFIXES or (
                    stat.S_ISLNK(mode) and entry.is_dir()
                ):
                    problem = None if stat.S_ISREG(mode) else refusal(mode)
                    found.append(Candidate(root, relative, problem))

    walk(PurePath())
    return sorted(found, key=lambda c: c.relative.parts)


def collect_files(paths: Iterable[Path]) -> list[Candidate]:
    """Every file to import from ``paths``; a missing path stops the run
    before anything is imported."""
    found: list[Candidate] = []
    for path in paths:
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            raise PathError(f"{path}: no such file or folder") from None
        if stat.S_ISDIR(mode):
            found.extend(_listing(path))
        elif stat.S_ISREG(mode):
            found.append(Candidate(path, None))
        else:
            found.append(Candidate(path, None, refusal(mode)))
    return found


def file_label(path: Path) -> str:
    """The name stored in ``import_file``: relative to the project when inside it."""
    resolved = path.absolute()
    try:
        return str(resolved.relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(resolved)
