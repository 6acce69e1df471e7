"""Public pages and the staff preview.

Every public queryset starts from ``Article.objects.published()`` or a
``public()`` method; no view filters on status itself. Lists of one object's
articles and their counts come from its coverage topic
(``newsroom.models.coverage``), so no page's cost grows with the archive;
what the article and event pages show of what they name is on their rows
(``newsroom.models.linked``). Each view puts a ``breadcrumbs`` list of
``{"name", "url"}`` dicts (Home first, the current page last) in its context;
detail views also put their object in ``object``. The SEO head
(``includes/seo_head.html``) reads both.
"""

from functools import cached_property

from django.contrib.auth.mixins import UserPassesTestMixin
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from newsroom.filters import ArticleFilter, EventFilter, PartnerFilter, active_filters, public_tags
from newsroom.models import (
    Article,
    Event,
    Partner,
    Person,
    Topic,
    TopicKind,
)
from newsroom.models.coverage import CoveredArticles, past_event_count
from newsroom.models.events import CARD_FIELDS as EVENT_CARD_FIELDS
from newsroom.search import COUNT_LIMIT

ARTICLES_PER_PAGE = 20
# A partner in thousands of articles has hundreds of events: the page shows the latest.
PARTNER_PAGE_EVENTS = 12
PARTNER_PAGE_PEOPLE = 30
EVENT_PAGE_ARTICLES = 50
UPCOMING_ON_LIST = 20  # the next ones; the calendar (.ics) has them all


def crumb(name: str, url: str) -> dict:
    return {"name": name, "url": url}


HOME = ("Home", "newsroom:home")
NEWS = ("News", "newsroom:article-list")
PARTNERS = ("Partners", "newsroom:partner-list")
EVENTS = ("Events", "newsroom:event-list")


class BreadcrumbsMixin:
    """Adds ``breadcrumbs``: Home, the ``sections`` (name, URL name) and the page."""

    sections: tuple = ()

    def get_page_crumb(self) -> dict | None:
        return None

    def get_breadcrumbs(self) -> list[dict]:
        crumbs = [crumb(name, reverse(url_name)) for name, url_name in (HOME, *self.sections)]
        page = self.get_page_crumb()
        return [*crumbs, page] if page else crumbs

    def get_context_data(self, **kwargs):
        return super().get_context_data(breadcrumbs=self.get_breadcrumbs(), **kwargs)


class ListPaginator(Paginator):
    """Counts a filtered list up to ``COUNT_LIMIT`` and beyond that says "more
    than" (``is_capped``): a common search word would otherwise be counted
    over much of the archive. A page's keys are read first (from an index),
    then its rows."""

    count_limit = f"{COUNT_LIMIT:,}"

    @cached_property
    def count(self) -> int:
        if isinstance(self.object_list, QuerySet):
            # Unordered: counting needs no sort.
            return self.object_list.order_by()[: COUNT_LIMIT + 1].count()
        return super().count

    @property
    def is_capped(self) -> bool:
        return self.count > COUNT_LIMIT

    def page(self, number):
        number = self.validate_number(number)
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return super().page(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        keys = list(rows.values_list("pk", flat=True)[bottom:top])
        return self._get_page(rows.in_order(keys), number, self)


def listed_articles():
    """Published articles as list cards read them: no body, tags prefetched."""
    return Article.objects.published().for_listing().newest_first()


def articles_of(kind: str, key) -> CoveredArticles:
    """The published articles of one topic (all news, a partner, a tag…), newest first."""
    return CoveredArticles(Topic.objects.of(kind, key), timezone.now(), listed_articles())


def public_events():
    return Event.objects.public().only(*EVENT_CARD_FIELDS)


class HomeView(BreadcrumbsMixin, TemplateView):
    template_name = "newsroom/home.html"

    def get_context_data(self, **kwargs):
        latest = list(listed_articles()[:5])
        return super().get_context_data(
            hero=latest[:1],
            latest=latest[1:],
            upcoming_events=public_events().next_up(4),
            recent_events=public_events().past().filter(start_date__isnull=False)[:4],
            partners=Partner.objects.most_covered(8),
            **kwargs,
        )


class ArticleListView(BreadcrumbsMixin, FilterView):
    """All news (from the news topic), or the news a filter or search finds."""

    template_name = "newsroom/article_list.html"
    filterset_class = ArticleFilter
    paginate_by = ARTICLES_PER_PAGE
    paginator_class = ListPaginator
    strict = False  # an invalid filter is shown as an error and ignored
    sections = (NEWS,)

    def get_queryset(self):
        return listed_articles()

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset(self.get_filterset_class())
        if self.filterset.is_filtered:
            self.object_list = self.filterset.results(listed_articles())
        else:
            self.object_list = articles_of(TopicKind.NEWS, "")
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            active_filters=active_filters(self.filterset, self.request.GET), **kwargs
        )


class PublicObjectMixin:
    """A detail view of one public object, found by its slug (404 otherwise)."""

    def get_object(self, queryset=None):
        if queryset is None:
            queryset = self.get_queryset()
        # get(), not first(): a unique slug needs no ORDER BY to be compiled or run.
        try:
            return queryset.get(slug=self.kwargs["slug"])
        except queryset.model.DoesNotExist:
            raise Http404(f"No public page at {self.kwargs['slug']!r}.") from None


