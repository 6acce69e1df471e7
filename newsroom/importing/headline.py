"""The headline: which line above the body is the title, and what is glued to it.

A page copied from the web puts site names, section labels ("Seminar &
Forum", "Domestic News NEWS & EVENTS"), sidebars of other headlines, bylines
and captions above the body. The headline is the first line there that reads
like one; the lines above it are chrome. A headline may come repeated, split
over lines (Chinese halves join without a space), with a section label glued
in front or a date glued behind; those pieces are cut off and kept as chrome.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsroom.importing.chrome import is_footer
from newsroom.importing.dates import strip_dateline
from newsroom.importing.furniture import is_photo_caption
from newsroom.importing.sentences import normalise_space, split_sentences

# Generic section names of news pages; a line made of them alone is a label.
CATEGORY_WORDS = frozenset((
    "news", "events", "event", "latest", "press", "release", "releases", "media", "centre",
    "center", "updates", "update", "announcements", "announcement", "notices", "notice",
    "activities", "activity", "highlights", "stories", "story", "features", "feature",
    "headlines", "focus", "newsroom", "articles", "article", "blog", "insights", "seminar",
    "seminars", "forum", "forums", "conference", "conferences", "workshop", "workshops",
    "meeting", "meetings", "visit", "visits", "lecture", "lectures", "exchange", "exchanges",
    "cooperation", "collaboration", "partnerships", "partnership", "international", "domestic",
    "national", "local", "regional", "global", "campus", "academic", "research", "achievements",
    "information", "bulletin", "reports", "report", "home", "homepage", "index", "top", "recent",
    "hot", "photos", "videos", "gallery", "multimedia", "speeches", "opinion", "commentary",
    "outreach", "alumni", "affairs", "external", "relations", "global", "engagement", "featured",
    "university", "institutional", "corporate", "general", "public",
    "world", "asia", "africa", "europe", "americas", "the", "and", "of", "&", "/", "|", "-", ",",
))  # fmt: skip
_FUNCTION_END = re.compile(
    r"(?:[:,&–—-]|\b(?:and|or|of|the|a|an|for|to|in|on|at|with|between|from|by|its|their|as|"
    r"into|towards?|about|over|under|via))$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:[▲△▼▽↑↓●■◆★☆►▶]|(?:photo(?:graph)?s?|pictures?|pictured|images?|figure|fig\.|caption|"
    r"credits?)\b|\(\s*(?:photo|image|picture|credit)s?\b|[\w-]+\.(?:jpe?g|png|gif|webp)$|"
    r"[a-z0-9]+(?:-[a-z0-9]+){2,}$)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^[-–•*]?\s*(?:by|written by|posted by)\s+[A-Z][^.!?]{0,60}$", re.I)
# "delegacion Brasil", "UNAM - delegacion-brasil": a link's slug (no accents, a
# lower-case start), maybe after the site's acronym; never a headline.
_SLUG = re.compile(r"^(?:[A-Z]{2,10}\s*[-–|/:]?\s*)?[a-z][a-z0-9]*(?:[\s_-]+[A-Za-z0-9]+){0,3}$")
_BULLET = re.compile(r"^[•·▪◦*]\s*")
_BANNER = re.compile(r"^welcome to\b", re.IGNORECASE)
_COLUMNS = re.compile(r"\S\s{4,}\S")
# "CÓRDOBA, 9 (EUROPA PRESS)", "BEIJING, March 3 (Xinhua) --": an agency's date line.
_AGENCY_DATELINE = re.compile(
    r"^[^\W\d_a-z][^\Wa-z]*(?:\s+[^\Wa-z]+)*,\s+[^()]{1,20}\([^()]+\)\W*$"
)
_NUMBERED = re.compile(r"^(?:\d{1,3}[.)]|[(\[]\d{1,3}[)\]])\s+(?=\S)")
_MEDIA_LABEL = re.compile(r"^(?:video|vidéo|photos?|audio|live|watch|breaking)\s*[.:|]\s+", re.I)
_GLUED_LABEL = re.compile(
    r"^(?P<label>[A-Z][\w-]*(?:\s*(?:&|and|/|,)\s*[A-Z][\w-]*)+)\s+(?=[A-Z\"“‘])"
)
_GLUED_DATE = re.compile(
    r"\s*(?:[|/–—-]\s*)?[(\[]?(?P<date>(?:19|20)\d\d[./-][01]?\d[./-][0-3]?\d|[0-3]?\d[./-]"
    r"[01]?\d[./-](?:19|20)\d\d)(?:\s+\d{1,2}:\d\d(?::\d\d)?)?[)\]]?\s*$"
)
# "Forum opens in Beijing | Example News": the site's name after a bar.
_SITE_SUFFIX = re.compile(r"\s+\|\s+(?P<site>[^|]{2,40})$")
# "About Us" over the site's boilerplate paragraph ("The Centre is a leading…").
_ABOUT_HEADING = re.compile(
    r"^(?:about(?: us| the \w+(?: \w+){0,2})?|who we are|our mission|mission statement)\s*[:：]?$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset((
    "with", "from", "that", "this", "their", "there", "about", "into", "over", "under",
    "between", "after", "before", "during", "which", "while", "where", "will", "were", "have",
    "been", "also", "more", "than", "they", "them",
))  # fmt: skip
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_CONJUNCTIONS = ("并", "及", "和", "暨", "与", "以及", "同时")
_CJK_UNIT_END = re.compile(r"(?:大学|学院|处|中心|研究院|研究所|委员会|办公室|新闻网|官网|网站)$")
# What a Chinese headline does; an office's name does none of it.
_CJK_VERB = re.compile(
    r"访问|举办|举行|召开|签署|签订|出席|参加|会见|会谈|开幕|闭幕|启动|成立|来访|到访|考察|率团|"
    r"调研|荣获|发布|访"
)
_CJK_END = re.compile(r"[。！？!?]$")
_CLAUSE_END = re.compile(r"[,;，；、]\s*$")
TITLE_MAX = 300
_DAY_WORD = re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week))\b")


@dataclass(frozen=True)
class Headline:
    title: str | None
    used: tuple[int, ...] = ()  # the line(s) the title was read from
    chrome: tuple[int, ...] = ()  # lines above it, and repeats of it
    pieces: tuple[str, ...] = ()  # labels and dates cut off the headline line
    dated: tuple[str, ...] = ()  # of those, the ones that date the page


_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(?=\S)|\s+#+\s*$")
_EMPHASIS = re.compile(r"^\s*(\*\*|__|\*|_)(?=\S)(?P<text>.+?)(?<=\S)\1\s*$")


def _plain(line: str) -> str:
    """A Markdown heading or a bold line without its marks: "# Title", "**Title**"."""
    line = _MARKDOWN_HEADING.sub("", line)
    match = _EMPHASIS.match(line)
    return match.group("text") if match else line


def is_cjk(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    # A Han character is a word: a third of the letters makes the line Chinese.
    return bool(letters) and sum(bool(_CJK.match(ch)) for ch in letters) / len(letters) > 0.3


def is_prose(line: str) -> bool:
    """A paragraph of the body, not a line above it."""
    stripped = line.strip()
    if is_cjk(stripped):
        return len(stripped) >= 60 or "。" in stripped[:-1] or stripped.endswith("。")
    words = stripped.split()
    if len(words) >= 60:
        return True
    if stripped[-1:] not in '.!?"”’)':
        # A line without a full stop is prose only when it runs long.
        return len(words) >= 30 and len(split_sentences(stripped)) >= 2
    if len(split_sentences(stripped)) >= 2 or _opens_with_date(stripped) or len(words) >= 25:
        return True
    if stripped.endswith(".") and _DAY_WORD.search(stripped) and VERB.search(stripped):
        return True  # "The Ministry today hosted a delegation …": the lead, with its day
    # One sentence: a headline capitalises its words, a lead sentence does not.
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) >= 12 and capitals * 2 < len(words)


def _opens_with_date(line: str) -> bool:
    """ "On 30 November 2018, a seminar was…" is a lead, never a headline."""
    return strip_dateline(line) != line


def is_category_label(line: str, crumbs: frozenset[str] = frozenset()) -> bool:
    """ "Seminar & Forum", "Domestic News NEWS & EVENTS", "CU News", a breadcrumb's item."""
    key = normalise_space(line).casefold()
    if key in crumbs:
        return True
    words = re.findall(r"[\w'’]+|[&/|,-]", line)
    generic = [w for w in words if w.casefold() in CATEGORY_WORDS]
    # The site's acronym before a section name ("SU International").
    acronyms = [
        w for w in words if w.isupper() and len(w) <= 5 and w.casefold() not in CATEGORY_WORDS
    ]
    return bool(generic) and len(generic) + len(acronyms) == len(words) and len(acronyms) <= 1


