"""Site chrome: the lines a copy-paste from a web page brings along.

Navigation and breadcrumbs ("Homepage / Favorites / 中文版", "Location: Home
>> News >> 正文"), publisher lines ("China Carbon Credit Platform", which
becomes the source), stamps ("Release Time:2021-07-28 Big Small",
"Publisher:…Release time:2018-11-07Number of Views:201"), date lines, contact
lines, leftover image markers and footers ("© GSEO All Rights Reserved
Disclaimer") are recognised by their shape, not by a list of sites; the
furniture a page sets anywhere in the text (widgets, captions, ads, a list of
other stories) is described in ``furniture``. The words
are English; a language adds its own labels through
``newsroom.importing.languages`` (its chrome runs first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsroom.importing import furniture
from newsroom.importing.dates import ENGLISH, DateWords, find_dates
from newsroom.partial_dates import DatePrecision

# "Home >> News", "Homepage / Favorites", "News » Events", "首页 > 学术会议".
_NAV_SEPARATORS = re.compile(r"\s*(?:>>|»|›|→|＞|>)\s*|\s+(?:/|\||·|•)\s+")
_STRONG_SEPARATOR = re.compile(r">>|»|›|→|＞|>")
# A label that says the rest of the line is where the page sits.
_LOCATION = re.compile(
    r"^\s*(?:you are here|current (?:location|position|page)|location|position|breadcrumbs?)"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
_NAV_ROOT = re.compile(r"^(?:home(?:page)?|index|main page|start)$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.IGNORECASE)
# Labels that open a metadata stamp, e.g. "Release Time2 months ago", "Source: Xinhua".
_STAMP_LABEL = (
    r"(?:release\s*(?:time|date)|publisher|publi(?:c|cation|sh(?:ed)?)(?:\s*(?:time|date|on|at|by))?|"
    r"submit(?:ted)?(?:\s*(?:time|on))?|posted(?:\s*(?:on|by|at))?|last\s*(?:updated?|modified)|modified|issued(?:\s*on)?|"
    r"update[d]?(?:\s*(?:time|on))?|date|time|source|origin|from|author|editor|reporter|"
    r"writer|(?:written|edited|text|reported|translated|prepared)\s+by|translation|publisher|(?:post\s+)?categor(?:y|ies)|contributor|number\s+of\s+(?:views|visits|clicks)|"
    r"page\s*views|visits|views?|hits|clicks|read(?:s|\s*count)?|share(?:\s*(?:to|this|on))?|"
    r"print|font\s*size|tags?|keywords?|photo(?:graph)?s?(?:\s*(?:by|credits?|courtesy))?|"
    r"image(?:\s*credit)?s?|"
    r"pictures?|credits?|caption|code)"
)
_STAMP = re.compile(rf"^[\[【(]?\s*{_STAMP_LABEL}\s*[\]】)]?\s*[:：]?", re.IGNORECASE)
_LABELS_ANYWHERE = re.compile(rf"(?<![A-Za-z]){_STAMP_LABEL}\s*[:：]", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^(?:source|origin|from)$", re.IGNORECASE)
_FOOTER_WORDS = re.compile(
    r"\b(?:disclaimer|privacy|terms of (?:use|service)|cookie|sitemap|site map|contact us|"
    r"about us|exception clause|introduction of (?:the )?website|back to (?:top|gallery|news|list|"
    r"home|overview|all news)|subscribe|"
    r"follow us|share this|print this|previous|next article|related (?:articles|news|posts)|"
    r"icp|powered by|skip to (?:content|navigation|main)|your comment|leave a (?:comment|reply)|"
    r"comments? and feedback|social (?:networks|media)|facebook|twitter|linkedin|instagram|"
    r"youtube|whatsapp|weibo|wechat|telegram|rate this (?:article|page|post)|click on stars|"
    r"log in to post comments|page top|top of (?:the )?page|(?:last|previous|prev|next)\s*[:：])\b|"
    r"^(?:link to )?\w+ version$|中文|english version|english",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^(?:(?:big|medium|small|zoom in|zoom out|print|close|share|email|a\+|a-|a|"
    r"font size)[\s|/]*)+$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+\d{1,3}[\s-]?)?(?:\(\d+\)[\s-]?)?\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}"
    r"|\b(?:tel|phone|fax|e-?mail|address|zip|post\s*code)\s*[:：(]",
    re.IGNORECASE,
)
_PUBLISHER_HEAD = re.compile(
    r"\b(?:platform|portal|news|network|agency|daily|times|post|herald|gazette|tribune|press|"
    r"online|cent(?:re|er)|university|universit[éy]|institute|academy|organi[sz]ation|"
    r"association|council|ministry|office|commission|foundation|society|today|magazine|journal|"
    r"radio|television|tv|media|channel|group|federation|alliance|school|college|committee|"
    r"department|bureau|directorate|secretariat|authority)s?\b",
    re.IGNORECASE,
)
_HEADLINE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|held|holds?|hosts?|visits?|signs?|met|meets?|"
    r"attends?|launch(?:es)?|welcomes?|opens?|joins?|leads?|marks?|celebrates?|[A-Za-z]{3,}ed)\b",
    re.IGNORECASE,
)
# "FOR IMMEDIATE RELEASE", "Embargoed until 10:00 GMT", "-30-", "- ENDS -": a press release's marks.
_RELEASE_MARK = re.compile(
    r"^(?:for immediate release|immediate release|embargoed(?: until\b.{0,40})?|media advisory)"
    r"\W*$|^[-–—#*]+\s*(?:ends?|30)\s*[-–—#*]+$|^ends$",
    re.IGNORECASE,
)
_PAGE_HEADER = re.compile(r"^page\s+\d+\b", re.IGNORECASE)
# "By Jane Doe", "by Erika Yamamoto | translation by …": who wrote it, not the news.
_BYLINE = re.compile(
    r"^(?i:by|written by|text by|photos? by|reported by|translated by)\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*(?:[|,/;].{0,80})?$"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?!\d)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？:;]\s*[\"”’)]*$")


@dataclass(frozen=True)
class ChromeResult:
    lines: tuple[str, ...]  # the text with chrome lines blanked (line numbers kept)
    chrome: tuple[str, ...]
    source: str | None
    source_url: str | None
    # Chrome lines that may date the page (stamps, date lines, links), in order;
    # never a copyright footer.
    dated: tuple[str, ...] = ()
    # The items of a breadcrumb line ("News and Events", "正文"): a lone line
    # equal to one of them is a category label, and the last is often the title.
    crumbs: tuple[str, ...] = ()


def _words(line: str) -> list[str]:
    return line.split()


def breadcrumb_items(line: str) -> list[str] | None:
    """The items of a navigation line, or None: "Home >> News >> Events"."""
    stripped = line.strip()
    located = _LOCATION.match(stripped)
    if located:
        stripped = stripped[located.end() :]
    if len(stripped) > 160:
        return None
    items = [item.strip() for item in _NAV_SEPARATORS.split(stripped)]
    if located and len(items) == 1:
        return items if items[0] else None
    if len(items) < 2 or not all(items):
        return None
    # The last item may be the page's own title: "Home / Media & Events / Articles / …".
    last_is_title = _NAV_ROOT.match(items[0]) is not None and len(items) >= 3
    crumbs = items[:-1] if last_is_title else items
    if not all(len(_words(item)) <= 4 and not _SENTENCE_END.search(item) for item in crumbs):
        return None
    # "/" and "|" also sit inside headlines ("Forum opens | Xinhua"): ask for
    # three items, a root ("Home") or a label before trusting them.
    strong = bool(_STRONG_SEPARATOR.search(stripped))
    if strong or located or len(items) >= 3 or _NAV_ROOT.match(items[0]):
        return items
    return None


def is_navigation(line: str) -> bool:
    return breadcrumb_items(line) is not None


def is_copyright(line: str) -> bool:
    return bool(_COPYRIGHT.search(line)) and len(line) <= 250


def is_garbage(line: str) -> bool:
    """No word at all (".*?", "***", "▲"), or a lone image number ("1", "2")."""
    stripped = line.strip()
    if not any(ch.isalnum() for ch in stripped):
        return True
    return stripped.isdigit() and len(stripped) <= 2


def stamp_value(line: str) -> tuple[str, str] | None:
    """("source", "Xinhua") for "Source: Xinhua"; ("stamp", …) for other stamps."""
    stripped = line.strip()
    match = _STAMP.match(stripped)
    if not match or len(stripped) > 160:
        return None
    label = re.sub(r"[\[\]【】():：]", "", match.group(0)).strip().lower()
    credit = label.startswith(("photo", "image", "picture", "credit", "caption"))
    long_sentence = ":" not in match.group(0) or len(_words(stripped)) > 12
    if stripped.endswith(".") and long_sentence and not credit:
        return None  # a sentence that opens with "Date", "From", "Source"
    rest = stripped[match.end() :].strip()
    # A label glued to a value ("Release Time2 months ago") or followed by ":".
    glued = match.end() < len(stripped) and not stripped[match.end() - 1].isspace()
    has_colon = ":" in match.group(0) or "：" in match.group(0)
    bracketed = stripped[0] in "[【("
    if not (
        has_colon
        or glued
        or bracketed
        or not rest
        or label.startswith(("release", "publi", "posted", "last"))
    ):
        return None
    if glued and not has_colon and rest[:1].islower():
        return None  # "Dates …", "Timely …": a word, not a label
    if len(stripped) > 80 and len(_LABELS_ANYWHERE.findall(stripped)) < 2 and not credit:
        return None
    if _SOURCE_LABEL.match(label) and not has_colon:
        return None
    value = _labelled_source(stripped)
    return ("source", value) if value else ("stamp", rest)


def _labelled_source(stamp: str) -> str | None:
    """ "Public Time:2024-09-10 Origin:CHINA QUALITY … CO.,LTD." → the origin,
    up to the next label."""
    for match in _LABELS_ANYWHERE.finditer(stamp):
        label = match.group(0).rstrip(" :：")
        if not _SOURCE_LABEL.match(label):
            continue
        rest = stamp[match.end() :]
        following = _LABELS_ANYWHERE.search(rest)
        value = (rest[: following.start()] if following else rest).strip(" |-")
        if value:
            return value
    return None


def is_date_line(line: str, words: DateWords = ENGLISH) -> bool:
    """A line that only dates the page: "2024-01-19 02:42", "January 30, 2025",
    "14 November 2018 | 10:00 Code : 6703 News Events", "[Last Update] 2009-12-28"."""
    stripped = line.strip()
    if len(stripped) > 100:
        return False
    mentions = [
        m
        for m in find_dates(stripped, words)
        if m.when.precision in {DatePrecision.DAY, DatePrecision.MONTH}
    ]
    if not mentions or mentions[0].start > 20 or re.search(r"[。！？]", stripped):
        return False  # a full stop of Chinese prose: a sentence, not a date line
    rest = stripped
    for m in reversed(mentions):
        rest = rest[: m.start] + " " + rest[m.end :]
    rest = _TIME.sub(" ", rest)
    left = re.findall(r"[^\W\d_]+", rest)
    if len(left) > 5:
        return False  # "On 3 March 2024 the Example Institute and the…": a sentence
    # "Forum opens on 12 March" is a headline: a lower-case word of some length
    # is prose; labels and section names are capitalised.
    return not any(w.islower() and len(w) >= 4 for w in left)


_NAMES_THEN = re.compile(r"^(?:[A-Z][^,;:.!?。，\d]{0,60}?,\s*){1,6}")


def _signed_with_date(line: str, words: DateWords) -> bool:
    """ "Press Office, April 20, 2018", "Town, Town, Town, 12 March 2024": a
    byline or a caption's places, then the day; no sentence."""
    names = _NAMES_THEN.match(line)
    if not names or len(line) > 160 or _SENTENCE_END.search(line):
        return False
    if _HEADLINE_VERB.search(line[: names.end()]):
        return False
    rest = line[names.end() :]
    mentions = find_dates(rest, words)
    return bool(mentions) and mentions[0].start == 0 and rest[mentions[-1].end :].strip() == ""


