"""Organisation mentions in a paragraph: names with their heads, and acronyms.

A name is a run of capitalised words joined by small words ("of", "and",
"for", "of the", "in" + a city) that contains a noun that heads organisations
("… Society", "Ministry of …"). Job titles in front ("Director of …") and
places behind ("… in Thailand") are cut off; "X (ACR)" defines an acronym;
"Sub-unit of the Parent" yields both.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.importing import places
from newsroom.importing.lexicon import (
    CONNECTORS,
    FUNCTION_WORDS,
    GENERIC_ACRONYMS,
    GENERIC_NAME_WORDS,
    PERSON_TITLES,
    STOPWORDS,
    is_head,
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


@dataclass(frozen=True)
class AcronymMention:
    text: str
    start: int
    end: int
    acting: bool  # in a position where an organisation acts or is named


def _is_place_at(tokens: list[Token], k: int) -> bool:
    for size in (3, 2, 1):
        words = tokens[k : k + size]
        if len(words) == size and all(t.is_word for t in words):
            phrase = " ".join(t.text for t in words)
            if places.country_code(phrase) or places.is_region(phrase):
                return True
    return False


def _chains(tokens: list[Token]) -> list[list[Token]]:
    chains: list[list[Token]] = []
    n, i = len(tokens), 0
    while i < n:
        if not (tokens[i].is_word and tokens[i].is_cap):
            i += 1
            continue
        chain, j = [tokens[i]], i + 1
        while j < n and not chain[-1].possessive:
            tok = tokens[j]
            if tok.is_word and tok.is_cap:
                chain.append(tok)
                j += 1
                continue
            if tok.text == "(":
                k = j + 1
                while k < n and tokens[k].text != ")" and k - j <= 4:
                    k += 1
                inner = tokens[j + 1 : k]
                if k < n and inner and all(t.is_word and t.is_cap for t in inner):
                    chain.extend(tokens[j : k + 1])
                    j = k + 1
                    continue
                break
            co_ltd = chain[-1].text in {"Co.", "Co"} and j + 1 < n
            if tok.text == "," and co_ltd and tokens[j + 1].lower.startswith("ltd"):
                chain.extend(tokens[j : j + 2])
                j += 2
                continue
            if tok.lower in {"and", "&"} and is_head(chain[-1].text):
                break  # "… Administration and IRENA": a list, not one name
            if tok.is_word and (tok.lower in CONNECTORS or tok.lower == "in"):
                k = j + 1
                if k < n and tokens[k].lower == "the" and tok.lower in {"of", "for"}:
                    k += 1
                if (
                    k < n
                    and tokens[k].is_word
                    and tokens[k].is_cap
                    and tokens[k].lower.rstrip(".") not in PERSON_TITLES
                    and not (tok.lower == "in" and _is_place_at(tokens, k))
                ):
                    chain.extend(tokens[j:k])
                    j = k
                    continue
            break
        chains.append(chain)
        i = max(j, i + 1)
    return chains


_BREAKERS = FUNCTION_WORDS - CONNECTORS - {"the", "in", "professor", "first", "second", "third"}


def _strip_front(toks: list[Token]) -> list[Token]:
    # A title-cased line ("Memorandum Signed Between Green … Organization") holds
    # several phrases: a name starts after the last function word.
    cuts = [i for i, t in enumerate(toks) if i > 0 and t.lower in _BREAKERS]
    if cuts:
        toks = toks[cuts[-1] + 1 :]
    while toks and (toks[0].lower in FUNCTION_WORDS or toks[0].lower in CONNECTORS):
        toks = toks[1:]
    if toks and is_position_word(toks[0].text):
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
    while toks and (toks[0].lower in FUNCTION_WORDS or toks[0].lower in CONNECTORS):
        toks = toks[1:]
    return toks


def _has_acronym_part(toks: list[Token]) -> bool:
    return any(sum(ch.isupper() for ch in t.text) >= 2 for t in toks if t.is_word)


def _trim_to_head(toks: list[Token]) -> list[Token]:
    """Cut words after the last head unless they complete it ("Ministry of …")."""
    heads = [i for i, t in enumerate(toks) if is_head(t.text) or is_weak_head(t.text)]
    if not heads:
        return []
    last = heads[-1]
    tail = toks[last + 1 :]
    if tail and (tail[0].lower in CONNECTORS or tail[0].lower == "in" or tail[0].text == "("):
        return toks
    return toks[: last + 1]


def _valid(toks: list[Token]) -> bool:
    words = [t for t in toks if t.is_word]
    if len(words) < 2:
        return False
    if not any(is_head(t.text) for t in words):
        return _has_acronym_part(words)
    return True


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
        if not has_the and is_head(before[-1].text):
            continue
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


def _with_acronym(toks: list[Token]) -> list[tuple[list[Token], str | None, str | None]]:
    """Handle "Name (ACR) More Words": the defined name, and the name with ACR in it."""
    for p in range(len(toks) - 2):
        if toks[p].text == "(" and toks[p + 2].text == ")" and toks[p + 1].is_acronym:
            acronym = toks[p + 1].text
            before, after = toks[:p], toks[p + 3 :]
            pieces = _words_of(before)
            start = explain_acronym(acronym, [w for w, _ in pieces])
            defined = before
            prefix: list[Token] = []
            if start is not None and start > 0:
                first_piece, tok_index = pieces[start]
                prefix_part = before[:tok_index]
                if not any(is_head(t.text) for t in prefix_part):
                    tok = before[tok_index]
                    cut = tok.text.find(first_piece)
                    defined = before[tok_index:]
                    if cut > 0:  # "China-International" → prefix "China-"
                        defined = [Token(tok.text[cut:], tok.start + cut, tok.end), *defined[1:]]
                        prefix = [*prefix_part, Token(tok.text[:cut], tok.start, tok.start + cut)]
                    else:
                        prefix = prefix_part
            results = [(defined, acronym, None)]
            if any(t.is_word and t.is_cap for t in after):
                glued = prefix[-1].text.endswith("-") if prefix else False
                # The new name spans the whole written phrase, so the defined one nests in it.
                acr_start = before[0].start if before else toks[p + 1].start
                acr_tok = Token(
                    (prefix[-1].text if glued else "") + acronym, acr_start, toks[p + 1].end
                )
                head = [*prefix[:-1], acr_tok] if glued else [*prefix, acr_tok]
                long_form = join_tokens([*before, *after])
                results.append(([*head, *after], None, long_form))
            return results
    return [(toks, None, None)]


def find_organisations(paragraph: str) -> tuple[list[OrgMention], list[AcronymMention]]:
    tokens = tokenize(paragraph)
    mentions: list[OrgMention] = []
    for chain in _chains(tokens):
        for toks, acronym, long_form in _with_acronym(_strip_front(chain)):
            toks = _strip_front(toks)
            for part, is_parent in _split_of(toks):
                part = _trim_to_head(_strip_front(part))
                if not _valid(part):
                    continue
                name = join_tokens(part)
                if places.is_place(name):
                    continue
                mentions.append(
                    OrgMention(
                        name=name,
                        start=part[0].start,
                        end=part[-1].end,
                        acronym=acronym if not is_parent else None,
                        long_form=long_form if not is_parent else None,
                        parent=is_parent,
                        generic=_generic(part),
                    )
                )
    covered = [(m.start, m.end) for m in mentions]
    acronyms: list[AcronymMention] = []
    for i, tok in enumerate(tokens):
        text = tok.text
        if not tok.is_acronym or sum(ch.isalpha() for ch in text) < 3 or "-" in text:
            continue
        if text.upper() in GENERIC_ACRONYMS or places.is_place(text):  # "BANGKOK, 12 May"
            continue
        if any(s <= tok.start < e for s, e in covered):
            continue
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is not None and prev.text in {"-", "(", "/"} or (nxt and nxt.text in {"-", ")"}):
            continue  # "China-ASENA", "(IRENA)" definitions are handled with their names
        if nxt is not None and nxt.is_word and nxt.is_cap:
            continue  # a modifier: "BRI New Energy Vehicle"
        sentence_start = prev is None or prev.text in {".", "!", "?", "–", "—", ";"}
        acting = (
            sentence_start
            or (prev is not None and (prev.lower in _ACTOR_PREPOSITIONS or prev.text == ","))
            or (nxt is not None and (nxt.lower in _AUXILIARIES or nxt.lower.endswith("ed")))
            or nxt is None
            or (nxt is not None and nxt.text in {".", ",", ";", ":"})
        )
        acronyms.append(AcronymMention(text, tok.start, tok.end, acting))
    return mentions, acronyms
