import datetime as dt
from collections import defaultdict
from functools import cached_property
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import Tag, TaggedItem

from newsroom.images import RasterImageField
from newsroom.models.base import TimeStampedModel, hero_upload_to, unique_slug
from newsroom.models.coverage import TopicKind
from newsroom.models.linked import ArticleLinks, read_links, refresh_links
from newsroom.partial_dates import DatePrecision, PartialDate
from newsroom.paths import path_for
from newsroom.renditions import HERO, Picture, RenditionsField
from newsroom.sanitize import RICH_TEXT_EXTENSIONS, sanitize_html
from newsroom.web_urls import safe_web_url, validate_web_url


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


# Articles whose tag lists one statement rewrites (``refresh_listed_tags``).
TAG_BATCH = 500
# Tagged items of articles. By name, not by a content type's cached id, which
# a flushed database (tests, a restore) gives to a new row.
ARTICLE_ITEMS = {"content_type__app_label": "newsroom", "content_type__model": "article"}
# What a list card reads (``for_listing``): its date, title, summary, picture and tags.
LISTING_FIELDS = (
    "slug",
    "title",
    "standfirst",
    "published_at",
    "dateline",
    "dateline_precision",
    "dateline_text",
    "dateline_month",
    "dateline_day",
    "hero_image",
    "hero_width",
    "hero_height",
    "hero_alt",
    "hero_renditions",
    "listed_tags",
)


class ListedTag(NamedTuple):
    """A tag as ``Article.listed_tags`` keeps it: what pages show of it. A
    tuple, not a ``Tag``: a page of cards builds some sixty."""

    pk: int
    name: str
    slug: str

    def __str__(self):
        return self.name