def _headline_shape(line: str, shape: Callable[[str], bool] | None = None) -> bool:
    stripped = line.strip()
    if shape is not None:  # a language's own test (one written without spaces)
        return shape(stripped)
    if len(stripped) > TITLE_MAX or _CLAUSE_END.search(stripped):
        return False
    if is_cjk(stripped):
        return 4 <= len(stripped) <= 80 and not _CJK_END.search(stripped)
    words = stripped.split()
    if not 2 <= len(words) <= 60 or all(len(w) == 1 for w in words):
        return False  # "A S U": letters of a logo
    first = next((ch for ch in stripped if ch.isalnum()), "")
    # "comments and feedback", "logo" are links; a long line lost its capital.
    return not first.islower() or len(words) >= 6


def _not_a_title(line: str, crumbs: frozenset[str]) -> bool:
    stripped = line.strip()
    return bool(
        is_category_label(stripped, crumbs)
        or is_footer(stripped)
        or _CAPTION.match(stripped)
        or _BYLINE.match(stripped)
        or _COLUMNS.search(stripped)
        or _AGENCY_DATELINE.match(stripped)
        or _BULLET.match(stripped)
        or _BANNER.match(stripped)
        or _SLUG.match(stripped)
        or is_photo_caption(stripped)
    )


def _short_label(line: str) -> bool:
    """ "Cooperación Internacional", "Addis Ababa" under the headline: a
    section, a place or a name, capitalised, without a verb or a full stop."""
    words = line.split()
    return (
        len(words) <= 3
        and not is_cjk(line)
        and all(w[:1].isupper() for w in words)
        and not any(ch.isdigit() for ch in line)
        and not re.search(r"[.!?:;,]$", line.strip())
        and not VERB.search(line.lower())
    )


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.casefold()) if w not in _SMALL_WORDS}


