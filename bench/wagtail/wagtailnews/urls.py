from django.http import HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls


def bare(request):
    """The benchmark's ceiling: a short response through the same middleware."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/bare/", bare, name="bench-bare"),
    path("cms/", include(wagtailadmin_urls)),
    # Wagtail's page serving last: it matches every other path.
    path("", include(wagtail_urls)),
]
