"""A write that failed because the disk is full or read-only, said in words.

Uploads and imports turn these into one clear message ("nothing was saved")
instead of a traceback; every other failure stays what it is.
"""

from __future__ import annotations

import errno

from django.db import DatabaseError


def storage_problem(exc: BaseException) -> str | None:
    """A full or read-only disk, in words; ``None`` for any other failure."""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if number in {errno.ENOSPC, errno.EDQUOT} or "disk is full" in text:
        return "the server's disk is full"
    if number in {errno.EROFS, errno.EACCES, errno.EPERM} or (
        isinstance(exc, DatabaseError) and "readonly" in text.replace("-", "")
    ):
        return "a folder the site writes to is read-only"
    return None
