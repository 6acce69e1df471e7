"""Public pages and the staff preview.

Every public queryset starts from ``Article.objects.published()`` or a
``public()`` method; no view filters on status itself. Each view puts a
``breadcrumbs`` list of ``{"name", "url"}`` dicts (Home first, the current
page last) in its context; detail views also put their object in ``object``.
The SEO head (``includes/seo_head.html``) reads both.
"""

import hashlib
from collections.abc import Callable

from django.contrib.auth.mixins import UserPassesTestMixin
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from newsroom.caching import MemoisedCountMixin, first_rows, memoised, memoised_keys
from newsroom.filters import (
    ArticleFilter,
    EventFilter,
    PartnerFilter,
    active_filters,
    public_tags,
)
from newsroom.models import Article, ArticlePartner, Event, EventPartner, Partner, Person

ARTICLES_PER_PAGE = 20
# A partner in thousands of articles has hundreds of events: the page shows the latest.
PARTNER_PAGE_EVENTS = 12
PARTNER_PAGE_PEOPLE = 30
# What an event card shows; lists read nothing else.
EVENT_CARD_FIELDS = (
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


class PageIsNotAFilterMixin:
    """``?page=`` alone leaves the filterset unbound: a later page of an
    unfiltered list builds no filter form (a form with every partner as a
    choice costs more than the page's queries)."""

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        data = self.request.GET.copy()
        data.pop("page", None)
        kwargs["data"] = self.request.GET if data else None
        return kwargs


def listed_articles():
    """Published articles as list cards read them: no body, tags prefetched."""
    return Article.objects.published().for_listing().newest_first()


class HomeView(BreadcrumbsMixin, TemplateView):
    template_name = "newsroom/home.html"

    def get_context_data(self, **kwargs):
        latest = first_rows(listed_articles(), 5)

        def public_events():
            return Event.objects.public().only(*EVENT_CARD_FIELDS)

        # Filtering events through public() costs ~15 ms on PostgreSQL at
        # 10,000 articles; the two short lists are read once per content version
        # (whose key carries the date, so "upcoming" moves on at midnight).
        return super().get_context_data(
            hero=latest[:1],
            latest=latest[1:],
            upcoming_events=memoised(
                "home:upcoming-events", lambda: list(public_events().upcoming()[:4])
            ),
            recent_events=memoised(
                "home:recent-events",
                lambda: list(public_events().past().filter(start_date__isnull=False)[:4]),
            ),
            partners=memoised(
                "home:partners", lambda: list(Partner.objects.public().most_covered()[:8])
            ),
            **kwargs,
        )


class ArticleListView(PageIsNotAFilterMixin, MemoisedCountMixin, BreadcrumbsMixin, FilterView):
    template_name = "newsroom/article_list.html"
    filterset_class = ArticleFilter
    paginate_by = ARTICLES_PER_PAGE
    keyed_rows = True  # shown as memoised cards only
    strict = False  # an invalid filter is shown as an error and ignored
    sections = (NEWS,)

    def get_queryset(self):
        return listed_articles()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            active_filters=active_filters(self.filterset, self.request.GET), **kwargs
        )


def memoised_object(queryset: Callable[[], QuerySet], slug: str, purpose: str):
    """The object of ``queryset()`` with this slug, prefetches included, read
    once per content version (``memoised``): on a public detail page the
    queries that build it cost more than the rendering. 404 when there is none.
    ``queryset`` is a callable, so that a hit does not even build the query.
    Memoised values are never served to staff (previews show the latest draft)."""
    # False stands for "no such public object", so that a miss is remembered too.
    found = memoised(
        f"object:{purpose}:{slug}", lambda: queryset().filter(slug=slug).first() or False
    )
    if not found:
        raise Http404(f"No public page at {slug!r}.")
    return found


class MemoisedObjectMixin:
    """A DetailView whose object comes from ``memoised_object``."""

    def get_object(self, queryset=None):
        return memoised_object(self.get_queryset, self.kwargs["slug"], type(self).__name__)


def with_article_page_relations(articles):
    """Articles with everything the article page shows, in a fixed number of queries."""
    return articles.with_tags().prefetch_related(
        Prefetch("partner_roles", queryset=ArticlePartner.objects.select_related("partner")),
        Prefetch("people", queryset=Person.objects.select_related("affiliation")),
        Prefetch("events", queryset=Event.objects.order_by("start_date", "title")),
    )


class ArticleDetailView(MemoisedObjectMixin, BreadcrumbsMixin, DetailView):
    template_name = "newsroom/article_detail.html"
    context_object_name = "article"
    sections = (NEWS,)

    def get_queryset(self):
        return with_article_page_relations(Article.objects.published())

    def get_page_crumb(self):
        return crumb(self.object.title, self.request.path)

    def get_context_data(self, **kwargs):
        # Ranking every published article by shared partners/tags costs ~15 ms at
        # 10,000 articles: computed once per article and content version.
        related = memoised(
            f"related:{self.object.pk}",
            lambda: list(Article.objects.published().related_to(self.object)),
        )
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
        return with_article_page_relations(Article.objects.all())

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


