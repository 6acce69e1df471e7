"""Anonymous full-page caching that is never stale.

``state``: the content version every cached page is stored under, changed by
every content save and by the clock reaching the next scheduled article, and
the behaviour when the cache cannot be reached. ``middleware``: the page
cache itself. The state lives in the ``content_state`` cache (Redis when
``REDIS_URL`` is set, otherwise files shared by the processes of one
machine), pages in ``default``.

Nothing below the page is cached: every public page is cheap on its own
(``newsroom.models.coverage``), so a miss, a staff view and a cache outage
cost what a visitor's first request does.
"""

from newsroom.caching.middleware import (
    PAGE_PREFIX,
    UNCACHED_PREFIXES,
    PageCacheMiddleware,
    is_cacheable_request,
    wants_fresh_content,
)
from newsroom.caching.state import (
    CacheUnavailable,
    ContentState,
    connect_signals,
    content_changed,
    content_state,
    outage,
)

__all__ = [
    "PAGE_PREFIX",
    "UNCACHED_PREFIXES",
    "CacheUnavailable",
    "ContentState",
    "PageCacheMiddleware",
    "connect_signals",
    "content_changed",
    "content_state",
    "is_cacheable_request",
    "outage",
    "wants_fresh_content",
]
