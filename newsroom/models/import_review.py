"""What editors decided while reviewing an import, kept for the next time.

``ImportCorrection`` holds an editor's decisions about one press text (its
title, date, status and what each found partner, person and event became),
keyed by the text's hash, so importing the same text again, by the upload
page or by the command, applies them again. ``NotOrganisation`` is the
site's list of words the importer found as an organisation and an editor
declared are none: the importer never proposes them again.
"""

from django.conf import settings
from django.db import models

from newsroom.importing.resolve import name_key


class NotOrganisationQuerySet(models.QuerySet):
    def keys(self) -> set[str]:
        return set(self.values_list("key", flat=True))


class NotOrganisation(models.Model):
    words = models.CharField(
        max_length=255,
        unique=True,
        help_text="Words the importer took for an organisation, as the text writes them. "
        "Texts that name them again do not get them as a partner.",
    )
    key = models.CharField(max_length=255, editable=False, db_index=True)
    note = models.CharField(max_length=255, blank=True, help_text="Why, for other editors.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NotOrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["words"]
        verbose_name = "not an organisation"
        verbose_name_plural = "not organisations"

    def __str__(self):
        return self.words

    def save(self, *args, **kwargs):
        # Compared the way partner names are: case, word order and small words aside.
        self.key = words_key(self.words)
        super().save(*args, **kwargs)


def words_key(words: str) -> str:
    return name_key(words) or words.strip().casefold()


class ImportCorrection(models.Model):
    text_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the text.")
    file = models.CharField(max_length=500, help_text="The file it was last reviewed as.")
    decisions = models.JSONField(default=dict)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self):
        return f"Corrections to {self.file}"
