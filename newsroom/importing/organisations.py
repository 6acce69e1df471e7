"""Organisation mentions in a paragraph: names with their heads, and acronyms.

A name is a run of capitalised words joined by small words ("of", "and",
"for", "of the", "in" + a city) that contains a noun that heads organisations
("… Society", "Ministry of …"). Job titles in front ("Director of …") and
places behind ("… in Thailand") are cut off; "X (ACR)" defines an acronym;
"Sub-unit of the Parent" yields both.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsroom.importing import places
from newsroom.importing.lexicon import (
    CONNECTORS,
    FUNCTION_WORDS,
    GENERIC_ACRONYMS,
    GENERIC_NAME_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NAME_POSSESSIVES,
    NOT_ORG_HEADS,
    ORG_EVIDENCE_WORDS,
    PERSON_TITLES,
    POSITION_HEADS,
    STOPWORDS,
    WEEKDAYS,
    head_depth,
    is_head,
    is_plural_head,
    is_position_word,
    is_weak_head,
)
from newsroom.importing.tokens import Token, join_tokens, tokenize

# A verb (or auxiliary) after a bare acronym shows it acting: "CQC participated".
_AUXILIARIES = {
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
    "shall", "should", "may", "might", "also", "said", "says", "and", "to", "as", "in",
    "from", "at", "with",
}  # fmt: skip
# Words after an acronym that name where the organisation is ("ICRISAT Headquarters").
_PLACES_OF = {"headquarters", "campus", "premises", "secretariat"}
_ACTOR_PREPOSITIONS = {"of", "with", "from", "by", "and", "for", "between", "at", "to", "under"}


@dataclass(frozen=True)
class OrgMention:
    name: str
    start: int
    end: int
    acronym: str | None = None
    long_form: str | None = None  # "China-International Renewable Energy Agency … Group"
    parent: bool = False  # the "of the Parent" part of "Sub-unit of the Parent"
    generic: bool = False  # only generic words besides the head ("Special Working Group")
    weak: bool = False  # no head, acronym or role around it: kept only if named so elsewhere


@dataclass(frozen=True)
class AcronymMention:
    text: str
    start: int
    end: int
    acting: bool  # in a position where an organisation acts or is named
    parts: tuple[str, ...] = ()  # "GIEC-KIER": the acronyms it joins


def _is_place_at(tokens: list[Token], k: int) -> bool:
    for size in (3, 2, 1):
        words = tokens[k : k + size]
        if len(words) == size and all(t.is_word for t in words):
            phrase = " ".join(t.text for t in words)
            if places.country_code(phrase) or places.is_region(phrase):
                return True
    return False


def _acronymish(tok: Token) -> bool:
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


def _paren_acronyms(inner: list[Token]) -> list[str] | None:
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
    if not words or not any(_acronymish(t) for t in words):
        return None
    parts: list[list[Token]] = [[]]
    for tok in words:
        if tok.text == ",":
            parts.append([])
        elif tok.is_word and (tok.is_cap or tok.lower in {"and", "&"}) or tok.text == "&":
            parts[-1].append(tok)
        else:
            return None
    if any(not p or not any(_acronymish(t) for t in p) or len(p) > 4 for p in parts):
        return None
    return [join_tokens(p) for p in parts]


def _paren_ok(inner: list[Token]) -> bool:
    if not inner:
        return False
    if all(t.is_word and t.is_cap for t in inner) and len(inner) <= 4:
        return True  # "(Beijing)", "(IRENA)"
    return _paren_acronyms(inner) is not None


_POSSESSOR = re.compile(r"[’']s?$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^(?:[A-Z][a-z]?\.)+[A-Z][a-z]?\.?$")


def _date_word(tok: Token) -> bool:
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
        if not _plain_word(word) or k + 1 >= n or tokens[k + 1].text != ",":
            if _plain_word(word) and k + 1 < n and tokens[k + 1].lower in {"and", "&"}:
                k += 1
                break
            return 0
        items += 1
        k += 1
    if not (k < n and tokens[k].lower in {"and", "&"}):
        return 0
    last = tokens[k + 1] if k + 1 < n else None
    if not _plain_word(last):
        return 0
    return k + 2


def _plain_word(tok: Token | None) -> bool:
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
            if _INITIALS.match(tok.text) or (
                j + 1 < n
                and _INITIALS.match(tokens[j + 1].text)
                and chain[-1].lower not in CONNECTORS
                and not places.is_place(tok.text)
            ):
                break  # "… Academy of Sciences Shkolnik V.S": a person follows
            run = j
            while run < n and tokens[run].is_word and is_position_word(tokens[run].text):
                run += 1
            if (
                any(_is_position_head(t) for t in tokens[j:run])
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
        if tok.lower in {"and", "&"} and is_head(chain[-1].text):
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
                and not _date_word(tokens[k])
                and not (tok.lower == "in" and _is_place_at(tokens, k))
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


def _chains(tokens: list[Token]) -> list[tuple[list[Token], int]]:
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
            spelled = [w for w, _ in _words_of([*chain, tokens[j + 1]])]
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
            depth = _top_head_depth(_strip_front(chain))
            parent, after = _chain_at(tokens, j + 1)
            parent_depth = _top_head_depth(parent)
            if (
                depth is not None
                and parent_depth is not None
                and depth < parent_depth
                and any(is_head(t.text) for t in parent)
                and not is_position_word(parent[0].text)
            ):
                unit = len(chain)
                chain = [*chain, tokens[j], *parent]
                j = after
        chains.append((chain, unit))
        i = max(j, i + 1)
    return chains


_BREAKERS = FUNCTION_WORDS - CONNECTORS - {"the", "in", "professor", "first", "second", "third"}


def _is_position_head(tok: Token) -> bool:
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


def _strip_front(toks: list[Token]) -> list[Token]:
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
    if toks and is_position_word(toks[0].text) and not _ordinal_name(toks):
        k = 0
        while k < len(toks) and (is_position_word(toks[k].text) or toks[k].lower in {"and", "&"}):
            k += 1
        if k < len(toks) and toks[k].lower in {"of", "at", "for"}:
            k += 1
            if k < len(toks) and toks[k].lower == "the":
                k += 1
            toks = toks[k:]
        elif k == len(toks):
            return []
        elif any(_is_position_head(t) for t in toks[:k]):
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
            if _is_position_head(toks[k]) and toks[k + 1].lower in {"of", "at", "for"}:
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
    while toks and _is_position_head(toks[-1]) and len(toks) > 1:
        toks = toks[:-1]
        while toks and is_position_word(toks[-1].text) and not is_head(toks[-1].text):
            toks = toks[:-1]
    return toks


def _phrase_count(toks: list[Token], counts: Mapping[str, int]) -> int:
    return counts.get(join_tokens(toks), 0)


@lru_cache(maxsize=8)
def phrase_counts(text: str) -> Mapping[str, int]:
    """How often each run of words inside a capitalised run occurs in ``text``: read
    once per text, so parting names stays linear in the text's length."""
    counts: Counter[str] = Counter()
    for paragraph in text.split("\n"):
        for chain, _unit in _read(paragraph)[1]:
            for a in range(len(chain)):
                for b in range(a + 1, min(len(chain), a + 12) + 1):
                    counts[join_tokens(chain[a:b])] += 1
    return counts


