"""Parting a run into names: lists joined by "and", a unit and its parent, short forms.

"Ministry of Ecology and Environment and National Energy Administration" is two
names; "Institute of Applied Ecology (IAE) of the Chinese Academy of Sciences (CAS)"
is a unit and its parent, each with its short form; "Digital Belt and Road &
International Research Center … (DBAR & CBAS)" is two names with one each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from newsroom.importing import places
from newsroom.importing.lexicon import (
    CONNECTORS,
    GENERIC_ACRONYMS,
    is_head,
    is_plural_head,
    is_weak_head,
)
from newsroom.importing.name_runs import (
    explain_acronym,
    has_acronym_part,
    is_position_head,
    paren_acronyms,
    read_paragraph,
    words_of,
)
from newsroom.importing.tokens import Token, join_tokens


def _phrase_count(toks: list[Token], counts: Mapping[str, int]) -> int:
    return counts.get(join_tokens(toks), 0)


@lru_cache(maxsize=8)
def phrase_counts(text: str) -> Mapping[str, int]:
    """How often each run of words inside a capitalised run occurs in ``text``: read
    once per text, so parting names stays linear in the text's length."""
    counts: Counter[str] = Counter()
    for paragraph in text.split("\n"):
        for chain, _unit in read_paragraph(paragraph)[1]:
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


def split_list(toks: list[Token], context: Mapping[str, int]) -> list[list[Token]]:
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
        if not right or not right[0].is_cap or is_position_head(right[0]):
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
    return [*split_list(best[1], context), *split_list(best[2], context)]


def split_of(toks: list[Token]) -> list[tuple[list[Token], bool]]:
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
        parent = split_of(rest)
        if any(is_head(t.text) for t in before) or (
            any(is_weak_head(t.text) for t in before) and has_acronym_part(before)
        ):
            return [(toks, False), *[(p, True) for p, _ in parent]]
        return parent
    return [(toks, False)]


def _explained_start(acronym: str, before: list[Token]) -> tuple[list[Token], list[Token]]:
    """(prefix, defined): "China-International Renewable Energy Agency" defines IRENA
    from "International"; the prefix is what comes before."""
    pieces = words_of(before)
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


def with_acronym(toks: list[Token]) -> list[Named]:
    """Handle "Name (ACR) More Words": the defined name, and the name with ACR in it;
    "Unit (ACR) of the Parent (ACR2)": both; "A & B (ACR1 & ACR2)": two names."""
    for p, tok in enumerate(toks):
        if tok.text != "(":
            continue
        q = next((k for k in range(p + 1, len(toks)) if toks[k].text == ")"), None)
        if q is None:
            break
        acronyms = paren_acronyms(toks[p + 1 : q])
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
            results.extend((t, a, lf, True) for t, a, lf, _ in with_acronym(rest))
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
