"""What a language gives the pipeline: its chrome, date grammar and extractors.

A ``Language`` is plain data plus the functions that read that language. The
pipeline asks the registry (``languages.get``) for the text's language and
calls what it finds there; English keeps the generic modules (``chrome``,
``dates``, ``organisations``, ``people``, ``events``), which every other
language may reuse where its texts follow the same shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newsroom.importing.dates import ENGLISH as ENGLISH_DATES
from newsroom.importing.dates import DateWords
from newsroom.importing.events import ENGLISH as ENGLISH_EVENTS
from newsroom.importing.events import EventWords

OrgSpan = tuple[int, int, int]


@dataclass(frozen=True)
class Chrome:
    """Lines a copy of a web page brings along, in one language."""

    # A label that opens a metadata stamp ("发布时间:", "Publié le", "Fuente:").
    stamp: re.Pattern[str] | None = None
    # Labels whose value names the publisher ("来源:", "Source :").
    source: re.Pattern[str] | None = None
    # A line from which everything to the end is footer ("联系我们", "Mentions légales").
    footer_start: re.Pattern[str] | None = None
    # A short line that is only a link or widget ("Partager", "【打印】【关闭】").
    widget: re.Pattern[str] | None = None
    # Breadcrumb words ("Accueil", "首页") that make a line navigation.
    breadcrumb: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Language:
    """One language the importer reads: its data, and its own readers where the
    generic ones cannot work (Chinese has no spaces; French and Spanish names put
    their head first)."""

    code: str  # the site's code (settings.LANGUAGES): "zh-hans", "fr", "es"
    name: str
    aliases: tuple[str, ...] = ()
    stop_words: frozenset[str] = frozenset()
    chrome: Chrome = field(default_factory=Chrome)
    # Month names, range words and relative days for the shared date grammar.
    date_words: DateWords = ENGLISH_DATES
    # (paragraph, whole text) → (organisation mentions, acronym mentions);
    # None keeps the generic English finder.
    find_organisations: Callable | None = None
    # (paragraph, organisation spans) → people; None keeps the generic finder.
    find_people: Callable | None = None
    # The words that say what happened, for the shared event finder.
    event_words: EventWords = ENGLISH_EVENTS
    # A headline line, in the language's own shape; None keeps the generic test.
    is_headline: Callable[[str], bool] | None = None
    # What joins a headline split over two lines ("" for Chinese).
    title_joiner: str = " "
    # Name → partner kind (university, government…); None keeps the generic guess.
    guess_kind: Callable[[str], str] | None = None

    def __str__(self) -> str:
        return self.code


@dataclass
class BlankedChrome:
    """The lines left after a language's own chrome pass, and what it took."""

    kept: list[str]
    dropped: list[str] = field(default_factory=list)
    dated: list[str] = field(default_factory=list)  # stamps that may date the page
    source: str | None = None


def blank_chrome(lines: list[str], chrome: Chrome) -> BlankedChrome:
    """Blank the language's own chrome lines; the generic pass then sees the rest."""
    out = BlankedChrome(list(lines))
    kept, source = out.kept, None

    def drop(i: int, dates_page: bool = False) -> None:
        out.dropped.append(lines[i].strip())
        if dates_page:
            out.dated.append(lines[i].strip())
        kept[i] = ""

    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in filled:
        stripped = lines[i].strip()
        if len(stripped) > 160:
            continue
        if chrome.source and (m := chrome.source.search(stripped)) and not source:
            value = re.split(r"\s{2,}|\s+(?=\S+\s*[:：])", stripped[m.end() :].strip())[0]
            value = value.strip(" :：|")
            if value and not value.startswith(("http://", "https://")):
                source = value
        if chrome.stamp and chrome.stamp.match(stripped):
            drop(i, dates_page=True)
        elif (chrome.widget and chrome.widget.fullmatch(stripped)) or (
            chrome.breadcrumb and chrome.breadcrumb.match(stripped)
        ):
            drop(i)
    if chrome.footer_start:
        # The footer: from a footer line in the second half to the end, when
        # nothing after it is prose.
        half = filled[len(filled) // 2] if filled else 0
        for i in filled:
            if i < half or not kept[i].strip():
                continue
            if chrome.footer_start.match(kept[i].strip()):
                rest = [j for j in filled if j >= i and kept[j].strip()]
                if all(_is_short(kept[j]) for j in rest):
                    for j in rest:
                        drop(j)
                    break
    out.source = source
    return out


def _is_short(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 160 and not re.search(r"[。！？]|[.!?]\s+\S+.*[.!?]$", stripped)


def merge_chrome(result, own: BlankedChrome):
    """The generic ``ChromeResult`` with the language's own chrome lines added."""
    extra = {"dated": (*own.dated, *result.dated)} if hasattr(result, "dated") else {}
    return replace(
        result, chrome=(*own.dropped, *result.chrome), source=own.source or result.source, **extra
    )


def words(text: str) -> frozenset[str]:
    """A word list written as one string: one word per blank-separated item."""
    return frozenset(text.split())
