from django.urls import path

from newsroom import calendar, directories, feeds, review_links, views

app_name = "newsroom"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("news/", views.ArticleListView.as_view(), name="article-list"),
    path("news/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("preview/news/<int:pk>/", views.ArticlePreviewView.as_view(), name="article-preview"),
    path("preview/review/<slug:token>/", review_links.review_link, name="review-link"),
    path("partners/", views.PartnerListView.as_view(), name="partner-list"),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner-detail"),
    path("events/", views.EventListView.as_view(), name="event-list"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path("events/<slug:slug>.ics", calendar.event_ics, name="event-ics"),
    path("events.ics", calendar.events_ics, name="events-ics"),
    path("people/", directories.PeopleDirectoryView.as_view(), name="person-list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("tags/", directories.TagDirectoryView.as_view(), name="tag-list"),
    path("tags/<slug:slug>/", views.TagDetailView.as_view(), name="tag-detail"),
    path("feeds/news.rss", feeds.NewsFeed(), name="feed-rss"),
    path("feeds/news.atom", feeds.AtomNewsFeed(), name="feed-atom"),
    path("feeds/tags/<slug:slug>.rss", feeds.TagFeed(), name="tag-feed-rss"),
    path("feeds/tags/<slug:slug>.atom", feeds.AtomTagFeed(), name="tag-feed-atom"),
    path("feeds/partners/<slug:slug>.rss", feeds.PartnerFeed(), name="partner-feed-rss"),
    path("feeds/partners/<slug:slug>.atom", feeds.AtomPartnerFeed(), name="partner-feed-atom"),
]
