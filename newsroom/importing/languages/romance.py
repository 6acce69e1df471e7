"""Organisations in French and Spanish, from each language's words.

Both languages put the head first and lower-case much of the rest: "Institut
de recherche pour le développement", "ministère de l'Enseignement supérieur
et de la Recherche", "Universidad Nacional Autónoma de México". A name here is
a head word followed by adjectives, capitalised words and "de/du/des/de la/
del…" phrases, up to the first word that cannot belong to a name (an article
that starts a new phrase, a verb, a second head after "et"/"y", which starts
a second name). "X de l'Université Y" yields the unit and its parent.
People are read in ``romance_people``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsroom.importing import places
from newsroom.importing.languages.base import words
from newsroom.importing.lexicon import GENERIC_ACRONYMS
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.organisations import find_organisations as find_english

OrgSpan = tuple[int, int, int]
# A name written as one word from its initials and a place: "KULeuven", "UCLouvain".
_CAMEL = re.compile(r"^[A-Z]{3,}[a-z]{3,}$")
_ROMAN = re.compile(r"^[IVXLC]+$")  # "Yaoundé II", not an acronym


@dataclass(frozen=True)
class RomanceWords:
    heads: frozenset[str]  # lower case: "université", "ministère"
    # Capitalised adjectives that open a name before its head ("Pontificia", "Haute").
    pre_adjectives: frozenset[str]
    # Heads written in lower case at the start of a real name ("le ministère de …").
    lower_heads: frozenset[str]
    # Heads that also name events: a body only when "des/du" follows ("Conférence des présidents").
    assembly_heads: frozenset[str]
    # Connectors inside a name; multi-word ones as written ("de la", "pour le").
    connectors: tuple[str, ...]
    # "et", "y": join two parts of one name, or two names when a head follows.
    conjunctions: frozenset[str]
    # Lower-case words that qualify a head ("national", "supérieure").
    adjectives: frozenset[str]
    adjective_endings: tuple[str, ...]
    # Words that never sit inside a name (articles, verbs, prepositions).
    stops: frozenset[str]
    titles: frozenset[str]  # "m.", "mme", "dr", "dra."
    roles: frozenset[str]  # lower case: "recteur", "directora"
    role_qualifiers: frozenset[str]  # "général", "adjoint", "vice"
    name_particles: frozenset[str]  # "de", "van", "del" inside a person's name
    articles: frozenset[str]  # "le", "la", "el": before a role
    months: frozenset[str]
    weekdays: frozenset[str]
    # Heads whose name keeps a lower-case "d'/de + noun" after its proper noun
    # ("École Mohammadia d'ingénieurs").
    complement_heads: frozenset[str] = frozenset()
    # Nouns before an acronym that make it a programme or a degree, no body
    # ("la réforme LMD", "el programa PAE").
    programme_nouns: frozenset[str] = frozenset()
    # Acronyms of degrees and degree systems, no body ("LMD", "BTS").
    generic_acronyms: frozenset[str] = frozenset()
    # Words that open a place's name of several words ("San Luis Potosí").
    place_openers: frozenset[str] = frozenset()
    # Heads that an adjective alone leaves a description ("el Gobierno Nacional").
    government_heads: frozenset[str] = frozenset()
    # "Of" connectors beyond the French and Spanish ones ("do", "della"), and
    # those among them that carry an article ("da", "degli"): a description
    # after them is no name.
    of_words: frozenset[str] = frozenset()
    singular_of: frozenset[str] = frozenset()
    # Small words that end a role phrase before a verb ("é", "che").
    verbs: frozenset[str] = frozenset()
    # Acronyms written as words, in brackets after a name ("(Fiocruz)", "(Cnr)").
    word_acronyms: bool = False
    # Titles that stack before a name ("Prof. Dr.", "Profa. Dra.").
    title_runs: bool = False


# Elided articles and prepositions are words of their own: French "l'", "qu'";
# Italian "dell'", "all'", "un'" (no French or Spanish word starts so).
_WORD = re.compile(
    r"(?:[dlDL]|[qQ]u|[jJ]usqu|[lL]orsqu|(?i:all|dall|dell|nell|sull|coll|un|quest|quell))['’](?=\w)|[^\W\d_](?:[\w-]|['’](?=\w)|\.(?=\w))*\.?|\d+|[^\w\s]"
)


# Words that end in a full stop of their own.
_ABBREVIATIONS = {
    "mme", "mlle", "dr", "dra", "pr", "sr", "sra", "srta", "lic", "ing", "mtro", "mtra", "prof",
    "profa", "dña", "av", "etc", "no", "núm", "cf", "env", "st", "licda", "licdo", "lcda", "lcdo",
    "arq", "abg", "mgtr", "msc",
}  # fmt: skip


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_acronym(self) -> bool:
        t = self.text.rstrip(".")
        return (
            2 <= len(t) <= 10
            and sum(c.isupper() for c in t) >= 2
            and t.replace("&", "").isalnum()
            and t.upper() == t
        )


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        bare = word[:-1]
        if (
            word.endswith(".")
            and len(bare) > 1
            and "." not in bare
            and bare.casefold() not in _ABBREVIATIONS
        ):
            out.append(_Tok(word[:-1], m.start(), m.end() - 1))
            out.append(_Tok(".", m.end() - 1, m.end()))
        else:
            out.append(_Tok(word, m.start(), m.end()))
    return out


def _is_adjective(tok: _Tok, words: RomanceWords) -> bool:
    low = tok.low
    return low in words.adjectives or (
        len(low) > 4 and low.endswith(words.adjective_endings) and low not in words.stops
    )


class Spans:
    """Character spans, for overlap questions in time logarithmic in their number."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span begin before ``end`` and end after ``start``?"""
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def _listed_words(toks: list[_Tok], k: int, words: RomanceWords) -> bool:
    """Capitalised words from ``k`` up to "y/e/et" and another capitalised word."""
    j = k
    while j < len(toks) and j - k < 4 and toks[j].is_word and toks[j].is_cap:
        if _is_head(toks[j], words) or _function(toks[j], words):
            return False
        j += 1
    return (
        j > k
        and j + 1 < len(toks)
        and toks[j].low in words.conjunctions
        and toks[j + 1].is_cap
        and not _is_head(toks[j + 1], words)
    )


