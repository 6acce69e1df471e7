"""Settings for the test run: production's, caches and all, plus what only tests need.

The page cache stays on (its default), so that the tests exercise the path
production runs; tests that measure a render turn it off themselves. The
caches are private per test (tests/conftest.py).
"""

from config.settings import *  # noqa: F403

# Creating users is most of many tests' time with a real hasher.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
