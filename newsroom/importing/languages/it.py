"""Italian: the language's own chrome, dates and event words, read by the shared pipeline."""

from __future__ import annotations

from newsroom.importing.languages.base import Language, words

# Frequent words that tell Italian from the other languages in Latin letters.
STOP_WORDS = words("""
        il lo gli della delle degli dello nel nella per con che è sono anche dal dalla al alla
        una uno del
""")

LANGUAGE = Language(
    code="it",
    name="Italian",
    aliases=("it", "it-it", "italian", "italiano"),
    stop_words=STOP_WORDS,
)
