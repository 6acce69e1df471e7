"""Anonymous full-page caching that is never stale: ``state`` (the content
version pages are stored under, and cache outages) and ``middleware`` (the page
cache). Nothing below the page is cached: every public page is cheap on its own
(``newsroom.models.coverage``), so a miss, a staff view and an outage cost what
a first visit does."""

from newsroom.caching.middleware import PageCacheMiddleware
from newsroom.caching.state import connect_signals, content_changed, content_state, outage

__all__ = ["PageCacheMiddleware", "connect_signals", "content_changed", "content_state", "outage"]
