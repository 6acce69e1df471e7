"""Organisation mentions in a paragraph: names with their heads, and acronyms.

A name is a run of capitalised words (``name_runs``) that contains a noun that
heads organisations ("… Society", "Ministry of …"), parted into names where it
holds several (``parting``). A run without a head is a name when a role or the
text shows one ("Secretary-General … of International Energy Charter", "Special
Envoy of WWF International"); dates, places, people, plurals ("Chinese
Universities"), initiatives, agreements and events are not. Bare acronyms are
organisations where one acts or is named, never posts ("…, VPAA,"), letters after
a name, numerals or a line in capitals.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.importing import places
from newsroom.importing.lexicon import (
    CONNECTORS,
    GENERIC_ACRONYMS,
    GENERIC_NAME_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NOT_ORG_HEADS,
    ORG_EVIDENCE_WORDS,
    PERSON_TITLES,
    STOPWORDS,
    is_head,
    is_plural_head,
    is_position_word,
    is_weak_head,
)
from newsroom.importing.name_runs import (
    INITIALS,
    acronymish,
    date_word,
    explain_acronym,
    is_place_at,
    is_position_head,
    paren_acronyms,
    plain_word,
    read_paragraph,
    strip_front,
    words_of,
)
from newsroom.importing.org_shapes import (
    local_name,
    no_body,
    with_country_possessive,
    without_country_note,
    without_person_after_place,
)
from newsroom.importing.org_signals import signalled_names
from newsroom.importing.parting import phrase_counts, split_list, split_of, with_acronym
from newsroom.importing.tokens import Token, join_tokens

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
        or any(acronymish(t) for t in tail)  # "WWF International"
    ):
        return toks
    return toks[: last + 1]


def _valid(toks: list[Token], evidence: bool, after_role: bool = False) -> bool | None:
    """True for a name, False for none, None for a head-less run that is a name only
    if the text names it so elsewhere ("the International Energy Charter plays …")."""
    words = [t for t in toks if t.is_word]
    if len(words) < 2 or no_body(words):
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
    if any(t.lower in NOT_ORG_HEADS for t in words) or any(date_word(t) for t in words):
        return False
    if any(is_weak_head(t.text) for t in words) and any(acronymish(t) for t in words):
        return True  # "China-IRENA Cooperation Office", "AIT Office of International Affairs"
    if is_weak_head(toks[0].text) and len(toks) > 2 and toks[1].lower in {"of", "for"}:
        return True  # "Department of Chemical Engineering", "Faculty of Architecture"
    if (
        len(toks) > 3
        and places.country_code(toks[0].text)
        and is_weak_head(toks[1].text)
        and toks[2].lower in {"of", "for"}
    ):
        return True  # "U.S. Department of State": a country's own department
    content = [t for t in words if t.lower not in CONNECTORS]
    if is_weak_head(words[-1].text) and len(content) >= 4 and not is_place_at(words, 0):
        # "Projects Development and Innovation Unit"; a country's liaison office is a post's
        return True
    if any(t.lower.rstrip(".") in PERSON_TITLES for t in words):
        return False
    if after_role and len(words) <= 2 and any(acronymish(t) for t in words):
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
        if k + 1 < n and tokens[k].lower == "in" and is_place_at(tokens, k + 1):
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
        short = [w for w in a.name.split() if acronymish(Token(w, 0, 0))]
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
    if len(complement) < 3 or not all(plain_word(t) or INITIALS.match(t.text) for t in complement):
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


def not_organisation_acronyms(paragraph: str) -> set[str]:
    """Short forms of initiatives, agreements and events ("Belt and Road Initiative
    (BRI)"): a bare "BRI" later is not a partner."""
    found: set[str] = set()
    for chain, _unit in read_paragraph(paragraph)[1]:
        words = [t for t in chain if t.is_word]
        cut = next((k for k, t in enumerate(words) if t.lower in NOT_ORG_HEADS), None)
        if cut is None or any(is_head(t.text) for t in words[:cut]):
            continue
        found |= _initials(words[: cut + 1])
        for p, tok in enumerate(chain):
            close = next((k for k in range(p, len(chain)) if chain[k].text == ")"), None)
            if tok.text == "(" and close is not None:
                found.update(paren_acronyms(chain[p + 1 : close]) or ())
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
    tokens = list(read_paragraph(paragraph)[0])
    position = {t.start: k for k, t in enumerate(tokens)}
    mentions: list[OrgMention] = []

    def add(part: list[Token], acronym, long_form, is_parent, evidence, after_role) -> None:
        part = without_country_note(_trim_to_head(without_person_after_place(strip_front(part))))
        local = local_name(part, counts)
        if len(local) < len(part):  # the name with its place stays a spelling of it
            long_form, part = long_form or join_tokens(part), local
        if part and not acronym:
            part = with_country_possessive(tokens, position.get(part[0].start), paragraph, part)
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
    for chain_tuple, unit in read_paragraph(paragraph)[1]:
        chain = list(chain_tuple)
        at = position.get(chain[0].start, 0)
        opening = next(
            (k for k in range(at - 1, max(at - 12, 0) - 1, -1) if tokens[k].text in "()"), None
        )
        if (
            opening is not None
            and opening >= 1
            and tokens[opening].text == "("
            and is_position_head(tokens[opening - 1])
        ):
            # "Assistant Director (Development and Partnership)", "Joint Secretary (Crops,
            # Oil Seeds & Administration)": the field of a post
            continue
        front = strip_front(chain)
        if not front or is_plural_head(front[0].text):
            continue
        evidence, after_role = _role_context(tokens, position.get(front[0].start, 0))
        if after_role or evidence:
            front = _without_person_tail(front)
        if unit and chain[unit] in front:
            # "Unit, Parent (ACR, PACR)": the whole name, and the parent on its own.
            comma = front.index(chain[unit])
            units = split_list(front[:comma], counts)
            for alone in units[:-1]:  # "Department of A & Department of B, Parent"
                add(alone, None, None, False, evidence, False)
            front = [*units[-1], *front[comma:]]
            comma = front.index(chain[unit])
            named = with_acronym(front)
            parent = next((n for n in named if n[3]), None)
            wholes = [n for n in named if not n[3]]
            moved = None
            if parent is None and len(wholes) == 1 and wholes[0][1]:
                # "Faculty of Law, Sultan Agung Islamic University (Unissula)": a short form
                # that does not spell the unit is the parent's.
                unit_words = [w for w, _ in words_of(front[:comma])]
                if explain_acronym(wholes[0][1], unit_words) is None:
                    moved, wholes = wholes[0][1], [(wholes[0][0], None, None, False)]
            for whole in wholes:
                add(whole[0], whole[1], None, False, evidence, False)
            if parent is None:
                parent = (with_acronym(front[comma + 1 :])[0][0], moved, None, True)
            for sub, _ in split_of(parent[0]):
                add(sub, parent[1], None, True, True, False)
            continue
        for part in split_list(front, counts):
            if after_role or evidence:
                part = _without_person_tail(part)
            for toks, acronym, long_form, is_parent in with_acronym(part):
                toks = strip_front(toks)
                if not toks:
                    continue
                for sub, sub_parent in split_of(toks):
                    keep = acronym if not sub_parent else None
                    add(sub, keep, long_form if not sub_parent else None,
                        is_parent or sub_parent, evidence, after_role)  # fmt: skip
    named: set[int] = set()  # token starts inside a name already read
    for m in mentions:
        k = position.get(m.start)
        while not m.weak and k is not None and k < len(tokens) and tokens[k].start < m.end:
            named.add(tokens[k].start)
            k += 1
    replaced: set[int] = set()
    for run in signalled_names(tokens):
        # "director of Civic Bridge", "Human Rights Watch, a non-profit": no head, but named
        if not any(t.start in named for t in run):
            replaced.add(run[0].start)
            mentions.append(OrgMention(join_tokens(run), run[0].start, run[-1].end))
            named.update(t.start for t in run)
    mentions = [m for m in mentions if not (m.weak and m.start in replaced)]
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
            and all(p and (p.isupper() or acronymish(Token(p, 0, 0))) for p in pieces)
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
            and (date_word(tokens[i + 2]))
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
