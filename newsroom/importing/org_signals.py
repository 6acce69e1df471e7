"""Names without a head that the text itself shows to be organisations.

"Human Rights Watch", "Freedom House" or "Prosper Africa" have no noun that heads
organisations; the sentence around them says what they are: a post held there
("director of X"), an apposition ("X, a non-profit based in …"), a list of
organisations ("organisations such as X, Y and Z", "members include …") or a
partnership ("partnered with X"). Only generic words are listed here.
"""

from __future__ import annotations

from newsroom.importing import places
from newsroom.importing.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    NOT_ORG_HEADS,
    PERSON_TITLES,
    WEEKDAYS,
    is_head,
    is_weak_head,
)
from newsroom.importing.tokens import Token

# What an apposition calls an organisation ("X, a Nairobi-based non-profit,").
KIND_NOUNS = {
    "non-profit", "nonprofit", "not-for-profit", "ngo", "charity", "organisation",
    "organization", "foundation", "network", "coalition", "association", "company", "firm",
    "consultancy", "movement", "think-tank", "tank", "start-up", "startup", "collective",
    "cooperative", "enterprise", "institution", "body", "agency", "social",
}  # fmt: skip
# Plural nouns that open a list of organisations ("partners such as …").
LIST_NOUNS = {
    "organisations", "organizations", "groups", "partners", "members", "ngos", "institutions",
    "networks", "companies", "bodies", "foundations", "charities", "agencies", "donors",
    "sponsors", "funders", "associations", "coalitions", "non-profits", "nonprofits",
}  # fmt: skip
# Posts held at an organisation, written small before "of" ("director of X"); an
# ambassador's or a graduate's "of" names a country or a school.
ORG_POSTS = {
    "director", "president", "vice-president", "head", "founder", "co-founder", "cofounder",
    "chair", "chairman", "chairwoman", "chairperson", "ceo", "coordinator", "manager", "dean",
    "rector", "secretary-general", "officer", "spokesperson", "spokesman", "spokeswoman",
    "executive-director", "director-general", "trustee", "partner", "leader", "convenor",
}  # fmt: skip
_LIST_OPENERS = {"include", "includes", "included", "including", "like"}
_PARTNER_VERBS = {"partnered", "partnering", "partnership", "partnerships", "teamed"}


def _item_ok(item: list[Token], after: Token | None = None) -> bool:
    words = [t for t in item if t.is_word]
    if not words or len(words) > 6 or not words[0].is_cap:
        return False
    if len(words) == 1 and (words[0].text.isupper() or sum(c.isupper() for c in words[0].text) < 2):
        return False  # one word: "FemLINKpacific", "V-Lab"; short forms are read elsewhere
    if any(t.possessive for t in words[:-1]) or any(
        is_head(t.text) or is_weak_head(t.text) for t in words
    ):
        return False  # a name with a head is read as one already
    if after is not None and (
        after.text in {"-", "–", "—"} or after.is_word and (is_head(after.text) or after.is_cap)
    ):
        return False  # "the French academy", "Kyrgyz – Turkish …": a modifier, a longer name
    if words[0].lower in FUNCTION_WORDS or words[0].lower.rstrip(".") in PERSON_TITLES:
        return False
    if any(t.lower in MONTHS or t.lower in WEEKDAYS or t.text[0].isdigit() for t in words):
        return False
    if words[-1].lower in NOT_ORG_HEADS:
        return False
    return not places.is_place(" ".join(t.text for t in words))


def _items(tokens: list[Token], k: int) -> list[list[Token]]:
    """The capitalised items of a list from ``tokens[k]``: "X, Y and Z"."""
    items, n = [], len(tokens)
    while k < n:
        run = _run_at(tokens, k)
        if not run:
            break
        items.append(run)
        k += len(run)
        if k < n and tokens[k].text == ",":
            k += 1
        if k < n and tokens[k].lower in {"and", "&"}:
            last = _run_at(tokens, k + 1)
            if last:
                items.append(last)
            break
        if k >= n or not (tokens[k].is_word and tokens[k].is_cap):
            break
    return [i for i in items if _item_ok(i)]


def _after(tokens: list[Token], at: int, run: list[Token]) -> Token | None:
    return tokens[at + len(run)] if at + len(run) < len(tokens) else None


def _run_at(tokens: list[Token], k: int) -> list[Token]:
    end = k
    while (
        end < len(tokens)
        and tokens[end].is_word
        and (tokens[end].is_cap or end > k and tokens[end].lower in {"of", "for"})
    ):
        end += 1
    while end > k and not tokens[end - 1].is_cap:
        end -= 1
    return tokens[k:end]


def signalled_names(tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words that the words around them show to be organisations."""
    found: list[list[Token]] = []
    n = len(tokens)
    for k, tok in enumerate(tokens):
        low = tok.lower
        # "director of Civic Bridge": a post, written small, held at the name
        if (
            tok.text.islower()
            and low in ORG_POSTS
            and k + 2 < n
            and tokens[k + 1].lower in {"of", "at"}
        ):
            at = k + 2 + (tokens[k + 2].lower == "the")
            run = _run_at(tokens, at) if at < n else []
            if _item_ok(run, _after(tokens, at, run)) and not (
                at + len(run) < n and tokens[at + len(run)].lower == "of"
            ):
                found.append(run)
        # "partnered with X", "in partnership with X"
        if low in _PARTNER_VERBS and k + 2 < n and tokens[k + 1].lower == "with":
            at = k + 2 + (tokens[k + 2].lower == "the")
            run = _run_at(tokens, at) if at < n else []
            if _item_ok(run, _after(tokens, at, run)):
                found.append(run)
        # "organisations such as X, Y and Z", "members include X, Y"
        opener = low in _LIST_OPENERS or low == "as" and k > 0 and tokens[k - 1].lower == "such"
        if opener and any(t.lower in LIST_NOUNS for t in tokens[max(0, k - 5) : k]):
            found.extend(_items(tokens, k + 1))
        # "X, a non-profit based in …", "X, an NGO that …"
        if (
            tok.text == ","
            and k > 0
            and k + 2 < n
            and tokens[k + 1].lower in {"a", "an"}
            and any(t.lower in KIND_NOUNS for t in tokens[k + 2 : k + 6])
            and tokens[k - 1].is_word
            and tokens[k - 1].is_cap
        ):
            start = k - 1
            while (
                start > 0
                and tokens[start - 1].is_word
                and (tokens[start - 1].is_cap or tokens[start - 1].lower in {"of", "for"})
            ):
                start -= 1
            run = tokens[start:k]
            while run and not run[0].is_cap:
                run = run[1:]
            if _item_ok(run):
                found.append(run)
    return found
