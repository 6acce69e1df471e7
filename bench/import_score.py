"""Scores the importer's ``--dry-run --json`` output against a gold file.

The rules are the development set's (tests/data/import-dev/README.md, "Scoring"):
names match case-insensitively after honorifics, punctuation and filler words
are removed, any listed variant counting, with small typos and word orders
forgiven; an optional item is neither a miss when absent nor a false positive
when present; one found event stands for at most one expected event; a title
the gold leaves empty must be inferred and flagged so; a date matches to the
day (to the month for month precision) and a gold without a year wants none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

Item = dict[str, Any]

_FILLER = re.compile(r"\b(the|of|in|and|co|ltd|inc)\b")


def norm(text: str | None) -> str:
    """Lower-case, accents and punctuation off, filler words out."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]", " ", text.lower().replace("&", " and "))
    return " ".join(_FILLER.sub(" ", text).split())


def _org_names(found: Item) -> list[str]:
    names = [found.get("name"), found.get("acronym"), *(found.get("aliases") or [])]
    return [norm(n) for n in names if n]


def org_matches(expected: Item, found: Item) -> bool:
    wanted = [expected.get("name"), expected.get("acronym"), *(expected.get("variants") or [])]
    for a in filter(None, map(norm, wanted)):
        for b in filter(None, _org_names(found)):
            if a == b:
                return True
            if len(a) > 6 and len(b) > 6 and fuzz.ratio(a, b) >= 88:
                return True
            if len(a) > 12 and len(b) > 12 and fuzz.token_sort_ratio(a, b) >= 92:
                return True
    return False


def person_matches(expected: Item, found: Item) -> bool:
    b = norm(found.get("name"))
    if not b:
        return False
    spellings = [
        expected.get("name"),
        expected.get("name_as_written"),
        *(expected.get("variants") or []),
    ]
    for a in filter(None, map(norm, spellings)):
        if a == b or fuzz.ratio(a, b) >= 88 or sorted(a.split()) == sorted(b.split()):
            return True
    return False


def title_right(expected: Item, output: Item) -> bool:
    if expected.get("title") is None:
        return bool(output.get("title")) and bool(output.get("title_inferred"))
    if output.get("title_inferred"):
        return False
    return fuzz.ratio(norm(expected["title"]), norm(output.get("title"))) >= 90


def _digits(precision: str | None) -> int:
    return 7 if precision == "month" else 10


def date_right(expected: Item, output: Item) -> bool:
    got = output.get("date")
    if expected.get("date") is None:
        return got in (None, "")
    n = _digits(expected.get("date_precision"))
    wanted = [expected["date"], *(expected.get("date_alternatives") or [])]
    return bool(got) and str(got)[:n] in {w[:n] for w in wanted if w}


def event_matches(expected: Item, found: Item) -> bool:
    kinds = {(expected.get("kind") or "").lower()}
    kinds |= {k.lower() for k in expected.get("alt_kinds") or []}
    if (found.get("kind") or "").lower() not in kinds:
        return False
    if expected.get("date"):
        n = _digits(expected.get("date_precision"))
        return str(found.get("date") or "")[:n] == expected["date"][:n]
    return not found.get("date")


def matched_count(
    expected: list[Item], found: list[Item], match: Callable[[Item, Item], bool]
) -> int:
    """Expected items matched each by a different found item (maximum bipartite matching)."""
    owner: dict[int, int] = {}

    def assign(i: int, tried: set[int]) -> bool:
        for j, item in enumerate(found):
            if j not in tried and match(expected[i], item):
                tried.add(j)
                if j not in owner or assign(owner[j], tried):
                    owner[j] = i
                    return True
        return False

    return sum(assign(i, set()) for i in range(len(expected)))


def _required(items: Iterable[Item]) -> list[Item]:
    return [item for item in items if not item.get("optional")]