def _function(tok: _Tok, words: RomanceWords) -> bool:
    """A small word that never sits in a name, even capitalised ("Este", "La");
    longer listed words ("Cooperación") do when capitalised."""
    return tok.low in words.stops and (len(tok.low) <= 5 or not tok.is_cap)


def _connector_at(toks: list[_Tok], i: int, words: RomanceWords) -> int:
    """How many tokens a connector at ``i`` spans ("de la" → 2, "d'" → 1), or 0."""
    for conn in sorted(words.connectors, key=lambda c: -len(c.split())):
        parts = conn.split()
        piece = [t.low for t in toks[i : i + len(parts)]]
        if piece == parts:
            return len(parts)
    return 0


def _is_head(tok: _Tok, words: RomanceWords) -> bool:
    return tok.low in words.heads


_OF = ("de", "du", "des", "de la", "de l'", "d'", "del", "de los", "de las")


def _of_word(piece: list[_Tok], words: RomanceWords) -> bool:
    """A language's own "of" connector ("da", "degli"), beyond ``_OF``."""
    return bool(words.of_words) and " ".join(t.low for t in piece) in words.of_words


def _phrase(toks: list[_Tok], i: int, words: RomanceWords) -> tuple[int, int, bool]:
    """Extend a name from its head at ``i``: (end index, parent start or -1, has capital)."""
    j = i + 1
    n = len(toks)
    capital = False
    lower_nouns = 0
    lower_words = 0  # lower-case nouns and adjectives: "de recherche … scientifique"
    parent = -1
    complement = False  # inside a "de …" complement
    while j < n:
        tok = toks[j]
        if tok.is_word and tok.is_cap and not _function(tok, words):
            if tok.low in words.months or tok.low in words.weekdays:
                break
            if complement and _person_after(toks, j, words):
                capital = True
                j += 1  # "Ministerio de Energía y Minas Juan Pérez Soto": the minister follows
                break
            capital = True
            j += 1
            continue
        if tok.is_word and _is_adjective(tok, words):
            lower_words += 1
            j += 1
            continue
        if tok.text == "-" and j + 1 < n and toks[j + 1].is_cap:
            j += 1
            continue
        k = j
        if tok.text == "," and j + 1 < n:
            # "…supérieur, de la Recherche…", "…constitutionnelles, administratives et…"
            nxt_tok = toks[j + 1]
            if nxt_tok.is_word and not nxt_tok.is_cap and _is_adjective(nxt_tok, words):
                j += 1
                continue
            if _listed_words(toks, j + 1, words):
                j += 1  # "de Ciencia, Tecnología e Innovación": a list inside the name
                continue
            size = _connector_at(toks, j + 1, words)
            if (
                not size
                or " ".join(t.low for t in toks[j + 1 : j + 1 + size]) not in _OF
                and not _of_word(toks[j + 1 : j + 1 + size], words)
            ):
                break
            k = j + 1
        if tok.low in words.conjunctions:
            size = _connector_at(toks, j + 1, words)
            nxt = j + 1 + size
            if nxt < n and _is_head(toks[nxt], words):
                break  # "l'Université X et l'Institut Y": two names
            if size == 0 and nxt < n and toks[nxt].is_word and _is_adjective(toks[nxt], words):
                j = nxt
                continue
            if size == 0:
                if nxt < n and toks[nxt].is_cap and not _function(toks[nxt], words):
                    j = nxt  # "Ciencia y Tecnología"
                    continue
                if capital and _article_then_name(toks, nxt, words):
                    j = nxt + 1  # "… para América Latina y el Caribe"
                    continue
                break
            if " ".join(t.low for t in toks[j + 1 : nxt]) not in _OF and not _of_word(
                toks[j + 1 : nxt], words
            ):
                break  # "… y para la Feria": a new phrase
            k = j + 1
        size = _connector_at(toks, k, words)
        if size:
            nxt = k + size
            if nxt >= n or not toks[nxt].is_word:
                break
            target = toks[nxt]
            of = " ".join(t.low for t in toks[k:nxt]) in _OF or _of_word(toks[k:nxt], words)
            if (_is_head(target, words) and target.is_cap) or target.is_acronym:
                if not of:
                    break  # "Université Laval à Université…": another name
                parent = nxt if parent < 0 else parent  # "… de la ANUIES": its parent
                j = nxt
                continue
            if target.is_cap and not _function(target, words):
                if target.low in words.months or (not of and places.is_place(target.text)):
                    break  # "… de Nuevo León en Monterrey": the place is not in the name
                complement = True
                j = nxt
                continue
            if (
                capital
                and of
                and toks[i].low in words.complement_heads
                and target.is_word
                and target.low not in words.stops
                and len(target.low) > 3
                and j - i <= 3
            ):
                j = nxt + 1  # "École Mohammadia d'ingénieurs": what the school trains
                continue
            # "Institut de recherche pour le développement": lower-case nouns
            # belong to a name only before it has a proper noun.
            if (
                not capital
                and target.low not in words.stops
                and lower_nouns < 4
                and len(target.low) > 2
                and (toks[i].is_cap or lower_words >= 2)  # "école nationale supérieure des mines"
            ):
                lower_nouns += 1
                lower_words += 1
                j = nxt + 1
                continue
            break
        break
    # Trailing connectors and lower-case words after the last capital are dropped
    # when the name has one ("Université de Lyon en …").
    end = j
    while end > i + 1 and (not toks[end - 1].is_word or _function(toks[end - 1], words)
                           or _connector_at(toks, end - 1, words)):  # fmt: skip
        end -= 1
    return end, parent if parent < end else -1, capital or lower_words >= 2


