"""`make bench`: load every kind of public page with wrk, against a bare view.

Builds (or reuses) a database of ``BENCH_ARTICLES`` demo articles (SQLite in
bench/work/, or PostgreSQL when ``DATABASE_URL`` is set), starts gunicorn
(debug off, 2 sync workers, 127.0.0.1, a free port) with
``config.settings_bench``, warms each page up and loads it with wrk, first
with the page cache off, then on. The bare view ``/bench/bare/`` is loaded in
the same server and run, before and after the pages; ``ratio_to_bare`` is a
page's requests per second divided by the mean of the two.

SQL queries per request are measured in-process with the test client against
the same database (steady state: the second request of a page). Prints a
table and writes bench/results/latest.json (and latest-<database>.json).

Environment: ``BENCH_QUICK=1`` (2 s per page instead of 10), ``BENCH_SECONDS``,
``BENCH_ARTICLES`` (10000), ``BENCH_REBUILD=1`` (new database even if one
with the right size exists), ``DATABASE_URL``, ``REDIS_URL``.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import GunicornServer, run_wrk  # noqa: E402

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
SEED = 1
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
SECONDS = float(os.environ.get("BENCH_SECONDS", "2" if QUICK else "10"))


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings_bench",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or "bench-only-secret-key-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_AXES_ENABLED="0",
        STATIC_ROOT=str(WORK / "static"),
        MEDIA_ROOT=str(WORK / "media"),
        SITE_URL="http://127.0.0.1:8000",
    )
    return env


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def ensure_postgres_database(url: str, recreate: bool) -> None:
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = config["NAME"]
    admin = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and recreate:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')
            print(f"Created PostgreSQL database {name}.")


def prepare_database(env: dict) -> str:
    """Migrate and fill the database unless it already holds the demo content."""
    WORK.mkdir(parents=True, exist_ok=True)
    url = env["DATABASE_URL"]
    rebuild = os.environ.get("BENCH_REBUILD", "") not in ("", "0")
    vendor = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    if vendor == "postgresql":
        ensure_postgres_database(url, recreate=rebuild)
    elif rebuild:
        for path in WORK.glob("bench.sqlite3*"):
            path.unlink()
    manage(env, "migrate", "--noinput", "-v0")
    count = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", "from newsroom.models import Article as A; "
         "print(A.objects.count())"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.split()[-1]  # fmt: skip
    if int(count) != ARTICLES:
        print(f"Generating {ARTICLES} demo articles…", flush=True)
        manage(env, "generate_demo_content", f"--articles={ARTICLES}", f"--seed={SEED}", "--clear")
    else:
        print(f"Reusing the database with {ARTICLES} articles (BENCH_REBUILD=1 rebuilds it).")
    manage(env, "collectstatic", "--noinput", "-v0")
    return vendor


def main() -> int:
    env = bench_env()
    vendor = prepare_database(env)
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings

    from bench.pages import choose_pages, count_queries

    pages = choose_pages()
    cache_backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    results = {
        "meta": {
            "database": vendor,
            "cache": cache_backend,
            "articles": ARTICLES,
            "seconds_per_page": SECONDS,
            "workers": 2,
            "when": time.strftime("%Y-%m-%d %H:%M:%S %z"),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        }
    }
    for mode, cached in (("uncached", False), ("cached", True)):
        queries = count_queries(pages, cached=cached)
        env["NEWSROOM_PAGE_CACHE"] = "1" if cached else "0"
        with GunicornServer(env, workers=2) as server:
            rows = measure(server, pages, queries)
        results[mode] = rows
        print_table(f"{mode} — {vendor}, {cache_backend}, {ARTICLES} articles", rows)
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=2)
    (RESULTS / "latest.json").write_text(text)
    (RESULTS / f"latest-{vendor}.json").write_text(text)
    print(f"Wrote {RESULTS / 'latest.json'}")
    return 0


def measure(server, pages: list[dict], queries: dict) -> dict:
    def load(path: str, seconds: float) -> dict:
        result = run_wrk(server.url(path), seconds)
        server.wait_idle()
        return result

    for page in pages:  # warm-up: caches, connections, templates
        load(page["path"], seconds=1)
    bare_before = load("/bench/bare/", SECONDS)
    measured = [(page, load(page["path"], SECONDS)) for page in pages]
    bare_after = load("/bench/bare/", SECONDS)
    bare_rps = (bare_before["rps"] + bare_after["rps"]) / 2
    rows = {
        "bare": {
            "path": "/bench/bare/",
            **bare_before,
            "rps": round(bare_rps, 1),
            "rps_before": bare_before["rps"],
            "rps_after": bare_after["rps"],
            "ratio_to_bare": 1.0,
            "queries": 0,
            "bytes": 2,
        }
    }
    for page, load in measured:
        rows[page["name"]] = {
            "path": page["path"],
            **load,
            "ratio_to_bare": round(load["rps"] / bare_rps, 3) if bare_rps else None,
            **queries[page["name"]],
        }
    return rows


def _ms(value: float | None) -> str:
    return f"{value:>8.2f}" if value is not None else f"{'—':>8}"


def print_table(title: str, rows: dict) -> None:
    print(f"\n{title}")
    header = f"{'page':<16} {'rps':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} {'queries':>7} "
    print(header + f"{'KB':>7}  path")
    for name, row in rows.items():
        queries = row.get("queries")
        print(
            f"{name:<16} {row['rps']:>8.0f} {_ms(row['p50_ms'])} {_ms(row['p99_ms'])} "
            f"{row['ratio_to_bare']:>6.3f} {'' if queries is None else queries:>7} "
            f"{row['bytes'] / 1024:>7.1f}  {row['path']}"
            + (f"  ({row['errors']} errors)" if row.get("errors") else "")
        )


if __name__ == "__main__":
    sys.exit(main())
