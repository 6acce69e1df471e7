"""Runs of capitalised words that may be names, and where each one starts and ends.

A run goes on over small words ("of", "and the", "for"), a short form in
parentheses, "Co., Ltd", a possessive that belongs to a name ("People’s") and
"Unit, Parent" after a comma; it stops at a date, a place after "in", a person
after a name, and a job title after an organisation. ``strip_front`` cuts the
words before the name ("the", "Director of", "Secretary-General Name of").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsroom.importing import places
from newsroom.importing.lexicon import (
    CONNECTORS,
    FUNCTION_WORDS,
    MONTHS,
    NAME_POSSESSIVES,
    PERSON_TITLES,
    POSITION_HEADS,
    STOPWORDS,
    WEEKDAYS,
    head_depth,
    is_head,
    is_position_word,
    is_weak_head,
)
from newsroom.importing.resolve import demonym_country
from newsroom.importing.tokens import Token, join_tokens, tokenize


def is_place_at(tokens: list[Token], k: int) -> bool:
    for size in (3, 2, 1):
        words = tokens[k : k + size]
        if len(words) == size and all(t.is_word for t in words):
            phrase = " ".join(t.text for t in words)
            if places.country_code(phrase) or places.is_region(phrase):
                return True
    return False


def acronymish(tok: Token) -> bool:
    """ "IRENA", "NewREC", "TusPark", "KIIT-DU": a short form with two capitals or more."""
    text = tok.text.rstrip(".")
    return (
        tok.is_word
        and 2 <= len(text) <= 12
        and text[0].isupper()
        and sum(ch.isupper() for ch in text) >= 2
        and not any(ch.isspace() or ch == "." for ch in text)
        and text.casefold() not in MONTHS
    )


_INTRO = {"abbreviated", "hereinafter", "hereafter", "referred", "to", "as", "or", "short", "the"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def paren_acronyms(inner: list[Token]) -> list[str] | None:
    """ "(CRES)", "(Tsinghua SIGS)", "(RCEES, CAS)", "(abbreviated as NewREC)": the short
    forms defined, the first for the name and the others for its parents; None when
    the parentheses hold something else."""
    words = [t for t in inner if t.text not in _QUOTES]
    while words and words[0].lower in _INTRO:
        words = words[1:]
    if len(words) == 1 and words[0].is_word and words[0].is_cap and len(words[0].text) >= 3:
        # "(Unisma)": one word that is not a place ("(Beijing)") is a short form.
        word = words[0].text
        return None if places.is_place(word) or word.isdigit() else [word]
    if not words or not any(acronymish(t) for t in words):
        return None
    parts: list[list[Token]] = [[]]
    for tok in words:
        if tok.text == ",":
            parts.append([])
        elif tok.is_word and (tok.is_cap or tok.lower in {"and", "&"}) or tok.text == "&":
            parts[-1].append(tok)
        else:
            return None
    if any(not p or not any(acronymish(t) for t in p) or len(p) > 4 for p in parts):
        return None
    return [join_tokens(p) for p in parts]


def _paren_ok(inner: list[Token]) -> bool:
    if not inner:
        return False
    if all(t.is_word and t.is_cap for t in inner) and len(inner) <= 4:
        # "(Beijing)", "(IRENA)"; "Name (Charles University)" names a second body
        return not any(is_head(t.text) for t in inner)
    return paren_acronyms(inner) is not None


_POSSESSOR = re.compile(r"[’']s?$")
INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^(?:[A-Z][a-z]?\.)+[A-Z][a-z]?\.?$")


def date_word(tok: Token) -> bool:
    return tok.lower.rstrip(".") in MONTHS or tok.lower in WEEKDAYS or tok.text[0].isdigit()


def _complement_list(tokens: list[Token], j: int, chain: list[Token]) -> int:
    """After "Head of Word" at the comma ``tokens[j]``: the end of ", Word, and Word"
    (single words, no heads or places), or 0."""
    ofs = [k for k, t in enumerate(chain) if t.lower == "of"]
    if not ofs or not any(is_head(t.text) or is_weak_head(t.text) for t in chain[: ofs[0]]):
        return 0
    if any(is_head(t.text) or is_weak_head(t.text) for t in chain[ofs[-1] :]):
        return 0  # "… of Sichuan University, and Ma": a list after a whole name
    n, k, items = len(tokens), j, 0
    while k < n and tokens[k].text == ",":
        k += 1
        if k < n and tokens[k].lower in {"and", "&"}:
            if not items:
                return 0
            break
        word = tokens[k] if k < n else None
        if not plain_word(word) or k + 1 >= n or tokens[k + 1].text != ",":
            if plain_word(word) and k + 1 < n and tokens[k + 1].lower in {"and", "&"}:
                k += 1
                break
            return 0
        items += 1
        k += 1
    if not (k < n and tokens[k].lower in {"and", "&"}):
        return 0
    last = tokens[k + 1] if k + 1 < n else None
    if not plain_word(last):
        return 0
    return k + 2


def plain_word(tok: Token | None) -> bool:
    return (
        tok is not None
        and tok.is_word
        and tok.is_cap
        and not tok.is_acronym
        and not is_head(tok.text)
        and not is_weak_head(tok.text)
        and not is_position_word(tok.text)
        and not places.is_place(tok.text)
    )


# Heads whose "of" complement names a field, which may pair two nouns with "and".
_FIELD_HEADS = {"ministry", "department", "faculty", "school", "college", "office", "division"}


def _paired_field(chain: list[Token], tokens: list[Token], j: int) -> bool:
    """ "Ministry of University and Research": at the "and" ``tokens[j]``, one more
    field noun closes the ministry's complement; it is no second organisation."""
    ofs = [k for k, t in enumerate(chain) if t.lower == "of"]
    if not ofs or ofs[-1] == 0 or chain[ofs[-1] - 1].lower not in _FIELD_HEADS:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    return (
        len(chain) - ofs[-1] == 2  # one field noun before the "and"
        and nxt is not None
        and nxt.is_word
        and nxt.is_cap
        and not (nxt.is_acronym or is_head(nxt.text) or is_weak_head(nxt.text))
        and not places.is_place(nxt.text)
        and not (after is not None and after.is_word and after.is_cap)
    )