def sorted_tags(tags) -> list[list]:
    """``[id, name, slug]`` triples by name, as ``Article.listed_tags`` keeps them."""
    return sorted((list(tag) for tag in tags), key=lambda tag: (tag[1], tag[0]))


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
        """What a list card shows, and nothing else (its tags are on the row)."""
        return self.select_related(None).only(*LISTING_FIELDS)

    def newest_of(self, kind: str, key, limit: int, now: dt.datetime | None = None) -> list:
        """The ``limit`` newest of these articles in one topic (an event's, say),
        where no count is shown: one statement on the coverage index, then their rows."""
        from newsroom.models.coverage import Coverage

        newest = Coverage.objects.newest_of_each([(kind, key)], limit, now)
        return self.in_order([article for article, _, _ in newest])

    def in_order(self, keys) -> list:
        """These articles of ``keys``, in the keys' order (those not here left
        out), read unsorted: the keys came in order from an index."""
        found = self.order_by().in_bulk(keys)
        return [found[key] for key in keys if key in found]

    def refresh_listed_tags(self) -> int:
        """Write each article's ``listed_tags`` from its tagged items, in batches
        of one read and one bulk update. Returns how many articles were written."""
        ids = list(self.order_by().values_list("pk", flat=True))
        for start in range(0, len(ids), TAG_BATCH):
            batch = ids[start : start + TAG_BATCH]
            tags = defaultdict(list)
            items = TaggedItem.objects.filter(object_id__in=batch, **ARTICLE_ITEMS)
            for article, *tag in items.values_list("object_id", "tag", "tag__name", "tag__slug"):
                tags[article].append(tag)
            rows = [Article(pk=pk, listed_tags=sorted_tags(tags[pk])) for pk in batch]
            Article.objects.bulk_update(rows, ["listed_tags"])
        return len(ids)

    def refresh_listed_links(self) -> int:
        """Write each article's ``listed_links`` (``newsroom.models.linked``).
        Returns how many articles were written."""
        return refresh_links(self.order_by().values_list("pk", flat=True))

    def in_year(self, year: int):
        """Articles whose news date, as shown, falls in ``year`` (``Article.news_year``).

        A date without a year ("27 June, year unknown") is in no year; an
        article without a news date counts from its publish time, as shown.
        """
        return self.covering(TopicKind.YEAR, year)

    def in_month(self, month: int):
        """Articles whose news date, as shown, falls in ``month`` (any year)."""
        return self.filter(
            Q(dateline__month=month, dateline_precision__in=MONTH_PRECISIONS)
            | Q(dateline_precision=DatePrecision.MONTH_DAY, dateline_month=month)
            | (DATED_BY_PUBLISH_TIME & Q(published_at__month=month))
        )

    def with_partner(self, partner):
        """Articles linked to ``partner`` (a Partner or its pk), in any role, once each."""
        return self.covering(TopicKind.PARTNER, getattr(partner, "pk", partner))

    def covering(self, kind: str, key):
        """Published articles counted in a topic (``newsroom.models.coverage``):
        read from the coverage index, never by scanning the articles."""
        from newsroom.models.coverage import Coverage

        rows = Coverage.objects.filter(topic__kind=kind, topic__key=str(key))
        return self.filter(pk__in=rows.values("article"))

    def covering_event_kind(self, kind: str):
        """Articles covering at least one event of this kind."""
        from newsroom.models.events import Event

        return self.filter(Exists(Event.objects.filter(articles=OuterRef("pk"), kind=kind)))

    def search(self, query: str):
        """Full-text search over title, standfirst and body.

        PostgreSQL: the stored search document, ranked; SQLite: its FTS5 index.
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
    embargoed = models.BooleanField(
        "under embargo",
        default=False,
        help_text="Journalists holding a review link may read it before the publish time, "
        "marked EMBARGOED until then; everyone sees it from the publish time on, by itself.",
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
    source_url = models.URLField(
        max_length=500,
        blank=True,
        validators=[validate_web_url],
        help_text="The original's web address (http:// or https://).",
    )
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
    hero_focus_x = models.PositiveSmallIntegerField(
        "focal point across (%)",
        default=50,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="Where the picture's subject is, from 0 (left edge) to 100 (right edge): "
        "every crop keeps it in view. Click the picture to set both; empty is the centre.",
    )
    hero_focus_y = models.PositiveSmallIntegerField(
        "focal point down (%)",
        default=50,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="From 0 (top edge) to 100 (bottom edge).",
    )
    # Declared after the image and its focal point: its pre_save reads both.
    hero_renditions = RenditionsField(
        source="hero_image", plan=HERO, focus=("hero_focus_x", "hero_focus_y")
    )

    tags = TaggableManager(blank=True)
    listed_tags = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="The article's tags as [id, name, slug], by name: kept by every change to "
        "its tags (``connect_signals``), so that a list shows them without reading the tags.",
    )
    partners = models.ManyToManyField(
        "newsroom.Partner", through="newsroom.ArticlePartner", related_name="articles", blank=True
    )
    people = models.ManyToManyField("newsroom.Person", related_name="articles", blank=True)
    events = models.ManyToManyField("newsroom.Event", related_name="articles", blank=True)
    listed_links = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What the article's page shows of its partners, people and events: kept by "
        "every change to them (``newsroom.models.linked``), so that the page reads no link.",
    )

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
        errors.update(self._embargo_errors())
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        self.hero_focus_x = 50 if self.hero_focus_x is None else self.hero_focus_x
        self.hero_focus_y = 50 if self.hero_focus_y is None else self.hero_focus_y
        if self.status == ArticleStatus.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.body = sanitize_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return path_for("newsroom:article-detail", slug=self.slug)

    @property
    def source_link(self) -> str:
        """``source_url`` when it is a web address: the only form pages link to."""
        return safe_web_url(self.source_url)

    @property
    def hero_picture(self) -> Picture | None:
        """The hero image's renditions, read from the row (no query, no file access)."""
        return Picture.of(self.hero_image, self.hero_renditions, self.hero_width, self.hero_height)

    def get_preview_url(self):
        return reverse("newsroom:article-preview", kwargs={"pk": self.pk})

    @property
    def tag_list(self) -> list[ListedTag]:
        """The article's tags, by name, from the row (``listed_tags``): no query."""
        return [ListedTag(*tag) for tag in self.listed_tags]

    @cached_property
    def links(self) -> ArticleLinks:
        """The partner roles, people and events the article names, from the row
        (``listed_links``): no query."""
        return read_links(self.listed_links)

    @property
    def is_published(self) -> bool:
        """``published()``'s rule for one article already in memory."""
        return self._is_released() and self.published_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self._is_released() and self.published_at > timezone.now()

    @property
    def embargoed_until(self) -> dt.datetime | None:
        """The publish time, while an embargo holds the article back (``published()``
        lifts it at that time, like any scheduled article's)."""
        return self.published_at if self.embargoed and self.is_scheduled else None

    def _embargo_errors(self) -> dict[str, str]:
        if not self.embargoed:
            return {}
        if self.status != ArticleStatus.PUBLISHED or self.published_at is None:
            return {
                "embargoed": "An embargo needs the status Published and a publish time: "
                "the article goes public at that time."
            }
        if self.published_at <= timezone.now() and not (
            self.pk and Article.objects.published().filter(pk=self.pk).exists()
        ):
            return {
                "published_at": "The embargo ends at the publish time, which has passed: the "
                "article would be public at once. Choose a time in the future."
            }
        return {}

    def _is_released(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED and self.published_at is not None

    @staticmethod
    def news_years() -> list[int]:
        """The years ``in_year`` can find among published news, newest first
        (read from the year topics kept on write)."""
        from newsroom.models.coverage import Topic

        return sorted(map(int, Topic.objects.public_keys(TopicKind.YEAR)), reverse=True)

    @property
    def news_year(self) -> int | None:
        """The year of the news date as shown, if it has one (``in_year``)."""
        when = self.when
        return when.date.year if when.date and when.precision in DATED_PRECISIONS else None

    def related_articles(self, limit: int = 4) -> list:
        """Other published articles sharing a partner, then a tag, newest first:
        chosen among the newest of each shared topic (a bounded read however
        large the archive), in two queries: the partners and tags are on the row."""
        from newsroom.models.coverage import Coverage

        shared = [(TopicKind.PARTNER, role.partner_id) for role in self.links.roles]
        shared += [(TopicKind.TAG, tag.pk) for tag in self.tag_list]
        rows = Coverage.objects.newest_of_each(shared, 2 * limit + 1, exclude_article=self.pk)
        scores: dict[int, list] = {}
        for article, kind, published in rows:
            score = scores.setdefault(article, [False, False, published, article])
            score[0 if kind == TopicKind.PARTNER else 1] = True
        best = [pk for *_, pk in sorted(scores.values(), reverse=True)[:limit]]
        return Article.objects.published().for_listing().in_order(best)

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


# --- Tag lists (``Article.listed_tags``), kept by every change to the tags ----------


def _tagged_item_changed(sender, instance, raw=False, **kwargs):
    # A tagged item written or deleted by itself, by taggit's manager or by a
    # cascade (a tag deleted). Fixtures: ``rebuild_all`` writes the lists afterwards.
    kind = instance.content_type
    if not raw and (kind.app_label, kind.model) == ("newsroom", "article"):
        Article.objects.filter(pk=instance.object_id).refresh_listed_tags()


def _article_tags_changed(sender, instance, action, **kwargs):
    # ``article.tags.add/remove/set/clear``: the row is written (above); the
    # article in memory shows the same list.
    if isinstance(instance, Article) and action in {"post_add", "post_remove", "post_clear"}:
        instance.listed_tags = (
            Article.objects.filter(pk=instance.pk).values_list("listed_tags", flat=True).get()
        )


def _article_saved(sender, instance, raw=False, **kwargs):
    # The save wrote the list the article had in memory, which a change to its
    # tags made since it was read leaves behind: written again from its tagged
    # items, and read again by the article in memory on its next use.
    if not raw:
        Article.objects.filter(pk=instance.pk).refresh_listed_tags()
        instance.__dict__.pop("listed_tags", None)


def _tag_saved(sender, instance, created, raw=False, **kwargs):
    # A renamed tag: every article it is on shows the new name and address.
    if not raw and not created:
        Article.objects.filter(tags__pk=instance.pk).refresh_listed_tags()


def connect_signals() -> None:
    """Called from ``NewsroomConfig.ready``."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    uid = "newsroom-listed-tags"
    post_save.connect(_tagged_item_changed, sender=TaggedItem, dispatch_uid=f"{uid}-item")
    post_delete.connect(_tagged_item_changed, sender=TaggedItem, dispatch_uid=f"{uid}-item-del")
    m2m_changed.connect(_article_tags_changed, sender=TaggedItem, dispatch_uid=f"{uid}-manager")
    post_save.connect(_tag_saved, sender=Tag, dispatch_uid=f"{uid}-tag")
    post_save.connect(_article_saved, sender=Article, dispatch_uid=f"{uid}-article")
