"""One organisation, however it is spelled.

Mentions are matched by normalised keys (word order and small words do not
count: "X of the Y" == "Y X"), acronyms (defined "(CRES)", derived from the
initials of a name or of its last words: BRRC ← "… Belt and Road Research
Center"), and small typos (one word off by one letter: "Beld"/"Belt",
"Chongqin"/"Chongqing"; an acronym off by one letter within an article).

``PartnerIndex`` holds the partners already known, keyed the same way, so a
lookup costs the same with 10 or 100,000 partners: fuzzy matching only ever
compares against names that share all words but one (blocked by
leave-one-word-out keys).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from newsroom.importing import places
from newsroom.importing.lexicon import STOPWORDS

_WORD = re.compile(r"[^\W_]+")
_PAREN = re.compile(r"\s*\(([^()]*)\)")

# One spelling for words that are written several ways ("Pvt Ltd" = "Private Limited",
# "Centre" = "Center"): generic words, never names.
SAME_WORDS = {
    "pvt": "private", "ltd": "limited", "co": "company", "corp": "corporation",
    "inc": "incorporated", "intl": "international", "univ": "university", "dept": "department",
    "centre": "center", "organisation": "organization", "programme": "program",
    "labour": "labor", "defence": "defense", "natl": "national", "assoc": "association",
}  # fmt: skip


def name_words(name: str) -> list[str]:
    # A short form in parentheses is not part of the name: "Renmin University of China (RUC)".
    name = _PAREN.sub(lambda m: "" if looks_like_acronym(m.group(1).strip()) else m.group(0), name)
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return [SAME_WORDS.get(w, w) for w in _WORD.findall(text) if w not in STOPWORDS]


def name_key(name: str) -> str:
    return " ".join(sorted(name_words(name)))


def leave_one_out(words: list[str]) -> set[str]:
    if len(words) < 3:
        return set()
    ordered = sorted(words)
    return {" ".join(ordered[:i] + ordered[i + 1 :]) for i in range(len(ordered))}


def typo_equal(a: list[str], b: list[str]) -> bool:
    """Same words but one, and that one differs by a single letter (4+ letters)."""
    if len(a) != len(b) or len(a) < 3:
        return False
    left = sorted(a)
    right = sorted(b)
    only_a = [w for w in left if w not in right]
    only_b = [w for w in right if w not in left]
    if len(only_a) != 1 or len(only_b) != 1:
        return False
    x, y = only_a[0], only_b[0]
    if not (x.isalpha() and y.isalpha() and min(len(x), len(y)) >= 4):
        return False
    # One letter off ("Beld"/"Belt"), or a word cut short ("Chart"/"Charter").
    short, long = sorted((x, y), key=len)
    cut = len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 2
    return Levenshtein.distance(x, y) <= 1 or cut


def acronym_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def looks_like_acronym(text: str) -> bool:
    bare = text.replace("&", "")
    return (
        2 <= len(bare) <= 10
        and bare.isalnum()
        and sum(c.isupper() for c in bare) >= 2
        and (bare.upper() == bare)
    )


def derived_acronyms(name: str) -> set[str]:
    """Initials of the name, of its last 3+ words, and of "X" in "X of Y"."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", name) if w.lower() not in STOPWORDS]
    initials = [w[0].upper() for w in words]
    found = {"".join(initials[i:]) for i in range(len(initials)) if len(initials) - i >= 3}
    if " of " in name:
        head = list(re.findall(r"[^\W\d_][\w'’]*", name.split(" of ")[0]))
        head = [w[0].upper() for w in head if w.lower() not in STOPWORDS]
        if len(head) >= 3:
            found.add("".join(head))
    return found


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """ "Nigerian" → "NG", "Japanese" → "JP", "Belarusian" → "BY"."""
    if not word[:1].isupper():
        return None
    for suffix, ending in (("ian", ""), ("ian", "ia"), ("an", "a"), ("n", ""), ("ese", ""),
                           ("ese", "a"), ("ish", ""), ("i", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            code = places.country_code(word[: -len(suffix)] + ending)
            if code:
                return code
    return None


@lru_cache(maxsize=4096)
def country_form(name: str) -> str | None:
    """One key for "Japanese Ministry of Foreign Affairs" and "Ministry of Foreign
    Affairs of Japan": the name without its country, and the country."""
    first, _, rest = name.partition(" ")
    code = demonym_country(first) if rest else None
    if code and len(name_words(rest)) >= 2:
        return f"{name_key(rest)}|{code}"
    head, sep, country = name.rpartition(" of ")
    code = places.country_code(country.removeprefix("the ")) if sep else None
    if code and len(name_words(head)) >= 2:
        return f"{name_key(head)}|{code}"
    return None


@dataclass
class Entry:
    """A partner known to the index (``pk`` None until it is saved)."""

    name: str
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)
    pk: int | None = None

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class PartnerIndex:
    """Partners by normalised name, leave-one-out key and acronym."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._by_key: dict[str, int] = {}
        self._by_loo: dict[str, set[int]] = defaultdict(set)
        self._by_acronym: dict[str, set[int]] = defaultdict(set)
        self._by_country: dict[str, int] = {}  # "ministry foreign affairs|JP"

    def add(self, entry: Entry) -> int:
        self.entries.append(entry)
        idx = len(self.entries) - 1
        self.register(idx)
        return idx

    def register(self, idx: int) -> None:
        """(Re-)index an entry after its names changed."""
        entry = self.entries[idx]
        for name in entry.names:
            if looks_like_acronym(name):
                self._by_acronym[acronym_key(name)].add(idx)
                continue
            words = name_words(name)
            country = country_form(name)
            if country:
                self._by_country.setdefault(country, idx)
            if words:
                self._by_key.setdefault(" ".join(sorted(words)), idx)
                for key in leave_one_out(words):
                    self._by_loo[key].add(idx)
        if entry.acronym:
            self._by_acronym[acronym_key(entry.acronym)].add(idx)

    def by_acronym(self, acronym: str) -> int | None:
        found = self._by_acronym.get(acronym_key(acronym))
        return min(found) if found else None

    def by_name(self, name: str) -> int | None:
        """Exact key, else a single-typo match among names sharing all words but one."""
        if looks_like_acronym(name):
            return self.by_acronym(name)
        words = name_words(name)
        if not words:
            return None
        exact = self._by_key.get(" ".join(sorted(words)))
        if exact is None:
            # "Japanese Ministry of Foreign Affairs" = "Ministry of Foreign Affairs of Japan"
            country = country_form(name)
            exact = self._by_country.get(country) if country else None
        if exact is not None:
            return exact
        candidates: set[int] = set()
        for key in leave_one_out(words):
            candidates |= self._by_loo.get(key, set())
        for idx in sorted(candidates):
            if any(typo_equal(words, name_words(n)) for n in self.entries[idx].names):
                return idx
        return None

    def find(self, name: str, acronym: str | None = None) -> int | None:
        found = self.by_name(name)
        if found is None and acronym:
            found = self.by_acronym(acronym)
        return found

    def explain(self, name: str, acronym: str | None = None) -> tuple[int, str] | None:
        """What ``find`` finds and why, in words for the review page: "by name",
        "by another spelling", "by name and country", "by a spelling one letter
        off", "by acronym"."""
        found = self.find(name, acronym)
        if found is None:
            return None
        entry = self.entries[found]
        if looks_like_acronym(name) or self.by_name(name) is None:
            return found, "by acronym"
        key = name_key(name)
        if key == name_key(entry.name):
            return found, "by name"
        if any(key == name_key(n) for n in entry.aliases):
            return found, "by another spelling"
        if self._by_key.get(key) is None and country_form(name):
            return found, "by name and country"
        return found, "by a spelling one letter off"

    def candidates(self, name: str, acronym: str | None = None) -> list[int]:
        """The entries a match is chosen among: those sharing the acronym, all
        the name's words but one, or the name's words and one more ("Blue Horizon
        Network" for "Blue Horizon Network in Nanjing", and the other way round)."""
        found: set[int] = set()
        for short in filter(None, (acronym, name if looks_like_acronym(name) else None)):
            found |= self._by_acronym.get(acronym_key(short), set())
        words = name_words(name)
        key = " ".join(sorted(words))
        found |= self._by_loo.get(key, set())
        for shorter in {key, *leave_one_out(words)}:
            if (idx := self._by_key.get(shorter)) is not None:
                found.add(idx)
            found |= self._by_loo.get(shorter, set()) if shorter != key else set()
        for short in derived_acronyms(name):
            found |= self._by_acronym.get(short, set())
        return sorted(found)