def _more_specific(
    lines: list[str], head: list[int], candidates: list[int], chosen: int, content: list[int]
) -> int:
    """ "Regional Workshop Addis- Ababa" over "University hosts a regional
    workshop on …": a short line without a verb is a category or a place when
    a longer headline under it shares more words with the lead. A deck under
    a real headline (one with a verb) never replaces it."""
    lead = next((lines[i] for i in content if i > head[-1]), "")
    lead_words = _content_words(lead)
    first = lines[head[chosen]].strip()
    if is_cjk(first):
        # "示例大学国际合作与交流处" over the headline: the site's office, not the news.
        later = [k for k in candidates if k > chosen and is_cjk(lines[head[k]])]
        return later[0] if later and _is_office(first) else chosen
    for k in candidates:
        first = lines[head[chosen]].strip()
        words = first.split()
        if len(words) > 5 or VERB.search(first.lower()):
            return chosen
        if k <= chosen:
            continue
        other = lines[head[k]].strip()
        if head[k] == head[chosen] + 1 and _continues(first, other):
            return chosen  # one headline over two lines
        if (
            len(other.split()) > len(words)
            and not other.endswith(".")
            and len(_content_words(other) & lead_words) > len(_content_words(first) & lead_words)
        ):
            chosen = k  # and the next may be more specific still
    return chosen


def _is_office(line: str) -> bool:
    """ "示例大学国际合作与交流处": a unit's name, doing nothing."""
    return bool(_CJK_UNIT_END.search(line)) and not _CJK_VERB.search(line)