@dataclass
class Tally:
    """Counts over a set of files; ``summary`` turns them into the scorer's rates."""

    files: int = 0
    failed: int = 0
    title: int = 0
    date: int = 0
    org_tp: int = 0
    org_expected: int = 0
    org_found: int = 0
    org_unmatched: int = 0
    org_false: int = 0
    people_tp: int = 0
    people_expected: int = 0
    people_found: int = 0
    people_false: int = 0
    event_tp: int = 0
    event_expected: int = 0
    chrome_leaks: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, gold: Item, output: Item | None) -> None:
        self.files += 1
        orgs, people, events = (gold.get(k, []) for k in ("organisations", "people", "events"))
        self.org_expected += len(_required(orgs))
        self.people_expected += len(_required(people))
        self.event_expected += len(_required(events))
        if not output or not output.get("ok", True):
            self.failed += 1
            self.lines.append(
                f"{gold['file']}: MISSING or failed: {output and output.get('error')}"
            )
            return
        title, date = title_right(gold, output), date_right(gold, output)
        self.title += title
        self.date += date

        found = output.get("partners") or []
        missed = [e["name"] for e in _required(orgs) if not any(org_matches(e, f) for f in found)]
        self.org_tp += len(_required(orgs)) - len(missed)
        self.org_found += len(found)
        self.org_unmatched += len(found) - len(self._orgs_hit(orgs, found))
        not_orgs = [{"name": n} for n in gold.get("not_organisations", [])]
        bad = [f.get("name") for f in found if any(org_matches(n, f) for n in not_orgs)]
        self.org_false += len(bad)

        found_people = output.get("people") or []
        people_hit = sum(any(person_matches(e, f) for f in found_people) for e in _required(people))
        self.people_tp += people_hit
        self.people_found += len(found_people)
        self.people_false += sum(
            not any(person_matches(e, f) for e in people) for f in found_people
        )

        events_hit = matched_count(_required(events), output.get("events") or [], event_matches)
        self.event_tp += events_hit
        body = output.get("body") or ""
        leaks = [line for line in gold.get("chrome", []) if line and line in body]
        self.chrome_leaks += len(leaks)
        required_orgs = len(_required(orgs))
        self.lines.append(
            f"{gold['file']}: title={'ok' if title else 'WRONG'} "
            f"date={'ok' if date else 'WRONG(' + str(output.get('date')) + ')'} "
            f"orgs {required_orgs - len(missed)}/{required_orgs} (found {len(found)}) "
            f"people {people_hit}/{len(_required(people))} (found {len(found_people)}) "
            f"events {events_hit}/{len(_required(events))}"
            + (f" not-orgs={bad}" if bad else "")
            + (f" chrome-leak={leaks}" if leaks else "")
            + (f" missed={missed[:6]}" if missed else "")
        )

    @staticmethod
    def _orgs_hit(orgs: list[Item], found: list[Item]) -> set[int]:
        """Gold organisations the found partners stand for: a partner found twice
        under two spellings hits one, so the second counts as unmatched."""
        hit = set()
        for f in found:
            exact = {norm(f.get("name")), norm(f.get("acronym"))} - {""}
            index = next(
                (
                    i
                    for i, e in enumerate(orgs)
                    if exact & {norm(e.get("name")), norm(e.get("acronym"))}
                ),
                None,
            )
            if index is None:
                index = next((i for i, e in enumerate(orgs) if org_matches(e, f)), None)
            if index is not None:
                hit.add(index)
        return hit

    def summary(self, seeds: bool = False) -> dict[str, Any]:
        n = max(self.files, 1)
        recall = self.org_tp / max(self.org_expected, 1)
        precision = 1 - self.org_unmatched / max(self.org_found, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        return {
            "files": self.files,
            "failed": self.failed,
            "title": round(self.title / n, 3),
            "date": round(self.date / n, 3),
            "org_recall": round(recall, 3),
            # The seeds' gold lists the minimum to find, not every organisation.
            "org_precision": None if seeds else round(precision, 3),
            "org_f1": None if seeds else round(f1, 3),
            "false_orgs": self.org_false,
            "people_recall": round(self.people_tp / max(self.people_expected, 1), 3),
            "people_precision": round(1 - self.people_false / max(self.people_found, 1), 3),
            "event_recall": round(self.event_tp / max(self.event_expected, 1), 3),
            "chrome_leaks": self.chrome_leaks,
        }


def by_file(outputs: list[Item]) -> dict[str, Item]:
    return {str(o.get("file", "")).replace("\\", "/").rsplit("/", 1)[-1]: o for o in outputs}


def score(outputs: list[Item], gold: list[Item]) -> Tally:
    found = by_file(outputs)
    tally = Tally()
    for entry in gold:
        tally.add(entry, found.get(entry["file"]))
    return tally