def is_contact(line: str) -> bool:
    """ "corporate@um.edu.my +603-7967 7022", "Tel: …": never prose, never a title."""
    stripped = line.strip()
    return (
        bool(_CONTACT.search(stripped))
        and len(_words(stripped)) <= 14
        and not (stripped.endswith(".") and len(_words(stripped)) > 6)
    )


_PREVIOUS_NEXT = re.compile(r"^(?:last|previous|prev)\s*[:：].{0,200}\bnext\s*[:：]", re.I)


def is_footer(line: str) -> bool:
    stripped = line.strip()
    if _PREVIOUS_NEXT.match(stripped):
        return True  # "Last: <a title> Next: <another title>"
    return (
        len(stripped) <= 100
        and len(_words(stripped)) <= 10
        and not re.search(r"[.!?。！？;]\s*[\"”’)]*$", stripped)  # "Share this page:" is one
        and bool(_FOOTER_WORDS.search(stripped))
    )


def looks_like_publisher(line: str) -> bool:
    """A short, title-cased name that is not a sentence: "China Carbon Credit Platform"."""
    words = _words(line)
    if not 1 <= len(words) <= 12 or len(line) > 90 or _SENTENCE_END.search(line):
        return False
    if any(ch.isdigit() for ch in line):
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < max(1, round(len(words) * 0.75)):
        return False
    # A name, not a title-cased headline ("Example Forum Opens"): a head word
    # of publishers and no verb.
    return bool(_PUBLISHER_HEAD.search(line)) and not _HEADLINE_VERB.search(line)