def _continues(before: str, after: str) -> bool:
    """Is ``after`` the rest of a headline split after ``before``?"""
    if is_prose(after) or not after.strip() or _CAPTION.match(after.strip()):
        return False
    if is_cjk(before) and is_cjk(after):
        if len(before) + len(after) > 60 or _CJK_END.search(before):
            return False
        if after.startswith(_CJK_CONJUNCTIONS):
            return True  # "…研讨会" + "并签署合作协议"
        # A site's or office's name over the headline ("…大学国际合作与交流处"),
        # or a headline that starts as the line above does: two lines, not halves.
        starts_alike = len(before) >= 2 and after.startswith(before[:2])
        return not (after.startswith(("—", "-", "——")) or _is_office(before) or starts_alike)
    if not _headline_shape(before + " " + after):
        return False
    first = next((ch for ch in after if ch.isalpha()), "")
    return bool(_FUNCTION_END.search(before.rstrip())) or first.islower()


def _join(before: str, after: str, joiner: str = " ") -> str:
    if _CJK.match(before[-1:]) or _CJK.match(after[:1]):
        return before + after
    return f"{before}{joiner}{after}"


def _cut_repeat(title: str) -> tuple[str, str | None]:
    """ "AC21 Legacy Symposium … goals Legacy Symposium … goals": a copy of the
    headline (from its first or second word) glued after it."""
    words = title.split()
    for i in range(4, len(words) - 2):
        if words[i : i + 3] in (words[0:3], words[1:4]):
            return " ".join(words[:i]), " ".join(words[i:])
    return title, None


def _clean(title: str) -> tuple[str, list[str], list[str]]:
    """Cut a numbering, a media label, a section label, a glued copy and a
    trailing date off."""
    pieces: list[str] = []
    dated: list[str] = []
    title, copy = _cut_repeat(title)
    if copy:
        pieces.append(copy)
    for pattern in (_NUMBERED, _MEDIA_LABEL):
        match = pattern.match(title)
        if match and len(title[match.end() :].split()) >= 2:
            pieces.append(match.group(0).strip())
            title = title[match.end() :]
    match = _GLUED_LABEL.match(title)
    if match and is_category_label(match.group("label")) and len(title[match.end() :].split()) >= 3:
        pieces.append(match.group("label"))
        title = title[match.end() :]
    match = _GLUED_DATE.search(title)
    if match and len(title[: match.start()].split()) >= 2:
        pieces.append(match.group(0).strip(" |/–—-()[]"))
        dated.append(match.group("date"))
        title = title[: match.start()]
    match = _SITE_SUFFIX.search(title)
    if match and len(title[: match.start()].split()) >= 3 and match.group("site")[:1].isupper():
        pieces.append(match.group("site"))
        title = title[: match.start()]
    return title.strip(), pieces, dated


