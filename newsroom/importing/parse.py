"""Text → ``ParsedArticle``: headline, date, source, body, summary, entities.

Pure functions over strings; no database. ``parse_press_text`` never raises
on text (bad front matter is the one exception, reported as an
``ImportFileError`` naming the file and line).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from newsroom.importing import languages
from newsroom.importing.chrome import breadcrumb_items
from newsroom.importing.dates import month_first, parse_date_value, strip_dateline
from newsroom.importing.dating import (
    document_dates,
    generic_finder,
    main_date,
    opening_dateline,
    publication_date,
)
from newsroom.importing.entities import ParsedEvent, ParsedOrg, ParsedPerson, extract_entities
from newsroom.importing.frontmatter import FrontMatter, FrontMatterError, split_front_matter
from newsroom.importing.headline import Headline, find_headline
from newsroom.importing.inferred_headline import infer_headline
from newsroom.importing.read import ImportFileError
from newsroom.importing.sentences import clean_text, normalise_space, split_sentences
from newsroom.partial_dates import DatePrecision, PartialDate

LANGUAGE_SAMPLE = 20_000
SUMMARY_MAX = 320


@dataclass(frozen=True)
class ParsedArticle:
    file: str
    title: str
    title_inferred: bool
    when: PartialDate
    source: str | None
    source_url: str | None
    language: str
    summary: str
    paragraphs: tuple[str, ...]
    body_html: str
    chrome: tuple[str, ...]
    tags: tuple[str, ...]
    organisations: tuple[ParsedOrg, ...]
    people: tuple[ParsedPerson, ...]
    events: tuple[ParsedEvent, ...]
    warnings: tuple[str, ...] = field(default=())
    # When the page says it was released (a stamp, an agency date line), as
    # opposed to ``when``, the date of the news itself.
    published: PartialDate = field(default_factory=PartialDate)


_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(
    r"[\u4e00-\u9fff\u0e00-\u0e7f\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\uac00-\ud7af]"
)
_SCRIPTS = {
    "zh-hans": ("\u4e00", "\u9fff"),
    "th": ("\u0e00", "\u0e7f"),
    "ru": ("\u0400", "\u04ff"),
    "ar": ("\u0600", "\u06ff"),
    "ja": ("\u3040", "\u30ff"),  # kana: Han alone would read as Chinese
    "ko": ("\uac00", "\ud7af"),  # Hangul syllables
}


def detect_language(text: str) -> str:
    """The script tells Chinese, Japanese (its kana), Korean, Thai, Russian and
    Arabic; among texts in Latin letters, the language whose frequent small
    words the text uses most."""
    # The first pages tell the language as well as the whole text would.
    sample = text[:LANGUAGE_SAMPLE]
    others = _NON_LATIN.findall(sample)
    if others:
        letters = len(_LETTER.findall(sample))
        share = {
            code: sum(low <= ch <= high for ch in others) for code, (low, high) in _SCRIPTS.items()
        }
        # Japanese mixes Han with kana: a tenth of kana among them makes it Japanese.
        han_kana = share["zh-hans"] + share["ja"]
        if share["ja"] and share["ja"] >= 0.1 * han_kana and han_kana / letters > 0.2:
            return "ja"
        lang, count = max(share.items(), key=lambda kv: kv[1])
        # A Han character carries a word: a fifth of the letters makes a Chinese text.
        if count / letters > (0.2 if lang == "zh-hans" else 0.3):
            return lang
    return languages.by_stop_words(sample)


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text (e-mail, Markdown): lines of similar width inside blocks."""
    lengths = [len(x) for x in lines if x.strip()]
    if len(lengths) < 4 or max(lengths) > 110:
        return False
    return sum(45 <= n <= 110 for n in lengths) >= 0.6 * len(lengths)


def _paragraphs(lines: list[str]) -> list[str]:
    wrapped = _is_wrapped(lines)
    paragraphs, block = [], []
    for line in [*lines, ""]:
        if line.strip():
            block.append(normalise_space(line))
            continue
        if block:
            paragraphs.extend([" ".join(block)] if wrapped else block)
            block = []
    return paragraphs


def summarise(paragraphs: list[str]) -> str:
    if not paragraphs:
        return ""
    summary = ""
    for _, sentence in split_sentences(strip_dateline(paragraphs[0])):
        if summary and len(summary) + len(sentence) + 1 > SUMMARY_MAX:
            break
        summary = f"{summary} {sentence}".strip()
        if len(summary) >= 140:
            break
    if len(summary) > SUMMARY_MAX * 2:
        summary = summary[: summary.rfind(" ", 0, SUMMARY_MAX)].rstrip(" ,;") + "…"
    return summary


