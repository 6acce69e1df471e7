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
any error or stale page.

    .venv/bin/python bench/day.py            # 60 s
    DAY_SECONDS=20 .venv/bin/python bench/day.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import RESULTS, bench_env, prepare_database  # noqa: E402
from bench.server import GunicornServer  # noqa: E402

SECONDS = int(os.environ.get("DAY_SECONDS", "60"))
CONNECTIONS = 16
SAVE_INTERVAL = float(os.environ.get("DAY_SAVE_INTERVAL", "30"))
PUBLISH_INTERVAL = float(os.environ.get("DAY_PUBLISH_INTERVAL", "120"))
FIRST_PUBLISH = 20.0
SAMPLE = 20_000  # requests drawn from the popularity model, replayed at random
WORDS = ["hydropower", "forum", "agreement", "university", "solar", "rail", "water", "training",
         "digital", "health", "climate", "trade", "seminar", "delegation", "green"]  # fmt: skip

LUA = """
local paths = {%s}
local threads = {}
setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
init = function(args)
  math.randomseed(id * 7919 + 1)
  codes = {}
  hits = 0
  misses = 0
end
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
response = function(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
  local cache = headers["X-Cache"]
  if cache == "hit" then hits = hits + 1 elseif cache == "miss" then misses = misses + 1 end
end
done = function(summary, latency, requests)
  local total, h, m = {}, 0, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("codes")) do total[status] = (total[status] or 0) + n end
    h = h + thread:get("hits")
    m = m + thread:get("misses")
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%%d": %%d', status, n) end
  io.write(string.format(
    'DAY {"statuses": {%%s}, "hits": %%d, "misses": %%d, "p50_ms": %%.2f, "p95_ms": %%.2f, '
    .. '"p99_ms": %%.2f, "requests": %%d, "rps": %%.1f}\\n',
    table.concat(parts, ", "), h, m, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6)))
end
"""


def zipf_choice(rng: random.Random, items: list, exponent: float = 1.1):
    weights = [1 / (rank + 1) ** exponent for rank in range(len(items))]
    return rng.choices(items, weights=weights)[0]


def traffic(rng: random.Random) -> list[str]:
    """``SAMPLE`` request paths drawn from the popularity model."""
    from django.urls import reverse
    from taggit.models import Tag

    from newsroom.models import Article, Partner

    news = reverse("newsroom:article-list")
    articles = [a.get_absolute_url() for a in Article.objects.published().newest_first()[:3000]]
    partners = [p.get_absolute_url() for p in Partner.objects.most_covered(300)]
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


def run_wrk(url: str, script: Path, seconds: int) -> dict:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout=30s", "-s", str(script),
         url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    found = json.loads(re.search(r"DAY (\{.*\})", output).group(1))
    socket_errors = re.search(r"Socket errors: (.*)", output)
    found["socket_errors"] = socket_errors.group(1) if socket_errors else None
    return found


def main() -> int:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: `apt-get install -y wrk`.")
    env = bench_env(10_000)
    prepare_database(env, 10_000)
    os.environ.update(env)
    import django

    django.setup()
    paths = traffic(random.Random(1))
    folder = Path(tempfile.mkdtemp())
    (folder / "day.lua").write_text(LUA % ", ".join(json.dumps(p) for p in paths))
    (folder / "bare.lua").write_text(LUA % json.dumps("/bench/bare/"))
    with GunicornServer(env, workers=2) as server:
        bare = run_wrk(server.url("/"), folder / "bare.lua", 10)
        server.wait_idle()
        newsroom = Newsroom(server, time.monotonic())
        newsroom.start()
        try:
            day = run_wrk(server.url("/"), folder / "day.lua", SECONDS)
        finally:
            newsroom.stop.set()
            newsroom.join()
    statuses = {int(k): v for k, v in day["statuses"].items()}
    errors = sum(n for status, n in statuses.items() if status >= 400 and status != 404)
    errors += 1 if day["socket_errors"] else 0
    served = day["hits"] + day["misses"]
    report = {
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
        "statuses": statuses,
        "errors": errors,
        "socket_errors": day["socket_errors"],
        "editor_saves": newsroom.saves,
        "scheduled_releases_checked": newsroom.releases,
        "stale": newsroom.stale,
        "editor_errors": newsroom.errors,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "day.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    ok = not errors and not newsroom.stale and not newsroom.errors
    print(
        f"day: {'OK' if ok else 'FAILED'} — {report['ratio_to_bare']}× the bare view, "
        f"p99 {report['p99_ms']} ms, hit ratio {report['hit_ratio']}, {errors} errors, "
        f"{len(newsroom.stale)} stale"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
