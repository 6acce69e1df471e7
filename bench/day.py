"""A realistic day, compressed: 60 s of public traffic at 16 connections on the
10,000-article benchmark database, while an editor works and articles go live
on schedule.

- Popularity as real sites see it: most requests go to home and the first news
  pages, the rest to articles and partners chosen by a Zipf law (the newest
  articles and the most covered partners most often); 10 % are long-tail
  searches and filter combinations, and a crawler walks deep news pages.
- An editor saves an article every ``DAY_SAVE_INTERVAL`` s (30) and then
  requests its page as a visitor: the new headline must be on it (a stale
  page is counted, and fails the run).
- A scheduled article goes live every ``DAY_PUBLISH_INTERVAL`` s (120; the
  first one 20 s in) with no save: the news list must show it from then on.

Reports requests per second as a ratio to the bare view loaded the same way
just before, p50/p95/p99, the page-cache hit ratio (``X-Cache`` headers),
errors and stale pages, and writes bench/results/day.json. Exits non-zero on
any error or stale page. ``--classes`` also logs every request in gunicorn and
reports the server's time per class of request (home, article, search…): which
pages make the slow tail.

``--baseline [REV]`` plays the same day on an earlier design first, then on
this tree, and prints them side by side. REV defaults to 2fa5984, the last
commit before the cache was simplified (per-process memos, keyed rows, card
and fragment caches), which this design must match: p99 at least as good,
requests per second within 10 % (raw, and as a ratio to each tree's bare
view), 0 errors and no stale page.

- The earlier tree is a git worktree in bench/work/baseline-<rev>/. Its own
  bench/run.py code migrates and fills its own database
  (bench/work/baseline-<rev>/bench/work/bench.sqlite3: its manage.py, 10,000
  articles, seed 1), and gunicorn serves it with its own settings; the editor
  and the schedule act through its own models. A migration whose parent the
  commit left out (2fa5984 lacks 0007 and 0008) is attached to the one before,
  and ``makemigrations --check`` proves that the tables match its models.
- The two databases come from the same seed but not the same generator, so
  the traffic is the same draw of the popularity model (the same pages and
  ranks of articles and partners), each from its own database.
- A page cache that does not say hit or miss is served through a WSGI entry
  that adds ``X-Cache`` the way today's middleware does.
- Each load phase takes /tmp/bench.lock itself (do not wrap this mode in
  ``flock``); SQLite only (``DATABASE_URL`` and ``REDIS_URL`` unset).
- Writes bench/results/day.json (this tree) and day-baseline.json (the earlier
  one, with the comparison); exits non-zero unless this design passes.

    flock /tmp/bench.lock .venv/bin/python bench/day.py            # 60 s
    DAY_SECONDS=20 flock /tmp/bench.lock .venv/bin/python bench/day.py
    .venv/bin/python bench/day.py --baseline                        # 2fa5984
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fcntl
import inspect
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import PYTHON, RESULTS, WORK, bench_env, prepare_database  # noqa: E402
from bench.server import GunicornServer, run_wrk_paths  # noqa: E402

ARTICLES = 10_000
SECONDS = int(os.environ.get("DAY_SECONDS", "60"))
BARE_SECONDS = 10
CONNECTIONS = 16
SAVE_INTERVAL = float(os.environ.get("DAY_SAVE_INTERVAL", "30"))
PUBLISH_INTERVAL = float(os.environ.get("DAY_PUBLISH_INTERVAL", "120"))
FIRST_PUBLISH = 20.0
SAMPLE = 20_000  # requests drawn from the popularity model, replayed at random
WORDS = ["hydropower", "forum", "agreement", "university", "solar", "rail", "water", "training",
         "digital", "health", "climate", "trade", "seminar", "delegation", "green"]  # fmt: skip
DEFAULT_BASELINE = "2fa5984"
LOCK = Path("/tmp/bench.lock")
THROUGHPUT_MARGIN = 0.10
# The page cache of older trees did not say whether it answered: this WSGI
# entry serves such a tree's own application and adds the X-Cache header the
# way today's middleware does (hit: served without rendering; miss: rendered
# and stored).
MARKING_WSGI = """
import os

import newsroom
from config.wsgi import application  # noqa: F401
from newsroom import caching

if not newsroom.__file__.startswith(os.environ["DAY_TREE"]):
    raise RuntimeError(f"{newsroom.__file__} is not in {os.environ['DAY_TREE']}")
_respond = caching.PageCacheMiddleware._respond


