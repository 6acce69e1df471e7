"""People named next to an organisation without the usual "Name, Role of Org".

"Academy of Athens Christos Zerefos said" (a name glued after the organisation),
"Anna Kowalska (Polish Academy of Sciences)" (a listed name with its organisation
in parentheses) and "Cui Qiming the ambassador of …" (a name, then its post with
"the"). The caller says what a name is (``people._is_name``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from newsroom.importing.lexicon import POSITION_HEADS
from newsroom.importing.roles import capitalise, org_at

OrgSpan = tuple[int, int, int]  # start, end, organisation index
Found = tuple[str, str | None, int | None]  # name as written, post, organisation index
NameCheck = Callable[[str], bool]


class Covered:
    """Whether an offset lies inside any span, in log time (a long list stays linear)."""

    def __init__(self, spans: list[OrgSpan]):
        ordered = sorted((s, e) for s, e, _ in spans)
        self.starts = [s for s, _ in ordered]
        self.reach, top = [], -1
        for _, end in ordered:
            top = max(top, end)
            self.reach.append(top)

    def __contains__(self, at: int) -> bool:
        k = bisect_right(self.starts, at)
        return k > 0 and self.reach[k - 1] > at


# "Academy of Athens Christos Zerefos said", "… Council Maria Lopez, who …": a name
# right after an organisation, before a pause or a verb of speech, is its member.
_AFTER_ORG = re.compile(
    r"\s+((?:(?:[A-Z][\w'’-]+|[A-Z]\.|al-[A-Z][\w'’-]*|bin|de|van)\s+){1,3}"
    r"(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]*))"
    r"(?=\s*,|\s+(?:said|says|stated|noted|added|explained|told|stressed|emphasi[sz]ed|"
    r"underlined|highlighted|remarked|welcomed|opened|who)\b)"
)


def _people_after_organisations(
    paragraph: str, spans: list[OrgSpan], is_name: NameCheck
) -> list[Found]:
    found, covered = [], Covered(spans)
    for start, end, org in sorted(spans, key=lambda sp: sp[1]):
        match = _AFTER_ORG.match(paragraph, end)
        if not match or match.start(1) in covered:
            continue
        name = match.group(1)
        if is_name(name) and not paragraph[start:end].isupper():
            found.append((name, None, org))
    return found


# "Participants: Anna Kowalska (Polish Academy of Sciences), …": a listed name with
# its organisation in parentheses.
_BEFORE_ORG = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)((?:[A-Z][\w'’-]+\s+|[A-Z]\.\s*|(?:al|el|bin|de|van)[-\s])"
    r"{1,3}(?:[A-Z][\w'’-]+|(?:al|el)-[A-Z][\w'’-]*))\s*\($"
)


def _people_before_organisations(
    paragraph: str, spans: list[OrgSpan], is_name: NameCheck
) -> list[Found]:
    found = []
    for start, end, org in spans:
        if not paragraph[end:].lstrip().startswith(")"):
            continue
        match = _BEFORE_ORG.search(paragraph[max(0, start - 80) : start])
        if match and is_name(match.group(1)):
            found.append((match.group(1), None, org))
    return found


# "discussed with Cui Qiming the ambassador of …": a name, then its post with "the".
_NAME_THE_ROLE = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?=\s+(?:of|at|for)\b|\s*[,.;])"
)


def _people_before_their_post(
    paragraph: str, spans: list[OrgSpan], is_name: NameCheck
) -> list[Found]:
    found, covered = [], Covered(spans)
    for match in _NAME_THE_ROLE.finditer(paragraph):
        name, role = match.group(1), match.group(2)
        if role.split()[-1] not in POSITION_HEADS or not is_name(name):
            continue
        before = re.search(r"(\S+)\s*$", paragraph[max(0, match.start(1) - 60) : match.start(1)])
        if match.start(1) in covered or (before and before.group(1)[:1].isupper()):
            continue  # the end of a longer name ("Dr. Rozhen Kamal Shah Mohammed the …")
        follow = re.match(r"\s+(?:of|at|for)\s+(?:the\s+)?", paragraph[match.end() :])
        org = org_at(spans, match.end() + follow.end()) if follow else None
        found.append((name, capitalise(role) or role, org))
    return found


def people_around_organisations(
    paragraph: str, spans: list[OrgSpan], is_name: NameCheck
) -> list[Found]:
    return [
        *_people_after_organisations(paragraph, spans, is_name),
        *_people_before_organisations(paragraph, spans, is_name),
        *_people_before_their_post(paragraph, spans, is_name),
    ]