def _cap(tok: Token) -> bool:
    """Capitalised, or a word with capitals inside ("keNUP Africa Foundation")."""
    return tok.is_word and (tok.is_cap or sum(ch.isupper() for ch in tok.text) >= 2)


def _chain_at(tokens: list[Token], i: int) -> tuple[list[Token], int]:
    """The run of capitalised words from ``tokens[i]`` and the index after it."""
    n = len(tokens)
    chain, j = [tokens[i]], i + 1
    while j < n and (
        not chain[-1].possessive or _POSSESSOR.sub("", chain[-1].lower) in NAME_POSSESSIVES
    ):
        tok = tokens[j]
        if tok.is_word and tok.is_cap:
            if INITIALS.match(tok.text) or (
                j + 1 < n
                and INITIALS.match(tokens[j + 1].text)
                and chain[-1].lower not in CONNECTORS
                and not places.is_place(tok.text)
            ):
                break  # "… Academy of Sciences Shkolnik V.S": a person follows
            run = j
            while run < n and tokens[run].is_word and is_position_word(tokens[run].text):
                run += 1
            if (
                any(is_position_head(t) for t in tokens[j:run])
                and any(is_head(t.text) for t in chain)
                and not (run < n and tokens[run].lower in {"of", "for", "at"})
            ):
                break  # "University of Tianjin Deputy Secretary LEI Ming"
            chain.append(tok)
            j += 1
            continue
        if tok.text == "(":
            k = j + 1
            while k < n and tokens[k].text not in {")", "("} and k - j <= 10:
                k += 1
            if k < n and tokens[k].text == ")" and _paren_ok(tokens[j + 1 : k]):
                chain.extend(tokens[j : k + 1])
                j = k + 1
                if j < n and tokens[j].lower in {"and", "&", "or"}:
                    break  # "… Institute (CREEI) and University of …": a list
                continue
            break
        if (
            tok.lower == "named"
            and j + 2 < n
            and tokens[j + 1].lower == "after"
            and tokens[j + 2].is_cap
            and any(is_head(t.text) for t in chain)
        ):
            # "Almaty University of Energy and Communications named after Gumarbek Daukeyev"
            chain.extend(tokens[j : j + 2])
            j += 2
            continue
        if tok.text == "," and _complement_list(tokens, j, chain):
            # "Ministry of Higher Education, Science and Innovation": one name
            end = _complement_list(tokens, j, chain)
            chain.extend(tokens[j:end])
            j = end
            continue
        co_ltd = chain[-1].text in {"Co.", "Co"} and j + 1 < n
        if tok.text == "," and co_ltd and tokens[j + 1].lower.startswith("ltd"):
            chain.extend(tokens[j : j + 2])
            j += 2
            continue
        if (
            tok.lower in {"and", "&"}
            and is_head(chain[-1].text)
            and not _paired_field(chain, tokens, j)
        ):
            break  # "… Administration and IRENA": a list, not one name
        if (tok.is_word or tok.text == "&") and (tok.lower in CONNECTORS or tok.lower == "in"):
            k = j + 1
            if k < n and tokens[k].lower == "the" and tok.lower in {"of", "for", "and"}:
                k += 1
            if (
                k < n
                and tokens[k].is_word
                and tokens[k].is_cap
                and tokens[k].lower.rstrip(".") not in PERSON_TITLES
                and not date_word(tokens[k])
                and not (tok.lower == "in" and is_place_at(tokens, k))
            ):
                chain.extend(tokens[j:k])
                j = k
                continue
        break
    return chain, j


