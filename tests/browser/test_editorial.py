"""The editors' day in a real browser: an Editor builds, previews and publishes an
article with everything it links; a Writer drafts one and cannot publish it."""

import re

import feedparser
from playwright.sync_api import expect

from newsroom.models import Article, ArticleStatus, Event, Partner
from tests.browser.helpers import (
    BROWSER_TEST,
    choose_autocomplete,
    log_in,
    png_file,
    save,
    type_title,
)

pytestmark = BROWSER_TEST

TITLE = "Chengdu forum agrees on green corridors"


def add_partner(page) -> Partner:
    page.goto("/admin/newsroom/partner/add/")
    type_title(page, "#id_name", "Chengdu Institute of Green Development")
    page.locator("#id_acronym").fill("CIGD")
    page.locator("#id_kind").select_option("university")
    page.locator("#id_country").select_option("CN")
    page.locator("#id_city").fill("Chengdu")
    page.locator("#id_logo").set_input_files(png_file("cigd-logo.png", 120, 120))
    save(page)
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    return Partner.objects.get(acronym="CIGD")


def add_event(page) -> Event:
    page.goto("/admin/newsroom/event/add/")
    type_title(page, "#id_title", "Green Corridors Forum")
    page.locator("#id_kind").select_option("forum")
    page.locator("#id_start_date").fill("2024-06-27")
    page.locator("#id_city").fill("Chengdu")
    choose_autocomplete(page, "id_partner_roles-0-partner", "CIGD", "Chengdu Institute")
    page.locator("#id_partner_roles-0-role").select_option("organiser")
    save(page)
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    return Event.objects.get(title="Green Corridors Forum")


def add_draft_article(page) -> Article:
    page.goto("/admin/newsroom/article/add/")
    type_title(page, "#id_title", TITLE)
    page.locator("#id_standfirst").fill("Partners from six countries met in Chengdu.")
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("The forum agreed on three green trade corridors.")
    expect(page.locator("#id_status")).to_have_value(ArticleStatus.DRAFT)
    page.locator("#id_tags").fill("green energy, trade corridors")
    page.locator("#id_dateline").fill("2024-06-27")
    page.locator("#id_hero_image").set_input_files(png_file("forum-hall.png", 640, 360))
    page.locator("#id_hero_alt").fill("Delegates in the forum's main hall")
    page.locator("#id_hero_caption").fill("The opening session.")
    choose_autocomplete(page, "id_events", "Corridors", "Green Corridors Forum")
    choose_autocomplete(page, "id_partner_roles-0-partner", "Green Dev", "Chengdu Institute")
    page.locator("#id_partner_roles-0-role").select_option("organiser")
    save(page)
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    return Article.objects.get(title=TITLE)


def test_editor_creates_previews_and_publishes_an_article(new_context, editor):
    staff = new_context().new_page()
    log_in(staff, editor.username)
    partner = add_partner(staff)
    assert partner.logo and partner.logo_width == 120
    event = add_event(staff)
    assert list(event.partner_roles.values_list("partner__acronym", "role")) == [
        ("CIGD", "organiser")
    ]
    article = add_draft_article(staff)
    assert article.status == ArticleStatus.DRAFT
    assert sorted(article.tags.names()) == ["green energy", "trade corridors"]
    assert list(article.partner_roles.values_list("partner", "role")) == [(partner.pk, "organiser")]
    assert list(article.events.all()) == [event]
    assert article.hero_image.name and article.hero_width == 640
    assert "three green trade corridors" in article.body

    visitor = new_context().new_page()
    assert visitor.goto(article.get_absolute_url()).status == 404

    # The change form's "View on site" opens the staff preview of the draft.
    staff.goto(f"/admin/newsroom/article/{article.pk}/change/")
    staff.get_by_role("link", name="View on site").click()
    expect(staff).to_have_url(re.compile(rf"/preview/news/{article.pk}/$"))
    expect(staff.locator(".preview-banner")).to_contain_text("visitors cannot see it")
    expect(staff.locator("h1")).to_have_text(TITLE)
    hero = staff.get_by_role("img", name="Delegates in the forum's main hall")
    expect(hero).to_be_visible()
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")
    # A rendition made from the uploaded picture, not the upload itself.
    stem = article.hero_image.name.rsplit("/", 1)[-1].split(".")[0]
    assert re.search(rf"/renditions/articles/{stem}\.[0-9a-f]+\.png$", hero.get_attribute("src"))

    # The Editor publishes it from the article list.
    staff.goto("/admin/newsroom/article/")
    staff.get_by_role("row", name=TITLE).get_by_role("checkbox").check()
    staff.locator("select[name=action]").select_option("publish")
    staff.get_by_role("button", name="Go").click()
    expect(staff.locator(".messagelist")).to_contain_text("1 article published.")
    article.refresh_from_db()
    assert article.is_published

    response = visitor.goto(article.get_absolute_url())
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text(TITLE)
    expect(visitor.locator(".preview-banner")).to_have_count(0)
    for url in ["/", "/news/", partner.get_absolute_url()]:
        visitor.goto(url)
        expect(visitor.get_by_role("link", name=TITLE).first).to_be_visible()
    feed = feedparser.parse(visitor.request.get("/feeds/news.rss").body())
    assert TITLE in [entry.title for entry in feed.entries]


def test_writer_drafts_an_article_and_finds_no_way_to_publish_it(page, writer, make_article):
    make_article(title="An article that is already live")
    log_in(page, writer.username)
    page.goto("/admin/newsroom/article/add/")
    type_title(page, "#id_title", "Working group on port logistics meets")
    status = page.locator("#id_status")
    options = status.locator("option").all_inner_texts()
    assert "Published" not in options and options == ["Draft", "In review"]
    save(page)
    article = Article.objects.get(title="Working group on port logistics meets")
    assert article.status == ArticleStatus.DRAFT

    page.goto("/admin/newsroom/article/")
    actions = page.locator("select[name=action] option").all_inner_texts()
    assert actions and not any("publish" in action.lower() for action in actions), actions
    # A published article opens read-only: nothing to save, status not editable.
    page.get_by_role("link", name="An article that is already live").click()
    expect(page.locator("#id_status")).to_have_count(0)
    expect(page.locator("input[name=_save]")).to_have_count(0)
