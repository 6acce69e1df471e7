"""Arabic: the language's own chrome, dates and event words, read by the shared pipeline."""

from __future__ import annotations

from newsroom.importing.languages.base import Language

LANGUAGE = Language(
    code="ar",
    name="Arabic",
    aliases=("ar", "arabic"),
)
