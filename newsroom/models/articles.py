import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, When
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

from newsroom.images import RasterImageField
from newsroom.models.base import TimeStampedModel, hero_upload_to, slug_url, unique_slug
from newsroom.partial_dates import DatePrecision, PartialDate
from newsroom.sanitize import RICH_TEXT_EXTENSIONS, sanitize_html


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    REVIEW = "review", "In review"
    PUBLISHED = "published", "Published"


class ArticlePartnerRole(models.TextChoices):
    ORGANISER = "organiser", "Organiser"
    PARTICIPANT = "participant", "Participant"
    SIGNATORY = "signatory", "Signatory"
    MENTIONED = "mentioned", "Mentioned"


# Precisions whose ``dateline`` carries a real year / a real month.
DATED_PRECISIONS = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR]
MONTH_PRECISIONS = [DatePrecision.DAY, DatePrecision.MONTH]
# An article without a news date is dated by its publish time (see Article.when).
DATED_BY_PUBLISH_TIME = Q(dateline__isnull=True) & ~Q(dateline_precision=DatePrecision.MONTH_DAY)


class ArticleQuerySet(models.QuerySet):
    def published(self, now: dt.datetime | None = None):
        """What the public may see: published, with a publish time already reached.

        Every public path (lists, details, feeds, sitemaps, search, counts)
        starts here; see ``Article.published_q`` for the same rule as a Q.
        """
        return self.filter(Article.published_q(now=now))

    def scheduled(self, now: dt.datetime | None = None):
        return self.filter(status=ArticleStatus.PUBLISHED, published_at__gt=now or timezone.now())

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def for_listing(self):
        """What a list card shows, without the body. Tags are prefetched by the
        ``{% cards %}`` tag for the cards it must render (``Article.prefetch_tags``)."""
        return self.select_related(None).defer("body")

    def with_tags(self):
        """Prefetch tags into ``prefetched_tags`` (read through ``Article.tag_list``).

        A ``to_attr`` prefetch stores a plain list; prefetching into taggit's
        manager instead builds a queryset per article, which costs more than
        the query itself on a list page.
        """
        return self.prefetch_related(Article.tags_prefetch())

    def in_year(self, year: int):
        """Articles whose news date, as shown, falls in ``year``.

        A date without a year ("27 June, year unknown") is in no year; an
        article without a news date counts from its publish time, as shown.
        """
        return self.filter(
            Q(dateline__year=year, dateline_precision__in=DATED_PRECISIONS)
            | (DATED_BY_PUBLISH_TIME & Q(published_at__year=year))
        )

    def in_month(self, month: int):
        """Articles whose news date, as shown, falls in ``month`` (any year)."""
        return self.filter(
            Q(dateline__month=month, dateline_precision__in=MONTH_PRECISIONS)
            | Q(dateline_precision=DatePrecision.MONTH_DAY, dateline_month=month)
            | (DATED_BY_PUBLISH_TIME & Q(published_at__month=month))
        )

    def news_years(self) -> list[int]:
        """The years ``in_year`` can find, newest first, in one query."""
        year = Case(
            When(DATED_BY_PUBLISH_TIME, then=ExtractYear("published_at")),
            When(dateline_precision__in=DATED_PRECISIONS, then=ExtractYear("dateline")),
            default=None,
        )
        years = self.order_by().annotate(news_year=year).values_list("news_year", flat=True)
        return sorted({y for y in years.distinct() if y}, reverse=True)

    def with_partner(self, partner):
        """Articles linked to ``partner`` (a Partner or its pk), in any role, once each.

        By key, not by slug: joining the partner table inside the subquery
        makes PostgreSQL scan every link (14 ms instead of 2 at 10,000 articles).
        """
        partner_id = getattr(partner, "pk", partner)
        return self.filter(
            Exists(ArticlePartner.objects.filter(article=OuterRef("pk"), partner_id=partner_id))
        )

    def covering_event_kind(self, kind: str):
        """Articles covering at least one event of this kind."""
        from newsroom.models.events import Event

        return self.filter(Exists(Event.objects.filter(articles=OuterRef("pk"), kind=kind)))

    def related_to(self, article: "Article", limit: int = 4):
        """Other articles sharing a partner or a tag with ``article``, most shared first.

        Bounded: one query, ``limit`` rows, no body.
        """
        from taggit.models import TaggedItem

        partners = ArticlePartner.objects.filter(article=article).values("partner")
        tags = TaggedItem.objects.filter(
            content_type__app_label="newsroom",
            content_type__model="article",
            object_id=article.pk,
        ).values("tag")
        shared_partners = ArticlePartner.objects.filter(
            article=OuterRef("pk"), partner__in=partners
        )
        shared_tags = TaggedItem.objects.filter(
            content_type__app_label="newsroom",
            content_type__model="article",
            object_id=OuterRef("pk"),
            tag__in=tags,
        )
        return (
            self.exclude(pk=article.pk)
            .annotate(
                shares_partner=Exists(shared_partners),
                shares_tag=Exists(shared_tags),
            )
            .filter(Q(shares_partner=True) | Q(shares_tag=True))
            .defer("body")
            .order_by("-shares_partner", "-shares_tag", "-published_at", "-pk")[:limit]
        )

    def search(self, query: str):
        """Full-text search over title, standfirst and body.

        PostgreSQL: weighted SearchVector ranked by SearchRank (backed by a GIN
        index); other databases: every word must appear in one of the fields.
        """
        from newsroom.search import search_articles

        return search_articles(self, query)


