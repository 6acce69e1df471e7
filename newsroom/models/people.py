import datetime as dt

from django.db import models
from django.utils import timezone

from newsroom.models.base import TimeStampedModel, unique_slug
from newsroom.models.reviewable import Reviewable
from newsroom.paths import path_for


class PersonQuerySet(models.QuerySet):
    def public(self, now: dt.datetime | None = None):
        """People a visitor may see: approved by an Editor (``reviewed``) or
        mentioned in a published article (``public_from``, kept by
        ``newsroom.models.visibility``; the rule is ``newsroom.models.reviewable``)."""
        return self.filter(public_from__lte=now or timezone.now())


class Person(Reviewable, TimeStampedModel):
    name = models.CharField(
        max_length=200, help_text="As the person writes it; both name orders are kept as written."
    )
    slug = models.SlugField(max_length=200, unique=True)
    position = models.CharField(max_length=255, blank=True, help_text="Job title or role.")
    affiliation = models.ForeignKey(
        "newsroom.Partner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The organisation the person speaks for.",
    )

    public_from = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When visitors may first see them."
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        # A partner page's people, by name: a range of this index.
        indexes = [models.Index(fields=["affiliation", "name"], name="person_of_partner")]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return path_for("newsroom:person-detail", slug=self.slug)

    @property
    def role_line(self) -> str:
        """ "Director, Sichuan University" — position and affiliation as one line."""
        parts = [self.position]
        if self.affiliation_id:
            parts.append(self.affiliation.name)
        return ", ".join(p for p in parts if p)
