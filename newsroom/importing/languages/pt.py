"""Portuguese: the language's own chrome, dates and event words, read by the shared pipeline."""

from __future__ import annotations

from newsroom.importing.languages.base import Language, words

# Frequent words that tell Portuguese from the other languages in Latin letters.
STOP_WORDS = words("""
        o os as um uma do da dos das no na nos nas em com não são também pelo pela ao à
        foi é seu sua mais entre
""")

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    aliases=("pt", "pt-br", "pt-pt", "portuguese", "português"),
    stop_words=STOP_WORDS,
)
