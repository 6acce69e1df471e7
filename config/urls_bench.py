"""The site's URLs plus the benchmark's bare views (only under settings_bench)."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

MAX_BARE_BYTES = 1024 * 1024


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


def bare_sized(request, size: int):
    """A body of ``size`` bytes and nothing else: what sending a page costs."""
    return HttpResponse(b"x" * min(size, MAX_BARE_BYTES), content_type="text/html")


urlpatterns = [
    path("bench/bare/", bare, name="bench-bare"),
    path("bench/bare/<int:size>/", bare_sized, name="bench-bare-sized"),
    *site_urlpatterns,
]
