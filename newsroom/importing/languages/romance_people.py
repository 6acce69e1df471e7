"""People in French and Spanish: a title and a name ("M. Jean Dupont", "Dra.
María López"), a name and a role ("Jean Dupont, recteur de l'Université…") or a
role and a name ("le recteur Juan Pérez", "el rector de la casa de estudios,
Salvador Hernández Vélez"); family names in capitals ("Jean DUPONT") count.
"""

from __future__ import annotations

import bisect

from newsroom.importing import places
from newsroom.importing.languages.romance import (
    OrgSpan,
    RomanceWords,
    _name_word,
    _Tok,
    _tokens,
)
from newsroom.importing.people import PersonMention
from newsroom.importing.sentences import split_sentences


def _name_at(toks: list[_Tok], i: int, words: RomanceWords) -> int:
    """End index of a person's name starting at ``i`` (two to five words), or ``i``."""
    j = i
    count = 0
    while j < len(toks):
        tok = toks[j]
        if _name_word(tok, words):
            count += 1
            j += 1
            continue
        if (
            tok.low in words.name_particles
            and j + 1 < len(toks)
            and _name_word(toks[j + 1], words)
            and count
        ):
            j += 1
            continue
        if tok.text == "-" and count and j + 1 < len(toks) and _name_word(toks[j + 1], words):
            j += 1
            continue
        break
    while j > i and toks[j - 1].low in words.name_particles:
        j -= 1
    if not 2 <= count <= 5:
        return i
    name = " ".join(t.text for t in toks[i:j])
    if places.is_place(name):
        return i
    return j


def _role_phrase(toks: list[_Tok], i: int, words: RomanceWords, limit: int) -> int:
    """End index of a role phrase starting with a role word at ``i``."""
    j = i + 1
    while j < limit:
        tok = toks[j]
        if (
            tok.text in {",", ";", ".", ":", "(", ")"}
            or tok.low in words.verbs
            or tok.low
            in {
                "qui",
                "que",
                "a",
                "ont",
                "est",
                "ha",
                "han",
                "es",
            }
        ):
            break
        j += 1
    return j


def _org_at(spans: list[OrgSpan], start: int, end: int) -> int | None:
    """The first organisation that starts in ``start:end`` (``spans`` in order)."""
    k = bisect.bisect_left(spans, (start,))
    return spans[k][2] if k < len(spans) and spans[k][0] < end else None


def _clean_role(text: str) -> str | None:
    text = text.strip(" ,.;:")
    return text[:1].upper() + text[1:] if text else None


def _sentences(paragraph: str, words: RomanceWords) -> list[tuple[int, str]]:
    """Sentences, not cut after a title ("le Pr. Jacques…", "la Dra. María…")."""
    merged: list[tuple[int, str]] = []
    for offset, sentence in split_sentences(paragraph):
        if merged and merged[-1][1].split()[-1].casefold() in words.titles:
            start = merged[-1][0]
            merged[-1] = (start, paragraph[start : offset + len(sentence)])
        else:
            merged.append((offset, sentence))
    return merged


def find_people(paragraph: str, spans: list[OrgSpan], words: RomanceWords) -> list[PersonMention]:
    spans = sorted(spans)
    found: dict[str, PersonMention] = {}

    def add(name: str, role: str | None, affiliation: int | None) -> None:
        key = name.casefold()
        known = found.get(key)
        if known is None or known.position is None and role:
            found[key] = PersonMention(name, role, affiliation)

    for offset, sentence in _sentences(paragraph, words):
        toks = _tokens(sentence)
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            low = tok.low.rstrip(".")
            # Title + name: "M. Jean Dupont", "la Dra. María López", "le Professeur X".
            if (
                low in words.titles
                or tok.low in words.titles
                or low.replace(".", "") in words.titles
            ):
                k = i + 1
                if k < n and toks[k].text == ".":
                    k += 1
                end = _name_at(toks, k, words)
                if end > k:
                    name = sentence[toks[k].start : toks[end - 1].end]
                    role, aff = _role_after(sentence, toks, end, offset, spans, words)
                    add(name, role, aff)
                    i = end
                    continue
            # Role + name: "le recteur Juan Pérez", "la directrice de l'Agence, Marie Curie".
            starts_role = low in words.roles or (
                low in words.role_qualifiers and i + 1 < n and toks[i + 1].low in words.roles
            )
            if starts_role and (
                i == 0 or toks[i - 1].low in words.articles or toks[i - 1].text in {",", "(", ";"}
                or not toks[i].is_cap
            ):  # fmt: skip
                hit = _name_after_role(toks, i, words)
                if hit is not None:
                    role_end, names = hit
                    role_text = sentence[tok.start : toks[role_end - 1].end]
                    aff = _org_at(spans, offset + tok.start, offset + toks[role_end - 1].end)
                    for start, end in names:
                        add(
                            sentence[toks[start].start : toks[end - 1].end],
                            _clean_role(role_text),
                            aff,
                        )
                    i = names[-1][1]
                    continue
            # Organisation + name: "el Ministerio de Energía y Minas Juan Pérez Soto"
            # (the one who heads it, named right after it).
            if i > 0 and _name_word(tok, words) and toks[i - 1].end == tok.start - 1:
                org = next((sp for sp in spans if sp[1] == offset + toks[i - 1].end), None)
                end = _name_at(toks, i, words)
                if org is not None and end - i >= 2:
                    role = paragraph[org[0] : org[1]]
                    add(sentence[tok.start : toks[end - 1].end], _clean_role(role), org[2])
                    i = end
                    continue
            # Name + ", role": "Jean Dupont, recteur de l'Université de Lyon".
            if _name_word(tok, words) and (i == 0 or not _name_word(toks[i - 1], words)):
                end = _name_at(toks, i, words)
                if end > i and not any(s <= offset + tok.start < e for s, e, _ in spans):
                    role, aff = _role_after(sentence, toks, end, offset, spans, words)
                    if role:
                        add(sentence[tok.start : toks[end - 1].end], role, aff)
                        i = end
                        continue
            i += 1
    return list(found.values())