def _top_head_depth(toks: list[Token]) -> int | None:
    heads = [t for t in toks if t.is_word and (is_head(t.text) or is_weak_head(t.text))]
    depths = [head_depth(t.text) for t in heads]
    return max(depths) if depths else None


# Words before a unit's head that do not make it an institution of its own
# ("Research Center of …, Chinese Academy of Sciences", "Key Laboratory of …, …").
_UNIT_MODIFIERS = {
    "research", "key", "state", "national", "international", "joint", "graduate", "main",
    "central", "general", "technical", "engineering", "medical", "scientific", "regional",
    "provincial", "municipal", "the",
}  # fmt: skip


def own_institution(toks: list[Token]) -> bool:
    """ "Hebei Institute of Foreign Languages", "U.S. Department of State": a head with a
    place or a proper name of its own before it, so no sub-unit of a name after a comma
    ("School of Economics", "Research Center of …" are)."""
    words = [t for t in strip_front(toks) if t.is_word]
    at = next((k for k, t in enumerate(words) if is_head(t.text) or is_weak_head(t.text)), None)
    if not at:
        return False
    if is_place_at(words, 0) or places.is_place(words[0].text):
        return True
    depth = head_depth(words[at].text)
    return depth >= 2 and words[0].lower not in _UNIT_MODIFIERS and not words[0].is_acronym


def _national(toks: list[Token]) -> bool:
    words = [t for t in strip_front(toks) if t.is_word]
    return bool(words) and bool(
        places.country_code(words[0].text) or demonym_country(words[0].text)
    )


def _shared_short_forms(toks: list[Token]) -> bool:
    depth = 0
    for tok in toks:
        depth += (tok.text == "(") - (tok.text == ")")
        if depth and tok.text == ",":
            return True
    return False


