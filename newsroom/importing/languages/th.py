"""Thai: the language's own chrome, dates and event words, read by the shared pipeline."""

from __future__ import annotations

from newsroom.importing.languages.base import Language

LANGUAGE = Language(
    code="th",
    name="Thai",
    aliases=("th", "th-th", "thai"),
)