class ArticlesOfObjectView(MemoisedCountMixin, BreadcrumbsMixin, SingleObjectMixin, ListView):
    """A detail page with a paginated list of the published articles about its
    object (``get_articles()``). Like the object itself, the list's keys are
    read once per content version; a page is a slice of them, shown as
    memoised cards."""

    paginate_by = ARTICLES_PER_PAGE
    keyed_rows = True  # shown as memoised cards only

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().get(request, *args, **kwargs)

    def get_articles(self) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self):
        name = f"articles-of:{type(self).__name__}:{self.object.pk}"
        return memoised_keys(name, self.get_articles, listed_articles)

    def get_page_crumb(self):
        return crumb(str(self.object), self.request.path)


class PartnerListView(PageIsNotAFilterMixin, MemoisedCountMixin, BreadcrumbsMixin, FilterView):
    template_name = "newsroom/partner_list.html"
    filterset_class = PartnerFilter
    paginate_by = 60
    strict = False
    sections = (PARTNERS,)

    def get_queryset(self):
        return Partner.objects.public().order_by("name")

    def get_context_data(self, **kwargs):
        letters = memoised("partner-initials", lambda: Partner.objects.public().initials())
        context = super().get_context_data(
            letters=letters,
            active_filters=active_filters(self.filterset, self.request.GET),
            **kwargs,
        )
        # The cards show ``article_count``: grouping the links of every partner
        # in the list query costs ~25 ms at 10,000 articles, so all partners'
        # counts are read once per content version instead.
        counts = memoised("partner-article-counts", lambda: Partner.objects.article_counts())
        for partner in context["page_obj"].object_list:
            partner.article_count = counts.get(partner.pk, 0)
        return context


class PartnerDetailView(ArticlesOfObjectView):
    template_name = "newsroom/partner_detail.html"
    sections = (PARTNERS,)

    def get_object(self, queryset=None):
        return memoised_object(Partner.objects.public, self.kwargs["slug"], "partner")

    def get_articles(self):
        return listed_articles().with_partner(self.object)

    def get_context_data(self, **kwargs):
        partner = self.object
        # Both lists filter through public(), whose subqueries cost more than
        # the page: read once per partner and content version.
        events = memoised(
            f"partner-events:{partner.pk}",
            lambda: list(
                Event.objects.public()
                .filter(pk__in=EventPartner.objects.filter(partner=partner).values("event"))
                .only(*EVENT_CARD_FIELDS)[:PARTNER_PAGE_EVENTS]
            ),
        )
        people = memoised(
            f"partner-people:{partner.pk}",
            lambda: list(Person.objects.public().filter(affiliation=partner)[:PARTNER_PAGE_PEOPLE]),
        )
        return super().get_context_data(events=events, people=people, **kwargs)


class EventListView(PageIsNotAFilterMixin, MemoisedCountMixin, BreadcrumbsMixin, FilterView):
    """Upcoming events first (on the first page), then past events by year."""

    template_name = "newsroom/event_list.html"
    filterset_class = EventFilter
    paginate_by = 40
    strict = False
    sections = (EVENTS,)

    def get_queryset(self):
        return Event.objects.public().only(*EVENT_CARD_FIELDS)

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset(self.get_filterset_class())
        filtered = self.filterset.qs
        query = self.request.GET.copy()
        query.pop("page", None)
        digest = hashlib.sha256(query.urlencode().encode()).hexdigest()[:32]
        self.upcoming = memoised(f"events:upcoming:{digest}", lambda: list(filtered.upcoming()))
        self.object_list = filtered.past()
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            active_filters=active_filters(self.filterset, self.request.GET), **kwargs
        )
        page = context["page_obj"]
        context["upcoming_events"] = self.upcoming if page.number == 1 else []
        return context


class EventDetailView(MemoisedObjectMixin, BreadcrumbsMixin, DetailView):
    template_name = "newsroom/event_detail.html"
    context_object_name = "event"
    sections = (EVENTS,)

    def get_queryset(self):
        return Event.objects.public().prefetch_related(
            Prefetch(
                "partner_roles",
                queryset=EventPartner.objects.filter(
                    partner__in=Partner.objects.public()
                ).select_related("partner"),
            )
        )

    def get_page_crumb(self):
        return crumb(self.object.title, self.request.path)

    def get_context_data(self, **kwargs):
        event = self.object
        articles = memoised(
            f"event-articles:{event.pk}",
            lambda: list(listed_articles().filter(events=event)[:50]),
        )
        return super().get_context_data(articles=articles, **kwargs)


class PersonDetailView(ArticlesOfObjectView):
    template_name = "newsroom/person_detail.html"

    def get_object(self, queryset=None):
        return memoised_object(
            lambda: Person.objects.public().select_related("affiliation"),
            self.kwargs["slug"],
            "person",
        )

    def get_articles(self):
        return listed_articles().filter(people=self.object)

    def get_context_data(self, **kwargs):
        affiliation = self.object.affiliation
        affiliation_is_public = bool(affiliation) and memoised(
            f"partner-is-public:{affiliation.pk}",
            lambda: Partner.objects.public().filter(pk=affiliation.pk).exists(),
        )
        return super().get_context_data(affiliation_is_public=affiliation_is_public, **kwargs)


class TagDetailView(ArticlesOfObjectView):
    """Published articles with a tag. A tag only drafts carry is unknown here (404)."""

    template_name = "newsroom/tag_detail.html"
    sections = (NEWS,)

    def get_object(self, queryset=None):
        return memoised_object(public_tags, self.kwargs["slug"], "tag")

    def get_articles(self):
        return listed_articles().filter(tags=self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The SEO head describes ``object`` as a content item; a tag page is a list.
        context.pop("object", None)
        return context
