"""Event names: a quoted or capitalised name with its event word ("the 6th
KIER-GIEC Renewable Energy Workshop", "« Forum des jeunes »"), never words
someone said, an alias ("hereinafter “the Forum”") or the venue glued to it
("the XII Energy Forum in Baku")."""

from __future__ import annotations

import itertools
import re

from newsroom.importing import places

_MAX_QUOTES = 40  # quotations read per sentence: a hostile text stays fast

QUOTED = re.compile(r"[\"“”«]([^\"“”«»]{8,300})[\"“”»]")


ALIAS_INTRO = re.compile(r"(?:hereinafter|referred to as|abbreviated as|short for|known as)\W*$",
                          re.I)  # fmt: skip


# An edition before an event's name: "the 4th", "la 1ère", "XX", "2022", "the
# third", "the annual".
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\w+teenth|\w+tieth|inaugural|annual)"
)
EDITION = re.compile(
    rf"(?:\b\d+\s*(?:st|nd|rd|th|e|er|re|ère|ème|º|ª|°)?|\b[IVXLC]+|\b(?:19|20)\d\d|"
    rf"(?i:\b{_ORDINAL}))\s+$"
)
# A name that opens on its edition: "7th Asian Energy Forum", "Third Summer School".
OPENS_ON_EDITION = re.compile(rf"(?:\d+\w{{0,3}}|[IVXLC]+|(?i:{_ORDINAL}))\s")


def is_speech(quoted: str) -> bool:
    """Words someone said, not a name: a sentence of its own, or mostly small
    words ("The meeting was very interesting to us, because…")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", quoted) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    if re.search(r"[.!?;]\s+\S|[，。；！？]", quoted):
        return True
    return len(words) > 4 and capitals * 2 < len(words)


# The words of an event's name: capitalised, joined by small words in the
# languages written in Latin letters ("Forum on …", "Conférence … de la …").
_CAP = r"[A-ZÀ-ÖØ-Þ0-9][\w'’-]*"


_JOIN = r"(?:on|of|for|in|de|des|du|del|sur|pour|para)"


_NAME_TAIL = re.compile(
    rf"(?:\s+(?:{_JOIN}\s+(?:the\s+|la\s+|las\s+|los\s+|el\s+|l['’])?|(?:and|et|y)\s+)?(?:{_CAP}|&))*"
)


_NAME_HEAD = re.compile(rf"(?:{_CAP}\s+(?:(?:and|of|for|on|in|&)\s+)?)*$")


_NAME_END = re.compile(rf"(?:\s+(?:{_JOIN}|and|et|y|the|la|el|l['’]|&))+$")


def quoted_spans(sentence: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans inside quotation marks: names, and the others (aliases
    introduced by "hereinafter referred to as", and speech)."""
    names, others = [], []
    for q in itertools.islice(QUOTED.finditer(sentence), _MAX_QUOTES):
        intro = ALIAS_INTRO.search(sentence[max(0, q.start() - 60) : q.start()])
        (others if intro or is_speech(q.group(1)) else names).append(q.span(1))
    return names, others


def title_name(
    sentence: str, match: re.Match[str], quotes: list[tuple[int, int]] | None = None
) -> tuple[str, int, int] | None:
    """A proper event name with its span: quoted, or a capitalised phrase with
    the event word ("the 6th KIER-GIEC Renewable Energy Workshop")."""
    names = quoted_spans(sentence)[0] if quotes is None else quotes
    for q_start, q_end in names:
        if ALIAS_INTRO.search(sentence[max(0, q_start - 61) : q_start - 1]) or is_speech(
            sentence[q_start:q_end]
        ):
            continue
        inside = q_start <= match.start() < q_end
        right_after = 0 <= q_start - 1 - match.end() <= 25
        if inside or right_after:
            title = sentence[q_start:q_end].strip(" ,.")
            if inside:
                return title, q_start, q_end
            word = match.group(0)
            return f"{word[:1].upper()}{word[1:]} on {title}", match.start(), q_end
    word = match.group(0)
    if not word[0].isupper() or word.lower().startswith(("sign", "mem", "mou", "moa", "co-sign")):
        return None
    tail = _NAME_TAIL.match(sentence, match.end(), match.end() + 300)
    head = _NAME_HEAD.search(sentence, max(0, match.start() - 200), match.start())
    start = head.start() if head else match.start()
    title = sentence[start : tail.end() if tail else match.end()]
    trimmed = _NAME_END.sub("", title.strip())
    title = re.sub(
        r"^(?:(?:On|In|At|The|A|An|During|From|Following|La|Le|Les|Une|Un|El|Los|Las)\s+|L['’])+",
        "",
        trimmed,
    )
    start += len(trimmed) - len(title)
    venue = _VENUE_TAIL.search(title)
    if venue and (places.city(venue.group(1)) or places.country_code(venue.group(1))):
        title = title[: venue.start()]  # "the XII Energy Forum in Baku": Baku is its venue
    if len(title.split()) < 2:
        return None
    return title, start, start + len(title)


_VENUE_TAIL = re.compile(r"\s+(?:in|à|en)\s+([A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?)$")
