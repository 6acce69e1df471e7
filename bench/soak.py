"""Soak test: 60 s of mixed public traffic at 32 connections while an editor saves.

Starts gunicorn (debug off, 2 sync workers) on the benchmark database (built by
bench/run.py if missing), loads a mix of public pages with wrk (32 connections,
a Lua script that rotates through the paths), and meanwhile saves articles the
way an editor does: a headline change, then a publish or unpublish, every 2 s, each
through ``Article.save()`` so that signals, cache invalidation and
sanitising all run. Reports requests, socket errors and non-2xx/3xx answers,
split into 5xx, and exits non-zero if any request failed.

    .venv/bin/python bench/soak.py            # 60 s
    SOAK_SECONDS=10 .venv/bin/python bench/soak.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import RESULTS, bench_env, prepare_database  # noqa: E402
from bench.server import GunicornServer  # noqa: E402

SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
CONNECTIONS = 32
SAVE_INTERVAL = float(os.environ.get("SOAK_SAVE_INTERVAL", "2"))

# Each wrk thread has its own Lua state: count statuses per thread, add them up in done().
LUA = """
local paths = {%s}
local threads = {}
setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
init = function(args)
  i = id
  codes = {}
end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
response = function(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end
done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("codes")) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%%d": %%d', status, n) end
  io.write("STATUS {" .. table.concat(parts, ", ") .. "}\\n")
end
"""


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
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: `apt-get install -y wrk`.")
    env = bench_env()
    prepare_database(env)
    os.environ.update(env)
    import django

    django.setup()
    paths = public_paths()
    script = Path(tempfile.mkdtemp()) / "mix.lua"
    script.write_text(LUA % ", ".join(json.dumps(p) for p in paths))
    stop, saves, save_errors = threading.Event(), [0], []
    with GunicornServer(env, workers=2) as server:
        editor = threading.Thread(target=editor_saves, args=(stop, saves, save_errors))
        editor.start()
        try:
            output = subprocess.run(
                ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout=30s",
                 "-s", str(script), server.url("/")],
                check=True, capture_output=True, text=True,
            ).stdout  # fmt: skip
        finally:
            stop.set()
            editor.join()
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    statuses = {
        int(k): v for k, v in json.loads(re.search(r"STATUS (\{.*\})", output).group(1)).items()
    }
    socket_errors = re.search(r"Socket errors: (.*)", output)
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    failed = sum(n for status, n in statuses.items() if status >= 400 and status != 404)
    report = {
        "seconds": SECONDS,
        "connections": CONNECTIONS,
        "paths": paths,
        "requests": requests,
        "statuses": statuses,
        "socket_errors": socket_errors.group(1) if socket_errors else None,
        "errors": failed + (1 if socket_errors else 0),
        "server_errors_5xx": server_errors,
        "editor_saves": saves[0],
        "editor_save_errors": save_errors,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    ok = report["errors"] == 0 and server_errors == 0 and not save_errors
    print("soak: " + ("OK" if ok else "FAILED") + f" ({requests} requests, {saves[0]} saves)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
