"""Newsroom's cold pages beside Wagtail's, on the same harness, in one run.

The Wagtail side is bench/wagtail/: a small Wagtail site written as Wagtail's
tutorial and bakerydemo write a blog — a news index listing its live article
pages newest first, 20 a page with Django's Paginator (``?page=N``), articles
with a date, intro, rich-text body and tags, a base template with a menu — on
SQLite with debug off and no page cache (Wagtail has none unless a site adds
one). It runs from its own virtualenv (bench/work/wagtail-venv, made here with
the latest Wagtail release and gunicorn) on its own database
(bench/work/wagtail-10000.sqlite3, 10,000 articles the size of Newsroom's demo
articles, made once by its ``generate_articles`` command and then reused).

Newsroom runs cold (``NEWSROOM_PAGE_CACHE=0``) on bench/work/bench-10000.sqlite3
with bench/run.py's environment. Both servers are gunicorn with 2 sync workers
on 127.0.0.1, up at the same time, and are loaded with wrk in ``BENCH_ROUNDS``
interleaved rounds: news page 1, news page 40 and an article on each side, each
load right after a load of its own server's bare view (``/bench/bare/``, a short
HttpResponse). A page's ``ratio`` is the median of its rounds' page ÷ bare;
req/s and latencies are medians too. The comparison divides Newsroom's figure
by Wagtail's, both as ratios to the bare view (the machine's speed cancels out)
and as plain req/s. The article is the one bench/pages.py chooses for Newsroom
and, on Wagtail, the newest live article whose body is nearest in length.

Prints the table and writes bench/results/wagtail.json.

Run: ``.venv/bin/python bench/compare_wagtail.py`` (a load run: under
``flock /tmp/bench.lock`` on a shared machine). Environment: ``BENCH_SECONDS``
(per page, over all rounds; 12), ``BENCH_ROUNDS`` (3), ``BENCH_REBUILD=1`` (a
new Wagtail database even if one exists).
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

from bench.run import bench_env, prepare_database  # noqa: E402
from bench.server import GunicornServer, run_wrk  # noqa: E402

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
WAGTAIL_SITE = ROOT / "bench" / "wagtail"
VENV = WORK / "wagtail-venv"
ARTICLES = 10_000
SEED = 1
WORKERS = 2
SECONDS = float(os.environ.get("BENCH_SECONDS", "12"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
WAGTAIL_DB = WORK / f"wagtail-{ARTICLES}.sqlite3"
DEEP_PAGE = 40
# Newsroom ÷ Wagtail, as ratios to each one's bare view, that Newsroom must reach.
TARGETS = {"news p1": 10.0, f"news p{DEEP_PAGE}": 10.0, "article": 3.0}


def ensure_venv() -> None:
    """A virtualenv with the latest Wagtail release and gunicorn, made once."""
    python = VENV / "bin" / "python"
    if (VENV / "bin" / "gunicorn").exists():
        return
    print(f"Creating {VENV} with the latest Wagtail and gunicorn…", flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--upgrade"]
    subprocess.run([*pip, "pip"], check=True)
    subprocess.run([*pip, "wagtail", "gunicorn"], check=True)


def wagtail_env() -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="wagtailnews.settings",
        DJANGO_DEBUG="0",
        WAGTAIL_DB=str(WAGTAIL_DB),
        STATIC_ROOT=str(WORK / "wagtail-static"),
        MEDIA_ROOT=str(WORK / "wagtail-media"),
    )
    return env


def wagtail_manage(env: dict, *args: str, capture: bool = False) -> str:
    done = subprocess.run(
        [str(VENV / "bin" / "python"), "manage.py", *args],
        cwd=WAGTAIL_SITE,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return done.stdout if capture else ""


def wagtail_shell(env: dict, code: str) -> str:
    """The last line ``code`` prints in the Wagtail site's shell."""
    found = wagtail_manage(env, "shell", "--no-imports", "-c", code, capture=True)
    return found.strip().splitlines()[-1]


