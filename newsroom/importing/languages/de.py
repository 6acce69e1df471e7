"""German: the language's own chrome, dates and event words, read by the shared pipeline."""

from __future__ import annotations

from newsroom.importing.languages.base import Language, words

# Frequent words that tell German from the other languages in Latin letters.
STOP_WORDS = words("""
        der die das und ist von mit für auf den dem des ein eine einer sich nicht auch wurde
        im zum zur
""")

LANGUAGE = Language(
    code="de",
    name="German",
    aliases=("de", "de-de", "de-at", "de-ch", "german", "deutsch"),
    stop_words=STOP_WORDS,
)
