"""Soak test: 60 s of mixed public traffic at 32 connections while an editor saves.

Starts gunicorn (debug off, 2 sync workers) on the benchmark database (built by
bench/run.py if missing), loads a mix of public pages with wrk (32 connections,
a Lua script that rotates through the paths), and meanwhile saves articles the
way an editor does: a headline change, then a publish or unpublish, every 2 s, each
through ``Article.save()`` so that signals, cache invalidation and
sanitising all run. Reports requests (and per second, p50/p99), socket errors
and non-2xx/3xx answers, split into 5xx, and exits non-zero if any request
failed.

    .venv/bin/python bench/soak.py            # 60 s
    SOAK_SECONDS=10 .venv/bin/python bench/soak.py
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import RESULTS, bench_env, prepare_database  # noqa: E402
from bench.server import GunicornServer, run_wrk_paths  # noqa: E402

SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
CONNECTIONS = 32
SAVE_INTERVAL = float(os.environ.get("SOAK_SAVE_INTERVAL", "2"))


def public_paths() -> list[str]:
    from bench.pages import choose_pages

    return [page["path"] for page in choose_pages()] + ["/partners/", "/events.ics", "/robots.txt"]


def editor_saves(stop: threading.Event, counter: list[int], errors: list[str]) -> None:
    """An editor at work: change headlines, publish and unpublish, until ``stop``."""
    from django.db import close_old_connections

    from newsroom.models import Article, ArticleStatus

    articles = list(Article.objects.published().order_by("-published_at")[:20])
    n = 0
    while not stop.is_set():
        article = articles[n % len(articles)]
        try:
            article.refresh_from_db()
            article.title = f"{article.title.split(' (update')[0]} (update {n})"
            article.save()
            article.status = ArticleStatus.DRAFT if n % 2 else ArticleStatus.PUBLISHED
            article.save()
            counter[0] += 2
        except Exception as error:  # report, don't hide: the soak counts failures
            errors.append(repr(error))
        finally:
            close_old_connections()
        n += 1
        stop.wait(SAVE_INTERVAL)
    for article in articles:  # leave the content as it was found
        article.refresh_from_db()
        article.title = article.title.split(" (update")[0]
        article.status = ArticleStatus.PUBLISHED
        article.save()


def main() -> int:
    env = bench_env()
    prepare_database(env)
    os.environ.update(env)
    import django

    django.setup()
    paths = public_paths()
    stop, saves, save_errors = threading.Event(), [0], []
    with GunicornServer(env, workers=2) as server:
        editor = threading.Thread(target=editor_saves, args=(stop, saves, save_errors))
        editor.start()
        try:
            load = run_wrk_paths(server.url("/"), paths, SECONDS, CONNECTIONS, order="rotate")
        finally:
            stop.set()
            editor.join()
    statuses = load["statuses"]
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    report = {
        "seconds": SECONDS,
        "connections": CONNECTIONS,
        "paths": paths,
        "requests": load["requests"],
        "rps": load["rps"],
        "p50_ms": load["p50_ms"],
        "p99_ms": load["p99_ms"],
        "statuses": statuses,
        "socket_errors": load["socket_errors"],
        "errors": load["errors"],
        "server_errors_5xx": server_errors,
        "editor_saves": saves[0],
        "editor_save_errors": save_errors,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    ok = report["errors"] == 0 and server_errors == 0 and not save_errors
    verdict = "OK" if ok else "FAILED"
    print(f"soak: {verdict} ({load['requests']} requests, {saves[0]} saves)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