def chains(tokens: list[Token]) -> list[tuple[list[Token], int]]:
    """Runs of capitalised words with the number of tokens of the unit part when the
    run is "Unit, Parent" ("Department of Health and Family Welfare, Government of
    Odisha"), else 0."""
    chains: list[tuple[list[Token], int]] = []
    n, i = len(tokens), 0
    while i < n:
        if not _cap(tokens[i]):
            i += 1
            continue
        chain, j = _chain_at(tokens, i)
        unit = 0
        if (
            j + 4 < n
            and tokens[j].text == ","
            and tokens[j + 2].text == "("
            and tokens[j + 4].text == ")"
            and tokens[j + 3].is_acronym
            and places.is_place(tokens[j + 1].text)
        ):
            # "Energy Conservation Center, Japan (ECCJ)": the place is part of the name
            # when the short form spells it.
            spelled = [w for w, _ in words_of([*chain, tokens[j + 1]])]
            if explain_acronym(tokens[j + 3].text, spelled) is not None:
                chain = [*chain, *tokens[j : j + 5]]
                j += 5
        # "Unit, Parent": a comma before a deeper organisation continues the name.
        if (
            j + 1 < n
            and tokens[j].text == ","
            and chain[-1].text != ")"
            and not is_position_word(chain[-1].text)
            and tokens[j + 1].is_word
            and tokens[j + 1].is_cap
            and tokens[j + 1].lower not in FUNCTION_WORDS
        ):
            depth = _top_head_depth(strip_front(chain))
            parent, after = _chain_at(tokens, j + 1)
            parent_depth = _top_head_depth(parent)
            if (
                depth is not None
                and parent_depth is not None
                and depth < parent_depth
                and any(is_head(t.text) for t in parent)
                and not is_position_word(parent[0].text)
                # "Hebei Institute of …, Shandong Agricultural University": a list
                and not (
                    own_institution(chain)
                    and own_institution(parent)
                    and not _shared_short_forms(parent)  # "…, Parent (UNIT, PARENT)"
                    # "Guangzhou Institute of …, Chinese Academy of Sciences": a nation's
                    # academy holds local institutes
                    and not (_national(parent) and not _national(chain))
                )
            ):
                unit = len(chain)
                chain = [*chain, tokens[j], *parent]
                j = after
        chains.append((chain, unit))
        i = max(j, i + 1)
    return chains


_BREAKERS = FUNCTION_WORDS - CONNECTORS - {"the", "in", "professor", "first", "second", "third"}


def is_position_head(tok: Token) -> bool:
    low = tok.lower.strip(",.")
    return low in POSITION_HEADS and not is_head(tok.text) and not is_weak_head(tok.text)


def _ordinal_name(toks: list[Token]) -> bool:
    """ "Second Affiliated Hospital of …", "First Institute of Oceanography"."""
    return (
        len(toks) > 2
        and toks[0].lower in {"first", "second", "third", "fourth", "fifth"}
        and toks[1].is_cap
        and any(is_head(t.text) for t in toks[1:4])
    )


def _role_word(tok: Token) -> bool:
    """A word of a post, or the post's plural ("Students of …", "Representatives of …")."""
    low = tok.lower.strip(",.")
    return is_position_word(low) or low.endswith("s") and low[:-1] in POSITION_HEADS


