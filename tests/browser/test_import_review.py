"""An editor reviews three uploaded press texts one page each, corrects what the
importer got wrong, imports them, and the public pages show exactly the
corrected facts; the same file uploaded again keeps the corrections; a
Writer's review makes drafts only; axe finds nothing serious on any step."""

from django.urls import reverse
from playwright.sync_api import Page, expect

from newsroom.models import Article, NotOrganisation, Partner
from tests.browser.helpers import (
    BROWSER_TEST,
    axe_violations,
    describe_violations,
    horizontal_overflow,
    log_in,
)
from tests.browser.test_content_security import RECORD_VIOLATIONS

pytestmark = BROWSER_TEST

FORUM = """Southeast University Hosts Forum on Energy Transition

NANJING, October 19, 2023 -- Southeast University hosted a forum on energy transition \
with the Asian Institute of Technology (AIT) and the Blue Horizon Network in Nanjing on \
October 19.

Dr. Li Wei, Dean of the School of Energy at Southeast University, opened the forum.
"""
VISIT = """On October 19 the Water Centre welcomed a delegation of the Blue Horizon Network \
to the Mekong Delta Week in Can Tho, where the Delta Futures Lab presented flood maps.

Ms. Tran Thi Mai, Director of the Water Centre, said the visit opened a new chapter.
"""
TRAINING = """Solar Training Held in Hanoi

HANOI, 12 June 2024 -- The Water Centre held a solar training for engineers of the \
Asian Institute of Technology (AIT) in Hanoi.
"""
VISIT_TITLE = "Blue Horizon Network Visits the Water Centre"


def _files(**texts):
    return [
        {"name": name, "mimeType": "text/plain", "buffer": text.encode()}
        for name, text in texts.items()
    ]


def _upload(page: Page, files, status="published"):
    page.goto(reverse("admin:newsroom_article_import"))
    page.get_by_label("Files").set_input_files(files)
    page.get_by_label("Status").select_option(status)
    page.get_by_role("button", name="Preview import").click()
    expect(page.get_by_role("heading", name="What the import found")).to_be_visible()


def _partner(page: Page, found: str):
    return page.locator("fieldset", has=page.locator("legend", has_text=found))


class Axe:
    def __init__(self, page: Page, script):
        self.page, self.script, self.found = page, script, {}

    def check(self, step: str):
        if violations := axe_violations(self.page, self.script):
            self.found[f"{step} {self.page.url}"] = violations

    def assert_clean(self):
        assert not self.found, "axe-core found serious or critical violations:\n" + (
            describe_violations(self.found)
        )


