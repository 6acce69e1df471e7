"""`make bench`: load every kind of public page with wrk, against a bare view.

Builds (or reuses) a database of ``BENCH_ARTICLES`` demo articles (SQLite in
bench/work/, or PostgreSQL when ``DATABASE_URL`` is set), starts gunicorn
(debug off, 2 sync workers, 127.0.0.1, a free port) with
``config.settings_bench``, warms each page up and loads it with wrk, first
with the page cache off, then on. Each page is loaded in ``BENCH_ROUNDS``
rounds, each right after a load of the bare view ``/bench/bare/`` in the same
server; ``ratio_to_bare`` is the median of the rounds' ratios (a page's
requests per second over the bare view's just before), and ``rps`` and the
latencies are medians too. The machines are shared: a neighbour's burst then
slows page and ceiling alike instead of skewing one ratio.

SQL queries per request are measured in-process with the test client against
the same database (steady state: the second request of a page). Prints a
table and writes bench/results/latest.json (and latest-<database>.json).

Environment: ``BENCH_QUICK=1`` (one round of 2 s per page instead of three
rounds of 4 s), ``BENCH_SECONDS`` (per page, over all rounds), ``BENCH_ROUNDS``,
``BENCH_ARTICLES`` (10000), ``BENCH_REBUILD=1`` (new database even if one
with the right size exists), ``DATABASE_URL``, ``REDIS_URL``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
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
SECONDS = float(os.environ.get("BENCH_SECONDS", "2" if QUICK else "12"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1" if QUICK else "3"))


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
    """Each page in ``ROUNDS`` rounds, each load right after a load of the bare
    view: a page's ratio is the median of its rounds' ratios, so a noisy
    neighbour slowing the machine for a while moves page and ceiling alike."""

    def load(path: str, seconds: float) -> dict:
        result = run_wrk(server.url(path), seconds)
        server.wait_idle()
        return result

    for page in pages:  # warm-up: caches, connections, templates
        load(page["path"], seconds=1)
    seconds = max(1.0, SECONDS / ROUNDS)
    rounds: dict[str, list[tuple[dict, dict]]] = {page["name"]: [] for page in pages}
    for _ in range(ROUNDS):
        for page in pages:
            bare = load("/bench/bare/", seconds)
            rounds[page["name"]].append((load(page["path"], seconds), bare))
    bares = [bare for pairs in rounds.values() for _, bare in pairs]
    rows = {
        "bare": {
            "path": "/bench/bare/",
            **_median_load(bares),
            "ratio_to_bare": 1.0,
            "queries": 0,
            "bytes": 2,
        }
    }
    for page in pages:
        pairs = rounds[page["name"]]
        ratios = [got["rps"] / bare["rps"] for got, bare in pairs if bare["rps"]]
        rows[page["name"]] = {
            "path": page["path"],
            **_median_load([got for got, _ in pairs]),
            "bare_rps": round(statistics.median(bare["rps"] for _, bare in pairs), 1),
            "ratio_to_bare": round(statistics.median(ratios), 3) if ratios else None,
            "round_ratios": [round(ratio, 3) for ratio in ratios],
            **queries[page["name"]],
        }
    return rows


def _median_load(loads: list[dict]) -> dict:
    """Requests per second and latencies: the median of each over the loads."""
    merged = dict(loads[0])
    for field in ("rps", "p50_ms", "p99_ms"):
        values = [load[field] for load in loads if load.get(field) is not None]
        merged[field] = round(statistics.median(values), 2) if values else None
    merged["errors"] = sum(load.get("errors", 0) for load in loads)
    return merged


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
