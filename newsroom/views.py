from django.contrib.auth.mixins import UserPassesTestMixin
from django.views.generic import DetailView, ListView

from newsroom.models import Article, Event, Partner, Person


class HomeView(ListView):
    template_name = "newsroom/home.html"
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_listing()[:10]


class ArticleDetailView(DetailView):
    template_name = "newsroom/article_detail.html"

    def get_queryset(self):
        return Article.objects.published()


class ArticlePreviewView(UserPassesTestMixin, DetailView):
    """Staff see any article, drafts included, the way visitors will."""

    template_name = "newsroom/article_detail.html"
    model = Article
    raise_exception = False

    def test_func(self):
        return self.request.user.is_active and self.request.user.is_staff

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


class PartnerDetailView(DetailView):
    template_name = "newsroom/partner_detail.html"

    def get_queryset(self):
        return Partner.objects.public()


class EventDetailView(DetailView):
    template_name = "newsroom/event_detail.html"

    def get_queryset(self):
        return Event.objects.public()


class PersonDetailView(DetailView):
    template_name = "newsroom/person_detail.html"

    def get_queryset(self):
        return Person.objects.public().select_related("affiliation")