def prepare_wagtail(env: dict) -> str:
    """Migrate and fill the Wagtail database unless it holds the articles;
    returns the Wagtail version."""
    rebuild = os.environ.get("BENCH_REBUILD", "") not in ("", "0")
    count = "0"
    if WAGTAIL_DB.exists() and not rebuild:
        wagtail_manage(env, "migrate", "--noinput", "-v0")
        count = wagtail_shell(
            env, "from news.models import ArticlePage as A; print(A.objects.count())"
        )
    if int(count) != ARTICLES:
        for path in WORK.glob(f"{WAGTAIL_DB.name}*"):
            path.unlink()
        wagtail_manage(env, "migrate", "--noinput", "-v0")
        print(f"Generating {ARTICLES} Wagtail article pages…", flush=True)
        wagtail_manage(env, "generate_articles", f"--articles={ARTICLES}", f"--seed={SEED}")
    else:
        print(f"Reusing the Wagtail database with {ARTICLES} articles (BENCH_REBUILD=1 rebuilds).")
    return wagtail_shell(env, "import wagtail; print(wagtail.__version__)")


def newsroom_pages(env: dict) -> tuple[list[dict], int]:
    """Newsroom's news p1 and p40 and the article bench/pages.py chooses, with
    their queries per request; and the length of that article's body. Sets
    Django up in this process on Newsroom's benchmark database."""
    os.environ.update(env)
    import django

    django.setup()
    from django.urls import resolve

    from bench.pages import choose_pages, count_queries
    from newsroom.models import Article

    article = next(page for page in choose_pages() if page["name"] == "article")
    pages = [
        {"name": "news p1", "path": "/news/"},
        {"name": f"news p{DEEP_PAGE}", "path": f"/news/?page={DEEP_PAGE}"},
        article,
    ]
    queries = count_queries(pages, cached=False)
    body = Article.objects.get(slug=resolve(article["path"]).kwargs["slug"]).body
    return [{**page, **queries[page["name"]]} for page in pages], len(body)


def wagtail_pages(env: dict, body_length: int) -> list[dict]:
    """Wagtail's news index p1 and p40 and the newest live article whose body
    is nearest ``body_length``, with their queries per request."""
    found = wagtail_manage(
        env,
        "benchmark_pages",
        f"--deep-page={DEEP_PAGE}",
        f"--body-length={body_length}",
        capture=True,
    )
    return json.loads(found.strip().splitlines()[-1])


def measure(servers: dict, pages: dict[str, list[dict]]) -> dict[str, dict]:
    """Interleaved rounds: in each, every page of both sites in turn, each load
    right after a load of its own server's bare view."""

    def load(server, path: str, seconds: float) -> dict:
        result = run_wrk(server.url(path), seconds)
        server.wait_idle()
        return result

    order = [
        (site, page)
        for name in TARGETS
        for site in servers
        for page in pages[site]
        if page["name"] == name
    ]
    for site, page in order:  # warm-up: connections, templates, caches of both
        load(servers[site], page["path"], seconds=1)
    seconds = max(1.0, SECONDS / ROUNDS)
    rounds: dict[tuple[str, str], list[tuple[dict, dict]]] = {
        (site, page["name"]): [] for site, page in order
    }
    for number in range(ROUNDS):
        for site, page in order:
            bare = load(servers[site], "/bench/bare/", seconds)
            got = load(servers[site], page["path"], seconds)
            rounds[site, page["name"]].append((got, bare))
            print(
                f"round {number + 1}: {site:<9} {page['name']:<9} {got['rps']:>8.1f} req/s "
                f"(bare {bare['rps']:.0f})",
                flush=True,
            )
    rows: dict[str, dict] = {site: {} for site in servers}
    for site, page in order:
        pairs = rounds[site, page["name"]]
        ratios = [got["rps"] / bare["rps"] for got, bare in pairs if bare["rps"]]
        rows[site][page["name"]] = {
            **page,
            **median_load([got for got, _ in pairs]),
            "bare_rps": round(statistics.median(bare["rps"] for _, bare in pairs), 1),
            "ratio_to_bare": round(statistics.median(ratios), 4) if ratios else None,
            "round_ratios": [round(ratio, 4) for ratio in ratios],
        }
    return rows


