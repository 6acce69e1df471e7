"""The newsroom's editorial features in a real browser: review links, embargoes,
redirects after a slug change, picture renditions, the people and topic
directories and the editorial calendar, with axe-core on the pages they add.

The contexts that run axe bypass the site's Content-Security-Policy, which would
otherwise refuse the injected axe script.
"""

import datetime as dt
import io
import re
import zoneinfo

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from newsroom.models import ArticleStatus, ReviewLink
from tests.browser.conftest import MOBILE
from tests.browser.helpers import (
    BROWSER_TEST,
    axe_violations,
    describe_violations,
    log_in,
)

pytestmark = BROWSER_TEST

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
LIFT = dt.datetime(2025, 3, 12, 9, 0, tzinfo=BANGKOK)


def photograph(size=(1600, 900)) -> bytes:
    image = Image.new("RGB", size, (30, 90, 60))
    image.paste((200, 170, 60), (size[0] // 2, 0, size[0], size[1]))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def no_serious_violations(found: dict) -> None:
    found = {where: violations for where, violations in found.items() if violations}
    assert not found, "axe-core found serious or critical violations:\n" + describe_violations(
        found
    )


def test_a_review_link_shows_the_draft_to_a_stranger_under_its_banner_until_revoked(
    new_context, make_article, axe_script
):
    draft = make_article(
        title="Secret agreement with the Academy",
        status=ArticleStatus.DRAFT,
        standfirst="Not announced yet.",
    )
    link = ReviewLink.objects.create(article=draft, note="Ms Chen, Bangkok Post")
    page = new_context(bypass_csp=True).new_page()

    response = page.goto(link.get_absolute_url())
    assert response.status == 200
    assert response.headers["cache-control"] == "private, no-store"
    banner = page.get_by_role("status")
    assert banner.inner_text().startswith("Draft shared for review — not public")
    assert page.get_by_role("heading", level=1).inner_text() == draft.title
    robots = page.locator('meta[name="robots"]').evaluate_all("tags => tags.map(t => t.content)")
    assert robots and all(content.startswith("noindex") for content in robots)
    no_serious_violations({"review page": axe_violations(page, axe_script)})

    link.revoke()
    response = page.goto(link.get_absolute_url())
    assert response.status == 404
    assert draft.title not in page.content()
    assert "Secret agreement" not in page.title()


def test_an_embargo_lifts_at_its_second_for_the_public_without_a_save(
    new_context, make_article, monkeypatch
):
    monkeypatch.setattr(timezone, "now", lambda: LIFT - dt.timedelta(seconds=1))
    article = make_article(
        title="Joint laboratory for solar storage announced",
        status=ArticleStatus.PUBLISHED,
        published_at=LIFT,
        embargoed=True,
    )
    link = ReviewLink.objects.create(article=article, note="Wire services")
    journalist = new_context().new_page()
    journalist.goto(link.get_absolute_url())
    assert (
        journalist.get_by_role("status")
        .inner_text()
        .startswith("EMBARGOED until 12 March 2025, 09:00 (Asia/Bangkok)")
    )
    public = new_context().new_page()
    assert public.goto(article.get_absolute_url()).status == 404
    public.goto(reverse("newsroom:article-list"))
    assert article.title not in public.content()

    monkeypatch.setattr(timezone, "now", lambda: LIFT)  # the clock moves; nobody saves
    assert public.goto(article.get_absolute_url()).status == 200
    assert public.get_by_role("heading", level=1).inner_text() == article.title
    assert not public.get_by_role("status").count(), "the public page has no banner"
    public.goto(reverse("newsroom:article-list"))
    assert public.get_by_role("link", name=article.title).count() == 1
    journalist.goto(link.get_absolute_url())
    assert journalist.url.endswith(article.get_absolute_url())
    assert not journalist.get_by_role("status").count()


def test_an_old_slug_answers_301_to_the_new_page(page, make_article):
    article = make_article(title="Forum on green corridors", slug="forum-green-corridors")
    old_url = article.get_absolute_url()
    article.slug = "forum-on-green-corridors-opens"
    article.save()

    response = page.goto(old_url)
    assert response.request.redirected_from.response().status == 301
    assert page.url.endswith("/news/forum-on-green-corridors-opens/")
    assert response.status == 200
    assert page.get_by_role("heading", level=1).inner_text() == "Forum on green corridors"


def test_the_hero_image_is_a_webp_rendition_chosen_from_its_srcset_without_layout_shift(
    new_context, make_article
):
    article = make_article(title="Forum on green corridors opens in Chengdu")
    article.hero_image = SimpleUploadedFile("hall.jpg", photograph())
    article.hero_alt = "Delegates in the forum's main hall"
    article.save()
    renditions = article.hero_renditions
    for name, *_size in [*renditions["webp"], *renditions["fallback"]["files"], renditions["og"]]:
        assert default_storage.exists(name), f"{name} is not in the storage"

    chosen = {}
    for device, options in {
        "desktop": {},
        "phone": {"viewport": MOBILE, "is_mobile": True},
    }.items():
        page = new_context(**options).new_page()
        page.goto(article.get_absolute_url())
        source = page.locator('.hero picture source[type="image/webp"]')
        srcset = {
            url: int(width[:-1])
            for url, width in (
                entry.split() for entry in source.get_attribute("srcset").split(", ")
            )
        }
        assert list(srcset.values()) == [320, 640, 960, 1280]
        image = page.get_by_role("img", name="Delegates in the forum's main hall")
        assert (image.get_attribute("width"), image.get_attribute("height")) == ("1280", "720")
        page.wait_for_function("() => document.querySelector('.hero img').complete")
        src = image.evaluate("img => img.currentSrc")
        assert src.endswith(".webp"), f"the {device} loaded {src}, not a WebP rendition"
        assert image.evaluate("img => img.naturalWidth") > 0, "the rendition did not load"
        chosen[device] = srcset[src.removeprefix(page.url.split("/news/")[0])]
        shift = page.evaluate(
            """() => new Promise(resolve => {
                let total = 0;
                new PerformanceObserver(list => {
                    for (const entry of list.getEntries()) total += entry.value;
                }).observe({type: "layout-shift", buffered: true});
                setTimeout(() => resolve(total), 300);
            })"""
        )
        assert shift == 0, f"the page shifted by {shift} on the {device}"
    # A 375 px phone needs 640 px of picture; the 46rem column on a desktop, 960.
    assert chosen == {"desktop": 960, "phone": 640}


def test_the_people_and_topic_directories_lead_to_their_pages(new_context, site, axe_script):
    page = new_context(bypass_csp=True).new_page()
    found = {}

    page.goto(reverse("newsroom:person-list"))
    assert page.get_by_role("heading", level=1).inner_text() == "People"
    person = page.get_by_role("link", name="Xue Wenchao")
    assert person.count() == 1
    assert "Secret draft person" not in page.content()
    if violations := axe_violations(page, axe_script):
        found["people"] = violations
    person.click()
    assert page.url.endswith(site.person.get_absolute_url())

    page.goto(reverse("newsroom:tag-list"))
    topic = page.get_by_role("link", name=re.compile("^green energy"))
    assert topic.count() >= 1
    assert "secret-draft" not in page.content()
    if violations := axe_violations(page, axe_script):
        found["tags"] = violations
    topic.first.click()
    assert page.get_by_role("heading", level=1).inner_text().lower().endswith("green energy")
    no_serious_violations(found)


def test_the_editorial_calendar_shows_a_scheduled_article_on_its_day(
    new_context, editor, make_article, axe_script
):
    day = timezone.localdate() + dt.timedelta(days=7)
    when = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 30)))
    article = make_article(title="Solar storage report", published_at=when)
    page = new_context(bypass_csp=True).new_page()
    log_in(page, editor.username)

    page.goto(reverse("admin:newsroom_article_calendar") + f"?month={day:%Y-%m}")
    cell = page.locator("td", has=page.locator(f'time[datetime="{day.isoformat()}"]'))
    assert cell.get_by_role("link", name="Solar storage report").count() == 1
    assert "Scheduled" in cell.text_content() and "09:30" in cell.text_content()
    no_serious_violations({"calendar": axe_violations(page, axe_script)})
    cell.get_by_role("link", name="Solar storage report").click()
    assert page.url.endswith(reverse("admin:newsroom_article_change", args=[article.pk]))