def _drop_site_name(kept: list[str], drop) -> None:
    """Under a "Skip to content" link, a site's or programme's name alone on a
    line ("Global Policy Review") stands before the headline."""
    content = [i for i, line in enumerate(kept) if line.strip()]
    if len(content) < 2:
        return
    name, following = (kept[i].strip() for i in content[:2])
    lead = next((kept[i] for i in content if len(kept[i].strip()) >= furniture.BODY_STARTED), "")
    words = _words(name)
    if (
        1 <= len(words) <= 4
        and all(w[:1].isupper() or w.lower() in {"of", "and", "for", "the", "&"} for w in words)
        and not any(ch.isdigit() for ch in name)
        and not _SENTENCE_END.search(name)
        and not _HEADLINE_VERB.search(name)
        and not _is_prose_line(following)
        and not _shares_words(name, lead)
    ):
        drop(content[0])


def _is_prose_line(line: str) -> bool:
    return len(line) >= furniture.BODY_STARTED


def _shares_words(name: str, lead: str) -> bool:
    """A headline's words come back in the lead under it; a site's name need not."""
    lead_words = set(re.findall(r"[^\W\d_]{4,}", lead.casefold()))
    return bool(set(re.findall(r"[^\W\d_]{4,}", name.casefold())) & lead_words)