def _described(toks: list[_Tok], i: int, end: int, words: RomanceWords) -> bool:
    """A head and lower-case words only, after "de la/du" or with no noun at all:
    a description ("l'Université de la capitale camerounaise", "el Gobierno
    Nacional"), no name."""
    rest = toks[i + 1 : end]
    if any(t.is_cap and t.is_word for t in rest[1:]) or any(t.is_acronym for t in rest):
        return False
    if rest and rest[0].is_cap and _is_adjective(rest[0], words) and len(rest) == 1:
        return toks[i].low in words.government_heads  # "Gobierno Nacional", "Gobierno Federal"
    size = _connector_at(toks, i + 1, words)
    return (
        bool(size)
        and (
            " ".join(t.low for t in rest[:size]) in _SINGULAR_OF
            or " ".join(t.low for t in rest[:size]) in words.singular_of
        )
        and not any(t.is_cap for t in rest[size:])
    )


_SINGULAR_OF = frozenset(("de la", "du", "de l'", "del", "de los", "de las"))


def _article_then_name(toks: list[_Tok], k: int, words: RomanceWords) -> bool:
    """An article and one capitalised word that ends the phrase ("y el Caribe")."""
    return (
        k + 1 < len(toks)
        and toks[k].low in _DEFINITE
        and _name_word(toks[k + 1], words)
        and not (k + 2 < len(toks) and toks[k + 2].is_word and toks[k + 2].is_cap)
    )


