"""Pieces shared by the content models."""

import re
import uuid
from pathlib import PurePath

from django.db import models
from django.utils.text import slugify

# Characters no text of ours means: C0/C1 controls (but tab and newline),
# zero-width spaces (not the joiners some scripts need), byte-order marks and
# the replacement character. Calendars, XML feeds and headers refuse or mangle them.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\ufffd]")
_LINE_BREAK = re.compile(r"\s*(?:\r\n|[\r\n\t\u2028\u2029])\s*")


def clean_text(value: str, multiline: bool = False) -> str:
    """``value`` without invisible characters; on one line unless ``multiline``."""
    value = _INVISIBLE.sub("", value)
    if multiline:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return _LINE_BREAK.sub(" ", value)


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Every way in (admin, importer, shell) stores clean text.
        for field in self._meta.concrete_fields:
            value = getattr(self, field.attname)
            if isinstance(value, str) and isinstance(field, models.CharField | models.TextField):
                setattr(self, field.attname, clean_text(value, isinstance(field, models.TextField)))
        super().save(*args, **kwargs)


def unique_slug(instance: models.Model, value: str, field: str = "slug", max_length: int = 200):
    """A slug for ``value`` not yet used by another row of the instance's model.

    Appends -2, -3… on collision; the instance itself is excluded so re-saving
    keeps its slug.
    """
    base = slugify(value, allow_unicode=False)[:max_length].strip("-") or "item"
    model = type(instance)
    others = (
        model._default_manager.exclude(pk=instance.pk) if instance.pk else model._default_manager
    )
    # A range rather than ``__startswith``: SQLite's LIKE cannot use the slug's
    # index, and a scan per new row makes a large import quadratic. Slugs are
    # ASCII letters, digits, "-" and "_", all sorting below "~".
    in_range = {f"{field}__gte": base, f"{field}__lt": f"{base}~"}
    taken = set(others.filter(**in_range).values_list(field, flat=True))
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = f"{base[: max_length - len(suffix)]}{suffix}"
        if candidate not in taken:
            return candidate
        n += 1


def random_file_name(folder: str, filename: str) -> str:
    """Where an upload is stored: a random name under ``folder``.

    The uploader's file name is never used on disk (it may be hostile or
    reveal private information); only a normalised extension is kept.
    """
    ext = PurePath(filename).suffix.lower().lstrip(".")
    ext = {"jpeg": "jpg"}.get(ext, ext)
    if ext not in {"jpg", "png", "gif", "webp"}:
        ext = "jpg"
    return f"{folder}/{uuid.uuid4().hex}.{ext}"


def hero_upload_to(instance, filename):
    return random_file_name("articles", filename)


def logo_upload_to(instance, filename):
    return random_file_name("partners", filename)
