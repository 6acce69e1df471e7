"""Content-Security-Policy with the two exceptions the admin needs.

The rich-text editor's widget emits an import map, an inline
``<script type="importmap">`` whose content is fixed by the static files'
URLs, and its editor (tiptap) injects one ``<style>`` element of fixed base
CSS. Rather than allowing inline scripts or styles, the admin's policy allows
exactly those two by their SHA-256 hashes, computed once from the widget and
from the editor's own bundle (never from a response, which could carry
injected markup).
"""

import base64
import hashlib
import re
from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.staticfiles import finders

IMPORTMAP = re.compile(r'<script type="importmap"[^>]*>(.*?)</script>', re.S)
# The editor's base CSS: the one template literal of its bundle that starts
# with the ProseMirror root rule (the text tiptap's injectCSS writes).
EDITOR_BUNDLE = "django_prose_editor/editor.js"
EDITOR_CSS = re.compile(r"`(\.ProseMirror \{.*?)`", re.S)


def _sha256(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode()).digest()).decode() + "'"


@cache
def admin_script_hashes() -> tuple[str, ...]:
    from django_prose_editor.widgets import AdminProseEditorWidget

    from newsroom.sanitize import RICH_TEXT_EXTENSIONS

    widget = AdminProseEditorWidget()
    widget.config = {"extensions": RICH_TEXT_EXTENSIONS}
    widget.preset = "configurable"
    return tuple(_sha256(content) for content in IMPORTMAP.findall(str(widget.media)))


@cache
def admin_style_hashes() -> tuple[str, ...]:
    path = finders.find(EDITOR_BUNDLE)
    if not path:
        return ()
    with open(path, encoding="utf-8") as bundle:
        found = EDITOR_CSS.search(bundle.read())
    return (_sha256(found.group(1)),) if found else ()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(f"/{settings.ADMIN_URL}"):
            update = dict(getattr(response, "_csp_update", None) or {})
            update["script-src"] = [*update.get("script-src", []), *admin_script_hashes()]
            update["style-src"] = [*update.get("style-src", []), *admin_style_hashes()]
            response._csp_update = update
        return super().process_response(request, response)