def median_load(loads: list[dict]) -> dict:
    merged = {}
    for field in ("rps", "p50_ms", "p99_ms"):
        values = [load[field] for load in loads if load.get(field) is not None]
        merged[field] = round(statistics.median(values), 2) if values else None
    merged["errors"] = sum(load.get("errors", 0) for load in loads)
    return merged


def compare(rows: dict[str, dict]) -> dict[str, dict]:
    """Newsroom ÷ Wagtail for each page, as ratios to the bare view and as req/s."""
    comparison = {}
    for name, target in TARGETS.items():
        ours, theirs = rows["newsroom"][name], rows["wagtail"][name]
        of_ratios = ours["ratio_to_bare"] / theirs["ratio_to_bare"]
        comparison[name] = {
            "ratio_of_ratios": round(of_ratios, 2),
            "ratio_of_rps": round(ours["rps"] / theirs["rps"], 2),
            "target": target,
            "ok": of_ratios >= target,
        }
    return comparison


def print_table(rows: dict[str, dict], comparison: dict[str, dict]) -> None:
    print(f"\ncold pages, {ARTICLES:,} articles, SQLite, {WORKERS} sync workers each")
    print(
        f"{'site':<9} {'page':<9} {'req/s':>8} {'p50 ms':>8} {'bare':>7} {'ratio':>7} "
        f"{'queries':>7} {'KB':>6}  path"
    )
    for site, pages in rows.items():
        for name, row in pages.items():
            print(
                f"{site:<9} {name:<9} {row['rps']:>8.1f} {row['p50_ms'] or 0:>8.2f} "
                f"{row['bare_rps']:>7.0f} {row['ratio_to_bare']:>7.4f} {row['queries']:>7} "
                f"{row['bytes'] / 1024:>6.1f}  {row['path']}"
                + (f"  ({row['errors']} errors)" if row["errors"] else "")
            )
    print("\nNewsroom ÷ Wagtail   of ratios   of req/s   target")
    for name, row in comparison.items():
        verdict = "ok" if row["ok"] else "UNDER"
        print(
            f"{name:<18} {row['ratio_of_ratios']:>11.2f} {row['ratio_of_rps']:>10.2f}   "
            f"≥ {row['target']:g}  {verdict}"
        )


def main() -> int:
    ensure_venv()
    w_env = wagtail_env()
    wagtail_version = prepare_wagtail(w_env)
    n_env = bench_env(ARTICLES)
    prepare_database(n_env, ARTICLES)
    n_env["NEWSROOM_PAGE_CACHE"] = "0"
    ours, body_length = newsroom_pages(n_env)
    theirs = wagtail_pages(w_env, body_length)
    print(f"Wagtail {wagtail_version}; article body {body_length} characters on Newsroom.")
    with (
        GunicornServer(n_env, workers=WORKERS) as newsroom,
        GunicornServer(
            w_env,
            workers=WORKERS,
            root=WAGTAIL_SITE,
            app="wagtailnews.wsgi:application",
            gunicorn=VENV / "bin" / "gunicorn",
        ) as wagtail,
    ):
        rows = measure(
            {"newsroom": newsroom, "wagtail": wagtail},
            {"newsroom": ours, "wagtail": theirs},
        )
    comparison = compare(rows)
    print_table(rows, comparison)
    results = {
        "meta": {
            "articles": ARTICLES,
            "seconds_per_page": SECONDS,
            "rounds": ROUNDS,
            "workers": WORKERS,
            "database": "sqlite",
            "wagtail": wagtail_version,
            "when": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "newsroom": rows["newsroom"],
        "wagtail": rows["wagtail"],
        "newsroom_over_wagtail": comparison,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "wagtail.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"Wrote {RESULTS / 'wagtail.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
