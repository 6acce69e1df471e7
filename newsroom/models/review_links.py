"""Secret links that let someone without an account read an unpublished
article or event, as it will look, until the link expires or is revoked."""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

# 32 random bytes: 256 bits, 43 URL-safe characters.
TOKEN_BYTES = 32
DEFAULT_LIFETIME = dt.timedelta(days=7)
LIFETIME_CHOICES = [
    (1, "1 day"),
    (3, "3 days"),
    (7, "7 days"),
    (14, "14 days"),
    (30, "30 days"),
]


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def default_expiry() -> dt.datetime:
    return timezone.now() + DEFAULT_LIFETIME


class ReviewLinkQuerySet(models.QuerySet):
    def live(self, now: dt.datetime | None = None):
        """Links that still open their page: not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())

    def of(self, obj):
        """The links of one article or event."""
        return self.filter(**{obj._meta.model_name: obj})


class ReviewLink(models.Model):
    token = models.CharField(max_length=64, unique=True, editable=False, default=new_token)
    article = models.ForeignKey(
        "newsroom.Article",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_links",
    )
    event = models.ForeignKey(
        "newsroom.Event",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_links",
    )
    note = models.CharField(
        "for whom",
        max_length=200,
        blank=True,
        help_text="Whom the link is for, as in 'Ms Chen, Bangkok Post': only staff see it.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expires_at = models.DateTimeField(
        "expires", default=default_expiry, help_text="After this time the link opens nothing."
    )
    revoked_at = models.DateTimeField("revoked", null=True, blank=True, editable=False)

    objects = ReviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False, event__isnull=True)
                | Q(article__isnull=True, event__isnull=False),
                name="review_link_of_one_article_or_event",
            )
        ]
        verbose_name = "review link"

    def __str__(self):
        who = f" for {self.note}" if self.note else ""
        return f"Review link to “{self.target}”{who}"

    def get_absolute_url(self):
        return reverse("newsroom:review-link", kwargs={"token": self.token})

    @property
    def target(self):
        """The article or event the link opens."""
        return self.article if self.article_id else self.event

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return "Revoked"
        return "Live" if self.expires_at > timezone.now() else "Expired"

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    def record_visit(self) -> ReviewVisit:
        return self.visits.create()


class ReviewVisit(models.Model):
    """One opening of a review link: when, and which link (nothing about who)."""

    link = models.ForeignKey(ReviewLink, on_delete=models.CASCADE, related_name="visits")
    visited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-visited_at", "-pk"]
        indexes = [models.Index(fields=["link", "-visited_at"], name="review_visit_by_link")]
        verbose_name = "review link visit"

    def __str__(self):
        return f"{self.link} opened {self.visited_at:%Y-%m-%d %H:%M}"