class Article(TimeStampedModel):
    title = models.CharField(max_length=300)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The last part of the article's address, as in /news/forum-concluded/.",
    )
    standfirst = models.TextField(
        blank=True, help_text="One or two sentences under the headline; used as the summary."
    )
    body = ProseEditorField(extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True)
    status = models.CharField(
        max_length=10,
        choices=ArticleStatus.choices,
        default=ArticleStatus.DRAFT,
        help_text="Only Editors can publish. A published article with a future publish time "
        "is scheduled.",
    )
    published_at = models.DateTimeField(
        "publish time",
        null=True,
        blank=True,
        help_text="When the article goes live. A time in the future schedules it.",
    )
    dateline = models.DateField(
        null=True,
        blank=True,
        help_text="The date the news happened, when its year is known.",
    )
    dateline_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    dateline_text = models.CharField(
        max_length=120, blank=True, help_text="The date as the source wrote it."
    )
    dateline_month = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Month, when the year is unknown."
    )
    dateline_day = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Day of month, when the year is unknown."
    )
    source_name = models.CharField(
        max_length=200, blank=True, help_text="Who first published the text."
    )
    source_url = models.URLField(max_length=500, blank=True)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES, default="en")

    hero_image = RasterImageField(
        upload_to=hero_upload_to,
        blank=True,
        width_field="hero_width",
        height_field="hero_height",
    )
    hero_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    hero_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    hero_alt = models.CharField(
        "alt text",
        max_length=300,
        blank=True,
        help_text="Describe the image for people who cannot see it. Required with an image.",
    )
    hero_caption = models.CharField(max_length=500, blank=True)
    hero_credit = models.CharField(max_length=200, blank=True)

    tags = TaggableManager(blank=True)
    partners = models.ManyToManyField(
        "newsroom.Partner", through="newsroom.ArticlePartner", related_name="articles", blank=True
    )
    people = models.ManyToManyField("newsroom.Person", related_name="articles", blank=True)
    events = models.ManyToManyField("newsroom.Event", related_name="articles", blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    import_file = models.CharField(
        max_length=500, blank=True, editable=False, help_text="The file this article came from."
    )
    import_hash = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
        help_text="SHA-256 of the imported file's text.",
    )
    import_fingerprint = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text="Fingerprint of the fields as the importer wrote them; a difference means "
        "an editor changed the article since.",
    )
    needs_review = models.BooleanField(default=False, db_index=True)
    review_reasons = models.JSONField(
        default=list, blank=True, help_text="Why the article needs an editor's look."
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [models.F("published_at").desc(nulls_last=True), "-pk"]
        permissions = [("publish_article", "Can publish and unpublish articles")]
        indexes = [
            # The public lists: status, then newest first with the same tie-break
            # as the ordering, so deep pages skip rows in the index alone.
            models.Index(fields=["status", "-published_at", "-id"], name="article_public_newest"),
            models.Index(fields=["-published_at", "-id"], name="article_newest"),
        ]

    def __str__(self):
        return self.title

    @staticmethod
    def published_q(prefix: str = "", now: dt.datetime | None = None) -> Q:
        """The public-visibility rule as a Q, for use across relations
        (``prefix="articles__"``). ``published()`` is this rule."""
        return Q(
            **{
                f"{prefix}status": ArticleStatus.PUBLISHED,
                f"{prefix}published_at__lte": now or timezone.now(),
            }
        )

    def clean(self):
        errors = {}
        if self.hero_image and not self.hero_alt.strip():
            errors["hero_alt"] = "Describe the image: alt text is required with a hero image."
        if self.dateline_precision == DatePrecision.MONTH_DAY and not (
            self.dateline_month and self.dateline_day
        ):
            errors["dateline_month"] = "A month-and-day date needs both the month and the day."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        if self.status == ArticleStatus.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.body = sanitize_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("newsroom:article-detail", self.slug)

    def get_preview_url(self):
        return reverse("newsroom:article-preview", kwargs={"pk": self.pk})

    @staticmethod
    def tags_prefetch() -> models.Prefetch:
        return models.Prefetch("tags", to_attr="prefetched_tags")

    @classmethod
    def prefetch_tags(cls, articles: list) -> None:
        """Prefetch the tags of ``articles`` not prefetched yet, in one query."""
        missing = [a for a in articles if not hasattr(a, "prefetched_tags")]
        if missing:
            models.prefetch_related_objects(missing, cls.tags_prefetch())

    @property
    def tag_list(self) -> list:
        """The article's tags, by name: prefetched by ``with_tags()`` or read now."""
        prefetched = getattr(self, "prefetched_tags", None)
        if prefetched is None:
            return list(self.tags.order_by("name"))
        return sorted(prefetched, key=lambda tag: tag.name)

    @property
    def is_published(self) -> bool:
        """``published()``'s rule for one article already in memory."""
        return self._is_released() and self.published_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self._is_released() and self.published_at > timezone.now()

    def _is_released(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED and self.published_at is not None

    @property
    def when(self) -> PartialDate:
        """The news date, with only as much precision as is known."""
        if (
            self.dateline is None
            and self.dateline_precision != DatePrecision.MONTH_DAY
            and self.published_at
        ):
            return PartialDate.of_day(timezone.localdate(self.published_at))
        return PartialDate(
            precision=self.dateline_precision,
            date=self.dateline,
            month=self.dateline_month,
            day=self.dateline_day,
            text=self.dateline_text,
        )

    def set_when(self, when: PartialDate) -> None:
        self.dateline = when.date
        self.dateline_precision = when.precision
        self.dateline_text = when.text
        self.dateline_month = when.month if when.precision == DatePrecision.MONTH_DAY else None
        self.dateline_day = when.day if when.precision == DatePrecision.MONTH_DAY else None

    def mark_reviewed(self):
        self.needs_review = False
        self.review_reasons = []


class ArticlePartner(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="partner_roles")
    partner = models.ForeignKey(
        "newsroom.Partner", on_delete=models.CASCADE, related_name="article_roles"
    )
    role = models.CharField(
        max_length=20, choices=ArticlePartnerRole.choices, default=ArticlePartnerRole.MENTIONED
    )

    class Meta:
        ordering = ["role", "partner__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "partner", "role"], name="unique_article_partner_role"
            )
        ]
        verbose_name = "partner role"

    def __str__(self):
        return f"{self.partner} — {self.get_role_display()}"
