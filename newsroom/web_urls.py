"""Web addresses: the only links the site renders from stored data.

A URL field holds what an editor or an imported text gave; ``javascript:`` or
``data:`` in an ``href`` runs in the visitor's browser. Every entry point
(model fields, admin forms, front matter, the importer) accepts http(s) only,
and every page renders a stored URL through ``safe_web_url`` as well, so a
row written before the rule, or around it, never becomes a link.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.deconstruct import deconstructible

WEB_SCHEMES = ("http", "https")


@deconstructible
class WebURLValidator(URLValidator):
    schemes = list(WEB_SCHEMES)
    message = "Enter a web address that starts with http:// or https://."
    code = "not_web_address"  # a form field's "invalid" message would replace ours


validate_web_url = WebURLValidator()


def is_web_url(value: object) -> bool:
    """Whether ``value`` is an http(s) address ``validate_web_url`` accepts."""
    if not isinstance(value, str) or not value:
        return False
    try:
        validate_web_url(value)
    except ValidationError:
        return False
    return True


def safe_web_url(value: object) -> str:
    """``value`` when it is an http(s) address, else the empty string."""
    return value if is_web_url(value) else ""