def _early_head(toks: list[Token]) -> bool:
    """A head before any "of"/"for": "Ministry of B" and "B Center of C" head a name,
    "National Studies of Tsinghua University" does not."""
    for tok in toks:
        if tok.lower in {"of", "for", "on"}:
            return False
        if is_head(tok.text) or is_weak_head(tok.text) or is_plural_head(tok.text):
            return True
    return False


def _lone_acronym(tok: Token) -> bool:
    return tok.is_acronym and tok.text.upper() not in GENERIC_ACRONYMS and len(tok.text) >= 3


def _complete(toks: list[Token]) -> bool:
    """Whether a name may end here: "Asian Institute of Technology" may, "Asian Institute
    of Technology Beld" (before "and Road Research Center") may not."""
    ofs = [i for i, t in enumerate(toks) if t.lower in {"of", "for"}]
    if places.is_place(toks[-1].text) or toks[-1].text == ")":
        return True  # "Northwest University Xi’an China", "… (NWU)"
    if not ofs:
        last = toks[-1].text
        return is_head(last) or is_weak_head(last) or is_plural_head(last)
    complement = [t for t in toks[ofs[-1] + 1 :] if t.is_word and t.lower != "the"]
    return any(t.lower in CONNECTORS for t in complement) or len(complement) < 2


