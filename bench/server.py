"""The benchmark's server (gunicorn) and load generator (wrk)."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRK_THREADS = 1
WRK_CONNECTIONS = 4
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GunicornServer:
    """gunicorn with ``workers`` sync workers on 127.0.0.1, for a ``with`` block.

    It serves ``app`` of the project checkout at ``root`` (this one unless
    told), with any further gunicorn ``options``.
    """

    def __init__(
        self,
        env: dict,
        workers: int = 2,
        root: Path = ROOT,
        app: str = "config.wsgi:application",
        options: tuple[str, ...] = (),
        gunicorn: Path | None = None,
    ):
        self.env = env
        # This virtualenv's gunicorn unless told (another site's own, say).
        self.gunicorn = gunicorn or Path(sys.executable).with_name("gunicorn")
        self.workers = workers
        self.root, self.app, self.options = root, app, options
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> GunicornServer:
        self.process = subprocess.Popen(
            [
                str(self.gunicorn),
                self.app,
                f"--workers={self.workers}",
                "--worker-class=sync",
                f"--bind=127.0.0.1:{self.port}",
                "--log-level=warning",
                *self.options,
            ],
            cwd=self.root,
            env=self.env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/bench/bare/"), timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError("gunicorn did not start within 30 s")

    def wait_idle(self, timeout: float = 60) -> None:
        """Wait until requests queued by the last load test are served: the bare
        view answers quickly twice in a row."""
        deadline, quick = time.monotonic() + timeout, 0
        while quick < 2 and time.monotonic() < deadline:
            started = time.monotonic()
            with urllib.request.urlopen(self.url("/bench/bare/"), timeout=timeout) as response:
                response.read()
            quick = quick + 1 if time.monotonic() - started < 0.05 else 0

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(output: str) -> dict:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors:.*", output)
    return {
        "rps": round(rps, 1),
        "p50_ms": round(_ms(latency["50"]), 2) if "50" in latency else None,
        "p99_ms": round(_ms(latency["99"]), 2) if "99" in latency else None,
        "errors": int(errors.group(1)) if errors else 0,
        **({"socket_errors": socket_errors.group(0)} if socket_errors else {}),
    }


def run_wrk(url: str, seconds: float) -> dict:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: `apt-get install -y wrk` (Debian/Ubuntu).")
    output = subprocess.run(
        [
            "wrk",
            f"--threads={WRK_THREADS}",
            f"--connections={WRK_CONNECTIONS}",
            f"--duration={max(1, round(seconds))}s",
            "--latency",
            "--timeout=30s",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return parse_wrk(output)


# One script for every mixed load: each wrk thread has its own Lua state, so
# statuses and cache answers are counted per thread and added up in done().
PATHS_LUA = """
local paths = {%(paths)s}
local threads = {}
setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
init = function(args)
  math.randomseed(id * 7919 + 1)
  i = id
  codes = {}
  hits = 0
  misses = 0
end
request = function()
  i = i + 1
  return wrk.format("GET", %(pick)s)
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
    'LOAD {"statuses": {%%s}, "hits": %%d, "misses": %%d, "p50_ms": %%.2f, "p95_ms": %%.2f, '
    .. '"p99_ms": %%.2f, "requests": %%d, "rps": %%.1f}\\n',
    table.concat(parts, ", "), h, m, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6)))
end
"""
PICKS = {"random": "paths[math.random(#paths)]", "rotate": "paths[(i % #paths) + 1]"}


def run_wrk_paths(
    url: str, paths: list[str], seconds: float, connections: int, order: str = "random"
) -> dict:
    """Load ``paths`` on the server at ``url`` with wrk (2 threads), each request
    a path drawn at random or the next in turn (``order``): requests per
    second, p50/p95/p99, statuses, ``X-Cache`` hits and misses, socket errors,
    and ``errors`` (answers of 400 and more but 404, and any socket error)."""
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: `apt-get install -y wrk` (Debian/Ubuntu).")
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "paths.lua"
        listed = ", ".join(json.dumps(path) for path in paths)
        script.write_text(PATHS_LUA % {"paths": listed, "pick": PICKS[order]})
        output = subprocess.run(
            [
                "wrk",
                "--threads=2",
                f"--connections={connections}",
                f"--duration={max(1, round(seconds))}s",
                "--timeout=30s",
                f"--script={script}",
                url,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    found = json.loads(re.search(r"LOAD (\{.*\})", output).group(1))
    found["statuses"] = {int(status): n for status, n in found["statuses"].items()}
    socket_errors = re.search(r"Socket errors: (.*)", output)
    found["socket_errors"] = socket_errors.group(1) if socket_errors else None
    failed = sum(n for status, n in found["statuses"].items() if status >= 400 and status != 404)
    found["errors"] = failed + (1 if socket_errors else 0)
    return found
