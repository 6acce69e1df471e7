"""The languages the importer reads, by code: ``get("fr")`` → its ``Language``.

Each language keeps its own chrome labels, date grammar, organisation heads,
role words and event words in its module; English is the generic pipeline
(``chrome``, ``dates``, ``organisations``, ``people``, ``events``) and has no
module of its own.
"""

from __future__ import annotations

import re
from collections import Counter

from newsroom.importing import chrome
from newsroom.importing.languages import ar, de, es, fr, id, it, ja, ko, pt, ru, th, vi, zh
from newsroom.importing.languages.base import Language, blank_chrome, merge_chrome, words

_ENGLISH_STOP_WORDS = frozenset(
    words(
    """
    the of and to in is was for on with as by at from that this were has have are be an its
    their which who will been also it
"""
)
)  # fmt: skip
ENGLISH = Language(
    code="en",
    name="English",
    aliases=("en", "en-us", "en-gb", "english"),
    stop_words=_ENGLISH_STOP_WORDS,
)

REGISTRY: dict[str, Language] = {
    lang.code: lang
    for lang in (
        ENGLISH,
        zh.LANGUAGE,
        fr.LANGUAGE,
        es.LANGUAGE,
        ru.LANGUAGE,
        ar.LANGUAGE,
        th.LANGUAGE,
        de.LANGUAGE,
        pt.LANGUAGE,
        it.LANGUAGE,
        ja.LANGUAGE,
        ko.LANGUAGE,
        vi.LANGUAGE,
        id.LANGUAGE,
    )
}
_BY_ALIAS = {alias: lang for lang in REGISTRY.values() for alias in (lang.code, *lang.aliases)}


def get(code: str | None) -> Language:
    """The language for a code ("zh", "zh-Hans", "fr-FR"); English when unknown."""
    key = (code or "").strip().casefold().replace("_", "-")
    return _BY_ALIAS.get(key) or _BY_ALIAS.get(key.split("-")[0]) or ENGLISH


def canonical_code(code: str | None) -> str | None:
    """The site's code for a language given in front matter ("zh" → "zh-hans")."""
    if not code:
        return code
    lang = get(code)
    return lang.code if lang is not ENGLISH or code.casefold().startswith("en") else code


_WORD = re.compile(r"[^\W\d_]+(?:['’](?=\w))?")
# Enough text to tell the language, bounded for long texts.
_SAMPLE = 40_000


def by_stop_words(text: str) -> str:
    """The Latin-script language whose small words the text uses most; English
    unless another one clearly leads."""
    counts = Counter(_WORD.findall(text[:_SAMPLE].casefold().replace("’", "'")))
    if not counts:
        return ENGLISH.code
    lists = {code: lang.stop_words for code, lang in REGISTRY.items() if lang.stop_words}
    scores = {code: sum(counts[w] for w in stop_words) for code, stop_words in lists.items()}
    best = max(scores, key=scores.get)
    english = scores[ENGLISH.code]
    if best != ENGLISH.code and scores[best] >= 5 and scores[best] > 1.5 * english:
        return best
    return ENGLISH.code


def strip_chrome(lines: list[str], language: Language) -> chrome.ChromeResult:
    """The generic chrome pass, after the language's own labels and footers."""
    if language.chrome == ENGLISH.chrome:
        return chrome.strip_chrome(lines, language.date_words)
    own = blank_chrome(lines, language.chrome)
    return merge_chrome(chrome.strip_chrome(own.kept, language.date_words), own)


__all__ = words(
    """
    ENGLISH REGISTRY Language by_stop_words canonical_code get strip_chrome
"""
)