def _split_list(toks: list[Token], context: Mapping[str, int]) -> list[list[Token]]:
    """ "Ministry of Ecology and Environment and National Energy Administration" → two
    names: at an "and" with a head on both sides; where several "and"s could part the
    run, the split whose halves the text names elsewhere, else the last one."""
    depth, points = 0, []
    for i, tok in enumerate(toks):
        depth += tok.text == "("
        depth -= tok.text == ")"
        if depth == 0 and 0 < i < len(toks) - 1 and tok.lower in {"and", "&"}:
            points.append(i)
    best: tuple[int, list[Token], list[Token]] | None = None
    for i in points:
        left, right = toks[:i], toks[i + 1 :]
        with_the = bool(right) and right[0].lower == "the"
        if with_the:
            right = right[1:]
        if not right or not right[0].is_cap or _is_position_head(right[0]):
            continue
        lone = [part for part in (left, right) if len(part) == 1]
        if any(not _lone_acronym(part[0]) for part in lone):
            continue
        if not all(len(part) == 1 or _early_head(part) for part in (left, right)):
            continue
        score = _phrase_count(left, context) + _phrase_count(right, context)
        opens = (
            with_the or right[0].is_acronym or is_head(right[0].text) or is_weak_head(right[0].text)
        )
        if len(left) > 1 and not _complete(left) and score <= 2 and not opens:
            continue  # "Asian Institute of Technology Beld | and Road Research Center"
        if best is None or score >= best[0]:
            best = (score, left, right)
    if best is None:
        return [toks]
    return [*_split_list(best[1], context), *_split_list(best[2], context)]


def _has_acronym_part(toks: list[Token]) -> bool:
    return any(sum(ch.isupper() for ch in t.text) >= 2 for t in toks if t.is_word)


def _trim_to_head(toks: list[Token]) -> list[Token]:
    """Cut words after the last head unless they complete it ("Ministry of …")."""
    heads = [i for i, t in enumerate(toks) if is_head(t.text) or is_weak_head(t.text)]
    if not heads:
        return toks
    last = heads[-1]
    tail = toks[last + 1 :]
    if tail and (
        tail[0].lower in CONNECTORS
        or tail[0].lower == "in"
        or tail[0].text in {"(", ","}
        or any(_acronymish(t) for t in tail)  # "WWF International"
    ):
        return toks
    return toks[: last + 1]


