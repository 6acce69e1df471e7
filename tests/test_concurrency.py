"""Faults and concurrency, with real processes on a real SQLite file:
public reads never fail while an import writes, and a killed import leaves
only whole articles behind."""

import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.import_bench import Generator
from tests.support.processes import ROOT, project_env
from tests.support.processes import manage as run_manage

PAGES = ["/", "/news/", "/news/?page=2", "/partners/", "/events/", "/feeds/news.rss",
         "/news/?q=cooperation", "/sitemap.xml"]  # fmt: skip


def environment(tmp_path: Path) -> dict:
    return project_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'live.sqlite3'}",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="concurrency-test-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        NEWSROOM_STATE_DIR=str(tmp_path / "state"),
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
    )


def manage(env, *args):
    return run_manage(*args, env=env, timeout=600)


def write_texts(folder: Path, count: int, seed: int) -> None:
    folder.mkdir()
    generator = Generator(seed)
    for n in range(count):
        (folder / f"release-{n:04d}.txt").write_text(generator.text(), encoding="utf-8")


def article_count(db: Path) -> int:
    with sqlite3.connect(db, timeout=30) as connection:
        return connection.execute("SELECT count(*) FROM newsroom_article").fetchone()[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_db(tmp_path):
    env = environment(tmp_path)
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        result = manage(env, *command)
        assert result.returncode == 0, result.stderr
    return env, tmp_path / "live.sqlite3"


def test_public_pages_never_fail_while_an_import_of_500_texts_writes(live_db, tmp_path):
    env, db = live_db
    texts = tmp_path / "texts"
    write_texts(texts, 500, seed=11)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/", timeout=5) as response:
                    assert response.status == 200
                    home = response.read().decode()
                break
            except urllib.error.HTTPError:
                raise
            except OSError:
                time.sleep(0.1)
        assert_static_files_are_hashed_and_compressed(base, home)
        importer = subprocess.Popen(
            [sys.executable, "manage.py", "import_articles", str(texts)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        requests, errors = 0, []
        while importer.poll() is None:
            for page in PAGES:
                try:
                    with urllib.request.urlopen(base + page, timeout=30) as response:
                        response.read()
                except urllib.error.HTTPError as error:
                    if error.code != 404:  # page=2 may not exist yet
                        errors.append((page, error.code))
                except OSError as error:
                    errors.append((page, repr(error)))
                requests += 1
        assert importer.returncode == 0, importer.stderr.read()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert errors == []
    assert requests >= 20, f"only {requests} requests were made during the import"
    assert article_count(db) == 500


def assert_static_files_are_hashed_and_compressed(base: str, page: str) -> None:
    """Production static files (WhiteNoise under gunicorn): hashed names,
    compressed on request, cached for ever."""
    stylesheet = re.search(r'href="(/static/css/newsroom\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, "the stylesheet's name carries no content hash"
    request = urllib.request.Request(
        base + stylesheet.group(1), headers={"Accept-Encoding": "gzip"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]


def test_killed_import_leaves_whole_articles_and_a_rerun_completes_it(live_db, tmp_path):
    env, db = live_db
    texts = tmp_path / "texts"
    write_texts(texts, 120, seed=12)
    importer = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(texts)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while article_count(db) < 30 and time.monotonic() < deadline:
        time.sleep(0.05)
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    survived = article_count(db)
    assert 30 <= survived < 120

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        half_written = connection.execute(
            "SELECT count(*) FROM newsroom_article a WHERE a.body = '' OR a.import_hash = ''"
            " OR NOT EXISTS (SELECT 1 FROM newsroom_articlepartner p WHERE p.article_id = a.id)"
        ).fetchone()[0]
        assert half_written == 0

    rerun = manage(env, "import_articles", str(texts))
    assert rerun.returncode == 0, rerun.stderr
    # Every article that survived the kill was whole: the rerun leaves it unchanged.
    assert f"{120 - survived} created, 0 updated, {survived} unchanged" in rerun.stderr
    with sqlite3.connect(db) as connection:
        files = connection.execute("SELECT import_file FROM newsroom_article").fetchall()
    assert len(files) == 120 == len(set(files))
