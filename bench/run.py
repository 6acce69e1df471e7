"""`make bench`: public pages under load with wrk, each against a bare view.

Two modes, each on gunicorn (debug off, 2 sync workers, 127.0.0.1, a free
port) with ``config.settings_bench``:

- **cold**: the page cache off, so every request renders its page from the
  database, at each archive size of ``BENCH_SIZES`` (1,000, 10,000 and
  100,000 demo articles). It shows that no page's cost grows with the
  archive: the closing table divides each page's time at the largest size by
  its time at the smallest.
- **cached**: the page cache on, at ``BENCH_CACHED_SIZE`` (10,000): a hit is
  compared with the bare view *and* with a bare view returning a body of the
  page's size (``/bench/bare/<bytes>/``), so that the figure means what a hit
  costs beyond sending its bytes.

Each page is loaded in ``BENCH_ROUNDS`` rounds, each right after a load of the
bare view in the same server; ``ratio_to_bare`` is the median of the rounds'
ratios (a page's requests per second over the bare view's just before), and
``rps`` and the latencies are medians too. The machines are shared: a
neighbour's burst then slows page and ceiling alike instead of skewing one ratio.

Databases: SQLite files in bench/work/ (one per size), or PostgreSQL when
``DATABASE_URL`` is set (the size appended to its name). SQL queries per
request are counted in-process with the test client. Prints the tables and
writes bench/results/latest.json (and latest-<database>.json).

Environment: ``BENCH_QUICK=1`` (one round of 2 s per page, sizes 1,000 and
10,000), ``BENCH_SECONDS`` (per page, over all rounds), ``BENCH_ROUNDS``,
``BENCH_SIZES`` (comma-separated), ``BENCH_CACHED_SIZE``, ``BENCH_MODES``
(``cold,cached``), ``BENCH_REBUILD=1`` (new databases even if they exist),
``DATABASE_URL``, ``REDIS_URL``.
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

from bench.server import run_wrk  # noqa: E402

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
SEED = 1
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
SECONDS = float(os.environ.get("BENCH_SECONDS", "2" if QUICK else "12"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1" if QUICK else "3"))
SIZES = [
    int(n)
    for n in os.environ.get("BENCH_SIZES", "1000,10000" if QUICK else "1000,10000,100000").split(
        ","
    )
]
ARTICLES = int(os.environ.get("BENCH_CACHED_SIZE", os.environ.get("BENCH_ARTICLES", "10000")))
MODES = os.environ.get("BENCH_MODES", "cold,cached").split(",")
# The targets, each a ratio measured in one run.
SCALING_LIMIT = 1.3  # a cold page's time at the largest size over its time at the smallest
SEARCH_SCALING_LIMIT = 2.0
COLD_FLOORS = {"news p1": 0.05, "article": 0.10, "partner": 0.10, "event": 0.10}


def database_url(articles: int) -> str:
    """The benchmark database of one archive size."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return f"sqlite:///{WORK / f'bench-{articles}.sqlite3'}"
    return f"{url.rstrip('/')}_{articles}" if url.startswith("postgres") else url


def bench_env(articles: int = ARTICLES) -> dict[str, str]:
    env = dict(os.environ)
    env["DATABASE_URL"] = database_url(articles)
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


def prepare_database(env: dict, articles: int = ARTICLES) -> str:
    """Migrate and fill the database unless it already holds the demo content."""
    WORK.mkdir(parents=True, exist_ok=True)
    url = env["DATABASE_URL"]
    rebuild = os.environ.get("BENCH_REBUILD", "") not in ("", "0")
    vendor = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    if vendor == "postgresql":
        ensure_postgres_database(url, recreate=rebuild)
    elif rebuild:
        for path in WORK.glob(f"bench-{articles}.sqlite3*"):
            path.unlink()
    manage(env, "migrate", "--noinput", "-v0")
    count = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", "from newsroom.models import Article as A; "
         "print(A.objects.count())"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.split()[-1]  # fmt: skip
    if int(count) != articles:
        print(f"Generating {articles} demo articles…", flush=True)
        started = time.monotonic()
        manage(env, "generate_demo_content", f"--articles={articles}", f"--seed={SEED}", "--clear")
        print(f"Generated in {time.monotonic() - started:.0f} s.", flush=True)
    else:
        print(f"Reusing the database with {articles} articles (BENCH_REBUILD=1 rebuilds it).")
    manage(env, "collectstatic", "--noinput", "-v0")
    return vendor


