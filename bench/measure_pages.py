"""One mode of `make bench` on one database (a child process of bench/run.py,
which sets DATABASE_URL and NEWSROOM_PAGE_CACHE): count each page's queries
in-process, then load it under gunicorn. Prints the rows as JSON on its last
line."""

from __future__ import annotations

import json
import os
import sys

import django


def main(mode: str) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_bench")
    django.setup()
    from bench.pages import choose_pages, count_queries
    from bench.run import measure
    from bench.server import GunicornServer

    cached = mode == "cached"
    pages = choose_pages()
    queries = count_queries(pages, cached=cached)
    with GunicornServer(dict(os.environ), workers=2) as server:
        rows = measure(server, pages, queries, sized=cached)
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
