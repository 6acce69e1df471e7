"""Real-browser fixtures: Playwright for Python driving Debian's Chromium against
pytest-django's ``live_server``.

One Chromium runs for the whole session; each test gets fresh browser contexts
(cookies, storage) and a flushed database. Chromium and axe-core are
installed by ``make test``; when either is missing the tests fail with a
message saying how to install it, never skip.
"""

import mimetypes
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches

# Playwright's sync API runs an asyncio event loop in the test thread, and
# Django refuses ORM calls from a thread with a running loop unless told that
# it is safe. Here it is: the loop only drives the browser.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tools.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 740}
TIMEOUT_MS = 15_000


@pytest.fixture(scope="session", autouse=True)
def _one_request_at_a_time():
    """The live server answers the browser's parallel requests (a page and its
    autocomplete calls, say) in several threads that share the test's one
    in-memory SQLite connection; two queries at once on it can deadlock
    (SQLite calls back into Python for Django's date functions). Requests are
    handled one at a time; connections still stay open between them."""
    import threading

    from django.core.handlers.wsgi import WSGIHandler

    lock = threading.Lock()
    handle = WSGIHandler.__call__

    def serially(self, environ, start_response):
        with lock:
            return handle(self, environ, start_response)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(WSGIHandler, "__call__", serially)
        yield


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}; the browser tests need it. "
            "Run `make test` (it installs it) or `apt-get install -y chromium`.",
            pytrace=False,
        )
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Once Playwright's event loop runs in this thread, Django keeps database
    # connections per async context instead of per thread: without this, the
    # tests would get new connection objects, without the serialized data that
    # serialized_rollback restores (the Writer and Editor groups), and the live
    # server would share a different one. Keep the thread's connections.
    thread_connections = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in thread_connections.items():
        connections[alias] = connection
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture(autouse=True)
def _empty_caches():
    """Pages cached by an earlier test describe a database that was flushed since."""
    for alias in ("default", "content_state"):
        if alias in settings.CACHES:
            caches[alias].clear()


def _serve_media(route):
    """Serve uploaded files from MEDIA_ROOT, as the web server does in production
    (the test server serves static files only)."""
    from urllib.parse import unquote, urlsplit

    relative = unquote(urlsplit(route.request.url).path).removeprefix("/" + settings.MEDIA_URL)
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        route.fulfill(status=404, body="Not found")
        return
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    route.fulfill(status=200, body=path.read_bytes(), content_type=content_type)


@pytest.fixture
def new_context(browser, live_server):
    """Make browser contexts (separate visitors) on the live server; all are
    closed after the test."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport, accept_downloads=True, **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.route(f"**/{settings.MEDIA_URL}**", _serve_media)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A desktop page of a new visitor."""
    return new_context().new_page()


@pytest.fixture
def mobile_page(new_context):
    """A 375 px wide phone page of a new visitor."""
    return new_context(viewport=MOBILE, is_mobile=True, has_touch=True).new_page()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    if not AXE_SCRIPT.exists():
        pytest.fail(
            f"axe-core is not installed ({AXE_SCRIPT} is missing). "
            "Run `make test` (it installs it) or `npm ci --no-audit --no-fund`.",
            pytrace=False,
        )
    return AXE_SCRIPT


@pytest.fixture
def public_pages(site, bulk_articles, image_upload) -> dict[str, str]:
    """The small public site of tests/conftest.py with images and a second page of
    news: one address per public page type."""
    from django.urls import reverse

    article = site.forum_article
    article.hero_image = image_upload("forum-hall.png", 640, 360)
    article.hero_alt = "Delegates in the forum's main hall"
    article.hero_caption = "The opening session."
    article.hero_credit = "Centre press office"
    article.save()
    site.partner.logo = image_upload("scu-logo.png", 120, 120)
    site.partner.save()
    bulk_articles(22, partner=site.partner, tag="green energy")
    return {
        "home": reverse("newsroom:home"),
        "news list": reverse("newsroom:article-list"),
        "news list filtered": reverse("newsroom:article-list")
        + f"?partner={site.partner.slug}&year=2023",
        "article": article.get_absolute_url(),
        "partners": reverse("newsroom:partner-list"),
        "partner": site.partner.get_absolute_url(),
        "events": reverse("newsroom:event-list"),
        "event": site.visit.get_absolute_url(),
        "person": site.person.get_absolute_url(),
        "tag": reverse("newsroom:tag-detail", args=["green-energy"]),
        "404": "/no-such-page/",
    }