def _marked(self, request):
    inner, rendered = self.get_response, []

    def get_response(request):
        rendered.append(True)
        return inner(request)

    self.get_response = get_response
    try:
        response = _respond(self, request)
    finally:
        self.get_response = inner
    if caching.is_cacheable_request(request):
        if not rendered:
            response["X-Cache"] = "hit"
        elif caching.is_cacheable_response(request, response):
            response["X-Cache"] = "miss"
    return response


caching.PageCacheMiddleware._respond = _marked
"""


def zipf_choice(rng: random.Random, items: list, exponent: float = 1.1):
    weights = [1 / (rank + 1) ** exponent for rank in range(len(items))]
    return rng.choices(items, weights=weights)[0]


def most_covered_partners(n: int) -> list:
    """The ``n`` partners with the most public articles, most first, in this
    tree's API (a list taking a limit; earlier trees: a queryset)."""
    from newsroom.models import Partner

    if "limit" in inspect.signature(Partner.objects.most_covered).parameters:
        return Partner.objects.most_covered(n)
    return list(Partner.objects.most_covered()[:n])


def traffic(rng: random.Random) -> list[str]:
    """``SAMPLE`` request paths drawn from the popularity model."""
    from django.urls import reverse
    from taggit.models import Tag

    from newsroom.models import Article

    news = reverse("newsroom:article-list")
    articles = [a.get_absolute_url() for a in Article.objects.published().newest_first()[:3000]]
    partners = [p.get_absolute_url() for p in most_covered_partners(300)]
    partner_slugs = [url.rstrip("/").rsplit("/", 1)[1] for url in partners]
    tags = list(Tag.objects.values_list("slug", flat=True))
    year = dt.date.today().year
    paths = []
    for _ in range(SAMPLE):
        roll = rng.random()
        if roll < 0.25:
            paths.append("/")
        elif roll < 0.40:
            paths.append(f"{news}?page={zipf_choice(rng, [1, 2, 3, 4, 5])}" if rng.random() < 0.5
                         else news)  # fmt: skip
        elif roll < 0.70:
            paths.append(zipf_choice(rng, articles))
        elif roll < 0.82:
            paths.append(zipf_choice(rng, partners))
        elif roll < 0.86:
            paths.append(rng.choice(["/events/", "/partners/", "/feeds/news.rss"]))
        elif roll < 0.96:  # the long tail: searches and filter combinations
            if rng.random() < 0.5:
                query = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
                paths.append(f"{news}?q={query.replace(' ', '+')}")
            else:
                partner, back = zipf_choice(rng, partner_slugs), rng.randint(0, 3)
                paths.append(f"{news}?partner={partner}&year={year - back}&tag={rng.choice(tags)}")
        else:  # a crawler on deep pages
            paths.append(f"{news}?page={rng.randint(50, 400)}")
    return paths


def request_class(path: str) -> str:
    """The part of the popularity model a request path belongs to."""
    where, _, query = path.partition("?")
    if where == "/":
        return "home"
    if where == "/news/":
        if query.startswith("q="):
            return "search"
        if query.startswith("partner="):
            return "filter"
        if query.startswith("page=") and int(query[5:].split("&")[0] or 0) >= 50:
            return "deep page"
        return "news"
    if where.startswith("/news/"):
        return "article"
    if where.startswith("/partners/") and where != "/partners/":
        return "partner"
    if where.startswith("/bench/"):
        return "bare"
    return "lists and feeds"


class Newsroom(threading.Thread):
    """The editor and the schedule, checking what visitors get right after."""

    def __init__(self, server: GunicornServer, started: float):
        super().__init__()
        self.server, self.started = server, started
        self.stop = threading.Event()
        self.saves = self.releases = 0
        self.stale: list[str] = []
        self.errors: list[str] = []

    def visitor_sees(self, path: str, text: str) -> bool:
        with urllib.request.urlopen(self.server.url(path), timeout=30) as response:
            return text in response.read().decode()

    def run(self) -> None:
        from django.db import close_old_connections
        from django.utils import timezone

        from newsroom.models import Article, ArticleStatus

        article = Article.objects.published().newest_first()[10]
        original = article.title
        scheduled = []
        moment = FIRST_PUBLISH
        while moment < SECONDS:
            title = f"Scheduled news {len(scheduled) + 1} at {moment:.0f} s"
            scheduled.append((moment, title, Article.objects.create(
                title=title, status=ArticleStatus.PUBLISHED, standfirst="On schedule.",
                published_at=timezone.now() + dt.timedelta(seconds=moment + 0.5),
            )))  # fmt: skip
            moment += PUBLISH_INTERVAL
        next_save = SAVE_INTERVAL / 2
        checked: set[str] = set()
        try:
            while not self.stop.wait(0.5):
                elapsed = time.monotonic() - self.started
                if elapsed >= next_save:
                    next_save += SAVE_INTERVAL
                    self.saves += 1
                    article.title = f"{original} (edit {self.saves})"
                    article.save()
                    if not self.visitor_sees(article.get_absolute_url(), article.title):
                        self.stale.append(f"edit {self.saves} of {article.get_absolute_url()}")
                for moment, title, _ in scheduled:
                    if elapsed >= moment + 1 and title not in checked:
                        checked.add(title)
                        self.releases += 1
                        if not self.visitor_sees("/news/", title):
                            self.stale.append(title)
                close_old_connections()
        except Exception as error:  # reported: a failing editor fails the run
            self.errors.append(repr(error))
        finally:
            article.title = original
            article.save()
            for _, _, made in scheduled:
                made.delete()


