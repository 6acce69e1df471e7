"""A headline inferred from the lead when a text has none.

The lead's first sentence without the date it opens with, names spelled
canonically, shortened at a clause that still says what happened; never a
fragment without a verb.
"""

from __future__ import annotations

import re

from newsroom.importing.headline import VERB, is_cjk
from newsroom.importing.sentences import split_sentences

INFERRED_MAX = 120  # characters of an inferred headline; a Chinese one says it in 40
INFERRED_MAX_CJK = 40
_CLAUSE = re.compile(
    r",|;|\s(?:organi[sz]ed by|hosted by|which|who|where|that|to|in order to|with|as|after|"
    r"during|through|for)\s"
)
_CJK_CLAUSE = re.compile(r"[，,；;：:]")  # not "、", which parts a list
_TIME_OF_DAY = re.compile(r"^\s*(?:上午|下午|晚上|晚间|早上|中午)")


def strip_opening_date(lead: str, find) -> str:
    """The lead without the date it opens with: "On 3 May 2024, the…", "BANGI,
    7 November 2014 – The…", "MOSCOW, October 31. /TASS/. The…", "9月30日,由…"."""
    mentions = find(lead[:160], None)
    if not mentions or mentions[0].start > 60:
        return lead
    first = mentions[0]
    before = lead[: first.start]
    if before.strip() and not re.fullmatch(
        r"\s*(?:on|from|during|in|between|dated?|\(|"
        r"(?:[^\W\d_][\w.'’ -]{1,40},\s*){1,3}(?:\w{1,2}\s+)?)\s*",
        before,
        re.IGNORECASE,
    ):
        return lead
    rest = lead[first.end :]
    rest = _TIME_OF_DAY.sub("", rest)
    rest = re.sub(r"^[\s,.:;–—-]*(?:(?:/[^/]{1,20}/|\([^()]{1,20}\))[\s,.:;–—-]*)?", "", rest)
    if len(rest) < 20:
        return lead
    return rest[:1].upper() + rest[1:]


def infer_headline(
    lead: str,
    find,
    replacements: tuple[tuple[str, str], ...] = (),
    fallback: str | None = None,
    check_verb: bool = False,
) -> str:
    """A headline from the lead when the text has none: its first sentence
    without the date, names spelled canonically, shortened at a clause that
    still says what happened; else ``fallback`` (the title of the event the
    lead reports)."""
    text = strip_opening_date(lead, find)
    sentences = split_sentences(text)
    title = sentences[0][1] if sentences else text
    for spelling, canonical in replacements:
        title = title.replace(spelling, canonical)
    title = title.rstrip(" .!?;:,。！？；：，")
    if is_cjk(title):
        if len(title) <= INFERRED_MAX_CJK:
            return title
        cuts = [
            m.start() for m in _CJK_CLAUSE.finditer(title) if 8 <= m.start() <= INFERRED_MAX_CJK
        ]
        if cuts:
            return title[: cuts[-1]]
        return (
            fallback if fallback and len(fallback) <= INFERRED_MAX_CJK else title[:INFERRED_MAX_CJK]
        )

    def says_what(text: str) -> bool:
        return not check_verb or bool(VERB.search(text))

    def outside_quotes(at: int) -> bool:
        before = title[:at]
        opened = sum(before.count(q) for q in "«“‘")
        return opened <= sum(before.count(q) for q in "»”’") and before.count('"') % 2 == 0

    if len(title) > INFERRED_MAX or not says_what(title):
        cuts = [
            m.start() for m in _CLAUSE.finditer(title)
            if 30 <= m.start() <= INFERRED_MAX and says_what(title[: m.start()])
            and outside_quotes(m.start())
        ]  # fmt: skip
        if cuts:
            title = title[: cuts[-1]]
        elif fallback and len(fallback) <= INFERRED_MAX:
            return fallback
        elif len(title) > INFERRED_MAX:
            title = title[: title.rfind(" ", 0, INFERRED_MAX)]
        title = title.rstrip(" ,;:-–—")
    return title[:1].upper() + title[1:]