def find_headline(
    lines: list[str] | tuple[str, ...],
    crumbs: tuple[str, ...] = (),
    page_titles: tuple[str, ...] = (),
    shape: Callable[[str], bool] | None = None,
    joiner: str = " ",
    wrapped: bool = False,
) -> Headline:
    """The headline among the lines above the body (chrome already blanked).

    ``crumbs`` are the sections a breadcrumb names ("News and Events"), and
    ``page_titles`` its last items, often the page's own title. ``shape`` and
    ``joiner`` are a language's own headline test and the text that joins a
    headline split over two lines; ``wrapped`` says the text is hard-wrapped
    (e-mail, Markdown), where a paragraph runs over several lines.
    """
    written, lines = lines, [_plain(line) for line in lines]
    crumb_keys = frozenset(normalise_space(c).casefold() for c in crumbs if c)
    title_keys = [normalise_space(c).casefold() for c in page_titles if c]
    content = [i for i, line in enumerate(lines) if line.strip()]
    head: list[int] = []
    boilerplate: set[int] = set()
    for i in content[:20]:
        if head and _ABOUT_HEADING.match(lines[head[-1]].strip()):
            boilerplate.add(i)  # what the site says of itself, not the news
        elif is_prose(lines[i]) and not _CAPTION.match(lines[i].strip()):
            break
        head.append(i)
    if not head or len(head) == len(content):
        # Nothing but short lines: the first one is the headline if it can be.
        head = head[:1] if len(content) > 1 else []
    keys = [normalise_space(lines[i]).casefold() for i in head]

    # A run of short lines is a site menu ("Overview", "CU Symbols", "Programs"…).
    short = [len(lines[i].split()) <= 3 and not is_cjk(lines[i]) for i in head]
    menu = set()
    run: list[int] = []
    for k, is_short in enumerate([*short, False]):
        if is_short:
            run.append(k)
            continue
        if len(run) >= 5:
            menu.update(run)
        run = []
    body_cjk = is_cjk(" ".join(lines[i] for i in content if i not in head)[:400])

    def repeated_apart(k: int) -> bool:
        """A sidebar of other headlines comes twice, not side by side."""
        return any(keys[j] == keys[k] and abs(j - k) > 1 for j in range(len(keys)))

    def opens_headline(i: int) -> bool:
        """A line ending in ":" is a label ("Brief Introduction:"), unless the
        headline goes on on the next line."""
        text = lines[i].strip()
        return not text.endswith((":", "：")) or (
            i + 1 < len(lines) and _continues(text, lines[i + 1].strip())
        )

    def wrapped_prose(i: int) -> bool:
        """In hard-wrapped text, the first line of a paragraph that runs on."""
        block = [lines[i].strip()]
        for j in range(i + 1, min(len(lines), i + 4)):
            if not lines[j].strip():
                break
            block.append(lines[j].strip())
        return wrapped and len(block) > 1 and is_prose(" ".join(block))

    candidates = [
        k for k, i in enumerate(head)
        if _headline_shape(lines[i], shape) and not _not_a_title(lines[i], crumb_keys)
        and not repeated_apart(k) and opens_headline(i) and k not in menu
        and (is_cjk(lines[i]) == body_cjk or len(head) == len(content))
        and not wrapped_prose(i) and i not in boilerplate
    ]  # fmt: skip
    if not candidates:
        # No headline: menus, labels and captions above the lead are still chrome.
        labels = [
            i for k, i in enumerate(head)
            if _not_a_title(lines[i], crumb_keys) or k in menu or len(lines[i].split()) == 1
            or (lines[i].strip().endswith((":", "：")) and len(lines[i].split()) <= 4)
        ]  # fmt: skip
        return Headline(None, chrome=tuple(labels))
    chosen = candidates[0]
    for k in candidates:
        # "You are here: Home … Closer Cooperation with Nigeria": the page's title.
        if len(keys[k].split()) >= 2 and any(t.endswith(keys[k]) for t in title_keys):
            chosen = k
            break
    else:
        chosen = _more_specific(lines, head, candidates, chosen, content)
    index = head[chosen]
    used = [index]
    title = lines[index].strip()
    while used[-1] + 1 < len(lines) and _continues(title, lines[used[-1] + 1].strip()):
        used.append(used[-1] + 1)
        title = _join(title, lines[used[-1]].strip(), joiner)
    chrome = list(head[:chosen])
    # Between the headline and the lead: captions, bylines and labels are chrome too.
    chrome += [
        i for i in head[chosen + 1 :]
        if i > used[-1] and (_not_a_title(lines[i], crumb_keys) or len(lines[i].split()) == 1
                             or _short_label(lines[i]))
    ]  # fmt: skip
    after = [i for i in content if i > used[-1] and i not in chrome][:1]
    if after and normalise_space(lines[after[0]]).casefold() == normalise_space(title).casefold():
        chrome.append(after[0])  # the headline, repeated
    title, pieces, dated = _clean(normalise_space(title))
    marks = [written[i].replace(lines[i], " ").strip() for i in used if written[i] != lines[i]]
    pieces = [*(" ".join(m.split()) for m in marks), *pieces]
    return Headline(title, tuple(used), tuple(chrome), tuple(pieces), tuple(dated))


# A headline says what happened: a verb (English; other languages are not checked).
VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|held|holds?|hosts?|visits?|signs?|met|meets?|"
    r"attends?|organi[sz]es?|launch(?:es)?|welcomes?|took|takes?|discuss(?:es)?|concludes?|"
    r"opens?|receives?|joins?|led|leads?|gave|gives?|paid|pays?|agrees?|[a-z]{3,}ed)\b"
)
