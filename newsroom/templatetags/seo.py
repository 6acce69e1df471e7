"""Template tags for the SEO head: ``{% page_seo as seo %}``, ``{% seo_description %}``
and ``{{ data|json_ld }}``."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from newsroom import seo

register = template.Library()

# The characters that could end a <script> element or start an HTML comment
# or entity, written as JSON escapes, as django.utils.html.json_script does;
# U+2028/2029 too, for old JavaScript parsers.
_JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


@register.filter(is_safe=True)
def json_ld(data: Any) -> SafeString:
    """``data`` as a ``<script type="application/ld+json">`` block that no
    content (a headline with ``</script>`` in it, say) can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # escaped just above
    )


@register.simple_tag(takes_context=True)
def page_seo(context) -> seo.PageSeo:
    """Everything the head needs, from the page's context (see newsroom.seo)."""
    return seo.page_seo(context)


@register.simple_tag(takes_context=True)
def seo_description(context) -> str:
    """The page's meta description, for base.html's ``description`` block."""
    return seo.page_description(context)
