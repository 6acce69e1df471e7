"""Screenshots of the site and the admin for README (`make screenshots`).

    .venv/bin/python tools/screenshots.py

Builds a throwaway database in a temporary folder, imports seeds/, gives the
newest articles a hero image and the most covered partners a logo, serves it
with runserver and photographs it with Playwright in Debian's Chromium: home,
news, article, partner, event and people pages and a draft shared for review
at 1280 px (desktop) and 375 px (phone), and the admin's article form,
editorial calendar, "Share for review" page and an import's review page. The PNGs go to
docs/screenshots/ (``--out FOLDER`` writes them elsewhere).
Nothing outside the temporary folder and docs/screenshots/ is touched.
"""

from __future__ import annotations

import io
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 812}
LONGEST = 1400  # px of a page photographed, from the top
PALETTES = [
    ((22, 101, 52), (134, 239, 172)),
    ((30, 64, 175), (147, 197, 253)),
    ((154, 52, 18), (253, 186, 116)),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def picture(size: tuple[int, int], dark, light, label: str = "") -> io.BytesIO:
    """A placeholder picture: a soft gradient with hills, or a badge with initials."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(li + (d - li) * t) for d, li in zip(dark, light, strict=True)),
        )
    if label:
        font = ImageFont.load_default(size=height // 3)
        draw.text((width / 2, height / 2), label, fill="white", font=font, anchor="mm")
    else:
        for i, colour in enumerate([light, dark]):
            top = height * (0.55 + 0.15 * i)
            draw.polygon(
                [
                    (0, height),
                    (0, top),
                    (width * 0.3, top - height * 0.12),
                    (width * 0.7, top + height * 0.05),
                    (width, top - height * 0.08),
                    (width, height),
                ],
                fill=colour,
            )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def build_site(password: str) -> dict[str, str]:
    """Migrate, import seeds/, add pictures and a superuser; the addresses to shoot."""
    import django
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command

    django.setup()
    from django.contrib.auth.models import User

    from newsroom.models import Article, ArticleStatus, Event, Partner, ReviewLink

    call_command("migrate", verbosity=0)
    call_command("import_articles", str(ROOT / "seeds"), verbosity=0, stderr=io.StringIO())
    articles = list(Article.objects.published().newest_first()[:3])
    for article, (dark, light) in zip(articles, PALETTES, strict=False):
        article.hero_image = SimpleUploadedFile(
            "hero.png", picture((1200, 675), dark, light).read()
        )
        article.hero_alt = "Placeholder picture: green hills under a pale sky"
        article.hero_caption = "Placeholder picture for the screenshots."
        article.hero_focus_x, article.hero_focus_y = 30, 65  # the hills, left of centre
        article.save()
    partners = list(Partner.objects.public().most_covered()[:6])
    for n, partner in enumerate(partners):
        dark, light = PALETTES[n % len(PALETTES)]
        initials = partner.acronym[:4] or "".join(w[0] for w in partner.name.split()[:3]).upper()
        partner.logo = SimpleUploadedFile(
            "logo.png", picture((240, 240), dark, dark, initials).read()
        )
        partner.save()
    User.objects.create_superuser("screenshots", "screenshots@example.org", password)
    # The admin's form is photographed with the shortest of the illustrated articles.
    shortest = min(articles, key=lambda a: len(a.body))
    event = Event.objects.public().filter(articles__isnull=False, start_date__isnull=False).first()
    review, calendar_month = plan_articles(Article, ArticleStatus, ReviewLink, shortest)
    return {
        "people": "/people/",
        "review": review,
        "calendar": f"/admin/newsroom/article/calendar/?month={calendar_month}",
        "share": f"/admin/newsroom/article/{shortest.pk}/review-links/",
        "home": "/",
        "news": "/news/",
        "article": articles[0].get_absolute_url(),
        "partner": partners[0].get_absolute_url(),
        "event": event.get_absolute_url(),
        "admin": f"/admin/newsroom/article/{shortest.pk}/change/",
    }


def plan_articles(Article, ArticleStatus, ReviewLink, shared) -> tuple[str, str]:
    """An embargoed article shared for review, a scheduled one and a planned draft
    next week, so that the calendar has a plan to show; the review link's address
    and the calendar's month."""
    import datetime as dt

    from django.utils import timezone

    day = timezone.localdate() + dt.timedelta(days=7)
    at_nine = timezone.make_aware(dt.datetime.combine(day, dt.time(9)))
    body = "<p>The two institutes will share equipment, students and data.</p>"
    embargoed = Article.objects.create(
        title="Joint laboratory for solar storage to open in Chengdu",
        standfirst="The centre and its partners will announce a shared laboratory.",
        body=body,
        status=ArticleStatus.PUBLISHED,
        published_at=at_nine,
        embargoed=True,
    )
    Article.objects.create(
        title="Forum on green corridors: the programme",
        body=body,
        status=ArticleStatus.PUBLISHED,
        published_at=at_nine + dt.timedelta(days=2, hours=5),
    )
    Article.objects.create(
        title="Interview with the visiting delegation",
        body=body,
        status=ArticleStatus.DRAFT,
        published_at=at_nine + dt.timedelta(days=3),
    )
    link = ReviewLink.objects.create(article=embargoed, note="Wire services, Bangkok")
    ReviewLink.objects.create(article=shared, note="Ms Chen, partner office")
    return link.get_absolute_url(), day.strftime("%Y-%m")


def wait_for(url: str, server: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("The development server stopped:\n" + log.read_text())
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"The server did not answer at {url} in {seconds:.0f} s:\n" + log.read_text())


def photograph(page, path: Path) -> None:
    """The top of the page, down to LONGEST pixels, lazy images included."""
    page.evaluate("() => document.querySelectorAll('img').forEach(i => { i.loading = 'eager' })")
    page.wait_for_function("() => [...document.images].every(i => i.complete)")
    width, height = page.evaluate(
        "() => [document.documentElement.clientWidth, document.documentElement.scrollHeight]"
    )
    clip = {"x": 0, "y": 0, "width": width, "height": min(height, LONGEST)}
    page.screenshot(path=path, full_page=True, clip=clip)


def shoot(base_url: str, urls: dict[str, str], password: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for device, viewport in [("desktop", DESKTOP), ("mobile", MOBILE)]:
            context = browser.new_context(
                base_url=base_url, viewport=viewport, is_mobile=device == "mobile"
            )
            page = context.new_page()
            for name in ["home", "news", "article", "partner", "event", "people", "review"]:
                page.goto(urls[name], wait_until="networkidle")
                written.append(OUT / f"{name}-{device}.png")
                photograph(page, written[-1])
            context.close()
        page = browser.new_page(base_url=base_url, viewport=DESKTOP)
        page.goto(urls["admin"])
        page.get_by_label("Username").fill("screenshots")
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.locator(".ProseMirror[contenteditable=true]").wait_for()
        written.append(OUT / "admin-article-form.png")
        photograph(page, written[-1])
        # The hero image's part of the form: its picture, on which a click sets the focal point.
        hero = page.locator("fieldset", has=page.get_by_role("heading", name="Hero image"))
        hero.locator(".focal-point img").evaluate("img => img.decode()")
        written.append(OUT / "admin-focal-point.png")
        hero.screenshot(path=written[-1])
        for name in ["calendar", "share"]:
            page.goto(urls[name], wait_until="networkidle")
            written.append(OUT / f"admin-{name}.png")
            photograph(page, written[-1])
        written.append(OUT / "admin-import-review.png")
        photograph_import_review(page, written[-1])
        browser.close()
    return written


REVIEWED_TEXT = """Forum on Low-Carbon Cities Held in Bangkok

BANGKOK, November 8 -- The Asian Institute of Technology (AIT) hosted a forum on \
low-carbon cities with the Belt and Road Research Center and the Green Energy Week in \
Bangkok on November 8, 2023.

Dr. Somchai Prasert, Dean of the School of Environment at AIT, opened the forum.
"""


def photograph_import_review(page, path: Path) -> None:
    """The review page of an uploaded press text, a partner's words highlighted."""
    page.goto("/admin/newsroom/article/import/")
    page.get_by_label("Files").set_input_files(
        [{"name": "forum.txt", "mimeType": "text/plain", "buffer": REVIEWED_TEXT.encode()}]
    )
    page.get_by_role("button", name="Preview import").click()
    page.get_by_role("link", name="Review and correct forum.txt").click()
    page.locator("fieldset[data-fact=p0] input[type=radio]").first.focus()
    photograph(page, path)


def main() -> None:
    global OUT
    if sys.argv[1:2] == ["--out"] and len(sys.argv) > 2:
        OUT = Path(sys.argv[2]).resolve()
    if not CHROMIUM.exists():
        sys.exit(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    password = secrets.token_urlsafe(16)
    with tempfile.TemporaryDirectory(prefix="newsroom-screenshots-") as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DJANGO_DEBUG": "1",  # runserver serves the uploaded pictures
            "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
            "NEWSROOM_STATE_DIR": f"{tmp}/state",
            "DJANGO_LOG_LEVEL": "ERROR",
        }
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        urls = build_site(password)
        port = free_port()
        log = Path(tmp) / "runserver.log"
        with log.open("w") as output:
            server = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            try:
                base_url = f"http://127.0.0.1:{port}"
                wait_for(base_url + "/", server, log)
                for path in shoot(base_url, urls, password):
                    print(path)
            finally:
                server.terminate()
                server.wait(timeout=10)


if __name__ == "__main__":
    main()