@contextlib.contextmanager
def bench_lock(take: bool):
    """Hold /tmp/bench.lock (the lock `flock` takes) for a load phase."""
    if not take:
        yield
        return
    with LOCK.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Waiting for {LOCK}: another load test is running…", flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def revision(tree: Path) -> str:
    return git(tree, "rev-parse", "--short=7", "HEAD")


def git(tree: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(tree), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def serving(tree: Path, env: dict) -> tuple[str, tuple[str, ...], dict]:
    """The WSGI application gunicorn serves for ``tree``, its options and
    environment: the tree's own, or the marking entry if its page cache does
    not set ``X-Cache``."""
    if any("X-Cache" in path.read_text() for path in (tree / "newsroom").rglob("*.py")):
        return "config.wsgi:application", (), env
    folder = WORK / "day-wsgi"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "day_marking_wsgi.py").write_text(MARKING_WSGI)
    env = {**env, "DAY_TREE": str(tree)}
    return "day_marking_wsgi:application", (f"--pythonpath={folder}",), env


def server_time_by_class(log: Path) -> dict:
    """Requests, p50/p99 and share of the server's time per request class, from
    gunicorn's access log (``%(D)s`` µs, then the path): where the workers'
    time goes, which is what the slow tail waits behind."""
    times: dict[str, list[float]] = defaultdict(list)
    for line in log.read_text().splitlines():
        micros, _, path = line.partition(" ")
        name = request_class(path.removesuffix("?"))
        if name != "bare":
            times[name].append(int(micros) / 1000)
    total = sum(sum(values) for values in times.values()) or 1
    rows = {}
    for name, values in sorted(times.items(), key=lambda item: -sum(item[1])):
        values.sort()
        rows[name] = {
            "requests": len(values),
            "p50_ms": round(statistics.median(values), 2),
            "p99_ms": round(values[min(len(values) - 1, int(len(values) * 0.99))], 2),
            "max_ms": round(values[-1], 2),
            "share_of_server_time": round(sum(values) / total, 3),
        }
    return rows


def run_day(tree: Path, env: dict, report_name: str, lock: bool, classes: bool) -> dict:
    """Play the day on ``tree``'s gunicorn, Django set up here on ``tree``; write
    and return the report."""
    import django

    django.setup()
    import newsroom

    if not Path(newsroom.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"Django runs {newsroom.__file__}, not the tree {tree}.")
    paths = traffic(random.Random(1))
    app, options, env = serving(tree, env)
    log = WORK / f"day-requests-{revision(tree)}.log"
    if classes:
        log.unlink(missing_ok=True)
        options += (f"--access-logfile={log}", "--access-logformat=%(D)s %(U)s?%(q)s")
    with bench_lock(lock):
        load_average = os.getloadavg()
        with GunicornServer(env, workers=2, root=tree, app=app, options=options) as server:
            bare = run_wrk_paths(server.url("/"), ["/bench/bare/"], BARE_SECONDS, CONNECTIONS)
            server.wait_idle()
            newsroom = Newsroom(server, time.monotonic())
            newsroom.start()
            try:
                day = run_wrk_paths(server.url("/"), paths, SECONDS, CONNECTIONS)
            finally:
                newsroom.stop.set()
                newsroom.join()
    served = day["hits"] + day["misses"]
    report = {
        "revision": revision(tree),
        "uncommitted_changes": git(tree, "diff", "--name-only", "HEAD").splitlines(),
        "seconds": SECONDS,
        "connections": CONNECTIONS,
        "rps": day["rps"],
        "bare_rps": bare["rps"],
        "ratio_to_bare": round(day["rps"] / bare["rps"], 3) if bare["rps"] else None,
        "p50_ms": day["p50_ms"],
        "p95_ms": day["p95_ms"],
        "p99_ms": day["p99_ms"],
        "hit_ratio": round(day["hits"] / served, 3) if served else None,
        "requests": day["requests"],
        "statuses": day["statuses"],
        "errors": day["errors"],
        "socket_errors": day["socket_errors"],
        "editor_saves": newsroom.saves,
        "scheduled_releases_checked": newsroom.releases,
        "stale": newsroom.stale,
        "editor_errors": newsroom.errors,
        "sample": dict(Counter(request_class(path) for path in paths).most_common()),
        "load_average_before": [round(load, 2) for load in load_average],
    }
    if classes:
        report["server_time_by_class"] = server_time_by_class(log)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / report_name).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    print(
        f"day at {report['revision']}: {'OK' if passed(report) else 'FAILED'} — "
        f"{report['ratio_to_bare']}× the bare view, p99 {report['p99_ms']} ms, "
        f"hit ratio {report['hit_ratio']}, {report['errors']} errors, "
        f"{len(report['stale'])} stale"
    )
    return report


