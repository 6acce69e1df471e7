"""Lighthouse (npm) on an article with a hero image, mobile profile (`make lighthouse`).

    .venv/bin/python bench/lighthouse.py [--runs 3]

Builds a throwaway site in a temporary folder (seeds/ imported, the newest
article given a 1600×900 photograph), serves it as production does (gunicorn,
debug off, static files through WhiteNoise with collectstatic's hashed and
compressed files, media served beside the application the way the reverse proxy
serves MEDIA_ROOT), and runs Lighthouse's performance category with its default
mobile profile (simulated slow 4G and a 4× slower CPU) in Debian's Chromium.
It measures the article twice: as pages serve it (renditions), and the same
picture as uploaded (its renditions column emptied, as before renditions
existed), and writes the median of each to bench/results/lighthouse.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import free_port  # noqa: E402
from tools.chromium import CHROMIUM  # noqa: E402

RESULT = ROOT / "bench" / "results" / "lighthouse.json"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
METRICS = {
    "first-contentful-paint": "fcp_ms",
    "largest-contentful-paint": "lcp_ms",
    "total-blocking-time": "tbt_ms",
    "cumulative-layout-shift": "cls",
    "speed-index": "speed_index_ms",
}


def photograph(size=(1600, 900)) -> bytes:
    """A JPEG that weighs what a photograph does (a gradient with grain), not a
    flat colour that any encoder shrinks to nothing."""
    from PIL import Image

    width, height = size
    sky = Image.linear_gradient("L").resize(size).convert("RGB")
    tint = Image.new("RGB", size, (40, 110, 70))
    grain = Image.effect_noise(size, 48).convert("RGB")
    image = Image.blend(Image.blend(sky, tint, 0.5), grain, 0.25)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def build_site() -> tuple[str, str]:
    """Migrate, import seeds/, give two articles the same hero image and empty the
    second one's renditions; their addresses."""
    import django
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command

    django.setup()
    from newsroom.models import Article

    call_command("migrate", verbosity=0)
    call_command("import_articles", str(ROOT / "seeds"), verbosity=0, stderr=io.StringIO())
    call_command("collectstatic", verbosity=0, interactive=False)
    photo = photograph()
    with_renditions, as_uploaded = Article.objects.published().newest_first()[:2]
    for article in (with_renditions, as_uploaded):
        article.hero_image = SimpleUploadedFile("hall.jpg", photo)
        article.hero_alt = "Delegates in the forum's main hall"
        article.hero_caption = "The opening session."
        article.save()
    Article.objects.filter(pk=as_uploaded.pk).update(hero_renditions={})
    return with_renditions.get_absolute_url(), as_uploaded.get_absolute_url()


def serve(env: dict, port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "bench.lighthouse_wsgi:application",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not answer within 30 s")


def lighthouse(url: str, out: Path, attempts: int = 3) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--only-categories=performance",
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    for attempt in range(1, attempts + 1):
        # Lighthouse now and then loses the page load's trace (NO_NAVSTART) on a busy
        # machine: such a run measured nothing, so it is run again.
        finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": str(CHROMIUM)})
        if finished.returncode == 0:
            break
        if attempt == attempts:
            sys.exit(f"Lighthouse failed {attempts} times on {url}")
    report = json.loads(out.read_text())
    audits = report["audits"]
    run = {"score": round(report["categories"]["performance"]["score"] * 100)}
    for audit, key in METRICS.items():
        value = audits[audit]["numericValue"]
        run[key] = round(value, 3) if key == "cls" else round(value)
    run["bytes"] = round(audits["total-byte-weight"]["numericValue"])
    items = audits.get("network-requests", {}).get("details", {}).get("items", [])
    run["image_bytes"] = sum(
        item.get("transferSize", 0) for item in items if item.get("resourceType") == "Image"
    )
    return run


def median_run(runs: list[dict]) -> dict:
    middle = sorted(runs, key=lambda run: run["score"])[len(runs) // 2]
    return {**middle, "scores": [run["score"] for run in runs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median kept)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: npm ci --no-audit --no-fund")
    with tempfile.TemporaryDirectory(prefix="newsroom-lighthouse-") as tmp:
        port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_HSTS_SECONDS": "0",
            "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
            "STATIC_ROOT": f"{tmp}/static",
            "NEWSROOM_STATE_DIR": f"{tmp}/state",
            "SITE_URL": f"http://127.0.0.1:{port}",
            "DJANGO_LOG_LEVEL": "ERROR",
        }
        env.pop("REDIS_URL", None)
        os.environ.update(env)
        pages = dict(zip(["renditions", "as uploaded"], build_site(), strict=True))
        server = serve(env, port)
        results = {}
        try:
            for name, path in pages.items():
                url = f"http://127.0.0.1:{port}{path}"
                runs = [lighthouse(url, Path(tmp) / f"report-{n}.json") for n in range(args.runs)]
                results[name] = median_run(runs)
                print(f"{name}: performance {results[name]['score']} {results[name]}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    version = subprocess.run(
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(
        json.dumps(
            {
                "page": "an article with a 1600x900 hero image (seeds imported)",
                "profile": "Lighthouse default mobile: simulated slow 4G, 4x CPU slowdown",
                "lighthouse": version,
                "chromium": subprocess.run(
                    [str(CHROMIUM), "--version"], capture_output=True, text=True
                ).stdout.strip(),
                "runs": args.runs,
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )
    print(RESULT)


if __name__ == "__main__":
    main()
