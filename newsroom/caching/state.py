"""The content state: one small shared record that says whether a cached page
is current, and what happens when the cache cannot be reached.

A random ``version``, the time it was made, and the publish time of the next
scheduled article. Pages are stored under keys containing the version. Any
change to content deletes the state (at once and again on commit, so that a
page rendered from data read before the commit is never stored under a
version made after it); the next request makes a new one. When the clock
passes ``next_publish``, the request that notices makes a new state too, so
scheduled news appears on time without a save. The state lives in the
``content_state`` cache, pages in ``default``.

When the cache is unreachable, nothing is served from it or stored: pages come
from the database. One warning is logged per ``OUTAGE_RETRY_SECONDS``, and the
cache is not tried again before then. A process that saw an outage makes a new
version once the cache is back: changes made meanwhile could not delete the old.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, NamedTuple

from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

STATE_CACHE = "content_state"
STATE_KEY = "newsroom:content-state"
OUTAGE_RETRY_SECONDS = 10.0

logger = logging.getLogger("newsroom.caching")


class ContentState(NamedTuple):
    version: str
    made_at: float  # POSIX time the version was made
    next_publish: float | None  # POSIX time of the next scheduled article, if any


class CacheUnavailable(Exception):
    """The cache could not be reached (or is resting after an outage)."""


class _Outage:
    """This process's view of the cache's health, shared by its threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0  # monotonic time before which the cache is not tried
        self.seen = False  # an outage was seen: make a new version once back

    def guard(self, call: Callable[[], Any]) -> Any:
        if time.monotonic() < self.down_until:
            raise CacheUnavailable
        try:
            return call()
        except Exception as error:  # any backend: redis-py, sockets, files
            with self.lock:
                self.seen = True
                if time.monotonic() >= self.down_until:
                    logger.warning(
                        "The cache is unreachable (%s: %s): pages are served from the "
                        "database; retrying in %.0f s.",
                        type(error).__name__,
                        error,
                        OUTAGE_RETRY_SECONDS,
                    )
                self.down_until = time.monotonic() + OUTAGE_RETRY_SECONDS
            raise CacheUnavailable from error

    def reset(self) -> None:
        self.down_until, self.seen = 0.0, False


outage = _Outage()


def cache_call(alias: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """``caches[alias].method(*args)``, raising ``CacheUnavailable`` when the
    cache cannot be reached."""
    return outage.guard(lambda: getattr(caches[alias], method)(*args, **kwargs))


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


# Within one request the state is read once (the page middleware opens the
# scope), so that a page is stored under the version read before its data.
_request_state: ContextVar[list | None] = ContextVar("newsroom_request_state", default=None)


def content_state() -> ContentState:
    """The current content state: one cache get (once per request), and one
    query when it is missing or a scheduled publish time has been reached.
    Raises ``CacheUnavailable`` when the cache cannot be reached."""
    remembered = _request_state.get()
    if remembered:
        return remembered[0]
    recovering = outage.seen
    state = None if recovering else cache_call(STATE_CACHE, "get", STATE_KEY)
    now = timezone.now()
    if state is None or (state.next_publish is not None and now.timestamp() >= state.next_publish):
        state = _make_state(now)
        cache_call(STATE_CACHE, "set", STATE_KEY, state, timeout=None)
        if recovering:
            outage.seen = False
            logger.warning("The cache is back: new content version %s.", state.version)
    if remembered is not None:
        remembered.append(state)
    return state


def _forget_state() -> None:
    remembered = _request_state.get()
    if remembered:
        remembered.clear()
    # When it fails, ``outage.seen`` makes a new version once the cache is back.
    with contextlib.suppress(CacheUnavailable):
        cache_call(STATE_CACHE, "delete", STATE_KEY)


def content_changed() -> None:
    """Forget the content state now and, inside a transaction, again on commit."""
    _forget_state()
    transaction.on_commit(_forget_state)


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
