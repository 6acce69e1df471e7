"""A staff member imports a press text through the admin's upload page: the
dry-run report first, nothing written; then the confirmed import, and the
article is on the site."""

from django.urls import reverse
from playwright.sync_api import expect

from newsroom.models import Article
from tests.browser.helpers import BROWSER_TEST, log_in

pytestmark = BROWSER_TEST

HEADLINE = "Sichuan University and the Centre Sign a Memorandum on Green Energy Research"
PRESS_TEXT = f"""{HEADLINE}


On March 21, 2024, the Belt and Road Research Center and Sichuan University signed a \
Memorandum of Understanding in Chengdu to establish a joint laboratory on green energy.
The two sides agreed to exchange researchers and to hold an annual seminar on \
low-carbon technology.
Professor Xue Wenchao, Director of the Belt and Road Research Center, said the laboratory \
would open in autumn.
"""


def test_staff_member_previews_then_imports_a_press_text(new_context, editor):
    page = new_context().new_page()
    log_in(page, editor.username)
    page.goto(reverse("admin:newsroom_article_changelist"))
    page.get_by_role("link", name="Import press texts").click()
    expect(page.locator("h1")).to_have_text("Import press texts")
    page.get_by_label("Files").set_input_files(
        [{"name": "mou-scu.txt", "mimeType": "text/plain", "buffer": PRESS_TEXT.encode()}]
    )
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Preview import").click()

    expect(page.get_by_role("heading", name="What the import found")).to_be_visible()
    report = page.locator("section", has=page.get_by_role("heading", name="mou-scu.txt"))
    expect(report).to_contain_text(HEADLINE)
    expect(report).to_contain_text("Sichuan University")
    expect(report).to_contain_text("2024-03-21")
    assert not Article.objects.exists(), "the preview wrote to the database"

    page.get_by_role("button", name="Import these texts").click()
    expect(page.locator(".messagelist")).to_contain_text("1 created")
    expect(page.get_by_role("link", name=HEADLINE)).to_be_visible()
    article = Article.objects.get()
    assert article.is_published and article.import_file == "upload:mou-scu.txt"

    visitor = new_context().new_page()
    visitor.goto("/news/")
    visitor.get_by_role("link", name=HEADLINE).click()
    expect(visitor.locator("h1")).to_have_text(HEADLINE)
    expect(visitor.locator("section[aria-labelledby=partners-heading]")).to_contain_text(
        "Sichuan University"
    )