def passed(report: dict) -> bool:
    return not report["errors"] and not report["stale"] and not report["editor_errors"]


def baseline_tree(rev: str) -> Path:
    """A worktree of ``rev`` in bench/work/baseline-<rev>/, made once."""
    full = git(ROOT, "rev-parse", "--verify", f"{rev}^{{commit}}")
    tree = WORK / f"baseline-{full[:7]}"
    if not tree.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), full], check=True
        )
    elif git(tree, "rev-parse", "HEAD") != full:
        raise SystemExit(f"{tree} is not a checkout of {full}: remove it (git worktree remove).")
    return tree


def repair_migrations(tree: Path) -> list[str]:
    """Attach a migration whose parent is missing from the tree (a commit that
    left a migration file out) to the latest migration before it; returns the
    files that differ from the commit."""
    dependency = re.compile(r'\(\s*"(\w+)",\s*"(\d{4}_\w+)"\s*\)')
    for folder in sorted(tree.glob("*/migrations")):
        app = folder.parent.name
        present = sorted(path.stem for path in folder.glob("[0-9][0-9][0-9][0-9]_*.py"))
        for migration in folder.glob("[0-9][0-9][0-9][0-9]_*.py"):
            text = original = migration.read_text()
            for match in dependency.finditer(original):
                if match[1] == app and match[2] not in present:
                    parent = [name for name in present if name < match[2]][-1]
                    print(f"{tree.name}: {app}.{migration.stem} now follows {parent} "
                          f"({match[2]} is not in the commit).")  # fmt: skip
                    text = text.replace(match[0], f'("{app}", "{parent}")')
            if text != original:
                migration.write_text(text)
    return git(tree, "diff", "--name-only").splitlines()


