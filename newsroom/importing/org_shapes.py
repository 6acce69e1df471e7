"""What a run's words say about where an organisation's name ends and whether it is one.

A country in parentheses, a city the text drops later and a person glued after
the name are no part of it; a country's possessive is ("Georgia's Ministry of
Energy"); schemes, data systems, venues, groups of people and partnerships
between countries are named like bodies but are none.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsroom.importing import places
from newsroom.importing.lexicon import (
    LOCAL_VENUES,
    PEOPLE_GROUPS,
    SCHEME_WORDS,
    SECTOR_WORDS,
    SYSTEM_KINDS,
    VENUE_WORDS,
    is_head,
    is_weak_head,
)
from newsroom.importing.name_runs import INITIALS, plain_word
from newsroom.importing.tokens import Token, join_tokens


def without_country_note(toks: list[Token]) -> list[Token]:
    """ "University of Lagos (Nigeria)": a country in parentheses says where the
    organisation is; it is no part of its name (a city may be: "… (Beijing)")."""
    if len(toks) > 3 and toks[-1].text == ")":
        opening = max(k for k, t in enumerate(toks) if t.text == "(")
        inner = " ".join(t.text for t in toks[opening + 1 : -1])
        if inner and (places.country_code(inner) or places.is_region(inner)):
            return toks[:opening]
    return toks


def local_name(toks: list[Token], counts: Mapping[str, int]) -> list[Token]:
    """ "Western University in Kampong Cham": the place is part of the name only when
    the text keeps naming it so, not when it also names the organisation without it."""
    at = next((k for k, t in enumerate(toks) if t.lower == "in"), None)
    if at is None or at < 2 or not any(is_head(t.text) for t in toks[:at]):
        return toks
    short, whole = join_tokens(toks[:at]), join_tokens(toks)
    if counts.get(short, 0) > counts.get(whole, 0):
        return toks[:at]
    return toks


def with_country_possessive(
    tokens: list[Token], at: int | None, paragraph: str, part: list[Token]
) -> list[Token]:
    """ "Georgia's Ministry of Energy": a country's possessive before a name is part of it."""
    if not at or not tokens[at - 1].possessive or not any(is_head(t.text) for t in part):
        return part
    owner = tokens[at - 1]
    if not places.country_code(owner.text):
        return part
    k = at - 1
    while k > 0 and tokens[k - 1].is_word and tokens[k - 1].is_cap:
        if places.country_code(" ".join(t.text for t in tokens[k - 1 : at])):
            k -= 1  # "El Salvador's"
        else:
            break
    end = (
        owner.end
        + len(paragraph[owner.end : owner.end + 2])
        - len(paragraph[owner.end : owner.end + 2].lstrip("’'s"))
    )
    start = tokens[k].start
    return [Token(paragraph[start:end], start, end), *part]


def no_body(words: list[Token]) -> bool:
    """Named like an organisation, but a scheme, a data system, a venue, a group of
    people, a whole sector or a partnership between countries ("Training Programme",
    "… Information System", "… Conference Centre", "Focus Group", "Eastern Partnership")."""
    lows = [t.lower for t in words]
    cut = next((k for k, w in enumerate(lows) if w in {"of", "for", "in", "on"}), None)
    before_of = lows[:cut]
    last = before_of[-1] if before_of else lows[-1]
    if last in {"programme", "program", "programmes", "programs"}:
        return any(w in SCHEME_WORDS for w in before_of)
    if lows[-1] in {"system", "systems"}:
        return len(lows) > 1 and lows[-2] in SYSTEM_KINDS
    if last in {"centre", "center"} and len(before_of) > 1:
        # a "Cultural Center" alone is a hall; a country's "… Cultural Center" is a body
        alone = len(before_of) == 2 and before_of == lows
        return before_of[-2] in VENUE_WORDS and (alone or before_of[-2] not in LOCAL_VENUES)
    if last in {"group", "groups"} and len(before_of) == 2:
        return before_of[0] in PEOPLE_GROUPS
    if last in {"organisation", "organization", "organisations", "organizations"}:
        return all(w in SECTOR_WORDS or w in {"and", "&"} for w in before_of[:-1])
    # "Pacific Partnership"; the "Global Partnership for Education" is one
    if last != "partnership" or before_of != lows:
        return False
    # "India-Africa Development Partnership": between countries, not a body of its own
    sides = words[0].text.split("-")
    return len(before_of) <= 2 or len(sides) > 1 and all(places.is_place(p) for p in sides)


def without_person_after_place(toks: list[Token]) -> list[Token]:
    """ "Academy of Athens Christos Zerefos": two or three plain words after the place
    that closes a name's "of" complement are a person, not the name."""
    ofs = [k for k, t in enumerate(toks) if t.lower == "of"]
    if not ofs or not any(is_head(t.text) or is_weak_head(t.text) for t in toks[: ofs[-1]]):
        return toks
    for k in range(ofs[-1] + 1, len(toks) - 2):
        rest = toks[k + 1 :]
        if (
            places.is_place(toks[k].text)
            and len(rest) in {2, 3}
            and all(plain_word(t) or INITIALS.match(t.text) for t in rest)
        ):
            return toks[: k + 1]
    return toks