def strip_front(toks: list[Token]) -> list[Token]:
    # A title-cased line ("Memorandum Signed Between Green … Organization") holds
    # several phrases: a name starts after the last function word.
    depth, cuts = 0, []
    for i, t in enumerate(toks):
        depth += (t.text == "(") - (t.text == ")")
        named_after = t.lower == "after" and toks[i - 1].lower == "named"
        if i > 0 and depth == 0 and t.lower in _BREAKERS and not named_after:
            cuts.append(i)
    if cuts:
        toks = toks[cuts[-1] + 1 :]
    while toks and (toks[0].lower in FUNCTION_WORDS or toks[0].lower in CONNECTORS):
        if _ordinal_name(toks):
            break
        toks = toks[1:]
    if toks and _role_word(toks[0]) and not _ordinal_name(toks):
        k = 0
        while k < len(toks) and (_role_word(toks[k]) or toks[k].lower in {"and", "&"}):
            k += 1
        if k < len(toks) and toks[k].lower in {"of", "at", "for"}:
            k += 1
            if k < len(toks) and toks[k].lower == "the":
                k += 1
            toks = toks[k:]
        elif k == len(toks):
            return []
        elif any(is_position_head(t) for t in toks[:k]):
            # "Secretary-General Urban Rusnák of X": a role wrapped around a name.
            m = k
            while m < len(toks) and toks[m].is_word and toks[m].is_cap and m - k < 4:
                m += 1
            if m < len(toks) and m > k and toks[m].lower in {"of", "at"}:
                toks = toks[m + 1 :]
            else:
                toks = toks[k:]  # "President Addis Ababa University"
    else:
        # "Laboratory Engineer of Open FIESTA": a job title inside the run.
        for k in range(len(toks) - 2, 0, -1):
            if is_position_head(toks[k]) and toks[k + 1].lower in {"of", "at", "for"}:
                toks = toks[k + 2 :]
                break
    while toks and (toks[0].lower in FUNCTION_WORDS or toks[0].lower in CONNECTORS):
        if _ordinal_name(toks):
            break
        toks = toks[1:]
    while (
        len(toks) > 2
        and toks[1].lower in {"and", "&"}
        and not toks[0].is_acronym
        and (
            places.is_place(toks[0].text)
            or (is_head(toks[2].text) or is_weak_head(toks[2].text))
            and len(toks) > 3
            and toks[3].lower in {"of", "for"}
        )
    ):
        toks = toks[2:]  # "(…, Sonepat) and Indira Gandhi University", "Sports & Department …"
    # "Institute of Archaeology Director": a job title after the name.
    while toks and is_position_head(toks[-1]) and len(toks) > 1:
        toks = toks[:-1]
        while toks and is_position_word(toks[-1].text) and not is_head(toks[-1].text):
            toks = toks[:-1]
    return toks


def words_of(tokens: list[Token]) -> list[tuple[str, int]]:
    """Words for acronym matching, hyphenated words split: (piece, token index)."""
    pieces = []
    for i, tok in enumerate(tokens):
        if tok.is_word:
            pieces.extend((p, i) for p in tok.text.split("-") if p)
    return pieces


def explain_acronym(acronym: str, words: list[str]) -> int | None:
    """Index of the first word of the shortest… longest run of ``words`` (ending at
    the last) whose letters spell ``acronym`` ("IRENA" ← International
    Renewable ENergy Agency); None when no run does."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]

    def match(ai: int, wi: int) -> bool:
        if ai == len(letters):
            return all(w.lower() in STOPWORDS for w in words[wi:])
        if wi == len(words):
            return False
        word = words[wi]
        if word.lower() in STOPWORDS and match(ai, wi + 1):
            return True
        if word[:1].upper() != letters[ai]:
            return False
        # The word gives its first letter and maybe more letters, in order.
        ai2, pos = ai + 1, 1
        if match(ai2, wi + 1):
            return True
        while ai2 < len(letters):
            found = word.upper().find(letters[ai2], pos)
            if found < 0:
                return False
            ai2, pos = ai2 + 1, found + 1
            if match(ai2, wi + 1):
                return True
        return False

    for start in range(len(words)):
        if words[start].lower() not in STOPWORDS and match(0, start):
            return start
    return None


@lru_cache(maxsize=4096)
def read_paragraph(
    paragraph: str,
) -> tuple[tuple[Token, ...], tuple[tuple[tuple[Token, ...], int], ...]]:
    """Tokens and runs of one paragraph, read once for the names and the non-names."""
    tokens = _tokens(paragraph)
    return tuple(tokens), tuple((tuple(chain), unit) for chain, unit in chains(tokens))


def _tokens(paragraph: str) -> list[Token]:
    """Tokens, with the possessive kept on words that carry it inside a name
    ("People’s Government of …")."""
    tokens = tokenize(paragraph)
    for k, tok in enumerate(tokens):
        if tok.possessive and tok.lower in NAME_POSSESSIVES:
            suffix = re.match(r"[’']s?", paragraph[tok.end :])
            if suffix:
                end = tok.end + suffix.end()
                tokens[k] = Token(paragraph[tok.start : end], tok.start, end, possessive=True)
    return tokens


def has_acronym_part(toks: list[Token]) -> bool:
    return any(sum(ch.isupper() for ch in t.text) >= 2 for t in toks if t.is_word)
