"""What a person does in the admin and on the site, as Playwright steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.conftest import png_bytes

# Browser tests run against live_server, which needs a real (flushed) database;
# serialized_rollback restores the data migration's Writer and Editor groups.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "pw-for-tests-1"  # the password of tests/conftest.py's staff users


def png_file(name: str, width: int = 240, height: int = 160, color=(40, 90, 160)) -> dict:
    """A real PNG for ``set_input_files``."""
    return {"name": name, "mimeType": "image/png", "buffer": png_bytes(width, height, color)}


def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    """Log in through the admin's login form, as a person does."""
    page.goto("/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Log out").wait_for()


def type_title(page: Page, selector: str, text: str) -> None:
    """Type a title key by key, so the admin's slug prepopulation follows it."""
    page.locator(selector).press_sequentially(text)
    slug = page.locator("#id_slug")
    if slug.count():
        page.wait_for_function("() => document.querySelector('#id_slug').value !== ''")


def choose_autocomplete(page: Page, select_id: str, term: str, option: str) -> None:
    """Pick ``option`` in an admin autocomplete (Select2) widget by typing ``term``."""
    page.locator(f"#{select_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(term)
    page.locator(".select2-results__option", has_text=option).first.click()
    page.locator(f"#{select_id} + .select2", has_text=option).wait_for()


def save(page: Page) -> None:
    """Press the change form's main Save button and expect no form errors."""
    page.locator("input[name=_save]").click()
    page.wait_for_load_state()
    errors = page.locator(".errornote, .errorlist")
    assert not errors.count(), "the admin refused the form: " + " | ".join(errors.all_inner_texts())


def axe_violations(page: Page, axe_script: Path, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core on the page; the violations of the given impacts."""
    # Two animation frames: work that scripts scheduled on load is done.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ["violations"]});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(" ")),
            }));
        }"""
    )
    return [v for v in violations if v["impact"] in impacts]


def describe_violations(found: dict[str, list[dict]]) -> str:
    lines = []
    for where, violations in found.items():
        for v in violations:
            targets = ", ".join(v["targets"][:5]) + (" …" if len(v["targets"]) > 5 else "")
            lines.append(f"{where}: [{v['impact']}] {v['id']}: {v['help']} — {targets}")
    return "\n".join(lines)


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 = no side scrolling)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
