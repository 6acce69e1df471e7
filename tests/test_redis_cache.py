"""The Redis cache backend (newsroom.redis_cache): one redis-py client per
connection pool, and the cache contract kept (CI runs these round trips with
TEST_REDIS_URL set); and a Redis outage, on a redis-server of the test's own:
pages come from the database, and caching resumes with a new content version."""

import logging
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.caching import content_state
from newsroom.redis_cache import RedisCache, RedisCacheClient

needs_redis = pytest.mark.skipif(
    not os.environ.get("TEST_REDIS_URL"), reason="set TEST_REDIS_URL to a Redis database"
)


def test_one_client_is_kept_per_connection_pool():
    client = RedisCacheClient(["redis://127.0.0.1:6379/15", "redis://127.0.0.1:6380/15"])
    assert client.get_client("a") is client.get_client("b")
    writer = client.get_client("a", write=True)
    assert writer is client.get_client("c", write=True)
    assert writer.connection_pool is client._get_connection_pool(write=True)


def test_the_backend_uses_that_client():
    cache = RedisCache("redis://127.0.0.1:6379/15", {})
    assert isinstance(cache._cache, RedisCacheClient)


@needs_redis
def test_values_round_trip_through_redis():
    cache = caches["default"]
    assert isinstance(cache, RedisCache)
    cache.set("answer", {"pages": [1, 2]}, timeout=30)
    cache.set_many({"a": 1, "b": "two"}, timeout=30)
    assert cache.get("answer") == {"pages": [1, 2]}
    assert cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": "two"}
    cache.delete("a")
    assert cache.get("a") is None


# --- A cache outage (newsroom.caching.state) ----------------------------------------


class RedisServer:
    """A redis-server of this test's own, on a free port, stopped by its PID."""

    def __init__(self):
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


REDIS_SERVER = shutil.which("redis-server")


@pytest.fixture
def own_redis(settings):
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    server.start()
    redis = {
        "BACKEND": "newsroom.redis_cache.RedisCache",
        "LOCATION": server.url,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    settings.CACHES = {
        "default": {**redis, "KEY_PREFIX": "pages"},
        "content_state": {**redis, "KEY_PREFIX": "state"},
    }
    settings.NEWSROOM_PAGE_CACHE = True
    yield server
    server.stop()


@pytest.mark.django_db
def test_with_redis_down_pages_come_from_the_database_and_one_warning_is_logged(
    own_redis, client, make_article, caplog
):
    article = make_article(title="Before the outage")
    url = article.get_absolute_url()
    assert b"Before the outage" in client.get(url).content  # now cached in Redis

    own_redis.stop()
    article.title = "Corrected while Redis was down"
    article.save()  # could not tell Redis: nothing may be served from it any more
    with caplog.at_level(logging.WARNING, logger="newsroom.caching"):
        for _ in range(20):
            response = client.get(url)
            assert response.status_code == 200
            assert b"Corrected while Redis was down" in response.content
        assert client.get(reverse("newsroom:article-list")).status_code == 200
    warnings = [r.getMessage() for r in caplog.records if r.name == "newsroom.caching"]
    assert len(warnings) == 1
    assert warnings[0].startswith("The cache is unreachable (")
    assert warnings[0].endswith("pages are served from the database; retrying in 10 s.")


@pytest.mark.django_db
def test_when_redis_returns_caching_resumes_with_a_new_content_version(
    own_redis, client, rf, make_article, monkeypatch, caplog
):
    from newsroom.caching import state
    from newsroom.caching.middleware import page_key

    monkeypatch.setattr(state, "OUTAGE_RETRY_SECONDS", 0.2)
    article = make_article(title="Before the outage")
    url = article.get_absolute_url()
    client.get(url)
    old = content_state()
    key = page_key(rf.get(url), old)
    old_page = caches["default"].get(key)
    assert old_page is not None

    own_redis.stop()
    article.title = "Changed during the outage"
    article.save()
    assert b"Changed during the outage" in client.get(url).content

    # Redis comes back holding what it had before (as one restored from disk would).
    own_redis.start()
    caches["content_state"].set(state.STATE_KEY, old, timeout=None)
    caches["default"].set(key, old_page)
    time.sleep(0.3)
    with caplog.at_level(logging.WARNING, logger="newsroom.caching"):
        response = client.get(url)
    assert b"Changed during the outage" in response.content
    assert content_state().version != old.version
    assert any(r.getMessage().startswith("The cache is back") for r in caplog.records)
    # ...and pages are cached again: the next request runs no query.
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert again.content == response.content and len(queries) == 0
