"""People: "Mr. Dingping Ma, Secretary General … of Chongqing Renewable Energy
Society", "Xue Wenchao, Professor of the …", "Vice President Huang Dawei of
Southeast University", "the president of the Compostela Group, Carla Martins,".

A person is a name (two to five capitalised words, or any name after a title
such as Mr./Dr./Assoc. Prof.) with a job title after it, before it ("Role Name
of Organisation", "Role, Name,") or introduced by a title. Names are kept in
the order written ("OU Boqian"); titles and post-nominals are stripped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsroom.importing import places
from newsroom.importing.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NEVER_NAME_WORDS,
    NOT_ORG_HEADS,
    PERSON_TITLES,
    POSITION_HEADS,
    POST_NOMINALS,
    TITLE_WORDS,
    is_head,
    is_plural_head,
    is_position_word,
    is_weak_head,
)
from newsroom.importing.people_around import Covered, people_around_organisations
from newsroom.importing.roles import (
    after_country,
    capitalise,
    ends_with_position,
    org_at,
    plural_role,
    position_start,
    role_of,
    role_within,
)
from newsroom.importing.sentences import split_sentences

OrgSpan = tuple[int, int, int]  # start, end, organisation index

_TITLE_WORD = "|".join(sorted((re.escape(t) for t in TITLE_WORDS), key=len, reverse=True))
# One or more titles: "Dr.", "Prof. Dr.", "Assoc. Prof.", "Dr. (Mrs)", "Prof.A. Salokhiddinov".
_TITLE = re.compile(
    rf"(?<![\w.])(?:(?:{_TITLE_WORD})(?:\.\s*|\s+)|\((?:{_TITLE_WORD})\.?\)\s*)+(?=[^\W\d_])"
)
_LETTER = r"[^\W\d_]"
_NAME_WORD = re.compile(
    rf"^(?:{_LETTER}[\w'’-]*|(?:{_LETTER}{{1,2}}\.)+(?:{_LETTER}[\w'’-]*)?|{_LETTER})$"
)
_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"(?:[^\W\d_]{1,2}\.)+")
# A family name led by a particle written small: "al-Maadeed", "el-Sayed", "bin-Zayed".
_PARTICLE_LED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|bint|abu|abd|ben)[-‑][^\W\d_]")


def _name_word_start(word: str) -> bool:
    return word[:1].isupper() or word in NAME_PARTICLES or bool(_PARTICLE_LED.match(word))


@dataclass(frozen=True)
class PersonMention:
    name: str
    position: str | None
    affiliation: int | None  # organisation index
    titled: bool = False  # named with a title ("Prof. Kim"), so a lone surname may stand


def normalise_person_name(name: str) -> str:
    """ "Abdulrahman A.Elkhereiji" → "Abdulrahman A. Elkhereiji"; "Ann Lee CBE" → "Ann Lee"."""
    name = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name)
    name = name[_TITLE.match(name).end() :] if _TITLE.match(name) else name
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in POST_NOMINALS:
        words.pop()
    return " ".join(words).strip(" ,;")


def person_key(name: str) -> str:
    return "".join(ch for ch in normalise_person_name(name).casefold() if ch.isalnum())


def _is_name(text: str, titled: bool, single: bool = False) -> bool:
    words = normalise_person_name(text).split()
    # A lone surname ("Dr. Wongsawat") is kept only where the caller says it may be.
    if not (1 if single else 2) <= len(words) <= 5 or len(text) > 60:
        return False
    capitals = 0
    if words[0] in NAME_PARTICLES or words[-1] in NAME_PARTICLES:
        return False
    for word in words:
        low = word.casefold().strip(".")
        if word in NAME_PARTICLES:
            continue  # "Noor Azizi bin Ismail", "Wim de Villiers" (but "Dharma Ranjan Das")
        if low in PERSON_TITLES or low in NEVER_NAME_WORDS or low in NOT_ORG_HEADS:
            return False
        if not _NAME_WORD.match(word) or not _name_word_start(word) or low in MONTHS:
            return False
        if len(low) > 1 and low in FUNCTION_WORDS and not (titled and low not in _NEVER_NAMES):
            return False
        if is_head(word) or is_weak_head(word) or is_plural_head(word) or is_position_word(word):
            return False
        if word.isupper() and len(word) > 2:
            capitals += 1
    # One family name in capitals ("OU Boqian", "GUO Lihong"), never a whole line.
    if capitals > 1 or capitals and capitals == len(words):
        return False
    return not places.is_place(text)


_NEVER_NAMES = {"the", "of", "and", "in", "at", "on", "for", "to", "from", "with", "by", "a", "an"}


def _whole_org(segment: str, at: int, spans: list[OrgSpan]) -> int | None:
    """The organisation a segment holds and nothing else (" the Polish Academy ….")."""
    lead = len(segment) - len(segment.lstrip())
    lead += len(re.match(r"(?:the\s+)?", segment[lead:]).group(0))
    body = segment.rstrip(" .")
    org = org_at(spans, at + lead)
    span = next((sp for sp in spans if sp[0] == at + lead), None)
    return org if span is not None and span[1] >= at + len(body) else None


def _segments(sentence: str, offset: int, covered: Covered) -> list[tuple[int, str]]:
    """Comma-separated parts, not cut inside an organisation's name ("Co., Ltd")."""
    parts, start = [], 0
    for i, ch in enumerate(sentence):
        pause = ch in ",;–—" or ch == "-" and sentence[i - 1 : i + 2] == " - "
        if pause and offset + i not in covered:
            parts.append((start, sentence[start:i]))
            start = i + 1
    parts.append((start, sentence[start:]))
    return parts


