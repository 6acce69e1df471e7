import datetime as dt
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language
from django_countries import countries
from django_countries.fields import CountryField

from newsroom.models.base import TimeStampedModel, unique_slug
from newsroom.models.reviewable import Reviewable
from newsroom.partial_dates import DatePrecision, PartialDate
from newsroom.paths import path_for
from newsroom.sanitize import sanitize_html

# What an event card shows (the lists, an article's events): they read nothing else.
CARD_FIELDS = (
    "slug",
    "title",
    "kind",
    "start_date",
    "end_date",
    "date_precision",
    "date_text",
    "date_month",
    "date_day",
    "format",
    "venue",
    "city",
    "country",
)


class EventKind(models.TextChoices):
    VISIT = "visit", "Visit"
    SEMINAR = "seminar", "Seminar"
    FORUM = "forum", "Forum"
    CONFERENCE = "conference", "Conference"
    MEETING = "meeting", "Meeting"
    SIGNING = "signing", "Signing"
    WORKSHOP = "workshop", "Workshop"
    TRAINING = "training", "Training"
    LAUNCH = "launch", "Launch"
    EXHIBITION = "exhibition", "Exhibition"
    OTHER = "other", "Other"


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"
    HYBRID = "hybrid", "Hybrid"


# Labels by value, for cards: ``get_kind_display()`` builds a dict of the
# choices on every call, sixty times on the events list.
KIND_LABELS = dict(EventKind.choices)
FORMAT_LABELS = dict(EventFormat.choices)


class EventPartnerRole(models.TextChoices):
    HOST = "host", "Host"
    ORGANISER = "organiser", "Organiser"
    CO_ORGANISER = "co-organiser", "Co-organiser"
    PARTICIPANT = "participant", "Participant"
    VISITOR = "visitor", "Visitor"
    SIGNATORY = "signatory", "Signatory"


class EventQuerySet(models.QuerySet):
    def public(self, now: dt.datetime | None = None):
        """Events a visitor may see: approved by an Editor (``reviewed``) or
        covered by a published article (``public_from``, kept by
        ``newsroom.models.visibility``; the rule is ``newsroom.models.reviewable``)."""
        return self.filter(public_from__lte=now or timezone.now())

    def upcoming(self, today: dt.date | None = None):
        today = today or timezone.localdate()
        return self.filter(Q(start_date__gte=today) | Q(end_date__gte=today)).order_by(
            "start_date", "title"
        )

    def next_up(self, count: int, today: dt.date | None = None) -> list:
        """The first ``count`` of ``upcoming()``: those still running, then those to
        come. Two short index ranges (the end dates from today, the start dates
        from today), where the OR of ``upcoming()`` can walk every past event."""
        today = today or timezone.localdate()
        # Unordered (sorted here): an ORDER BY would lead the planner to walk the
        # start dates before today instead of the end dates from today.
        running = sorted(
            self.filter(end_date__gte=today, start_date__lt=today).order_by(),
            key=lambda event: (event.start_date, event.title),
        )
        later = self.filter(start_date__gte=today).order_by("start_date", "title")[:count]
        return [*running, *later][:count]

    def past(self, today: dt.date | None = None):
        """Events that are over, and events whose year is not known (they are
        listed after dated ones, never guessed into a year)."""
        today = today or timezone.localdate()
        return self.exclude(Q(start_date__gte=today) | Q(end_date__gte=today)).order_by(
            models.F("start_date").desc(nulls_last=True), "title"
        )

    def newest_of_partner(self, partner, count: int, now: dt.datetime | None = None) -> list:
        """The ``count`` newest public events ``partner`` took part in (in any
        role): read along the partner's links by the events' start dates, however
        many events the partner has."""
        now = now or timezone.now()
        links = (
            EventPartner.objects.filter(partner=partner, event__public_from__lte=now)
            .order_by(F("event_start").desc(nulls_last=True))
            .values("event")
        )
        # An event appears once per role of the partner in it: enough links for
        # ``count`` events, each in every role.
        newest = links[: count * len(EventPartnerRole)]
        return list(self.public(now).filter(pk__in=newest)[:count])

    def years(self, now: dt.datetime | None = None) -> list[int]:
        """Years with at least one public event, newest first (undated events have none)."""
        from newsroom.models.coverage import Topic, TopicKind

        return sorted(map(int, Topic.objects.public_keys(TopicKind.EVENT_YEAR, now)), reverse=True)


