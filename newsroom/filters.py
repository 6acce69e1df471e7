"""The public list filters: GET forms whose URLs can be shared.

Every choice list comes from what the public may see, read from the
summaries kept on write (``newsroom.models.coverage``), so an unknown tag,
year or month is a form error ("Select a valid choice"), never a database
lookup with a visitor's raw value. Partners, hundreds of them, are not a
choice list: the field takes a partner's name, acronym or address and links
to the partner directory. Invalid fields are ignored by the views
(``strict = False``) and their errors shown.
"""

from __future__ import annotations

import operator
from functools import reduce

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.http import QueryDict
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from newsroom.models import Article, Event, EventKind, Partner, PartnerKind, Topic, TopicKind
from newsroom.models.coverage import CoveredArticles
from newsroom.partial_dates import MONTH_NAMES
from newsroom.search import COUNT_LIMIT, SearchedArticles, fts_match

MONTH_CHOICES = [(str(n), name) for n, name in enumerate(MONTH_NAMES, start=1)]
LETTERS = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
UNKNOWN_YEAR = "unknown"
MAX_PARTNER_QUERY = 255


def public_tags():
    """Tags of published articles, by name."""
    keys = Topic.objects.public(TopicKind.TAG).values(pk=Cast("key", IntegerField()))
    return Tag.objects.filter(pk__in=keys).order_by("name")


class PartnerField(forms.CharField):
    """A public partner by its address (slug), name or acronym."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_PARTNER_QUERY)
        super().__init__(**kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        if "\x00" in text:
            raise ValidationError("A partner's name cannot contain that character.")
        partner = (
            Partner.objects.public()
            .filter(
                Q(slug=text) | Q(slug=slugify(text)) | Q(acronym=text) | Q(acronym=text.upper())
            )
            .order_by("name")
            .first()
        )
        if partner is None:
            raise ValidationError(
                f"No partner called “{text}” is in the news: see the partner directory."
            )
        return partner


class PartnerNameFilter(django_filters.Filter):
    field_class = PartnerField


class FilteredMixin:
    @property
    def is_filtered(self) -> bool:
        """Whether a valid filter is in use (else the list is everything)."""
        if not self.is_bound:
            return False
        self.form.is_valid()
        data = getattr(self.form, "cleaned_data", {})
        return any(value not in (None, "") for value in data.values())


class ArticleFilter(FilteredMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words in the news"}),
    )
    tag = django_filters.ChoiceFilter(label="Topic", method="filter_tag", empty_label="Any topic")
    partner = PartnerNameFilter(
        label="Partner",
        method="filter_partner",
        widget=forms.TextInput(attrs={"placeholder": "Name or acronym"}),
    )
    kind = django_filters.ChoiceFilter(
        label="Event type",
        choices=EventKind.choices,
        method="filter_kind",
        empty_label="Any type",
    )
    year = django_filters.ChoiceFilter(label="Year", method="filter_year", empty_label="Any year")
    month = django_filters.ChoiceFilter(
        label="Month", choices=MONTH_CHOICES, method="filter_month", empty_label="Any month"
    )

    class Meta:
        model = Article
        fields = ["q", "tag", "partner", "kind", "year", "month"]

    def __init__(self, *args, queryset=None, **kwargs):
        super().__init__(*args, queryset=queryset, **kwargs)
        # Evaluated once here: callable choices would be queried again on render.
        self.filters["tag"].extra["choices"] = list(public_tags().values_list("slug", "name"))
        years = Article.news_years()
        self.filters["year"].extra["choices"] = [(str(y), str(y)) for y in years]

    # Filters that are topics (newsroom.models.coverage): alone or combined,
    # they are read from the coverage index instead of the articles.
    TOPIC_FILTERS = {"tag": TopicKind.TAG, "partner": TopicKind.PARTNER, "year": TopicKind.YEAR}

    def results(self, rows, now=None):
        """The articles found, as ``rows`` read them: from the coverage index
        when only topic filters (and, on SQLite, a search) are used, else ``qs``."""
        used = {
            name: value
            for name, value in getattr(self.form, "cleaned_data", {}).items()
            if value not in (None, "")
        }
        # On SQLite a search is a condition on the coverage index too
        # (newsroom.search.SearchedArticles); PostgreSQL filters by its search document.
        query = used.pop("q", "")
        match = fts_match(query) if query and connection.vendor == "sqlite" else ""
        if (query and not match) or (not used and not match):
            return self.qs
        if set(used) - set(self.TOPIC_FILTERS):
            return self.qs
        wanted = [] if used else [Q(kind=TopicKind.NEWS, key="")]
        for name, value in used.items():
            if name == "tag":  # a tag topic is keyed by the tag's pk
                tag = Tag.objects.filter(slug=value).values("pk")
                wanted.append(Q(kind=TopicKind.TAG, key=Cast(tag, CharField())))
            else:
                key = value.pk if name == "partner" else value
                wanted.append(Q(kind=self.TOPIC_FILTERS[name], key=str(key)))
        found = list(Topic.objects.filter(reduce(operator.or_, wanted)))
        if len(found) < len(wanted):  # a topic nothing published has yet
            return []
        first, *also = found
        if match:
            return SearchedArticles(
                first, now or timezone.now(), rows, also, COUNT_LIMIT, match=match
            )
        return CoveredArticles(first, now or timezone.now(), rows, also, COUNT_LIMIT)

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_tag(self, queryset, name, value):
        tag = Tag.objects.filter(slug=value).values_list("pk", flat=True).first()
        return queryset.covering(TopicKind.TAG, tag) if tag else queryset.none()

    def filter_partner(self, queryset, name, value):
        return queryset.with_partner(value)

    def filter_kind(self, queryset, name, value):
        return queryset.covering_event_kind(value)

    def filter_year(self, queryset, name, value):
        return queryset.in_year(int(value))

    def filter_month(self, queryset, name, value):
        return queryset.in_month(int(value))


class PartnerFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label="Type", choices=PartnerKind.choices, empty_label="Any type"
    )
    country = django_filters.ChoiceFilter(label="Country", empty_label="Any country")
    letter = django_filters.ChoiceFilter(
        label="Name starts with",
        choices=[(letter, letter) for letter in LETTERS],
        method="filter_letter",
        empty_label="Any letter",
    )

    class Meta:
        model = Partner
        fields = ["kind", "country", "letter"]

    def __init__(self, *args, queryset=None, **kwargs):
        super().__init__(*args, queryset=queryset, **kwargs)
        self.filters["country"].extra["choices"] = [
            (c.code, c.name) for c in Partner.objects.countries()
        ]

    def filter_letter(self, queryset, name, value):
        # A range, not LIKE: it reads the name index.
        return queryset.filter(
            Q(name__gte=value, name__lt=chr(ord(value) + 1))
            | Q(name__gte=value.lower(), name__lt=chr(ord(value.lower()) + 1))
        )


class EventFilter(FilteredMixin, django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label="Type", choices=EventKind.choices, empty_label="Any type"
    )
    year = django_filters.ChoiceFilter(label="Year", method="filter_year", empty_label="Any year")

    class Meta:
        model = Event
        fields = ["kind", "year"]

    def __init__(self, *args, queryset=None, **kwargs):
        super().__init__(*args, queryset=queryset, **kwargs)
        years = [(str(y), str(y)) for y in Event.objects.years()]
        self.filters["year"].extra["choices"] = [*years, (UNKNOWN_YEAR, "Year unknown")]

    def filter_year(self, queryset, name, value):
        if value == UNKNOWN_YEAR:
            return queryset.filter(start_date__isnull=True)
        return queryset.filter(start_date__year=int(value))


def active_filters(filterset: django_filters.FilterSet, query: QueryDict) -> list[dict]:
    """The valid filters in use, each with a link that removes it (and the page).

    Returns dicts ``{"label", "value", "remove_url"}`` for the removable chips.
    """
    if not filterset.is_bound:  # no query string: nothing to show, no form to build
        return []
    form = filterset.form
    if not form.is_valid() and not getattr(form, "cleaned_data", None):
        return []
    chips = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if value in (None, ""):
            continue
        chosen = str(value)
        shown = next(
            (label for key, label in getattr(field, "choices", None) or [] if str(key) == chosen),
            chosen,
        )
        remaining = query.copy()
        remaining.pop(name, None)
        remaining.pop("page", None)
        encoded = remaining.urlencode()
        chips.append(
            {
                "label": field.label,
                "value": shown,
                "remove_url": f"?{encoded}" if encoded else "?",
            }
        )
    return chips