def run_mode(articles: int, cached: bool) -> tuple[str, dict]:
    """Prepare the database of one size and load its pages with the page cache
    on or off. Runs in a child process per size (Django binds one database)."""
    env = bench_env(articles)
    vendor = prepare_database(env, articles)
    env["NEWSROOM_PAGE_CACHE"] = "1" if cached else "0"
    child = subprocess.run(
        [PYTHON, "-m", "bench.measure_pages", "cached" if cached else "cold"],
        cwd=ROOT,
        env={**env, "BENCH_SECONDS": str(SECONDS), "BENCH_ROUNDS": str(ROUNDS)},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return vendor, json.loads(child.stdout.strip().splitlines()[-1])


def main() -> int:
    results: dict = {
        "meta": {
            "sizes": SIZES,
            "cached_size": ARTICLES,
            "seconds_per_page": SECONDS,
            "rounds": ROUNDS,
            "workers": 2,
            "when": time.strftime("%Y-%m-%d %H:%M:%S %z"),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "cold": {},
    }
    vendor = "sqlite"
    if "cold" in MODES:
        for articles in SIZES:
            vendor, rows = run_mode(articles, cached=False)
            results["cold"][str(articles)] = rows
            print_table(f"cold (no page cache) — {vendor}, {articles} articles", rows)
        if len(SIZES) > 1:
            results["scaling"] = scaling(results["cold"], SIZES[0], SIZES[-1])
            print_scaling(results["scaling"], SIZES[0], SIZES[-1])
            results["floors"] = floors(results["cold"])
            for name, row in results["floors"].items():
                verdict = "ok" if row["ok"] else "UNDER"
                print(f"{name:<22} {row['ratio']:>6.3f} × bare (≥ {row['floor']})  {verdict}")
    if "cached" in MODES:
        vendor, rows = run_mode(ARTICLES, cached=True)
        results["cached"] = rows
        print_table(f"cached — {vendor}, {ARTICLES} articles", rows, sized=True)
    results["meta"]["database"] = vendor
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=2)
    (RESULTS / "latest.json").write_text(text)
    (RESULTS / f"latest-{vendor}.json").write_text(text)
    print(f"Wrote {RESULTS / 'latest.json'}")
    return 0


def scaling(cold: dict, small: int, large: int) -> dict:
    """Each page's time at ``large`` over its time at ``small``, as ratios to
    the bare view measured beside it (so that the machine's speed cancels out),
    with the target it must meet."""
    rows = {}
    for name, big in cold[str(large)].items():
        little = cold[str(small)].get(name)
        if name == "bare" or not little or not big.get("ratio_to_bare"):
            continue
        growth = little["ratio_to_bare"] / big["ratio_to_bare"]
        limit = SEARCH_SCALING_LIMIT if name == "search" else SCALING_LIMIT
        rows[name] = {"growth": round(growth, 2), "limit": limit, "ok": growth <= limit}
    return rows


def floors(cold: dict) -> dict:
    """The cold pages that must reach a share of the bare view, at every size."""
    return {
        f"{name} @ {size}": {
            "ratio": rows[name]["ratio_to_bare"],
            "floor": floor,
            "ok": rows[name]["ratio_to_bare"] >= floor,
        }
        for size, rows in cold.items()
        for name, floor in COLD_FLOORS.items()
        if name in rows
    }


def print_scaling(rows: dict, small: int, large: int) -> None:
    print(f"\ncold page time at {large:,} articles ÷ at {small:,} (target ≤ 1.3, search ≤ 2)")
    for name, row in rows.items():
        verdict = "ok" if row["ok"] else "OVER"
        print(f"{name:<16} {row['growth']:>6.2f}  (≤ {row['limit']})  {verdict}")


def measure(server, pages: list[dict], queries: dict, sized: bool = False) -> dict:
    """Each page in ``ROUNDS`` rounds, each load right after a load of the bare
    view: a page's ratio is the median of its rounds' ratios, so a noisy
    neighbour slowing the machine for a while moves page and ceiling alike.
    With ``sized``, each round also loads a bare view of the page's size
    (``ratio_to_sized_bare``: what a cached page costs beyond its bytes)."""

    def load(path: str, seconds: float) -> dict:
        result = run_wrk(server.url(path), seconds)
        server.wait_idle()
        return result

    for page in pages:  # warm-up: caches, connections, templates
        load(page["path"], seconds=1)
    seconds = max(1.0, SECONDS / ROUNDS)
    rounds: dict[str, list[tuple[dict, dict]]] = {page["name"]: [] for page in pages}
    same_size: dict[str, list[float]] = {page["name"]: [] for page in pages}
    for _ in range(ROUNDS):
        for page in pages:
            bare = load("/bench/bare/", seconds)
            got = load(page["path"], seconds)
            rounds[page["name"]].append((got, bare))
            if sized:
                size = queries[page["name"]]["bytes"]
                sized_bare = load(f"/bench/bare/{size}/", seconds)
                if sized_bare["rps"]:
                    same_size[page["name"]].append(got["rps"] / sized_bare["rps"])
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
        if same_size[page["name"]]:
            ratio = statistics.median(same_size[page["name"]])
            rows[page["name"]]["ratio_to_sized_bare"] = round(ratio, 3)
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


def print_table(title: str, rows: dict, sized: bool = False) -> None:
    print(f"\n{title}")
    header = f"{'page':<16} {'rps':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} "
    header += f"{'sized':>6} " if sized else ""
    print(header + f"{'queries':>7} {'KB':>7}  path")
    for name, row in rows.items():
        queries = row.get("queries")
        same_size = row.get("ratio_to_sized_bare")
        print(
            f"{name:<16} {row['rps']:>8.0f} {_ms(row['p50_ms'])} {_ms(row['p99_ms'])} "
            f"{row['ratio_to_bare']:>6.3f} "
            + (f"{same_size if same_size is not None else '':>6} " if sized else "")
            + f"{'' if queries is None else queries:>7} "
            f"{row['bytes'] / 1024:>7.1f}  {row['path']}"
            + (f"  ({row['errors']} errors)" if row.get("errors") else "")
        )


if __name__ == "__main__":
    sys.exit(main())
