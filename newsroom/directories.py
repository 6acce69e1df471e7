"""The people and topic directories.

``/people/``: the people who appear in published news, A–Z, by partner
(their affiliation) and searchable, each with how many published articles
name them. ``/tags/``: every topic of published news with its count. Both
start from the coverage topics (``newsroom.models.coverage``), which only
published articles fill, and read their counts from them: no page counts the
archive.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast, Substr, Upper
from django.urls import reverse
from django.views.generic import TemplateView
from django_filters.views import FilterView
from taggit.models import Tag

from newsroom.filters import LETTERS, PartnerNameFilter, active_filters, public_tags
from newsroom.models import Person, Topic, TopicKind
from newsroom.seo import absolute_url
from newsroom.views import BreadcrumbsMixin

PEOPLE_PER_PAGE = 60
MAX_QUERY = 100
# Structured data lists at most this many entries (a list page, not a dump).
JSON_LD_ITEMS = 100
OTHER_INITIAL = "#"
PEOPLE = ("People", "newsroom:person-list")
TOPICS = ("Topics", "newsroom:tag-list")


def public_keys(kind: str):
    """Primary keys of the objects of a topic kind that published news covers."""
    return Topic.objects.public(kind).values(pk=Cast("key", IntegerField()))


def people_in_the_news():
    return Person.objects.public().filter(pk__in=public_keys(TopicKind.PERSON))


def published_counts(kind: str, objects) -> dict[int, int]:
    """``{object pk: published articles}`` for these objects, in two queries."""
    objects = list(objects)
    topics = list(Topic.objects.filter(kind=kind, key__in=[str(obj.pk) for obj in objects]))
    live = Topic.objects.live_counts(topics)
    return {int(topic.key): live[topic.pk] for topic in topics}


def initial_of(name: str) -> str:
    first = name[:1].upper()
    return first if first in LETTERS else OTHER_INITIAL


def collection_json_ld(name: str, path: str, items: list[tuple[str, str]], total: int) -> dict:
    """A schema.org CollectionPage whose ItemList names ``items`` ((name, path) pairs)."""
    return {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "url": absolute_url(path),
        "mainEntity": {
            "@type": "ItemList",
            "numberOfItems": total,
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": item_name,
                    "url": absolute_url(item_path),
                }
                for position, (item_name, item_path) in enumerate(items[:JSON_LD_ITEMS], 1)
            ],
        },
    }


class PersonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_search",
        max_length=MAX_QUERY,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Name or position"}),
    )
    partner = PartnerNameFilter(
        label="Partner",
        method="filter_partner",
        widget=forms.TextInput(attrs={"placeholder": "Name or acronym"}),
    )
    letter = django_filters.ChoiceFilter(
        label="Name starts with",
        choices=[(letter, letter) for letter in LETTERS],
        method="filter_letter",
        empty_label="Any letter",
    )

    class Meta:
        model = Person
        fields = ["q", "partner", "letter"]

    def filter_search(self, queryset, name, value):
        words = value.split()[:10]
        for word in words:
            queryset = queryset.filter(Q(name__icontains=word) | Q(position__icontains=word))
        return queryset

    def filter_partner(self, queryset, name, value):
        return queryset.filter(affiliation=value)

    def filter_letter(self, queryset, name, value):
        return queryset.filter(name__istartswith=value)


class PeopleDirectoryView(BreadcrumbsMixin, FilterView):
    template_name = "newsroom/person_list.html"
    filterset_class = PersonFilter
    paginate_by = PEOPLE_PER_PAGE
    strict = False
    sections = (PEOPLE,)

    def get_queryset(self):
        return people_in_the_news().select_related("affiliation").order_by("name", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            active_filters=active_filters(self.filterset, self.request.GET), **kwargs
        )
        page = context["page_obj"]
        people = list(page.object_list)
        counts = published_counts(TopicKind.PERSON, people)
        for person in people:
            person.article_count = counts.get(person.pk, 0)
        initials = (
            people_in_the_news()
            .annotate(initial=Upper(Substr("name", 1, 1)))
            .values_list("initial", flat=True)
            .order_by("initial")
            .distinct()
        )
        context |= {
            "people": people,
            "letters": [letter for letter in initials if letter in LETTERS],
            "directory_json_ld": collection_json_ld(
                "People in the news",
                reverse("newsroom:person-list"),
                [(p.name, p.get_absolute_url()) for p in people],
                page.paginator.count,
            ),
        }
        return context


class TagDirectoryView(BreadcrumbsMixin, TemplateView):
    """Every topic of published news, grouped by initial, with its count;
    ``?q=`` narrows the list, ``?order=count`` puts the largest first."""

    template_name = "newsroom/tag_list.html"
    sections = (TOPICS,)

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:MAX_QUERY]
        by_count = self.request.GET.get("order") == "count"
        tags: Any = public_tags()
        if query:
            tags = tags.filter(name__icontains=query)
        tags = list(tags)
        counts = published_counts(TopicKind.TAG, tags)
        for tag in tags:
            tag.article_count = counts.get(tag.pk, 0)
        if by_count:
            tags.sort(key=lambda tag: (-tag.article_count, tag.name.lower()))
        groups: dict[str, list[Tag]] = {}
        if not by_count:
            for tag in tags:
                groups.setdefault(initial_of(tag.name), []).append(tag)
        return super().get_context_data(
            query=query,
            by_count=by_count,
            tags=tags,
            groups=sorted(groups.items(), key=lambda item: (item[0] == OTHER_INITIAL, item[0])),
            directory_json_ld=collection_json_ld(
                "Topics in the news",
                reverse("newsroom:tag-list"),
                [(tag.name, reverse("newsroom:tag-detail", args=[tag.slug])) for tag in tags],
                len(tags),
            ),
            **kwargs,
        )