def _valid(toks: list[Token], evidence: bool, after_role: bool = False) -> bool | None:
    """True for a name, False for none, None for a head-less run that is a name only
    if the text names it so elsewhere ("the International Energy Charter plays …")."""
    words = [t for t in toks if t.is_word]
    if len(words) < 2:
        return False
    heads = [t for t in words if is_head(t.text)]
    first_of = next((k for k, t in enumerate(words) if t.lower in {"of", "for"}), len(words))
    in_complement = bool(heads) and words.index(heads[0]) < first_of < len(words) - 1
    if (words[-1].lower in NOT_ORG_HEADS and not in_complement) or all(
        t.text.isupper() for t in words
    ):
        return False  # an initiative, an event; a line in capitals
    if heads:
        return not all(is_plural_head(t.text) for t in heads)  # "Chinese Universities"
    if any(t.lower in NOT_ORG_HEADS for t in words) or any(_date_word(t) for t in words):
        return False
    if any(is_weak_head(t.text) for t in words) and any(_acronymish(t) for t in words):
        return True  # "China-IRENA Cooperation Office", "AIT Office of International Affairs"
    if is_weak_head(toks[0].text) and len(toks) > 2 and toks[1].lower in {"of", "for"}:
        return True  # "Department of Chemical Engineering", "Faculty of Architecture"
    content = [t for t in words if t.lower not in CONNECTORS]
    if is_weak_head(words[-1].text) and len(content) >= 4 and not _is_place_at(words, 0):
        # "Projects Development and Innovation Unit"; a country's liaison office is a post's
        return True
    if any(t.lower.rstrip(".") in PERSON_TITLES for t in words):
        return False
    if after_role and len(words) <= 2 and any(_acronymish(t) for t in words):
        # "Special Envoy of WWF International", "Engineer of Open FIESTA"
        return not any(t.lower in {"and", "&"} for t in toks)
    if evidence:
        return True
    if any(is_position_word(t.text) or t.lower.rstrip(".") in PERSON_TITLES for t in words):
        return False
    return None


def _generic(toks: list[Token]) -> bool:
    words = [
        t.lower for t in toks if t.is_word and not is_head(t.text) and t.lower not in STOPWORDS
    ]
    return all(w in GENERIC_NAME_WORDS for w in words)


def _split_of(toks: list[Token]) -> list[tuple[list[Token], bool]]:
    """ "Sub-unit of the Parent" → [(whole, False), (parent, True)]; see module doc."""
    for k, tok in enumerate(toks):
        if tok.lower != "of" or k == 0:
            continue
        rest = toks[k + 1 :]
        has_the = bool(rest) and rest[0].lower == "the"
        rest = rest[1:] if has_the else rest
        if not any(is_head(t.text) for t in rest):
            continue
        before = toks[:k]
        if not has_the and (is_head(before[-1].text) or k == 1 and is_weak_head(before[0].text)):
            continue  # "Ministry of …", "Faculty of Social Administration"
        parent = _split_of(rest)
        if any(is_head(t.text) for t in before) or (
            any(is_weak_head(t.text) for t in before) and _has_acronym_part(before)
        ):
            return [(toks, False), *[(p, True) for p, _ in parent]]
        return parent
    return [(toks, False)]


def _words_of(tokens: list[Token]) -> list[tuple[str, int]]:
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


def _explained_start(acronym: str, before: list[Token]) -> tuple[list[Token], list[Token]]:
    """(prefix, defined): "China-International Renewable Energy Agency" defines IRENA
    from "International"; the prefix is what comes before."""
    pieces = _words_of(before)
    start = explain_acronym(acronym, [w for w, _ in pieces])
    if start is None or start == 0:
        return [], before
    first_piece, tok_index = pieces[start]
    prefix_part = before[:tok_index]
    if any(is_head(t.text) for t in prefix_part):
        return [], before
    tok = before[tok_index]
    cut = tok.text.find(first_piece)
    if cut > 0:  # "China-International" → prefix "China-"
        defined = [Token(tok.text[cut:], tok.start + cut, tok.end), *before[tok_index + 1 :]]
        return [*prefix_part, Token(tok.text[:cut], tok.start, tok.start + cut)], defined
    return prefix_part, before[tok_index:]


Named = tuple[list[Token], str | None, str | None, bool]  # tokens, acronym, long form, parent