# Determiners before a lower-case head that make it a kind of body, not one named.
_NOT_BEFORE_A_NAME = words(
    """
    un une des les plusieurs chaque toute tout cette ce cet notre nos leur leurs son sa ses
    autre autres una unos unas cada toda este esta estos estas ese esa su sus nuestra nuestro
    otra otro otras otros
"""
)  # fmt: skip
_DEFINITE = frozenset(("el", "la", "los", "las", "le", "les", "l'"))


def _person_after(toks: list[_Tok], j: int, words: RomanceWords) -> bool:
    """In a complement, one word and then a person's name of two to four
    capitalised words glued after it ("… y Minas Juan Pérez Soto")."""
    run = j
    while (
        run < len(toks)
        and run - j < 6
        and _name_word(toks[run], words)
        and not _is_adjective(toks[run], words)
        and "-" not in toks[run].text
    ):
        run += 1
    if run - j < 3 or toks[j].low in words.place_openers:
        return False
    after = toks[run] if run < len(toks) else None
    if after is not None and (after.low in _OF or after.low in words.of_words or after.text == "("):
        return False  # "… de San Juan Bautista de …": the name goes on
    words_ = [t.text for t in toks[j:run]]
    return not any(places.is_place(" ".join(words_[:k])) for k in range(2, len(words_) + 1))


def _acronym_after(
    toks: list[_Tok], end: int, words: RomanceWords | None = None, head: int = -1
) -> tuple[str | None, int]:
    if (
        end + 2 < len(toks)
        and toks[end].text == "("
        and toks[end + 2].text == ")"
        and (
            toks[end + 1].is_acronym
            or (words is not None and _word_acronym(toks[end + 1], toks[head], words))
        )
    ):
        return toks[end + 1].text, end + 3
    return None, end


def _word_acronym(tok: _Tok, head: _Tok, words: RomanceWords) -> bool:
    """An acronym written as a word ("Fundação Oswaldo Cruz (Fiocruz)"), where
    the language does so: it starts as the name does, and names no place."""
    return (
        words.word_acronyms
        and tok.text[0].casefold() == head.text[0].casefold()
        and not places.is_place(tok.text)
        and tok.is_word
        and tok.is_cap
        and 3 <= len(tok.text) <= 12
        and tok.text.isalnum()
        and tok.low not in words.heads
    )


