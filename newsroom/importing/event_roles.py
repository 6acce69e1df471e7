"""Who did what at an event, from the verbs around organisation names.

"organized by X" (organiser), "in cooperation with Y" (co-organiser), "X
hosted" (host), "X attended" (participant), "X visited Y" (visitor, host), "X
and Y signed" (signatories).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsroom.importing.events import EventDraft
    from newsroom.importing.people import OrgSpan

ROLE_RANK = ["host", "organiser", "co-organiser", "signatory", "visitor", "participant"]

# Cue → role of the organisations that follow it (until the next cue).
_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bco-(?:organi[sz]ed|hosted|sponsored) by\b", re.I), "co-organiser"),
    (re.compile(r"\b(?:in (?:conjunction|cooperation|collaboration|partnership) with|jointly "
                r"with|together with|supported by|with the support of)\b", re.I), "co-organiser"),
    (re.compile(r"\b(?:organi[sz]ed|sponsored|convened|initiated|held|launched) by\b", re.I),
     "organiser"),
    (re.compile(r"\b(?:hosted by|at the invitation of|invited by|on the invitation of)\b", re.I),
     "host"),
]  # fmt: skip
# Verb → (role of the organisations before it, role of those after it).
_VERBS: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(r"\bvisit(?:ed|s)?\b", re.I), "visitor", "host"),
    (re.compile(r"\b(?:hosted|organi[sz]ed|held|convened|launched|hosts|holds)\b", re.I),
     "host", None),
    (re.compile(r"\b(?:attended|participated|joined|took part)\b", re.I), "participant", None),
    (re.compile(r"\bsign(?:ed|s)?\b", re.I), "signatory", "signatory"),
]  # fmt: skip


def roles_in(sentence: str, offset: int, spans: list[OrgSpan], event: EventDraft) -> None:
    """Give ``event`` the organisations named in ``sentence`` (at ``offset`` of
    its paragraph), each with the role its place around the verbs says."""
    inside = sorted(s for s in spans if offset <= s[0] < offset + len(sentence))
    cues = [(m.end(), role) for pattern, role in _CUES for m in pattern.finditer(sentence)]
    for start, _end, org in inside:
        rel = start - offset
        before = [c for c in cues if c[0] <= rel]
        if before:
            event.add(org, max(before)[1])
            continue
        verbs = sorted(
            (m.start(), m.end(), before_role, after_role)
            for pattern, before_role, after_role in _VERBS
            for m in pattern.finditer(sentence)
        )
        after = [v for v in verbs if v[0] > rel]
        before_verbs = [v for v in verbs if v[1] <= rel]
        role = None
        if after:
            role = after[0][2]
        elif before_verbs:
            verb = before_verbs[-1]
            between = sentence[verb[1] : rel]
            if verb[3] is None or re.search(r"\b\w+ed\b|,|\bto\s+\w+", between):
                continue  # another clause: "signed an MoU and established the Office"
            role = verb[3]
        if role is None:
            role = "visitor" if event.kind == "visit" else "participant"
        if event.kind == "signing" and role in {"host", "participant"}:
            role = "signatory"
        event.add(org, role)
