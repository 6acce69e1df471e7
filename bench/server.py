"""The benchmark's server (gunicorn) and load generator (wrk)."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
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
    """gunicorn with ``workers`` sync workers on 127.0.0.1, for a ``with`` block."""

    def __init__(self, env: dict, workers: int = 2):
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> GunicornServer:
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "config.wsgi:application",
                f"--workers={self.workers}",
                "--worker-class=sync",
                f"--bind=127.0.0.1:{self.port}",
                "--log-level=warning",
            ],
            cwd=ROOT,
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
