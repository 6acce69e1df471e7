"""Content-Security-Policy with the one exception the admin needs.

The rich-text editor's widget emits an import map, an inline
``<script type="importmap">`` whose content is fixed by the static files'
URLs. Rather than allowing inline scripts, the admin's policy allows exactly
that import map by its SHA-256 hash, computed once from the widget itself
(never from the response, which could carry injected markup).
"""

import base64
import hashlib
import re
from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings

IMPORTMAP = re.compile(r'<script type="importmap"[^>]*>(.*?)</script>', re.S)


@cache
def admin_script_hashes() -> tuple[str, ...]:
    from django_prose_editor.widgets import AdminProseEditorWidget

    from newsroom.sanitize import RICH_TEXT_EXTENSIONS

    widget = AdminProseEditorWidget()
    widget.config = {"extensions": RICH_TEXT_EXTENSIONS}
    widget.preset = "configurable"
    hashes = []
    for content in IMPORTMAP.findall(str(widget.media)):
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return tuple(hashes)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(f"/{settings.ADMIN_URL}") and admin_script_hashes():
            update = dict(getattr(response, "_csp_update", None) or {})
            update["script-src"] = [*update.get("script-src", []), *admin_script_hashes()]
            response._csp_update = update
        return super().process_response(request, response)