# What a partner page shows of its people.
PARTNER_PAGE_PERSON_FIELDS = ("name", "slug", "position")


class ArticleDetailView(PublicObjectMixin, BreadcrumbsMixin, DetailView):
    template_name = "newsroom/article_detail.html"
    context_object_name = "article"
    sections = (NEWS,)

    def get_queryset(self):
        return Article.objects.published()

    def get_page_crumb(self):
        return crumb(self.object.title, self.request.path)

    def get_context_data(self, **kwargs):
        related = self.object.related_articles()
        return super().get_context_data(related_articles=related, **kwargs)


@method_decorator(never_cache, name="dispatch")
class ArticlePreviewView(UserPassesTestMixin, ArticleDetailView):
    """Staff see any article, drafts included, the way visitors will, under a banner."""

    raise_exception = False

    def test_func(self):
        return self.request.user.is_active and self.request.user.is_staff

    def get_object(self, queryset=None):
        return DetailView.get_object(self, queryset)

    def get_queryset(self):
        return Article.objects.all()

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


class ArticlesOfObjectView(PublicObjectMixin, BreadcrumbsMixin, SingleObjectMixin, ListView):
    """A detail page with a paginated list of the published articles of its
    object's topic (``topic_kind``)."""

    paginate_by = ARTICLES_PER_PAGE
    topic_kind: str = ""

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return articles_of(self.topic_kind, self.object.pk)

    def get_page_crumb(self):
        return crumb(str(self.object), self.request.path)


class PartnerListView(BreadcrumbsMixin, FilterView):
    template_name = "newsroom/partner_list.html"
    filterset_class = PartnerFilter
    paginate_by = 60
    strict = False
    sections = (PARTNERS,)

    def get_queryset(self):
        return Partner.objects.public().for_cards().order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            letters=Partner.objects.initials(),
            active_filters=active_filters(self.filterset, self.request.GET),
            **kwargs,
        )
        Partner.objects.with_article_counts(context["page_obj"].object_list)
        return context


class PartnerDetailView(ArticlesOfObjectView):
    template_name = "newsroom/partner_detail.html"
    sections = (PARTNERS,)
    topic_kind = TopicKind.PARTNER

    def get_object(self, queryset=None):
        return super().get_object(Partner.objects.public())

    def get_context_data(self, **kwargs):
        partner = self.object
        people = (
            Person.objects.public().filter(affiliation=partner).only(*PARTNER_PAGE_PERSON_FIELDS)
        )
        return super().get_context_data(
            events=public_events().newest_of_partner(partner, PARTNER_PAGE_EVENTS),
            people=people[:PARTNER_PAGE_PEOPLE],
            **kwargs,
        )


class EventListView(BreadcrumbsMixin, FilterView):
    """Upcoming events first (on the first page), then past events by year."""

    template_name = "newsroom/event_list.html"
    filterset_class = EventFilter
    paginate_by = 40
    strict = False
    sections = (EVENTS,)

    def get_queryset(self):
        return public_events()

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset(self.get_filterset_class())
        self.object_list = self.filterset.qs.past()
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        return self.render_to_response(context)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        if not self.filterset.is_filtered:
            # All past events: counted from the yearly summaries, not row by row.
            paginator.count = past_event_count(timezone.localdate(), timezone.now())
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            active_filters=active_filters(self.filterset, self.request.GET), **kwargs
        )
        upcoming = []
        if context["page_obj"].number == 1:
            upcoming = self.filterset.qs.next_up(UPCOMING_ON_LIST + 1)
        context["upcoming_events"] = upcoming[:UPCOMING_ON_LIST]
        context["more_upcoming"] = len(upcoming) > UPCOMING_ON_LIST
        return context


class EventDetailView(PublicObjectMixin, BreadcrumbsMixin, DetailView):
    template_name = "newsroom/event_detail.html"
    context_object_name = "event"
    sections = (EVENTS,)

    def get_queryset(self):
        return Event.objects.public()

    def partner_roles(self) -> list:
        return self.object.public_roles()

    def get_page_crumb(self):
        return crumb(self.object.title, self.request.path)

    def get_context_data(self, **kwargs):
        articles = listed_articles().newest_of(TopicKind.EVENT, self.object.pk, EVENT_PAGE_ARTICLES)
        return super().get_context_data(
            articles=articles, partner_roles=self.partner_roles(), **kwargs
        )


class PersonDetailView(ArticlesOfObjectView):
    template_name = "newsroom/person_detail.html"
    topic_kind = TopicKind.PERSON

    def get_object(self, queryset=None):
        return super().get_object(Person.objects.public().select_related("affiliation"))


class TagDetailView(ArticlesOfObjectView):
    """Published articles with a tag. A tag only drafts carry is unknown here (404)."""

    template_name = "newsroom/tag_detail.html"
    sections = (NEWS,)
    topic_kind = TopicKind.TAG

    def get_object(self, queryset=None):
        return super().get_object(public_tags())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The SEO head describes ``object`` as a content item; a tag page is a list.
        context.pop("object", None)
        return context