def prepare_baseline(tree: Path) -> dict:
    """Migrate and fill the earlier tree's database with its own bench/run.py
    (its manage.py, ``--articles=10000 --seed=1``) and return its benchmark
    environment; check that its migrations build its models."""
    code = (
        "import json\nfrom bench.run import bench_env, prepare_database\n"
        "env = bench_env()\nprepare_database(env)\nprint('ENV ' + json.dumps(env))"
    )
    output = subprocess.run(
        [PYTHON, "-c", code],
        cwd=tree,
        env={**os.environ, "BENCH_ARTICLES": str(ARTICLES)},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    lines = output.splitlines()
    print("\n".join(line for line in lines if not line.startswith("ENV ")))
    env = json.loads(next(line for line in lines if line.startswith("ENV "))[4:])
    subprocess.run(
        [PYTHON, "manage.py", "makemigrations", "--check", "--dry-run", "-v0"],
        cwd=tree,
        env=env,
        check=True,
    )
    return env


def replay(tree: Path, env: dict, report_name: str, classes: bool) -> dict:
    """The day on ``tree``, in a process of its own (one Django per tree)."""
    report = RESULTS / report_name
    report.unlink(missing_ok=True)
    command = [PYTHON, str(Path(__file__).resolve()), "--tree", str(tree), "--lock"]
    command += ["--report", report_name] + (["--classes"] if classes else [])
    subprocess.run(command, env=env, check=False)  # a failed day still writes its report
    if not report.exists():
        raise SystemExit(f"The day on {tree} wrote no report.")
    return json.loads(report.read_text())


def compare(before: dict, now: dict) -> dict:
    """This design against the baseline: p99 at least as good, throughput within
    10 % (both in requests per second and as a ratio to each tree's bare view,
    since the bare view's own cost differs between trees), no error and no
    stale page."""
    floor = 1 - THROUGHPUT_MARGIN
    checks = {
        "p99 at least as good": now["p99_ms"] <= before["p99_ms"],
        "requests/s within 10 %": now["rps"] >= floor * before["rps"],
        "× bare view within 10 %": now["ratio_to_bare"] >= floor * before["ratio_to_bare"],
        "0 errors": passed({**now, "stale": []}),
        "0 stale pages": not now["stale"],
    }
    return {
        "baseline": before["revision"],
        "current": now["revision"],
        "p99_change": round(now["p99_ms"] / before["p99_ms"] - 1, 3),
        "ratio_to_bare_change": round(now["ratio_to_bare"] / before["ratio_to_bare"] - 1, 3),
        "rps_change": round(now["rps"] / before["rps"] - 1, 3),
        "checks": checks,
        "ok": all(checks.values()),
    }


def print_side_by_side(before: dict, now: dict, comparison: dict) -> None:
    rows = [
        ("requests/s", "rps", "{:.1f}"),
        ("bare view requests/s", "bare_rps", "{:.1f}"),
        ("× the bare view", "ratio_to_bare", "{:.3f}"),
        ("p50 ms", "p50_ms", "{:.2f}"),
        ("p95 ms", "p95_ms", "{:.2f}"),
        ("p99 ms", "p99_ms", "{:.2f}"),
        ("hit ratio", "hit_ratio", "{:.3f}"),
        ("requests", "requests", "{}"),
        ("errors", "errors", "{}"),
    ]
    print(f"\nday: {SECONDS} s at {CONNECTIONS} connections, {ARTICLES:,} articles")
    print(f"{'':<22} {before['revision'] + ' (before)':>16} {now['revision'] + ' (today)':>16}")
    for label, key, form in rows:
        values = [form.format(report[key]) if report[key] is not None else "—"
                  for report in (before, now)]  # fmt: skip
        print(f"{label:<22} {values[0]:>16} {values[1]:>16}")
    print(f"{'stale pages':<22} {len(before['stale']):>16} {len(now['stale']):>16}")
    for name in ("server_time_by_class",):
        if name in before and name in now:
            print("\nserver time by class: requests, p99 ms, share of the workers' time")
            for label in now[name]:
                cells = [report[name].get(label) for report in (before, now)]
                print(f"{label:<22} " + " ".join(
                    f"{c['requests']:>6} {c['p99_ms']:>8.1f} {c['share_of_server_time']:>6.1%}"
                    if c else f"{'—':>22}" for c in cells))  # fmt: skip
    print()
    for check, ok in comparison["checks"].items():
        print(f"{check:<26} {'ok' if ok else 'NO'}")
    print(f"verdict: {'PASS' if comparison['ok'] else 'FAIL'} (today against {before['revision']})")


def compare_with(rev: str, classes: bool) -> int:
    for name in ("DATABASE_URL", "REDIS_URL"):
        if os.environ.get(name):
            raise SystemExit(f"--baseline compares SQLite runs on this machine: unset {name}.")
    tree = baseline_tree(rev)
    changed = repair_migrations(tree)
    before_env = prepare_baseline(tree)
    env = bench_env(ARTICLES)
    prepare_database(env, ARTICLES)
    before = replay(tree, before_env, "day-baseline.json", classes)
    now = replay(ROOT, env, "day.json", classes)
    comparison = compare(before, now)
    before["changed_in_baseline_tree"] = changed
    before["comparison"] = comparison
    (RESULTS / "day-baseline.json").write_text(json.dumps(before, indent=2))
    print_side_by_side(before, now, comparison)
    return 0 if comparison["ok"] else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A realistic day, compressed.")
    parser.add_argument(
        "--baseline",
        nargs="?",
        const=DEFAULT_BASELINE,
        metavar="REV",
        help=f"play the day on REV first and compare (default {DEFAULT_BASELINE})",
    )
    parser.add_argument(
        "--classes", action="store_true", help="report the server's time per class of request"
    )
    # One tree's day in a process of its own, started by --baseline.
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--report", default="day.json", help=argparse.SUPPRESS)
    parser.add_argument("--lock", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline:
        return compare_with(args.baseline, args.classes)
    if args.tree:
        sys.path.insert(0, str(args.tree))
        report = run_day(args.tree, dict(os.environ), args.report, args.lock, args.classes)
    else:
        env = bench_env(ARTICLES)
        prepare_database(env, ARTICLES)
        os.environ.update(env)
        report = run_day(ROOT, env, "day.json", lock=False, classes=args.classes)
    return 0 if passed(report) else 1


if __name__ == "__main__":
    sys.exit(main())