def find_organisations(
    paragraph: str, words: RomanceWords, context: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    toks = _tokens(paragraph)
    mentions: list[OrgMention] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not (tok.is_word and _is_head(tok, words)) or (
            not tok.is_cap and tok.low not in words.lower_heads
        ):
            i += 1
            continue
        if not tok.is_cap and i > 0 and toks[i - 1].low in _NOT_BEFORE_A_NAME:
            i += 1
            continue  # "une université publique nationale", "son ministère": no name
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if tok.low in words.assembly_heads and nxt not in {"des", "du", "de", "del", "de la"}:
            i += 1
            continue  # "Conférence internationale sur…" is an event, "Conférence des…" a body
        end, parent, capital = _phrase(toks, i, words)
        acronym, after = _acronym_after(toks, end, words, i)
        if acronym and after < len(toks) and _name_word(toks[after], words):
            # "Escuela Básica Nacional (EBN) Encarnación de las Nieves": the
            # letters abbreviate the kind of school; the name goes on.
            end, _parent, _capital = _phrase(toks, after - 1, words)
            acronym, after = None, end
        # "Université Laval", "Institut de recherche pour le développement",
        # "… (IRD)"; not "Ministère de tutelle", "Université numérique".
        named = end - i >= 2 and (capital or acronym) and not _described(toks, i, end, words)
        start_tok = i
        if named and i > 0 and toks[i - 1].is_cap and toks[i - 1].low in words.pre_adjectives:
            start_tok = i - 1  # "Pontificia Universidad Católica…", "Haute École…"
        if not named:
            i += 1
            continue
        name = paragraph[toks[start_tok].start : toks[end - 1].end]
        mentions.append(OrgMention(name, toks[start_tok].start, toks[end - 1].end, acronym=acronym))
        if parent > i and toks[parent].is_acronym and end - parent == 1:
            # "… Sureste de la ANUIES": the parent known by its acronym.
            acr = toks[parent].text
            mentions.append(
                OrgMention(acr, toks[parent].start, toks[parent].end, acronym=acr, parent=True)
            )
        elif parent > i:
            p_end = end
            p_name = paragraph[toks[parent].start : toks[p_end - 1].end]
            if p_end - parent >= 2:
                mentions.append(
                    OrgMention(p_name, toks[parent].start, toks[p_end - 1].end, parent=True)
                )
        i = after if acronym else end
    # Names in English and bare acronyms ("CNRS", "the World Bank") the English
    # rules know; those inside a name found here are dropped.
    english, _acronyms = find_english(paragraph, context)
    covered = Spans((m.start, m.end) for m in mentions)
    for m in english:
        if not covered.overlaps(m.start, m.end) and _english_like(m.name, words):
            mentions.append(m)
    covered = Spans((m.start, m.end) for m in mentions)
    own = [
        AcronymMention(t.text, t.start, t.end, True)
        for k, t in enumerate(toks)
        if (t.is_acronym or _CAMEL.match(t.text))
        and sum(ch.isalpha() for ch in t.text) >= 3
        and not _ROMAN.match(t.text)
        and t.text.upper() not in GENERIC_ACRONYMS
        and t.text.upper() not in words.generic_acronyms
        and not (k > 0 and toks[k - 1].low in words.programme_nouns)
        and not places.is_place(t.text)
        and not covered.overlaps(t.start, t.start + 1)
        and not _in_name(toks, k)
        and not (k + 1 < len(toks) and toks[k + 1].text == ":")  # "RIF: 2001…", a label
    ]
    return sorted(mentions, key=lambda m: m.start), own


def _in_name(toks: list[_Tok], k: int) -> bool:
    """A family name in capitals ("Jacques Fame NDONGO"): next to other name words."""
    near = [toks[j] for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    return any(t.is_word and t.is_cap and not t.is_acronym for t in near) or (
        any(t.is_acronym and t.is_word for t in near)
    )


def _english_like(name: str, words: RomanceWords) -> bool:
    """An English-rule name with no word of this language's small words."""
    return not any(w.casefold() in words.stops or w.casefold() in words.heads for w in name.split())


def _name_word(tok: _Tok, words: RomanceWords) -> bool:
    low = tok.low.strip(".")
    return (
        tok.is_word
        and tok.is_cap
        and low not in words.stops
        and low not in words.heads
        and low not in words.roles
        and low not in words.months
        and low not in words.weekdays
        and low not in words.titles
        and not (len(tok.text) > 1 and tok.text.endswith(".") and len(tok.text) > 3)
    )


def guess_kind(name: str, kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The partner kind of the first head that opens ``name``."""
    low = name.casefold()
    for k in [0] + [m.end() for m in re.finditer(r"[\s'’-]+", low)]:
        found = next((kind for kind, heads in kinds if low.startswith(heads, k)), None)
        if found:
            return found  # the first head: "Pontificia Universidad…" is a university
    return "other"
