"""Anonymous full-page caching that is never stale.

One small shared record, the *content state*, decides whether a cached page
may be served: a random ``version`` token, the time it was made, and the
publish time of the next scheduled article. Every page and every memoised
query result is stored under a key that contains the version, so:

- any change to content (a save or delete of an article, partner, event,
  person, their links or tags) deletes the state; the next request makes a
  new one with a new version, and every older page is simply never read
  again (it expires from the cache on its own);
- a scheduled article appears on time without any save: when the clock
  passes the state's ``next_publish``, the request that notices makes a new
  state, hence a new version;
- pages that depend on the date (upcoming events) carry today's date in
  their key.

Reading the state is one cache get. It lives in the ``content_state`` cache:
Redis when ``REDIS_URL`` is set, otherwise a file-based cache shared by every
process of one machine (local memory would let two workers disagree). Pages
live in the ``default`` cache. Changes inside a transaction delete the state
at once *and* again on commit, so a page rendered from data read before the
commit can never be stored under a version made after it.

Only anonymous GET/HEAD requests without a session or messages cookie are
served from or stored in the cache; the admin and staff previews never are;
a response that sets a cookie, varies on more than ``Cookie`` or forbids
caching is not stored. ``django.middleware.http.ConditionalGetMiddleware``
(outside this one) answers ``If-None-Match``/``If-Modified-Since`` with 304
from the ETag and Last-Modified stored with each page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from typing import Any, NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.functional import cached_property
from django.utils.http import http_date

STATE_CACHE = "content_state"
STATE_KEY = "newsroom:content-state"
PAGE_PREFIX = "newsroom:page"
MEMO_PREFIX = "newsroom:memo"
PAGE_TIMEOUT = 60 * 60  # old versions' pages expire on their own
UNCACHED_PREFIXES = ("/preview/",)
BYPASS_COOKIES = ("messages",)


class ContentState(NamedTuple):
    version: str
    made_at: float  # POSIX time the version was made
    next_publish: float | None  # POSIX time of the next scheduled article, if any


def _make_state(now: dt.datetime) -> ContentState:
    from newsroom.models import Article

    upcoming = (
        Article.objects.scheduled(now=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    return ContentState(
        version=uuid.uuid4().hex[:16],
        made_at=now.timestamp(),
        next_publish=upcoming.timestamp() if upcoming else None,
    )


# Within one request the state is read once (PageCacheMiddleware opens the
# scope): a page and its memoised parts then share one version, read before
# any of their data, so nothing read later can be stored under an older
# version. Another process's change is seen from its next request on. The
# list holds the state, then the memo key prefix made from it.
_request_state: ContextVar[list | None] = ContextVar("newsroom_request_state", default=None)
# True while serving a request that must not see cached content (staff, a
# session, a preview, a write): memoised values are computed afresh for it.
_fresh_request: ContextVar[bool] = ContextVar("newsroom_fresh_request", default=False)


def content_state() -> ContentState:
    """The current content state: one cache get (once per request), and one
    query when it is missing or a scheduled publish time has been reached."""
    remembered = _request_state.get()
    if remembered:
        return remembered[0]
    store = caches[STATE_CACHE]
    state = store.get(STATE_KEY)
    now = timezone.now()
    if state is None or (state.next_publish is not None and now.timestamp() >= state.next_publish):
        state = _make_state(now)
        store.set(STATE_KEY, state, timeout=None)
    if remembered is not None:
        remembered.append(state)
    return state


def _forget_state() -> None:
    caches[STATE_CACHE].delete(STATE_KEY)
    remembered = _request_state.get()
    if remembered:
        remembered.clear()


def content_changed() -> None:
    """Forget the content state now and, inside a transaction, again on commit."""
    _forget_state()
    transaction.on_commit(_forget_state)


class LocalMemos:
    """This process's most recently used memos, in front of the shared cache.

    A hit costs neither a round trip to Redis nor unpickling a value. Keys carry
    the content version (and the date), so an entry can never be stale: after
    a change no request asks for the old keys again, and they fall out as new
    ones come in. Bounded by the number of entries in setting ``size_setting``
    (0: off). Values are shared by the requests of one process, so they are
    treated as read-only, as every memoised value already is (it may come
    from the shared cache instead)."""

    def __init__(self, size_setting: str = "NEWSROOM_LOCAL_MEMOS"):
        self._entries: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.size_setting = size_setting

    @property
    def size(self) -> int:
        return getattr(settings, self.size_setting, 0)

    def get(self, key: str) -> Any:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        found = {}
        with self._lock:
            for key in keys:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    found[key] = self._entries[key]
        return found

    def set_many(self, values: dict[str, Any]) -> None:
        size = self.size
        if size <= 0:
            return
        with self._lock:
            self._entries.update(values)
            for key in values:
                self._entries.move_to_end(key)
            while len(self._entries) > size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


local_memos = LocalMemos()
# The most requested pages, the same way (``NEWSROOM_LOCAL_PAGES``, a few MB).
local_pages = LocalMemos("NEWSROOM_LOCAL_PAGES")


def memoised(name: str, compute: Callable[[], Any], timeout: int = PAGE_TIMEOUT) -> Any:
    """``compute()``'s result, kept until content changes: for counts, choice
    lists, detail objects and rendered fragments that would otherwise cost
    more than the page around them.

    Off with ``NEWSROOM_QUERY_CACHE = False`` (the test suite's default, whose
    fixtures bulk-insert rows without signals), and for requests that must
    not see cached content (staff, sessions, previews)."""
    return memoised_many([(name, None)], lambda _: compute(), timeout=timeout)[0]


def memoised_many(
    named: Sequence[tuple[str, Any]],
    compute: Callable[[Any], Any],
    timeout: int = PAGE_TIMEOUT,
    prepare: Callable[[list], None] | None = None,
) -> list:
    """``[compute(argument) for name, argument in named]``, each result kept
    until content changes under its name: first in this process
    (``LocalMemos``), then in the shared cache, read in one call for all
    names (the cards of a list page). ``prepare(arguments)`` runs once before
    the missing results are computed (to prefetch what only they need)."""
    if not _use_memos():
        if prepare:
            prepare([argument for _, argument in named])
        return [compute(argument) for _, argument in named]
    prefix = _memo_prefix()
    keyed = [(f"{prefix}:{name}", argument) for name, argument in named]
    found = local_memos.get_many(key for key, _ in keyed)
    absent = [key for key, _ in keyed if key not in found]
    if absent:
        shared = caches["default"].get_many(absent)
        local_memos.set_many(shared)
        found.update(shared)
    missing = [argument for key, argument in keyed if key not in found]
    if missing and prepare:
        prepare(missing)
    made = {}
    for key, argument in keyed:
        if key not in found and key not in made:
            made[key] = compute(argument)
    if made:
        caches["default"].set_many(made, timeout=timeout)
        local_memos.set_many(made)
    return [found[key] if key in found else made[key] for key, _ in keyed]


def _use_memos() -> bool:
    return getattr(settings, "NEWSROOM_QUERY_CACHE", False) and not _fresh_request.get()


def _memo_prefix() -> str:
    remembered = _request_state.get()
    if remembered and len(remembered) > 1:
        return remembered[1]
    prefix = f"{MEMO_PREFIX}:{content_state().version}:{timezone.localdate().isoformat()}"
    if remembered:  # [state] of this request: remember the prefix next to it
        remembered.append(prefix)
    return prefix


class KeyedRows(Sequence):
    """Rows of a queryset known by their primary keys until something reads
    them. A list of memoised cards (``{% cards %}``) asks only for the rows
    whose card is not memoised yet (``fetch``): in the steady state a list
    page reads the keys of its page and nothing else. Iterating or indexing
    reads every row, once, in one query, in the keys' order."""

    def __init__(self, queryset: QuerySet, keys: list):
        self.queryset = queryset
        self.keys = keys

    def fetch(self, keys: Sequence) -> list:
        """The rows of ``keys`` that still exist, in that order, in one query."""
        found = {row.pk: row for row in self.queryset.filter(pk__in=keys)}
        return [found[key] for key in keys if key in found]

    @cached_property
    def rows(self) -> list:
        return self.fetch(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return KeyedRows(self.queryset, self.keys[index])
        return self.rows[index]

    def __iter__(self):
        return iter(self.rows)


def memoised_keys(
    name: str, queryset: Callable[[], QuerySet], rows: Callable[[], QuerySet]
) -> QuerySet | KeyedRows:
    """``queryset()``; with memos in use, its primary keys in order, read once
    per content version, as ``KeyedRows`` of ``rows()`` (which must hold them):
    for the list of one object's articles, a page is then a slice of a list.
    ``queryset`` is a callable, so that a memoised list does not even build
    its query."""
    if not _use_memos():
        return queryset()
    keys = memoised(f"keys:{name}", lambda: list(queryset().values_list("pk", flat=True)))
    return KeyedRows(rows(), keys)


def first_rows(queryset: QuerySet, limit: int) -> Sequence:
    """``queryset[:limit]``: as ``KeyedRows`` when memos are in use (their
    cards are memoised), else the rows themselves."""
    if _use_memos():
        return KeyedRows(queryset, list(queryset.values_list("pk", flat=True)[:limit]))
    return list(queryset[:limit])


class MemoisedCountPaginator(Paginator):
    """A paginator for querysets that stays cheap on every page of a long list.

    - The list (``count_key``: its URL without the page) is counted once per
      content version, not on every page view.
    - A page is read by its primary keys first. Far into a list whose order
      is a keyset (plain fields ending with the primary key, as newest-first
      news), the page starts from its first row's values: where each page
      starts is read once per content version, then page 400 costs what
      page 1 does. Other deep pages skip rows in an index-only read of keys
      (a plain ``OFFSET`` over rows would read every skipped row).
    - With ``keyed_rows`` and memos in use, the page is ``KeyedRows``: rows
      are read only for cards not memoised yet. Otherwise the rows of the
      page's keys are read at once.
    """

    deferred_join_from = 200  # rows to skip before reading keys first pays off

    def __init__(self, *args, count_key: str | None = None, keyed_rows: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key
        self.keyed_rows = keyed_rows

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(self._rows(bottom, top), number, self)

    def _rows(self, bottom: int, top: int):
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return rows[bottom:top]
        keyed = self.keyed_rows and _use_memos()
        if bottom < self.deferred_join_from:
            if not keyed:
                return rows[bottom:top]
            keys = list(rows.values_list("pk", flat=True)[bottom:top])
        else:
            keys = self._keys_from_page_start(rows, bottom, top)
            if keys is None:
                keys = list(rows.values_list("pk", flat=True)[bottom:top])
        page = KeyedRows(rows, keys)
        return page if keyed else page.rows

    def _keys_from_page_start(self, rows: QuerySet, bottom: int, top: int) -> list | None:
        """The keys of rows ``[bottom:top]`` read from where their page starts,
        or None when the list's order is not a keyset or its starts are not
        kept (memos off)."""
        keyset = keyset_order(rows)
        if keyset is None or self.count_key is None or not _use_memos():
            return None
        fields, descending = keyset
        digest = hashlib.sha256(f"{self.count_key}|{self.per_page}".encode()).hexdigest()[:32]
        starts = memoised(f"page-starts:{digest}", lambda: self._page_starts(rows, fields))
        index = bottom // self.per_page
        if bottom % self.per_page or index >= len(starts) or None in starts[index]:
            return None
        page = rows.filter(keyset_from(fields, starts[index], descending))
        # The page's bounds first: SQLite takes the first bound on an indexed
        # column as its range, and published() already has one ("until now").
        conditions, listed = page.query.where.children, len(rows.query.where.children)
        conditions[:] = conditions[listed:] + conditions[:listed]
        keys = list(page.values_list("pk", flat=True)[: top - bottom])
        # Rows whose first order field is NULL are not reached by comparisons:
        # a page that should reach them is read by position instead.
        return keys if len(keys) == top - bottom else None

    def _page_starts(self, rows: QuerySet, fields: list[str]) -> list[tuple]:
        """The order values of the first row of every page, in one pass over an index."""
        values = rows.values_list(*fields).iterator(chunk_size=2000)
        return [start for position, start in enumerate(values) if position % self.per_page == 0]

    @cached_property
    def count(self) -> int:
        count = Paginator.count.func
        if self.count_key is None:
            return count(self)
        digest = hashlib.sha256(self.count_key.encode()).hexdigest()[:32]
        return memoised(f"count:{digest}", lambda: count(self))


def keyset_order(rows: QuerySet) -> tuple[list[str], bool] | None:
    """``(fields, descending)`` when ``rows`` are ordered by plain fields in one
    direction ending with the primary key, the fields after the first never
    NULL: an order a page can be read from its first row's values. Else None."""
    order = rows.query.order_by
    if not order or not all(isinstance(item, str) for item in order):
        return None
    directions = {item.startswith("-") for item in order}
    fields = [item.lstrip("-") for item in order]
    if len(directions) != 1 or fields[-1] not in ("pk", rows.model._meta.pk.name):
        return None
    for position, name in enumerate(fields[:-1]):
        try:
            field = rows.model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        if not field.concrete or (position and field.null):
            return None
    return fields, directions.pop()


def keyset_from(fields: list[str], start: tuple, descending: bool) -> Q:
    """Rows at or after ``start`` in the order of ``fields`` (descending here):
    (a, b) from (A, B) is a <= A and (a < A or b <= B). The first field's
    bound stands on its own, so the database starts its index scan there."""
    before, at_most = ("lt", "lte") if descending else ("gt", "gte")
    rest = Q(**{f"{fields[-1]}__{at_most}": start[-1]})
    for name, value in zip(reversed(fields[1:-1]), reversed(start[1:-1]), strict=True):
        rest = Q(**{f"{name}__{before}": value}) | (Q(**{name: value}) & rest)
    if len(fields) == 1:
        return rest
    first, value = fields[0], start[0]
    return Q(**{f"{first}__{at_most}": value}) & (Q(**{f"{first}__{before}": value}) | rest)


class MemoisedCountMixin:
    """For paginated list views: count each list (its URL without the page
    number) once per content version. With ``keyed_rows = True`` (lists shown
    as memoised cards only), pages are ``KeyedRows``."""

    paginator_class = MemoisedCountPaginator
    keyed_rows = False

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        kwargs["count_key"] = f"{self.request.path}?{query.urlencode()}"
        kwargs["keyed_rows"] = self.keyed_rows
        return super().get_paginator(queryset, per_page, orphans, allow_empty_first_page, **kwargs)


# --- Invalidation ------------------------------------------------------------


def _on_change(sender, **kwargs):
    content_changed()


def _on_m2m_change(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        content_changed()


def connect_signals() -> None:
    """Called from ``NewsroomConfig.ready``: every content model and link."""
    from taggit.models import Tag, TaggedItem

    from newsroom.models import Article, ArticlePartner, Event, EventPartner, Partner, Person

    for model in (Article, Partner, Event, Person, ArticlePartner, EventPartner, Tag, TaggedItem):
        uid = f"newsroom-cache-{model._meta.label_lower}"
        post_save.connect(_on_change, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"{uid}-delete")
    links = (Article.people.through, Article.events.through, ArticlePartner, TaggedItem)
    for through in links:
        m2m_changed.connect(
            _on_m2m_change, sender=through, dispatch_uid=f"newsroom-cache-{through.__name__}"
        )


# --- The page cache ----------------------------------------------------------


def wants_fresh_content(request: HttpRequest) -> bool:
    """Writes, staff, sessions, the admin and previews: never served anything
    cached, neither pages nor memoised queries and fragments."""
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
        fresh = _fresh_request.set(wants_fresh_content(request))
        try:
            return self._respond(request)
        finally:
            _fresh_request.reset(fresh)
            _request_state.reset(scope)

    def _respond(self, request: HttpRequest) -> HttpResponse:
        if not is_cacheable_request(request):
            return self.get_response(request)
        state = content_state()
        key = page_key(request, state)
        pages = caches["default"]
        stored = local_pages.get(key)
        if stored is None:
            stored = pages.get(key)
            if stored is not None:
                local_pages.set_many({key: stored})
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            if not response.has_header("ETag"):
                set_response_etag(response)
            if not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(_last_modified(state))
            patch_vary_headers(response, ("Cookie",))
            stored = (response.status_code, list(response.items()), response.content)
            pages.set(key, stored, timeout=PAGE_TIMEOUT)
            local_pages.set_many({key: stored})
        return response