def test_editor_corrects_three_texts_and_the_site_shows_the_corrections(
    new_context, editor, writer, make_partner, axe_script
):
    blue = make_partner(name="Blue Horizon Network", acronym="BHN")
    make_partner(name="Asian Institute of Technology", acronym="AIT")
    page = new_context(bypass_csp=True).new_page()  # axe is injected
    axe = Axe(page, axe_script)
    log_in(page, editor.username)
    _upload(page, _files(**{"forum.txt": FORUM, "visit.txt": VISIT, "training.txt": TRAINING}))
    axe.check("preview")
    page.get_by_role("link", name="Review and correct forum.txt").click()

    # forum.txt: the text beside what was found; focusing a fact highlights its words.
    expect(page.get_by_role("heading", name="The text")).to_be_visible()
    expect(page.locator("text=File 1 of 3.")).to_be_visible()
    page.wait_for_load_state()  # the page's script listens from then on
    page.mouse.move(0, 0)  # pointing at a fact would highlight that one instead
    page.get_by_label("Title", exact=True).focus()
    expect(page.locator("mark#src-title")).to_have_class("is-current")
    axe.check("review forum.txt")
    page.set_viewport_size({"width": 820, "height": 1180})  # a tablet, upright
    assert horizontal_overflow(page) == 0, "the review page scrolls sideways on a tablet"
    page.set_viewport_size({"width": 1280, "height": 900})
    wrong = _partner(page, "Blue Horizon Network in Nanjing")
    expect(wrong).to_be_visible()
    search = wrong.locator("input[type=search]")
    search.fill("Blue Hor")  # the admin's autocomplete fills the suggestions
    expect(wrong.locator("datalist option[value='Blue Horizon Network (BHN)']")).to_have_count(1)
    search.fill("Blue Horizon Network (BHN)")
    expect(wrong.get_by_label("Another existing partner", exact=True)).to_be_checked()
    _partner(page, "School of Energy").get_by_label("Not an organisation").check()
    page.get_by_role("button", name="Import this text").click()

    # visit.txt: a headline inferred from the lead and a date without its year.
    expect(page.locator("text=File 1 of 2.")).to_be_visible()  # forum.txt is imported
    expect(page.locator("#content-main")).to_contain_text("Headline inferred from the lead.")
    expect(page.get_by_label("Precision", exact=True)).to_have_value("month-day")
    axe.check("review visit.txt")
    page.get_by_label("Title", exact=True).fill(VISIT_TITLE)
    page.get_by_label("Date", exact=True).fill("2023-10-19")
    page.get_by_label("Precision", exact=True).select_option("day")
    page.get_by_role("button", name="Import this text").click()

    # training.txt: as found.
    expect(page.get_by_label("Title", exact=True)).to_have_value("Solar Training Held in Hanoi")
    axe.check("review training.txt")
    page.get_by_role("button", name="Import this text").click()
    expect(page.locator(".messagelist")).to_contain_text("training.txt")
    axe.check("article list after the import")

    assert Article.objects.filter(status="published").count() == 3
    assert NotOrganisation.objects.filter(words="School of Energy").exists()
    junk = ["School of Energy", "Blue Horizon Network in Nanjing"]
    assert not Partner.objects.filter(name__in=junk).exists()

    # The public pages show exactly the corrected facts.
    visitor = new_context().new_page()
    visitor.goto("/news/")
    visitor.get_by_role(
        "link", name="Southeast University Hosts Forum on Energy Transition"
    ).click()
    partners = visitor.locator("section[aria-labelledby=partners-heading]")
    expect(partners).to_contain_text("Blue Horizon Network")
    expect(partners).not_to_contain_text("in Nanjing")
    expect(partners).not_to_contain_text("School of Energy")
    visitor.goto("/news/")
    visitor.get_by_role("link", name=VISIT_TITLE).click()
    expect(visitor.locator("h1")).to_have_text(VISIT_TITLE)
    expect(visitor.locator(".kicker")).to_contain_text("19 October 2023")
    visitor.goto(blue.get_absolute_url())
    expect(visitor.locator("main")).to_contain_text(VISIT_TITLE)

    # The same files again: the corrections are filled in, and importing changes nothing.
    _upload(page, _files(**{"forum.txt": FORUM, "visit.txt": VISIT}))
    page.get_by_role("link", name="Review and correct forum.txt").click()
    expect(page.locator("#content-main")).to_contain_text(
        "Your earlier corrections to this text are filled in."
    )
    wrong = _partner(page, "Blue Horizon Network in Nanjing")
    expect(wrong.locator("input[type=search]")).to_have_value("Blue Horizon Network (BHN)")
    expect(_partner(page, "School of Energy").get_by_label("Not an organisation")).to_be_checked()
    axe.check("review forum.txt again")
    page.get_by_role("button", name="Import this text").click()
    expect(page.get_by_label("Title", exact=True)).to_have_value(VISIT_TITLE)
    expect(page.get_by_label("Date", exact=True)).to_have_value("2023-10-19")
    page.get_by_role("button", name="Import this text").click()
    expect(page.locator(".messagelist")).to_contain_text("Nothing changed")
    assert Article.objects.count() == 3

    # A Writer's review makes a draft, whatever the upload asked for.
    writer_page = new_context(bypass_csp=True).new_page()
    log_in(writer_page, writer.username)
    report = TRAINING.replace("Solar Training", "Wind Training").replace("12 June", "14 June")
    _upload(writer_page, _files(**{"wind.txt": report}), status="published")
    writer_page.get_by_role("link", name="Review and correct wind.txt").click()
    expect(writer_page.get_by_label("Status")).to_have_value("draft")
    expect(writer_page.get_by_label("Status").locator("option")).to_have_count(1)
    writer_axe = Axe(writer_page, axe_script)
    writer_axe.check("writer's review")
    writer_page.get_by_role("button", name="Import this text").click()
    expect(writer_page.locator(".messagelist")).to_contain_text("wind.txt")
    assert Article.objects.get(title="Wind Training Held in Hanoi").status == "draft"
    visitor.goto("/news/")
    expect(visitor.get_by_role("link", name="Wind Training Held in Hanoi")).to_have_count(0)
    axe.found.update(writer_axe.found)
    axe.assert_clean()


def test_the_review_page_trips_no_csp_rule_and_its_script_runs(new_context, editor, make_partner):
    make_partner(name="Blue Horizon Network", acronym="BHN")
    context = new_context()  # the site's Content-Security-Policy applies
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    log_in(page, editor.username)
    _upload(page, _files(**{"forum.txt": FORUM}))
    page.get_by_role("link", name="Review and correct forum.txt").click()
    page.wait_for_load_state()  # the page's script listens from then on
    page.mouse.move(0, 0)
    page.get_by_label("Date", exact=True).focus()
    words = page.locator("[data-fact=date] .fact-link").get_attribute("data-mark")
    expect(page.locator(f"mark#{words}")).to_have_class("is-current")
    wrong = _partner(page, "Blue Horizon Network in Nanjing")
    wrong.locator("input[type=search]").fill("Blue Hor")
    expect(wrong.locator("datalist option[value='Blue Horizon Network (BHN)']")).to_have_count(1)
    assert page.evaluate("window.__cspViolations") == []
