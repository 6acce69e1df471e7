"""A newsroom in Wagtail: a home page, a news index and its articles, as the
Wagtail tutorial writes its blog (tags through ClusterTaggableManager, the
listing paginated with Django's Paginator)."""

from django.core.paginator import Paginator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

ARTICLES_PER_PAGE = 20


class HomePage(Page):
    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]


class NewsIndexPage(Page):
    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["news.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        """The live articles under this index, newest first, 20 a page (?page=N).

        Ordered as the tutorial orders its blog, by ``first_published_at``, with
        ``specific()`` so that a page of cards costs one query for its articles'
        own fields instead of one per card. (bakerydemo's form,
        ``ArticlePage.objects.child_of(self).order_by("-date")``, is slower on
        SQLite: it sorts every article with its body.)
        """
        context = super().get_context(request, *args, **kwargs)
        articles = self.get_children().live().specific().order_by("-first_published_at")
        paginator = Paginator(articles, ARTICLES_PER_PAGE)
        context["articles"] = paginator.get_page(request.GET.get("page"))
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(Page):
    date = models.DateField("Post date", db_index=True)
    intro = models.TextField(help_text="One or two sentences shown on the news index.")
    body = RichTextField(blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("tags")], heading="Article information"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
