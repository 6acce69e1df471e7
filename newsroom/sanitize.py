"""The one HTML allow-list of the project.

The admin's rich-text editor, the importer and every model save go through
``sanitize_html``, so the HTML that reaches a page is always what this
allow-list permits: paragraphs, headings, lists, quotes, emphasis and links
to http(s)/mailto addresses.
"""

from django_prose_editor.fields import create_sanitizer

RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "HardBreak": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
}

_sanitizer = None


def sanitize_html(html: str) -> str:
    """Return ``html`` reduced to the rich-text allow-list (scripts, handlers,
    styles and unsafe URL schemes removed)."""
    global _sanitizer
    if _sanitizer is None:
        _sanitizer = create_sanitizer(RICH_TEXT_EXTENSIONS)
    return _sanitizer(html or "")
