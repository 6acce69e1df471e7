"""The Content-Security-Policy holds in a real browser: no page of the site or
the admin trips it (an inline script or style it refuses would be a feature
broken for real visitors, or an injection the policy caught)."""

from django.urls import reverse

from tests.browser.helpers import BROWSER_TEST, log_in

pytestmark = BROWSER_TEST

RECORD_VIOLATIONS = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
    "`${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`));"
)


def test_the_admin_forms_trip_no_csp_rule(new_context, editor, site):
    context = new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    log_in(page, editor.username)
    found = {}
    editor_ready = ".ProseMirror[contenteditable=true]"
    for url, ready in (
        (reverse("admin:newsroom_article_add"), editor_ready),
        (reverse("admin:newsroom_article_change", args=[site.forum_article.pk]), editor_ready),
        (reverse("admin:newsroom_partner_add"), "#partner_form"),
        (reverse("admin:newsroom_event_add"), "#event_form"),
    ):
        page.goto(url)
        page.locator(ready).first.wait_for()
        if violations := page.evaluate("window.__cspViolations"):
            found[url] = violations
    assert found == {}


def test_public_pages_trip_no_csp_rule(new_context, public_pages):
    context = new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    found = {}
    for name, url in public_pages.items():
        page.goto(url)
        if violations := page.evaluate("window.__cspViolations"):
            found[name] = violations
    assert found == {}