class Event(Reviewable, TimeStampedModel):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.OTHER)
    start_date = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Leave empty when the year is not known; use the month/day fields instead.",
    )
    end_date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the date is known. Never guess a missing year.",
    )
    date_text = models.CharField(
        max_length=120, blank=True, help_text="The date as the source wrote it, e.g. 'June 27'."
    )
    date_month = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Month, when the year is unknown."
    )
    date_day = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Day of month, when the year is unknown."
    )
    format = models.CharField(
        max_length=10, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    venue = models.CharField(max_length=255, blank=True)
    city = models.CharField(max_length=120, blank=True)
    country = CountryField(blank=True)
    description = models.TextField(blank=True, help_text="Basic HTML allowed.")
    partners = models.ManyToManyField(
        "newsroom.Partner", through="newsroom.EventPartner", related_name="events", blank=True
    )

    public_from = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When visitors may first see it."
    )
    listed_partners = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="What the event's page shows of its partners, with the time each became "
        "public: kept by every change to them (``newsroom.models.linked``).",
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = [models.F("start_date").desc(nulls_last=True), "title"]
        indexes = [
            models.Index(fields=["kind", "start_date"]),
            models.Index(fields=["start_date", "public_from"], name="event_public_by_date"),
            # next_up(): events still running today are found by their end date.
            models.Index(fields=["end_date", "start_date"], name="event_running"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The end date is before the start date."})
        if self.date_precision == DatePrecision.MONTH_DAY and not (
            self.date_month and self.date_day
        ):
            raise ValidationError(
                {"date_month": "A month-and-day date needs both the month and the day."}
            )
        if self.date_precision in {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR} and (
            not self.start_date
        ):
            raise ValidationError({"start_date": "This precision needs a start date."})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        self.description = sanitize_html(self.description)
        new = self._state.adding
        super().save(*args, **kwargs)
        if not new:  # a new event has no partner links yet
            self.partner_roles.update(event_start=self.start_date)

    def get_absolute_url(self):
        return path_for("newsroom:event-detail", slug=self.slug)

    def public_roles(self, now: dt.datetime | None = None) -> list:
        """The partner roles of the partners visitors may see, by role, then
        partner name, from the row (``listed_partners``): no query."""
        from newsroom.models.linked import read_event_partners

        return read_event_partners(self.listed_partners, now or timezone.now())

    def all_roles(self) -> list:
        """Every partner role, public or not (a review link shows them all)."""
        from newsroom.models.linked import read_event_partners

        return read_event_partners(self.listed_partners)

    def get_ics_url(self):
        return path_for("newsroom:event-ics", slug=self.slug)

    @property
    def when(self) -> PartialDate:
        return PartialDate(
            precision=self.date_precision,
            date=self.start_date,
            month=self.date_month,
            day=self.date_day,
            text=self.date_text,
        )

    @property
    def is_online(self) -> bool:
        return self.format in {EventFormat.ONLINE, EventFormat.HYBRID}

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def format_label(self) -> str:
        return FORMAT_LABELS.get(self.format, self.format)

    @property
    def place(self) -> str:
        code = self.country.code  # one Country built by the field, not two
        country = _country_name(code, get_language()) if code else ""
        return ", ".join(p for p in [self.venue, self.city, country] if p)


@lru_cache(maxsize=1024)
def _country_name(code: str, language: str | None) -> str:
    """A country's name, looked up once per language (django-countries sorts and
    translates its table on each lookup: 0.05 ms, 60 times on the events list)."""
    return str(countries.name(code))


class EventPartner(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="partner_roles")
    partner = models.ForeignKey(
        "newsroom.Partner", on_delete=models.CASCADE, related_name="event_roles"
    )
    role = models.CharField(
        max_length=20, choices=EventPartnerRole.choices, default=EventPartnerRole.PARTICIPANT
    )
    # The event's start date, kept by every save of the event or the link, so that
    # a partner's newest events are a range of an index (``newest_of_partner``).
    event_start = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["event", "role", "partner__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "partner", "role"], name="unique_event_partner_role"
            )
        ]
        indexes = [models.Index(fields=["partner", "-event_start"], name="event_partner_newest")]
        verbose_name = "partner role"

    def __str__(self):
        return f"{self.partner} — {self.get_role_display()} of {self.event}"

    def save(self, *args, **kwargs):
        self.event_start = self.event.start_date
        super().save(*args, **kwargs)
