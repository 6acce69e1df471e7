"""The Redis cache backend (newsroom.redis_cache): one redis-py client per
connection pool, and the cache contract kept. The round trips need a Redis
server: CI runs this module with TEST_REDIS_URL set."""

import os

import pytest
from django.core.cache import caches

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
