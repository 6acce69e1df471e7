"""Anonymous full-page caching under the current content version.

Only anonymous GET/HEAD requests without a session or messages cookie are served
from or stored in the cache, never the admin or previews; a response that sets a
cookie, varies on more than ``Cookie`` or forbids caching is not stored.
``ConditionalGetMiddleware`` (outside this one) answers 304s from the ETag and
Last-Modified stored with each page."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.http import http_date

from newsroom.caching.state import (
    CacheUnavailable,
    ContentState,
    _request_state,
    cache_call,
    content_state,
)

PAGE_CACHE = "default"
PAGE_PREFIX = "newsroom:page"
PAGE_TIMEOUT = 60 * 60  # old versions' pages expire on their own
UNCACHED_PREFIXES = ("/preview/",)
BYPASS_COOKIES = ("messages",)


def wants_fresh_content(request: HttpRequest) -> bool:
    """Writes, staff, sessions, the admin and previews: never served a cached page."""
    if request.method not in {"GET", "HEAD"}:
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES or any(
        name in request.COOKIES for name in BYPASS_COOKIES
    ):
        return True
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    return request.path.startswith((f"/{settings.ADMIN_URL}", *UNCACHED_PREFIXES))


def is_cacheable_request(request: HttpRequest) -> bool:
    return getattr(settings, "NEWSROOM_PAGE_CACHE", False) and not wants_fresh_content(request)


def is_cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if vary - {"cookie"}:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def page_key(request: HttpRequest, state: ContentState) -> str:
    """The version and today's date (pages such as upcoming events depend on
    it), then the host and full path."""
    where = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    return f"{PAGE_PREFIX}:{state.version}:{timezone.localdate().isoformat()}:{digest}"


def _last_modified(state: ContentState) -> float:
    """The version's time, or today's local midnight if later (date-dependent pages)."""
    midnight = timezone.make_aware(dt.datetime.combine(timezone.localdate(), dt.time()))
    return max(state.made_at, midnight.timestamp())


class PageCacheMiddleware:
    """Serves and stores anonymous pages under the current content version."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        scope = _request_state.set([])
        try:
            return self._respond(request)
        finally:
            _request_state.reset(scope)

    def _respond(self, request: HttpRequest) -> HttpResponse:
        if not is_cacheable_request(request):
            return self.get_response(request)
        try:
            state = content_state()
            key = page_key(request, state)
            stored = cache_call(PAGE_CACHE, "get", key)
        except CacheUnavailable:
            return self.get_response(request)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            if not response.has_header("ETag"):
                set_response_etag(response)
            if not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(_last_modified(state))
            patch_vary_headers(response, ("Cookie",))
            stored = (response.status_code, list(response.items()), response.content)
            with contextlib.suppress(CacheUnavailable):
                cache_call(PAGE_CACHE, "set", key, stored, timeout=PAGE_TIMEOUT)
            response["X-Cache"] = "miss"
        return response