def _with_acronym(toks: list[Token]) -> list[Named]:
    """Handle "Name (ACR) More Words": the defined name, and the name with ACR in it;
    "Unit (ACR) of the Parent (ACR2)": both; "A & B (ACR1 & ACR2)": two names."""
    for p, tok in enumerate(toks):
        if tok.text != "(":
            continue
        q = next((k for k in range(p + 1, len(toks)) if toks[k].text == ")"), None)
        if q is None:
            break
        acronyms = _paren_acronyms(toks[p + 1 : q])
        if not acronyms:
            continue  # "(Beijing)" stays in the name
        before, after = toks[:p], toks[q + 1 :]
        acronym = acronyms[0]
        results: list[Named] = []
        compound = re.split(r"\s+(?:&|and)\s+", acronym)
        joins = [i for i, t in enumerate(before) if t.text == "&" or t.lower == "and"]
        if len(compound) > 1 and len(joins) >= len(compound) - 1:
            # "Digital Belt and Road & International Research Center … (DBAR & CBAS)"
            amp = [i for i in joins if before[i].text == "&"] or joins
            cut = amp[-(len(compound) - 1) :]
            bounds = [-1, *cut, len(before)]
            for n, short in enumerate(compound):
                results.append((before[bounds[n] + 1 : bounds[n + 1]], short, None, False))
        else:
            results.append((before, acronym, None, False))
        comma = next((i for i, t in enumerate(before) if t.text == ","), None)
        if comma is not None and len(acronyms) > 1:
            # "Unit, Parent (ACR, PACR)": the parent's short form is the second one.
            results.append((before[comma + 1 :], acronyms[1], None, True))
        if after and after[0].lower in {"of", "at"}:
            rest = after[1:]
            if rest and rest[0].lower == "the":
                rest = rest[1:]
            results.extend((t, a, lf, True) for t, a, lf, _ in _with_acronym(rest))
        elif (
            any(is_head(t.text) or is_weak_head(t.text) for t in after)
            and any(t.is_word and t.is_cap for t in after)
            and len(results) == 1
        ):
            prefix, defined = _explained_start(acronym, before)
            results = [(defined, acronym, None, False)]
            glued = prefix[-1].text.endswith("-") if prefix else False
            # The new name spans the whole written phrase, so the defined one nests in it.
            acr_start = before[0].start if before else toks[p + 1].start
            acr_tok = Token(
                (prefix[-1].text if glued else "") + acronym, acr_start, toks[q - 1].end
            )
            head = [*prefix[:-1], acr_tok] if glued else [*prefix, acr_tok]
            long_form = join_tokens([*before, *after])
            results.append(([*head, *after], None, long_form, False))
        return results
    return [(toks, None, None, False)]


def _shared_head(tokens: list[Token], i: int) -> list[tuple[str, int, int]]:
    """ "the Universities of Leicester, Nairobi and Rwanda": one name per place, the head
    made singular ("University of Leicester" …), with each name's span."""
    if tokens[i + 1].lower != "of":
        return []
    word = tokens[i].text
    single = (
        word[:-3] + ("Y" if word.isupper() else "y") if word.lower().endswith("ies") else word[:-1]
    )
    items, k, n = [], i + 2, len(tokens)
    while k < n and tokens[k].is_word and tokens[k].is_cap:
        start = k
        while k < n and tokens[k].is_word and tokens[k].is_cap:
            k += 1
        items.append(
            (f"{single} of {join_tokens(tokens[start:k])}", tokens[start].start, tokens[k - 1].end)
        )
        if k + 1 < n and tokens[k].lower == "in" and _is_place_at(tokens, k + 1):
            k += 2  # "… of Strasbourg in France and Freiburg in Germany"
            while k < n and tokens[k].is_word and tokens[k].is_cap:
                k += 1
        if k < n and tokens[k].text == ",":
            k += 1
        if k < n and tokens[k].lower in {"and", "&"}:
            k += 1
    return items if len(items) >= 2 else []