def _role_before(
    text: str, abs_start: int, spans: list[OrgSpan]
) -> list[tuple[str, int, str, int | None]]:
    """ "Vice President Huang Dawei of Southeast University", "academician Wang Yingluo",
    "TCS Secretary-General OU Boqian", "Professors A and B": (name, end, role, org)."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
    found: list[tuple[str, int, str, int | None]] = []
    k = 0
    while k < len(words):
        start, word = words[k]
        if word.casefold().strip(",.") not in POSITION_HEADS and not plural_role(word):
            k += 1
            continue
        # The role: this word and the position words (and short forms) before it.
        first = k
        while (
            first > 0
            and (
                is_position_word(words[first - 1][1])
                or words[first - 1][1].isupper()
                and len(words[first - 1][1]) > 1
                or any(s[0] <= abs_start + words[first - 1][0] < s[1] for s in spans)
                # "University President Oshiro": a head word alone before the post
                or is_head(words[first - 1][1])
                and words[first - 1][1][:1].isupper()
                and (first < 2 or not words[first - 2][1][:1].isupper())
            )
        ):
            first -= 1
        last = k
        while last + 1 < len(words) and is_position_word(words[last + 1][1]):
            last += 1
        # "QU president Hassan al-Derham", "Tsinghua University President Wang": the
        # organisation before the post is the person's, not part of the post
        lead_org: int | None = None
        while first < last:
            at = abs_start + words[first][0]
            span = next((sp for sp in spans if sp[0] <= at < sp[1]), None)
            if span is None:
                break
            lead_org, first = span[2], first + 1
        role_words = [w for _, w in words[first : last + 1]]
        if len(role_words) == 1 and role_words[0].strip(",.") in TITLE_WORDS:
            k = last + 1  # "Professor Roger Matthews": a title, read with the name
            continue
        if any(w.endswith((",", ";", ":", ".")) for w in role_words[:-1]):
            k = last + 1
            continue
        plural = plural_role(words[last][1])
        names = []
        m = last + 1
        of_org: int | None = None
        if (
            m < len(words)
            and words[m][1].casefold() in {"of", "for", "at"}
            and not role_words[-1].endswith(",")
        ):
            # "Chairman of Russia-China … Foundation Cui Shan", "the vice-rector for
            # international cooperation Z.A.Babakhanova": the role's organisation or
            # domain, then the name.
            n = m + 1
            if n < len(words) and words[n][1].casefold() == "the":
                n += 1
            at = abs_start + words[n][0] if n < len(words) else -1
            span = next((sp for sp in spans if sp[0] == at), None)
            if span is not None:
                of_org = span[2]
                n = next((i for i, (st, _) in enumerate(words) if abs_start + st >= span[1]), n)
                if n < len(words) and re.fullmatch(r"\([^()\s]+\)", words[n][1]):
                    n += 1  # "… Nuclear Research (JINR) Viktor Matveev"
                # "Director of the Engelhardt Institute … at the Russian Academy of Sciences
                # Alexander Makarov": the unit, then its parent, then the name.
                if n + 1 < len(words) and words[n][1].casefold() in {"at", "of"}:
                    p2 = n + 1 + (words[n + 1][1].casefold() == "the")
                    at2 = abs_start + words[p2][0] if p2 < len(words) else -1
                    span2 = next((sp for sp in spans if sp[0] == at2), None)
                    if span2 is not None:
                        n = next(
                            (i for i, (st, _) in enumerate(words) if abs_start + st >= span2[1]),
                            n,
                        )
            elif (
                not plural and n < len(words) and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", words[n][1])
            ):
                n += 1  # "the Rector of KBTU Gabdullin M.T."
            else:
                start_n = n
                while n < len(words) and words[n][1].islower() and n - m < 5:
                    n += 1
                if n == start_n:
                    # "the Minister of Education and Science of the Republic of Tajikistan
                    # Rahim Saidzoda": the name follows the country.
                    n = after_country(words, n)
                if n == start_n:
                    n = m  # "Head of the United Arab Emirates Liaison Office": no name follows
            if n > m + 1 and n < len(words) and not words[n - 1][1].endswith((",", ";", ".")):
                m = n
            if m == last + 1:
                k = last + 1
                continue
        while m < len(words):
            title = _TITLE.match(text, words[m][0])
            pos = title.end() if title else words[m][0]
            run = re.match(r"(?:[^\W\d_][\w'’.-]*\s*){1,4}", text[pos:])
            if not run:
                break
            raw = []
            for w in run.group(0).split():
                # An initial keeps its full stop: "K. Khushvatzoda", "Z.A.Babakhanova".
                bare = w if _INITIAL.fullmatch(w) else w.rstrip(",.;:")
                at = abs_start + pos + run.group(0).find(w)
                if (
                    not bare
                    or not _name_word_start(bare)
                    or bare in NAME_PARTICLES
                    and not raw
                    or is_position_word(bare)
                    or is_head(bare)
                    or any(s[0] <= at < s[1] for s in spans)
                ):
                    break
                raw.append(bare)
                if bare != w:
                    break
            name = " ".join(raw)
            after = text[pos + text[pos:].find(raw[-1]) + len(raw[-1]) :] if len(raw) == 1 else ""
            capital_role = (
                len(raw) == 1
                and role_words[-1][:1].isupper()
                and of_org is None
                and not plural
                and role_words[-1].casefold() not in {"member", "members"}
                # "University President Oshiro likewise called", "President Tsunoyama,",
                # "Regent Iwase (Director …)": a verb, a joiner or a pause follows
                and bool(re.match(r"\s+(?:[a-z]|and\b|\()|[,;.]|\s*$", after))
                and not re.match(r"\s*(?:of\b|[’']s?\b)", after)
                and not raw[0].isupper()
                and not raw[0].endswith(("’s", "'s"))
            )
            rest_of_run = text[pos + len(run.group(0)) - len(run.group(0).lstrip()) :]
            tail = rest_of_run[len(" ".join(raw)) :] if raw else ""
            if re.match(r"\s+[A-Z]", tail) and not re.match(r"\s+(?:and|of)\b", tail):
                break  # "Incharge China Study Centre": a title-case run, not a name
            if not name or not _is_name(name, titled=bool(title), single=capital_role):
                break
            end = pos + text[pos:].find(raw[-1]) + len(raw[-1])
            names.append((name, end))
            rest = text[end:]
            joiner = re.match(r"\s*(?:,\s*)?(?:and|&)\s+", rest)
            shared = joiner and re.match(
                r"\s*(?:and|&)\s+(?:[^\W\d_][\w'’-]*\s+){1,3}(?:of|from|at)\s", rest
            )
            if (plural or shared) and joiner:
                m = next(
                    (i for i, (s, _) in enumerate(words) if s >= end + joiner.end()), len(words)
                )
                continue
            break
        role = " ".join(role_words).strip(",.")
        if plural:
            role = re.sub(r"s$", "", role)
        role = capitalise(role) or role
        orgs = []
        for _name, end in names:
            follow = re.match(r"\s*(?:of|from|at)\s+(?:the\s+)?", text[end:])
            org = org_at(spans, abs_start + end + follow.end()) if follow else None
            orgs.append(org if org is not None else of_org)
        # "Associate Dean Zhibin Hu and Yankai Xia of NMU …": the organisation is both's.
        shared_org = orgs[-1] if orgs else None
        for (name, end), org in zip(names, orgs, strict=True):
            org = org if org is not None else shared_org
            found.append((name, end, role, org if org is not None else lead_org))
        k = last + 1
    return found


_ENDS_WITH_TITLE = re.compile(rf"(?:\b(?:{_TITLE_WORD})|(?<![^\W\d_])[^\W\d_])\.$")


def _sentences(paragraph: str) -> list[tuple[int, str]]:
    """Sentences, joined again where one was cut after a title or an initial
    ("Secretary-General Amb. | OU Boqian", "Prof.A. | Salokhiddinov")."""
    joined: list[tuple[int, str]] = []
    for offset, sentence in split_sentences(paragraph):
        if joined and _ENDS_WITH_TITLE.search(joined[-1][1]):
            start = joined[-1][0]
            joined[-1] = (start, paragraph[start : offset + len(sentence)])
        else:
            joined.append((offset, sentence))
    return joined


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    found = [
        PersonMention(normalise_person_name(name), position, org)
        for name, position, org in people_around_organisations(
            paragraph, spans, lambda name: _is_name(name, titled=False)
        )
    ]
    covered = Covered(spans)
    for offset, sentence in _sentences(paragraph):
        segments = _segments(sentence, offset, covered)
        for i, (seg_start, segment) in enumerate(segments):
            lead = re.match(r"\s*(?:and\s+)?", segment).end()
            text = segment[lead:]
            abs_start = offset + seg_start + lead
            candidates: list[tuple[str, int, bool]] = []  # name, end offset in text, titled
            role_at: dict[int, int] = {}  # candidate → the segment that holds its role
            for m in _TITLE.finditer(text):
                words = re.match(r"(?:[^\W\d_][\w'’.-]*\s*){1,6}", text[m.end() :])
                if not words:
                    continue
                raw = words.group(0).strip()
                # Stop before an organisation: "Mr. X from Y" keeps only X.
                name_words = []
                for w in raw.split():
                    if (
                        not _name_word_start(w)
                        or is_head(w)
                        or (name_words and is_position_word(w))
                        or any(s <= abs_start + m.end() + raw.find(w) < e for s, e, _ in spans)
                    ):
                        break
                    name_words.append(w)
                while name_words and name_words[-1] in NAME_PARTICLES:
                    name_words.pop()
                if name_words and len(name_words[-1]) > 3 and name_words[-1].endswith("."):
                    name_words[-1] = name_words[-1][:-1]  # "… and Dr. Tobias Strunk."
                raw = " ".join(name_words)
                nxt = segments[i + 1][1].strip() if i + 2 < len(segments) else ""
                if (
                    raw
                    and " " not in raw
                    and not text[m.end() + len(raw) :].strip()
                    and re.fullmatch(r"[^\W\d_][\w'’-]*", nxt)
                    and _is_name(f"{raw} {nxt}", titled=True)
                    and position_start(segments[i + 2][1].strip())
                ):
                    # "Dr. Wenchao, Xue, Director of …": a name cut by a stray comma.
                    raw, role_at[len(candidates)] = f"{raw} {nxt}", i + 2
                if raw and _is_name(raw, titled=True, single=True):
                    candidates.append((raw, m.end() + len(raw), True))
            if not candidates and _is_name(text.strip(), titled=False):
                candidates.append((text.strip(), len(text.rstrip()), False))
            ends = any(end >= len(text.rstrip()) for _, end, _ in candidates)
            if not ends and i + 1 < len(segments) and position_start(segments[i + 1][1]):
                # "… gave the floor to Chen Yili, director of …", "said Curtis Johnson, …"
                words = text.split()
                size = 0
                while size < min(4, len(words) - 1) and (_name_word_start(words[-1 - size])):
                    size += 1
                tail = " ".join(words[len(words) - size :]) if size else ""
                before = words[-1 - size] if size else ""
                if (
                    tail
                    and _is_name(tail, titled=False)
                    and (before.islower() or before.endswith(":"))
                    and before.casefold() not in {"of", "for", "the"}
                ):
                    candidates.append((tail, len(text.rstrip()), False))
            taken = {person_key(c[0]) for c in candidates}
            # "Ms Bao Zhang, Director General Media": a post after a name is that name's.
            last_words = (
                re.search(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\s*$", segments[i - 1][1])
                if i
                else None
            )
            prev_name = (
                bool(last_words)
                and _is_name(last_words.group(0).strip(), titled=False)
                and offset + segments[i - 1][0] + last_words.start() not in covered
            )
            owned = prev_name and bool(text.split()) and is_position_word(text.split()[0])
            before = _role_before(text, abs_start, spans)
            # "…, Director General Media", "Ms Bao Zhang Director General Media": a lone word
            # after the post of a name before it is no second person
            before = [
                b
                for b in before
                if " " in b[0] or not (owned or any(c[1] < b[1] for c in candidates))
            ]
            for name, _end, role, org in before:
                if person_key(name) not in taken:
                    found.append(PersonMention(normalise_person_name(name), role, org))
                    taken.add(person_key(name))
                else:
                    candidates = [c for c in candidates if person_key(c[0]) != person_key(name)]
                    found.append(PersonMention(normalise_person_name(name), role, org, True))
            for c, (name, end, titled) in enumerate(candidates):
                rest = text[end:]
                if c in role_at:
                    rest = ""
                position, affiliation = None, None
                follow = re.match(r"\s*(?:from|of|at|with)\s+(?:the\s+)?", rest)
                if follow and rest.strip():
                    affiliation = org_at(spans, abs_start + end + follow.end())
                paren = re.match(r"\s*\(([^()]+)\)", rest)
                if rest.strip() and is_position_word(rest.split()[0]) and position_start(rest):
                    position, affiliation = role_of(rest.strip(), abs_start + end + 1, spans)
                elif paren and position_start(paren.group(1)):
                    position, affiliation = role_of(
                        paren.group(1), abs_start + end + paren.start(1), spans
                    )
                elif not rest.strip() and role_at.get(c, i + 1) < len(segments):
                    nxt_start, nxt = segments[role_at.get(c, i + 1)]
                    nxt_lead = len(nxt) - len(nxt.lstrip())
                    if (
                        position_start(nxt.strip())
                        and not re.match(r"\s*and\s", nxt)
                        and not _role_before(nxt, offset + nxt_start, spans)
                    ):
                        position, affiliation = role_of(
                            nxt.strip(), offset + nxt_start + nxt_lead, spans
                        )
                        # "…, and Senior Partner of the E20 Platform": a second role
                        # gives the affiliation when the first had none.
                        if i + 2 < len(segments) and affiliation is None:
                            more_start, more = segments[i + 2]
                            m2 = re.match(r"\s*and\s+", more)
                            if m2 and position_start(more[m2.end() :]):
                                _, affiliation = role_of(
                                    more[m2.end() :], offset + more_start + m2.end(), spans
                                )
                            elif _whole_org(more, offset + more_start, spans) is not None:
                                # "Name – Director, Polish Academy of Sciences;": the post's
                                # organisation after a comma
                                affiliation = _whole_org(more, offset + more_start, spans)
                if position is None and not rest.strip() and i > 0:
                    # "The president of the Mexican Association (AMPEI), César Gutiérrez,"
                    prev_start, prev = segments[i - 1]
                    within = role_within(prev) if not titled else 0
                    if within:
                        prev_start, prev = prev_start + within, prev[within:]
                    clause = (
                        within
                        or i == 1
                        or re.match(r"\s*(?:and\s+)?the\s", prev, re.IGNORECASE)
                        or any(
                            w in FUNCTION_WORDS and w not in {"of", "and", "for"}
                            for w in segments[i - 2][1].split()
                        )
                    )
                    if clause and (
                        ends_with_position(prev) or not titled and position_start(prev.strip())
                    ):
                        prev_lead = len(prev) - len(prev.lstrip())
                        position, affiliation = role_of(
                            prev.strip(), offset + prev_start + prev_lead, spans
                        )
                if titled or position:
                    found.append(
                        PersonMention(normalise_person_name(name), position, affiliation, titled)
                    )
    return found


def same_person(short: str, full: str) -> bool:
    """ "G. C. Kundu" and "Kim" (a surname) are "Gopal Chandra Kundu" and "So Yoon Kim"."""
    a, b = normalise_person_name(short).split(), re.split(r"[\s·•・]+", normalise_person_name(full))
    if not a or len(a) > len(b) or a == b:
        return False
    if len(a) == 1:
        return a[0].casefold() in {b[0].casefold(), b[-1].casefold()}
    if [w.casefold() for w in b[-len(a) :]] == [w.casefold() for w in a]:
        return True  # "Salvato Trigo": the family names of "Miguel Salvato Trigo"
    if a[-1].casefold() != b[-1].casefold() or len(a) != len(b):
        return False
    return all(
        x.rstrip(".").casefold() == y[: len(x.rstrip("."))].casefold()
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )
