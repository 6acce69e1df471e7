"""The public list filters: GET forms whose URLs can be shared.

Every choice list is computed once per request from what the public may see,
so an unknown tag, partner, year or month is a form error ("Select a valid
choice"), never a database lookup with a visitor's raw value. Invalid fields
are ignored by the views (``strict = False``) and their errors shown.
"""

from __future__ import annotations

import copy

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.choices import BaseChoiceIterator
from taggit.models import Tag

from newsroom.caching import memoised
from newsroom.models import Article, Event, EventKind, Partner, PartnerKind
from newsroom.partial_dates import MONTH_NAMES

MONTH_CHOICES = [(str(n), name) for n, name in enumerate(MONTH_NAMES, start=1)]
LETTERS = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
UNKNOWN_YEAR = "unknown"


class FilterCopies(dict):
    """A FilterSet's declared filters, copied for each request filter by filter.

    django-filter deep-copies them for every FilterSet it makes: each filter's
    widget, label and static choice list, some 270 copies per request on the
    news list, for objects no request changes. A request changes only a
    filter's ``extra`` (the choices set in ``__init__``), its parent and model,
    and the form field it builds: a shallow copy with its own ``extra`` and
    its method bound to the copy is enough."""

    def __deepcopy__(self, memo):
        return {name: _copy_filter(declared) for name, declared in self.items()}


def _copy_filter(declared: django_filters.Filter) -> django_filters.Filter:
    clone = copy.copy(declared)
    clone.extra = dict(declared.extra)
    if declared.method is not None:
        clone.method = declared.method  # a FilterMethod calling the copy's parent
    return clone


class SharedChoices(BaseChoiceIterator):
    """A choice list that the forms of a request share instead of copying.

    Django normalises a ChoiceField's choices when the field is made and
    deep-copies them for every form: for the hundreds of partners in the
    news filter, some 1,500 copies per filtered request. These lists are
    read-only (memoised per content version), so one object serves all."""

    def __init__(self, choices: list[tuple[str, str]]):
        self.choices = choices

    def __iter__(self):
        return iter(self.choices)

    def __len__(self):
        return len(self.choices)

    def __deepcopy__(self, memo):
        return self


class PublicFilterSet(django_filters.FilterSet):
    """The base of the public list filters."""

    @classmethod
    def get_filters(cls):
        return FilterCopies(super().get_filters())


def public_tags():
    """Tags of published articles, by name."""
    return Tag.objects.filter(
        pk__in=Article.tags.through.objects.filter(
            content_type__app_label="newsroom",
            content_type__model="article",
            object_id__in=Article.objects.published().values("pk"),
        ).values("tag")
    ).order_by("name")


class ArticleFilter(PublicFilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words in the news"}),
    )
    tag = django_filters.ChoiceFilter(label="Topic", method="filter_tag", empty_label="Any topic")
    partner = django_filters.ChoiceFilter(
        label="Partner", method="filter_partner", empty_label="Any partner"
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
        # Memoised until content changes: they scan every published article.
        self.filters["tag"].extra["choices"] = SharedChoices(
            memoised(
                "choices:article-tag",
                lambda: [(tag.slug, tag.name) for tag in public_tags().only("slug", "name")],
            )
        )
        self.filters["partner"].extra["choices"] = SharedChoices(
            memoised(
                "choices:article-partner",
                lambda: [
                    (p.slug, str(p))
                    for p in Partner.objects.public()
                    .most_covered()
                    .order_by("name")
                    .only("slug", "name", "acronym")
                ],
            )
        )
        self.filters["year"].extra["choices"] = SharedChoices(
            memoised(
                "choices:article-year",
                lambda: [(str(y), str(y)) for y in Article.objects.published().news_years()],
            )
        )

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_tag(self, queryset, name, value):
        return queryset.filter(tags__slug=value)

    def filter_partner(self, queryset, name, value):
        partner = Partner.objects.filter(slug=value).values_list("pk", flat=True).first()
        return queryset.with_partner(partner) if partner else queryset.none()

    def filter_kind(self, queryset, name, value):
        return queryset.covering_event_kind(value)

    def filter_year(self, queryset, name, value):
        return queryset.in_year(int(value))

    def filter_month(self, queryset, name, value):
        return queryset.in_month(int(value))


class PartnerFilter(PublicFilterSet):
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
        self.filters["country"].extra["choices"] = SharedChoices(
            memoised(
                "choices:partner-country",
                lambda: [(c.code, c.name) for c in Partner.objects.public().countries()],
            )
        )

    def filter_letter(self, queryset, name, value):
        return queryset.filter(name__istartswith=value)


class EventFilter(PublicFilterSet):
    kind = django_filters.ChoiceFilter(
        label="Type", choices=EventKind.choices, empty_label="Any type"
    )
    year = django_filters.ChoiceFilter(label="Year", method="filter_year", empty_label="Any year")

    class Meta:
        model = Event
        fields = ["kind", "year"]

    def __init__(self, *args, queryset=None, **kwargs):
        super().__init__(*args, queryset=queryset, **kwargs)
        years = memoised(
            "choices:event-year", lambda: [(str(y), str(y)) for y in Event.objects.public().years()]
        )
        self.filters["year"].extra["choices"] = SharedChoices(
            [*years, (UNKNOWN_YEAR, "Year unknown")]
        )

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
            value,
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