_VERBS = {"a", "ont", "est", "sont", "était", "ha", "han", "es", "fue", "son", "qui", "que",
          "quien", "quienes"}  # fmt: skip


def _name_after_role(
    toks: list[_Tok], i: int, words: RomanceWords
) -> tuple[int, list[tuple[int, int]]] | None:
    """The end of a role phrase starting at ``i`` and the names it introduces:
    "le recteur Juan Pérez", "el rector de la máxima casa de estudios, Salvador
    Hernández Vélez", "los rectores de ambas universidades, X, y Y"."""
    n = len(toks)
    k = i + 1
    while k < n and (toks[k].low in words.role_qualifiers or toks[k].low in words.roles
                     or toks[k].text == "-"):  # fmt: skip
        k += 1
    # Directly: "le recteur Juan Pérez".
    candidates = [k]
    # Or after the comma that closes the role: "…de l'Université de Lyon, Jean Dupont".
    depth = 0  # "(AUF)" inside the role; a ")" closing what opened before it ends the role
    for j in range(k, min(n, k + 40)):
        tok = toks[j]
        depth += {"(": 1, ")": -1}.get(tok.text, 0)
        if tok.text in {".", ";", ":"} or tok.low in _VERBS or tok.low in words.verbs or depth < 0:
            break
        if tok.text == "," and depth == 0:
            candidates.append(j + 1)
    for candidate in candidates:
        start = candidate
        if (
            start + 1 < n
            and toks[start].low in words.articles
            and (toks[start + 1].low.rstrip(".") in words.titles)
        ):
            start += 1  # "le recteur, le Professeur Magatte Ndiaye"
        if start < n and toks[start].low.rstrip(".") in words.titles:
            start += 1  # "la ministre de …, Mme Sylvie Retailleau"
        while (
            words.title_runs
            and start < n
            and (toks[start].low.rstrip(".") in words.titles or toks[start].text == ".")
        ):
            start += 1  # "o reitor da UFP, Prof. Dr. Miguel Salvato Trigo"
        end = _name_at(toks, start, words)
        if end <= start or (end < n and toks[end].is_word and toks[end].is_cap):
            continue
        names = [(start, end)]
        # "…, Manuel Torralbo, y Santos Guzmán": a plural role shared.
        j = end
        while j < n:
            step = j + 1 if toks[j].text == "," else j
            if step < n and toks[step].low in words.conjunctions:
                step += 1
            if step == j:
                break
            more = _name_at(toks, step, words)
            if more <= step:
                break
            names.append((step, more))
            j = more
        role_end = candidate - 1 if candidate > k else k
        return role_end, names
    return None


def _role_after(
    sentence: str,
    toks: list[_Tok],
    end: int,
    offset: int,
    spans: list[OrgSpan],
    words: RomanceWords,
) -> tuple[str | None, int | None]:
    """ ", recteur de l'Université de Lyon" after a name."""
    k = end
    if k < len(toks) and toks[k].text in {",", "("}:
        k += 1
    if k < len(toks) and toks[k].low in words.articles:
        k += 1
    if k >= len(toks):
        return None, None
    first = toks[k]
    if first.low not in words.roles and first.low not in words.role_qualifiers:
        return None, None
    stop = _role_phrase(toks, k, words, len(toks))
    text = sentence[first.start : toks[stop - 1].end]
    # A role runs to the end of the organisation it names.
    aff = _org_at(spans, offset + first.start, offset + toks[stop - 1].end)
    return _clean_role(text), aff