def body_html(paragraphs: list[str]) -> str:
    from newsroom.sanitize import sanitize_html

    return sanitize_html("".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs))


def _front_matter_date(fm: FrontMatter, words, warnings: list[str]) -> PartialDate | None:
    if not fm.date:
        return None
    given = parse_date_value(fm.date, words)
    if given is None:
        warnings.append(f"front matter date not understood: '{fm.date}'")
    return given


def _head(
    lines: list[str], crumbs: tuple[str, ...], page_titles: tuple[str, ...], language
) -> tuple[list[str], Headline]:
    """Blank the headline and the lines above it; return the lines and the headline."""
    head = find_headline(
        lines,
        crumbs,
        page_titles,
        shape=language.is_headline,
        joiner=language.title_joiner,
        wrapped=_is_wrapped(lines),
    )
    lines = list(lines)
    for i in (*head.used, *head.chrome):
        lines[i] = ""
    return lines, head


def parse_press_text(text: str, filename: str) -> ParsedArticle:
    # Invisible characters and stray line breaks go first, so that nothing
    # stored (title, body, chrome) keeps them.
    text = clean_text(text)
    try:
        fm, rest = split_front_matter(text)
    except FrontMatterError as exc:
        raise ImportFileError(filename, exc.problem, exc.line) from None
    warnings: list[str] = [f"front matter: unknown field '{name}'" for name in fm.unknown]
    language = languages.get(fm.language or detect_language(rest))

    chrome = languages.strip_chrome(rest.split("\n"), language)
    trails = [items for line in chrome.chrome if (items := breadcrumb_items(line))]
    lines, head = _head(
        list(chrome.lines),
        tuple(item for items in trails for item in items[:-1]),
        tuple(items[-1] for items in trails),
        language,
    )
    above = [chrome.lines[i].strip() for i in head.chrome]
    title, title_inferred = fm.title or head.title, False
    paragraphs = _paragraphs(lines)

    words = language.date_words
    find = generic_finder(words, month_first(rest))
    published = publication_date(
        [*head.dated, *chrome.dated], find, [fm.source_url, chrome.source_url]
    )
    opening = opening_dateline(paragraphs, find)
    published = published or (opening.when if opening and opening.publication else None)
    given = _front_matter_date(fm, words, warnings)
    # "Yesterday" is the day before the text's own date: the one its front
    # matter gives, else its date line, else its release stamp.
    anchor = (
        (given if given and given.precision == DatePrecision.DAY else None)
        or (opening.when if opening and opening.publication else None)
        or published
    )
    dates = document_dates(paragraphs, find, anchor, words)
    when = given or main_date(
        paragraphs, dates, published, words, find(title or "", anchor), opening
    )
    entities = extract_entities(
        paragraphs, dates, reference=when, language=language, headline=title
    )

    if not title:
        lead_event = entities.events[0].title if entities.events else None
        title = (
            infer_headline(
                paragraphs[0], find, entities.replacements, lead_event, language.code == "en"
            )
            if paragraphs
            else filename
        )
        title, title_inferred = title[:300], True
        warnings.append("headline inferred")

    if when.precision == DatePrecision.MONTH_DAY:
        warnings.append(f"year unknown: '{when.text}'")
    elif not when.is_known:
        warnings.append("no date found")
    for event in entities.events:
        if event.when.precision == DatePrecision.MONTH_DAY and event.when != when:
            warnings.append(f"event year unknown: '{event.when.text}'")

    # Partners given in front matter win over inference: their acronym and
    # role replace what the text suggested; unknown ones are added.
    organisations = list(entities.organisations)
    for name, acronym, role in fm.partners:
        found = next(
            (i for i, o in enumerate(organisations) if o.name.casefold() == name.casefold()), None
        )
        if found is None:
            organisations.append(ParsedOrg(name, acronym, (), role or "mentioned", "other"))
        else:
            given = organisations[found]
            organisations[found] = replace(
                given, acronym=acronym or given.acronym, role=role or given.role
            )

    return ParsedArticle(
        file=filename,
        title=title,
        title_inferred=title_inferred,
        when=when,
        source=fm.source or chrome.source,
        source_url=fm.source_url or chrome.source_url,
        language=languages.canonical_code(fm.language) or language.code,
        summary=summarise(paragraphs),
        paragraphs=tuple(paragraphs),
        body_html=body_html(paragraphs),
        chrome=(*chrome.chrome, *above, *head.pieces),
        tags=fm.tags,
        organisations=tuple(organisations),
        people=entities.people,
        events=entities.events,
        warnings=tuple(warnings),
        published=published or PartialDate(),
    )