def _long_forms_in_parentheses(paragraph: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "KOMIPO Company (Korea Midland Power Co., Ltd.)": the name in parentheses is the
    full one, the short form comes from the name before it."""
    out = list(mentions)
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = paragraph[a.end : b.start].strip()
        after = paragraph[b.end :].lstrip(". ")
        short = [w for w in a.name.split() if _acronymish(Token(w, 0, 0))]
        if (
            between == "("
            and after.startswith(")")
            and len(short) == 1
            and not b.weak
            and short[0] not in b.name
            and a in out
            and b in out
        ):
            out[out.index(b)] = OrgMention(
                b.name, b.start, b.end, acronym=short[0], long_form=a.name
            )
            out.remove(a)
    return out


def _without_person_tail(toks: list[Token]) -> list[Token]:
    """ "(Director of the) Russian Academy of Sciences Alexander Makarov": after a role,
    capitalised words running on past the name's "of" complement are the person."""
    ofs = [k for k, t in enumerate(toks) if t.lower == "of"]
    if not ofs:
        return toks
    complement = toks[ofs[-1] + 1 :]
    if len(complement) < 3 or not all(
        _plain_word(t) or _INITIALS.match(t.text) for t in complement
    ):
        return toks
    keep = 1 if len(complement) == 3 else 2
    return toks[: ofs[-1] + 1 + keep]


def _role_context(tokens: list[Token], at: int) -> tuple[bool, bool]:
    """(evidence, after_role) for the name starting at ``tokens[at]``: "delegation of X"
    and "Secretary-General [Name] of X" show an organisation; "Director of X" names
    a post, where X needs a head or an acronym to be one."""
    k = at - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k < 0 or tokens[k].lower not in {"of", "at", "from", "for"}:
        return False, False
    k -= 1
    seen_name = 0
    while k >= 0 and seen_name <= 8:
        word = tokens[k]
        if word.lower in ORG_EVIDENCE_WORDS:
            return True, False
        if is_position_word(word.text):
            return False, True
        # "Director of the Engelhardt Institute of Molecular Biology at the …"
        if not (word.is_word and (word.is_cap or word.lower in {"of", "the", "for", "and"})):
            break
        seen_name += 1
        k -= 1
    return False, False


def _mostly_upper(paragraph: str) -> bool:
    letters = [ch for ch in paragraph if ch.isalpha()]
    if not letters:
        return False
    upper = sum(ch.isupper() for ch in letters)
    return upper == len(letters) or len(letters) > 20 and upper > 0.6 * len(letters)


def _after_person(tokens: list[Token], i: int, depth: int = 0) -> bool:
    """ "Prof. Nitin Kumar Tripathi, VPAA, …", "Noor Azizi bin Ismail, FCMI, CMA": an
    acronym right after a name (or after another such) is a post or letters."""
    if i < 3 or tokens[i - 1].text != ",":
        return False
    a, b = tokens[i - 2], tokens[i - 3]
    if a.is_acronym and depth < 3 and _after_person(tokens, i - 2, depth + 1):
        return True
    if b.lower in NAME_PARTICLES and i >= 4:
        b = tokens[i - 4]
    return all(
        t.is_word and t.is_cap and not t.is_acronym and not is_head(t.text)
        and not is_position_word(t.text) and not places.is_place(t.text)
        for t in (a, b)
    ) or (a.is_word and a.is_cap and b.lower.rstrip(".") in PERSON_TITLES)  # fmt: skip


@lru_cache(maxsize=4096)
def _read(paragraph: str) -> tuple[tuple[Token, ...], tuple[tuple[tuple[Token, ...], int], ...]]:
    """Tokens and runs of one paragraph, read once for the names and the non-names."""
    tokens = _tokens(paragraph)
    return tuple(tokens), tuple((tuple(chain), unit) for chain, unit in _chains(tokens))


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


def not_organisation_acronyms(paragraph: str) -> set[str]:
    """Short forms of initiatives, agreements and events ("Belt and Road Initiative
    (BRI)"): a bare "BRI" later is not a partner."""
    found: set[str] = set()
    for chain, _unit in _read(paragraph)[1]:
        words = [t for t in chain if t.is_word]
        cut = next((k for k, t in enumerate(words) if t.lower in NOT_ORG_HEADS), None)
        if cut is None or any(is_head(t.text) for t in words[:cut]):
            continue
        found |= _initials(words[: cut + 1])
        for p, tok in enumerate(chain):
            close = next((k for k in range(p, len(chain)) if chain[k].text == ")"), None)
            if tok.text == "(" and close is not None:
                found.update(_paren_acronyms(chain[p + 1 : close]) or ())
    return {a.upper() for a in found}


def _initials(words: list[Token]) -> set[str]:
    letters = [t.text[0].upper() for t in words if t.lower not in STOPWORDS and t.text[0].isalpha()]
    return {"".join(letters[i:]) for i in range(len(letters)) if len(letters) - i >= 2}


def find_organisations(
    paragraph: str, context: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    """Names and bare acronyms in ``paragraph``; ``context`` (the whole text) helps
    to part a run of several names."""
    counts = phrase_counts(paragraph if context is None else context)
    tokens = list(_read(paragraph)[0])
    position = {t.start: k for k, t in enumerate(tokens)}
    mentions: list[OrgMention] = []

    def add(part: list[Token], acronym, long_form, is_parent, evidence, after_role) -> None:
        part = _trim_to_head(_strip_front(part))
        valid = _valid(part, evidence or bool(acronym) and not after_role, after_role)
        if valid is False or (valid is None and after_role):
            return
        name = join_tokens(part)
        if places.is_place(name):
            return
        mentions.append(
            OrgMention(
                name=name,
                start=part[0].start,
                end=part[-1].end,
                acronym=acronym,
                long_form=long_form,
                parent=is_parent,
                generic=_generic(part),
                weak=valid is None,
            )
        )

    for i, tok in enumerate(tokens):
        if is_plural_head(tok.text) and tok.is_cap and i + 1 < len(tokens):
            for item in _shared_head(tokens, i):
                mentions.append(OrgMention(name=item[0], start=item[1], end=item[2], generic=False))
    for chain_tuple, unit in _read(paragraph)[1]:
        chain = list(chain_tuple)
        at = position.get(chain[0].start, 0)
        opening = next(
            (k for k in range(at - 1, max(at - 12, 0) - 1, -1) if tokens[k].text in "()"), None
        )
        if (
            opening is not None
            and opening >= 1
            and tokens[opening].text == "("
            and _is_position_head(tokens[opening - 1])
        ):
            # "Assistant Director (Development and Partnership)", "Joint Secretary (Crops,
            # Oil Seeds & Administration)": the field of a post
            continue
        front = _strip_front(chain)
        if not front or is_plural_head(front[0].text):
            continue
        evidence, after_role = _role_context(tokens, position.get(front[0].start, 0))
        if after_role or evidence:
            front = _without_person_tail(front)
        if unit and chain[unit] in front:
            # "Unit, Parent (ACR, PACR)": the whole name, and the parent on its own.
            comma = front.index(chain[unit])
            units = _split_list(front[:comma], counts)
            for alone in units[:-1]:  # "Department of A & Department of B, Parent"
                add(alone, None, None, False, evidence, False)
            front = [*units[-1], *front[comma:]]
            comma = front.index(chain[unit])
            named = _with_acronym(front)
            parent = next((n for n in named if n[3]), None)
            wholes = [n for n in named if not n[3]]
            moved = None
            if parent is None and len(wholes) == 1 and wholes[0][1]:
                # "Faculty of Law, Sultan Agung Islamic University (Unissula)": a short form
                # that does not spell the unit is the parent's.
                unit_words = [w for w, _ in _words_of(front[:comma])]
                if explain_acronym(wholes[0][1], unit_words) is None:
                    moved, wholes = wholes[0][1], [(wholes[0][0], None, None, False)]
            for whole in wholes:
                add(whole[0], whole[1], None, False, evidence, False)
            if parent is None:
                parent = (_with_acronym(front[comma + 1 :])[0][0], moved, None, True)
            for sub, _ in _split_of(parent[0]):
                add(sub, parent[1], None, True, True, False)
            continue
        for part in _split_list(front, counts):
            if after_role or evidence:
                part = _without_person_tail(part)
            for toks, acronym, long_form, is_parent in _with_acronym(part):
                toks = _strip_front(toks)
                if not toks:
                    continue
                for sub, sub_parent in _split_of(toks):
                    keep = acronym if not sub_parent else None
                    add(sub, keep, long_form if not sub_parent else None,
                        is_parent or sub_parent, evidence, after_role)  # fmt: skip
    mentions = _long_forms_in_parentheses(paragraph, mentions)
    covered = [(m.start, m.end) for m in mentions if not m.weak]
    for k, tok in enumerate(tokens[:-2]):
        # "ACERE (Africa Center of Excellence for Railway Engineering)": the short form
        # first, its name in parentheses.
        if tok.is_acronym and tokens[k + 1].text == "(":
            named = next((m for m in mentions if m.start == tokens[k + 2].start), None)
            if named and not named.weak and paragraph[named.end :].lstrip(". ").startswith(")"):
                mentions[mentions.index(named)] = OrgMention(
                    named.name, named.start, named.end, acronym=tok.text
                )
                covered.append((tok.start, tok.end))
    acronyms: list[AcronymMention] = []
    if _mostly_upper(paragraph):
        return mentions, acronyms  # a headline in capitals: every word looks like an acronym
    for i, tok in enumerate(tokens):
        text = tok.text
        pieces = text.split("-")
        if not (
            tok.is_acronym
            or len(pieces) > 1
            and all(p and (p.isupper() or _acronymish(Token(p, 0, 0))) for p in pieces)
        ):
            continue
        if sum(ch.isalpha() for ch in text) < 3:
            continue
        if text.upper() in GENERIC_ACRONYMS or places.is_place(text):  # "BANGKOK, 12 May"
            continue
        if any(s <= tok.start < e for s, e in covered):
            continue
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is not None and prev.text in {"-", "(", "/"} or (nxt and nxt.text in {"-", ")"}):
            continue  # "China-ASENA", "(IRENA)" definitions are handled with their names
        if nxt is not None and nxt.is_word and nxt.is_cap and nxt.lower not in _PLACES_OF:
            continue  # a modifier: "BRI New Energy Vehicle"
        dateline = (
            i == 0
            and nxt is not None
            and nxt.text == ","
            and i + 2 < len(tokens)
            and (_date_word(tokens[i + 2]))
        )  # "BANGI, 7 November 2014 –"
        if (
            dateline
            or _after_person(tokens, i)
            or set(text) <= set("IVXL")
            or text.casefold() in MONTHS
        ):
            continue  # a post, a numeral ("Session III"), a month ("NOV")
        if (
            prev is not None
            and prev.is_word
            and prev.is_cap
            and not (prev.is_acronym or is_head(prev.text) or prev.lower in CONNECTORS)
            and not prev.possessive  # "Malaysia’s UMK"
        ):
            continue  # "Dr. John MUEMA", "Lao PDR": part of a name
        if any(
            t is not None and t.is_word and len(t.text) >= 3 and t.text.isupper()
            for t in (prev, nxt)
        ):
            continue  # "STUDENT MOBILITY": a run of capitals
        sentence_start = prev is None or prev.text in {".", "!", "?", "–", "—", ";"}
        acting = (
            sentence_start
            or tok.possessive  # "AIT’s long-term strategy"
            or (prev is not None and (prev.lower in _ACTOR_PREPOSITIONS or prev.text == ","))
            or (prev is not None and prev.lower == "the" and len(text) >= 4)
            or (nxt is not None and (nxt.lower in _AUXILIARIES or nxt.lower.endswith("ed")))
            or (nxt is not None and (nxt.lower in _PLACES_OF or is_plural_head(nxt.text)))
            or nxt is None
            or (nxt is not None and nxt.text in {".", ",", ";", ":"})
        )
        parts = tuple(pieces) if len(pieces) > 1 else ()
        acronyms.append(AcronymMention(text, tok.start, tok.end, acting, parts))
    return mentions, acronyms
