from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone
from django_countries.fields import Country, CountryField

from newsroom.images import RasterImageField
from newsroom.models.base import TimeStampedModel, logo_upload_to, unique_slug
from newsroom.models.reviewable import Reviewable
from newsroom.paths import path_for
from newsroom.renditions import LOGO, Picture, RenditionsField
from newsroom.sanitize import sanitize_html
from newsroom.web_urls import safe_web_url, validate_web_url


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", "University / research institute"
    GOVERNMENT = "government", "Government body"
    INTERGOVERNMENTAL = "intergovernmental", "Intergovernmental / UN"
    NGO = "ngo", "NGO / association"
    COMPANY = "company", "Company"
    MEDIA = "media", "Media"
    OTHER = "other", "Other"


# What a partner card reads (``for_cards``): name, kind, country and logo.
CARD_FIELDS = (
    "name",
    "slug",
    "acronym",
    "kind",
    "country",
    "logo",
    "logo_width",
    "logo_height",
    "logo_renditions",
)


class PartnerQuerySet(models.QuerySet):
    def for_cards(self):
        return self.only(*CARD_FIELDS)

    def public(self, now: dt.datetime | None = None):
        """Partners a visitor may see: those an Editor approved (``reviewed``)
        and those a published article names. A partner known only from drafts
        stays hidden until the draft is published; one known only from a
        scheduled article appears when it does (``public_from``, kept by
        ``newsroom.models.visibility``; the rule is ``newsroom.models.reviewable``)."""
        return self.filter(public_from__lte=now or timezone.now())

    def most_covered(self, limit: int = 8, now: dt.datetime | None = None) -> list[Partner]:
        """The public partners with the most published articles, each with its
        ``article_count``: ranked by the topic counts kept on write (a read of
        ``limit`` rows and a few more, not a count over the archive)."""
        from newsroom.models.coverage import Topic, TopicKind

        now = now or timezone.now()
        topics = list(Topic.objects.filter(kind=TopicKind.PARTNER).order_by("-count")[: limit * 3])
        counts = Topic.objects.live_counts(topics, now)
        by_partner = {int(topic.key): counts[topic.pk] for topic in topics if counts[topic.pk]}
        partners = list(self.public(now).for_cards().filter(pk__in=by_partner))
        for partner in partners:
            partner.article_count = by_partner[partner.pk]
        partners.sort(key=lambda p: (-p.article_count, p.name))
        return partners[:limit]

    def with_article_counts(self, partners, now: dt.datetime | None = None):
        """Set ``article_count`` on each of ``partners``, in two queries."""
        from newsroom.models.coverage import Topic, TopicKind

        topics = Topic.objects.filter(kind=TopicKind.PARTNER, key__in=[str(p.pk) for p in partners])
        counts = Topic.objects.live_counts(topics, now)
        by_key = {int(topic.key): counts[topic.pk] for topic in topics}
        for partner in partners:
            partner.article_count = by_key.get(partner.pk, 0)
        return partners

    def initials(self, now: dt.datetime | None = None) -> list[str]:
        """The letters A–Z that public partners' names start with."""
        from newsroom.models.coverage import Topic, TopicKind

        return Topic.objects.public_keys(TopicKind.PARTNER_INITIAL, now)

    def countries(self, now: dt.datetime | None = None) -> list:
        """The countries of public partners, sorted by name (django-countries objects)."""
        from newsroom.models.coverage import Topic, TopicKind

        codes = Topic.objects.public_keys(TopicKind.PARTNER_COUNTRY, now)
        return sorted((Country(code) for code in codes), key=lambda c: c.name)


class Partner(Reviewable, TimeStampedModel):
    name = models.CharField(max_length=255, help_text="The organisation's full official name.")
    slug = models.SlugField(max_length=200, unique=True, help_text="Used in the partner's URL.")
    acronym = models.CharField(
        max_length=40, blank=True, help_text="Short form used in texts, e.g. UNDP.", db_index=True
    )
    aliases = models.TextField(
        blank=True,
        help_text=(
            "Other spellings of the name, one per line (word orders, translations, common "
            "typos). The importer matches mentions against these."
        ),
    )
    kind = models.CharField(max_length=20, choices=PartnerKind.choices, default=PartnerKind.OTHER)
    country = CountryField(blank=True)
    city = models.CharField(max_length=120, blank=True)
    website = models.URLField(
        blank=True, validators=[validate_web_url], help_text="http:// or https:// only."
    )
    logo = RasterImageField(
        upload_to=logo_upload_to,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text="A raster image (PNG, JPEG or WebP), ideally square.",
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # A logo is fitted whole, never cropped: no focal point.
    logo_renditions = RenditionsField(source="logo", plan=LOGO)
    description = models.TextField(
        blank=True, help_text="A short profile shown on the partner's page (basic HTML allowed)."
    )

    public_from = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When visitors may first see it."
    )

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "country"]),
            models.Index(fields=["name", "public_from"], name="partner_public_by_name"),
            # The country summaries are recomputed per country on each write.
            models.Index(fields=["country", "public_from"], name="partner_public_by_country"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        self.description = sanitize_html(self.description)
        self.aliases = "\n".join(self.alias_list)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return path_for("newsroom:partner-detail", slug=self.slug)

    @property
    def logo_picture(self) -> Picture | None:
        """The logo's renditions, read from the row (no query, no file access)."""
        return Picture.of(self.logo, self.logo_renditions, self.logo_width, self.logo_height)

    @property
    def website_link(self) -> str:
        """``website`` when it is a web address: the only form pages link to."""
        return safe_web_url(self.website)

    @property
    def is_public(self) -> bool:
        """``public()``'s rule for one partner already in memory."""
        return self.public_from is not None and self.public_from <= timezone.now()

    @property
    def alias_list(self) -> list[str]:
        seen, result = set(), []
        for line in self.aliases.splitlines():
            alias = " ".join(line.split())
            if alias and alias.casefold() not in seen and alias != self.name:
                seen.add(alias.casefold())
                result.append(alias)
        return result

    def add_alias(self, alias: str) -> bool:
        """Remember another spelling; returns whether it was new."""
        alias = " ".join(alias.split())
        known = {n.casefold() for n in [self.name, self.acronym, *self.alias_list] if n}
        if not alias or alias.casefold() in known:
            return False
        self.aliases = "\n".join([*self.alias_list, alias])
        return True

    @property
    def names(self) -> list[str]:
        """Every name the partner is known by: name, acronym and aliases."""
        return [n for n in [self.name, self.acronym, *self.alias_list] if n]