def _is_url(line: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", line))


def strip_chrome(lines: list[str], words: DateWords = ENGLISH) -> ChromeResult:
    """Blank out chrome lines; return them, the source they name and the
    lines that may date the page (``words``: the text's month names)."""
    kept = list(lines)
    chrome: list[str] = []
    dated: list[str] = []
    crumbs: list[str] = []
    source: str | None = None
    source_url: str | None = None
    date_lines: list[str] = []

    def drop(i: int, dates_page: bool = False) -> None:
        chrome.append(lines[i].strip())
        if dates_page:
            dated.append(lines[i].strip())
        kept[i] = ""

    body_started = False  # a paragraph stood above: an image's next line is its caption
    caption_next = False
    skip_link: int | None = None  # "Skip to main content" at the top of the page
    content_seen = False  # a line above was kept
    for i, line in enumerate(lines):
        content_seen = content_seen or (i > 0 and bool(kept[i - 1].strip()))
        stripped = line.strip()
        if not stripped:
            continue
        wire = furniture.WIRE_MARK.match(stripped)
        if wire and not furniture.FURNITURE.match(stripped):
            # "(MENAFN- Source) The forum…": the mark is chrome, the rest is text.
            chrome.append(wire.group(0).strip())
            stripped = stripped[wire.end() :].strip()
            kept[i] = stripped
            if not stripped:
                continue
        credit = furniture.CREDIT_TAIL.search(stripped)
        if credit and credit.start() > 0:
            chrome.append(credit.group(0).strip())
            stripped = stripped[: credit.start()].rstrip()
            kept[i] = stripped
        if is_copyright(stripped):
            drop(i)
            continue
        if furniture.FURNITURE.match(stripped) or furniture.LANGUAGE_SWITCH.match(stripped):
            # An image's next line is its caption, once a headline or text stands above.
            above = body_started or content_seen
            caption_next = above and bool(furniture.IMAGE_FILE.search(stripped))
            if skip_link is None and not content_seen:
                skip_link = i
            drop(i)
            continue
        if (
            (furniture.DISCLAIMER.search(stripped) and len(stripped) <= 1000)
            or (caption_next and furniture.caption_length(stripped))
            or (body_started and furniture.is_photo_caption(stripped))
            or furniture.BIBLIOGRAPHIC.search(stripped)
            or (body_started and furniture.CREDIT_LINE.match(stripped))
        ):
            caption_next = False
            drop(i)
            continue
        caption_next = False
        body_started = body_started or len(stripped) >= furniture.BODY_STARTED
        if (
            is_garbage(stripped)
            or _WIDGET.match(stripped)
            or _PAGE_HEADER.match(stripped)
            or _RELEASE_MARK.match(stripped)
            or (_BYLINE.match(stripped) and not stripped.endswith("."))
        ):
            drop(i)
            continue
        items = breadcrumb_items(stripped)
        if items is not None:
            crumbs.extend(items)
            # "Submit Time:17-04-2017 | Channel | Zoom In": a stamp among links.
            drop(i, dates_page=bool(_STAMP.match(stripped)))
            continue
        stamp = stamp_value(stripped)
        if stamp:
            if stamp[0] == "source" and not source:
                if stamp[1].startswith(("http://", "https://")):
                    source_url = stamp[1]
                else:
                    source = stamp[1]
            drop(i, dates_page=True)
            continue
        if _is_url(stripped):
            source_url = source_url or stripped
            drop(i, dates_page=True)
            continue
        timed = furniture.READING_TIME.search(stripped)
        if timed and timed.start() > 0 and is_date_line(stripped[: timed.start()], words):
            drop(i, dates_page=True)  # "March 25, 2024 · 3 min read"
            continue
        if is_date_line(stripped, words):
            date_lines.append(i)
            drop(i, dates_page=True)
            continue
        if body_started and _signed_with_date(stripped, words):
            drop(i, dates_page=True)
            continue
        if is_contact(stripped) and not _SENTENCE_END.search(stripped):
            drop(i)

    if len(date_lines) > 2:
        # A list of other news (a sidebar): each headline over its date; none
        # of them is this page's, nor are their dates.
        listed = {lines[i].strip() for i in date_lines}
        dated = [line for line in dated if line not in listed]
        for i in date_lines:
            above = next((j for j in range(i - 1, -1, -1) if kept[j].strip()), None)
            if above is not None and above == i - 1 and len(kept[above]) <= 160:
                drop(above)

    furniture.drop_related_list(lines, kept, drop)
    if skip_link is not None:
        _drop_site_name(kept, drop)

    # Footers: short link-like lines after the last real paragraph.
    for i in range(len(kept) - 1, -1, -1):
        stripped = kept[i].strip()
        if not stripped:
            continue
        if is_footer(stripped) or is_contact(stripped) or furniture.is_legal_id(stripped):
            drop(i)
            continue
        break

    # A publisher line: a short name standing alone before the headline.
    content = [i for i, line in enumerate(kept) if line.strip()]
    if len(content) >= 3:
        first, second = content[:2]
        if (
            looks_like_publisher(kept[first].strip())
            and not _SENTENCE_END.search(kept[second].strip())
            and (
                len(kept[second].strip()) > len(kept[first].strip())
                or bool(_HEADLINE_VERB.search(kept[second].strip()))
            )
            and not looks_like_publisher(kept[second].strip())
        ):
            source = source or kept[first].strip()
            drop(first)

    return ChromeResult(tuple(kept), tuple(chrome), source, source_url, tuple(dated), tuple(crumbs))
