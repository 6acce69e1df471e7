"""axe-core (from npm, injected by Playwright) on every public page type and the
admin's article form: no serious or critical violations.

The contexts bypass the site's Content-Security-Policy (``script-src 'self'``),
which would otherwise refuse the injected axe script.
"""

from django.urls import reverse

from tests.browser.helpers import BROWSER_TEST, axe_violations, describe_violations, log_in

pytestmark = BROWSER_TEST


def test_public_pages_have_no_serious_accessibility_violations(
    new_context, public_pages, axe_script
):
    page = new_context(bypass_csp=True).new_page()
    found = {}
    for name, url in public_pages.items():
        response = page.goto(url)
        assert response.status == (404 if name == "404" else 200), url
        if violations := axe_violations(page, axe_script):
            found[f"{name} {url}"] = violations
    assert not found, "axe-core found serious or critical violations:\n" + describe_violations(
        found
    )


def test_admin_article_forms_have_no_serious_accessibility_violations(
    new_context, editor, make_article, axe_script
):
    article = make_article(title="A published article to edit", tags=["green energy"])
    page = new_context(bypass_csp=True).new_page()
    log_in(page, editor.username)
    found = {}
    editor_ready = ".ProseMirror[contenteditable=true]"
    forms = {
        reverse("admin:newsroom_article_add"): editor_ready,
        reverse("admin:newsroom_article_change", args=[article.pk]): editor_ready,
        reverse("admin:newsroom_article_import"): "#content-main form",
    }
    for url, ready in forms.items():
        page.goto(url)
        page.locator(ready).first.wait_for()
        if violations := axe_violations(page, axe_script):
            found[url] = violations
    assert not found, "axe-core found serious or critical violations:\n" + describe_violations(
        found
    )
