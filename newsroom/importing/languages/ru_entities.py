"""Russian organisations and people: head nouns in any case, roles around names.

Russian names inflect, so heads and roles are matched by stem; an organisation
is kept in the form first written, and the shared merge folds its other forms.
"""

from __future__ import annotations

import re

from newsroom.importing.languages.base import OrgSpan, words
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

_STEMS = (
    r"университет|госуниверситет|институт|академи|министерств|центр|агентств|посольств|"
    r"консульств|управлени|бюро|фонд|ассоциаци|совет|комитет|служб|колледж|департамент|"
    r"организаци|союз|представительств|лаборатори|обсерватори|библиотек|музе|консерватори|"
    r"правительств|ведомств|корпораци|компани|палат|школ|факультет|кафедр|отдел"
)
# A case ending opens on a vowel: "Совет" + "а" is a council, "Советник" is a person.
_ENDING = r"(?:[аеёиоуыэюяй][а-яё]{0,2})?"
_HEAD = rf"(?:{_STEMS}){_ENDING}"
_CAP_STEMS = "|".join(stem.capitalize() for stem in _STEMS.split("|"))
# Heads whose name goes on in lower-case genitive words ("Центр международного образования").
_COMPLEMENT_HEADS = re.compile(
    r"(?:институт|академи|министерств|центр|агентств|посольств|консульств|управлени|бюро|"
    r"фонд|ассоциаци|совет|комитет|служб|департамент|организаци|союз|представительств|"
    r"лаборатори|ведомств|палат|отдел)",
    re.I,
)
_SITED_HEADS = re.compile(r"(?:центр|посольств|представительств|консульств)", re.I)
_HEAD_RE = re.compile(_HEAD + r"$", re.I)
_CAP_HEAD_RE = re.compile(rf"(?:{_CAP_STEMS}){_ENDING}$")
_CAP = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
_ADJ_END = r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)"
_ADJ = rf"[а-яё]+(?:-[а-яё]+)*{_ADJ_END}"
_CAP_ADJ = rf"[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*{_ADJ_END}"
_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
_NAMED = rf"(?:имени|им\.)\s+(?:{_INITIALS}\s*)?(?:аль-|ибн\s+)?{_CAP}"
_LOWER_GEN = (
    r"[а-яё]+(?:ого|его|ой|ей|ых|их|ия|ии|ия|ов|ев|ки|ры|ти|ды|ны|ка|ра|та|да|ва|ства|ния|ения|ции)"
)
_COMPLEMENT = (
    rf"(?:по\s+[а-яё]+(?:\s+и\s+[а-яё]+)?|(?:и\s+)?{_LOWER_GEN}|{_CAP}(?:\s+{_CAP})*|в\s+{_CAP})"
)
# After lower-case words, a capitalised genitive is a country or a region
# ("…образования Российской Федерации"), not a person named next ("…Ириной Савченковой").
_PLACE_WORD = re.compile(r"[А-ЯЁ][а-яё-]*(?:(?:ск|цк)(?:ой|ого|их)|ии|ики|ана|ан|ы)")
_ORG = re.compile(
    rf"(?:(?:{_CAP_ADJ}|{_CAP}-{_CAP_ADJ})(?:\s+\({_CAP_ADJ}\))?(?:\s+{_ADJ})*\s+{_HEAD}"
    rf"|(?:{_CAP_STEMS}){_ENDING})"
    rf"(?P<tail>(?:\s+{_COMPLEMENT})*)(?:\s+{_NAMED})?"
)
_ACR = r"(?:[А-ЯЁA-Z][а-яёa-z]{0,4})?[А-ЯЁA-Z]{2,}[а-яёa-z]?[А-ЯЁA-Z]*"
_ACRONYM = re.compile(rf"(?<![\w-]){_ACR}(?![\w-])")
_ACRONYM_NAMED = re.compile(rf"(?<![\w-])(?P<acr>{_ACR})\s+{_NAMED}")
_NOT_ACRONYMS = words("EN RU ТВ СМИ ООО ОАО ЗАО РФ СНГ США")
_ROMAN = re.compile(r"[IVXLC]+")


_CASE_ENDING = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ой|ей|ий|ый|ая|яя|ое|ее|ую|юю|ых|их|ым|им|ом|ем|"
    r"ах|ях|ам|ям|ов|ев|а|я|у|ю|е|и|ы|о)$"
)


def _key(name: str) -> str:
    """A name without its case endings: "Российского центра" and "Российский центр" meet."""
    return " ".join(_CASE_ENDING.sub("", w.casefold()) for w in name.split())


def _first_forms(text: str) -> dict[str, str]:
    """Each organisation's form as first written in the whole text, by its key."""
    forms: dict[str, str] = {}
    pos = 0
    while m := _ORG.search(text, pos):
        name = _trim_tail(m.group(0))
        pos = m.start() + len(name)
        forms.setdefault(_key(name), name)
    return forms


def _trim_tail(name: str) -> str:
    """A tail of genitive words only belongs to heads that take one."""
    words = name.split()
    heads = [i for i, w in enumerate(words) if _HEAD_RE.match(w)]
    if not heads:
        return name
    head = heads[0]
    rest = words[head + 1 :]
    if _COMPLEMENT_HEADS.match(words[head]):
        # "Российский центр … в Ташкенте": only a branch or a mission names its city.
        if "в" in rest and not _SITED_HEADS.match(words[head]):
            rest = rest[: rest.index("в")]
        for i, w in enumerate(rest):
            lower_before = i > 0 and rest[i - 1][:1].islower()
            next_cap = i + 1 < len(rest) and rest[i + 1][:1].isupper()
            adjective = re.search(rf"{_ADJ_END}$", w)
            if (
                w[:1].isupper()
                and lower_before
                and (not _PLACE_WORD.fullmatch(w) or adjective and not next_cap)
                and not _CAP_HEAD_RE.match(w)
            ):
                rest = rest[:i]
                break
        while rest and rest[-1] in ("и", "по"):
            rest = rest[:-1]
        return " ".join(words[: head + 1] + rest)
    # "университета Российской Федерации": a capitalised genitive still belongs.
    keep: list[str] = []
    for w in rest:
        named = bool(keep) and keep[0] in ("имени", "им.")
        if w in ("имени", "им.") or named or re.fullmatch(_CAP, w):
            keep.append(w)
        else:
            break
    return " ".join(words[: head + 1] + keep)


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    """Names by their head noun in any case, with an acronym defined after them."""
    mentions: list[OrgMention] = []
    forms = _first_forms(text or paragraph)
    pos = 0
    while m := _ORG.search(paragraph, pos):
        name = _trim_tail(m.group(0))
        pos = m.start() + len(name)
        name = re.sub(r"\s+(?:в|на)$", "", name)
        start, end = m.start(), m.start() + len(name)
        if len(name.split()) < 2:
            continue
        after = re.match(r"\s*\((?P<a>[^()\s]{2,10})\)", paragraph[end:])
        acronym = after.group("a") if after and _ACRONYM.fullmatch(after.group("a")) else None
        mentions.append(OrgMention(forms.get(_key(name), name), start, end, acronym=acronym))
    for m in _ACRONYM_NAMED.finditer(paragraph):
        if not any(o.start <= m.start() < o.end for o in mentions):
            mentions.append(OrgMention(m.group(0), m.start(), m.end(), acronym=m.group("acr")))
    acronyms = [
        AcronymMention(m.group(0), m.start(), m.end(), acting=True)
        for m in _ACRONYM.finditer(paragraph)
        if m.group(0) not in _NOT_ACRONYMS
        and not _ROMAN.fullmatch(m.group(0))
        and not any(o.start <= m.start() < o.end for o in mentions)
    ]
    return sorted(mentions, key=lambda o: o.start), acronyms


_ROLE = re.compile(
    r"(?<![\w-])(?:(?:генеральн|перв|исполнительн|чрезвычайн|ведущ|главн|старш|научн)[а-яё]*\s+)?"
    r"(?:проректор|ректор|директор|министр|замминистра|заместител|посл(?:ом|а|у)?|посол|"
    r"советник|председател|координатор|руководител|президент|вице-президент|декан|заведующ|"
    r"начальник|глав(?:а|ой|ы|е)|инженер|консул|атташе|представител|профессор|доцент|"
    r"академик|сотрудник|эксперт|специалист|секретар|помощник|директор)[а-яё]*(?![\w-])",
    re.I,
)
_HONORIFIC = re.compile(r"^(?:доктор|профессор|академик|господин|госпожа|г-н|г-жа)$", re.I)
_NAME_TOKEN = re.compile(rf"{_CAP}|{_INITIALS}(?={_CAP})|(?:[А-ЯЁ]\.\s?){{1,2}}")
_RUN = re.compile(
    rf"(?:{_INITIALS}\s*{_CAP}|{_CAP}\s+{_INITIALS}|{_CAP}(?:\s+{_CAP}){{1,2}})(?![\w-])"
)
_NOT_NAME = re.compile(
    r"[А-ЯЁ][а-яё-]*(?:ская|ской|ского|ском|ский|цкой|цкого|ческ[а-яё]*)$|"
    r"(?:Федераци|Республик|Королевств|Правительств)[а-яё]*$"
)
_COUNTRY_GENITIVE = re.compile(r"^[А-ЯЁ][а-яё]+(?:ии|ии,)$")


def _in_spans(start: int, end: int, spans: list[OrgSpan]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    """A name right after its role ("ректор А.В. Егоров", "с ректором Андреем
    Королем"): the role runs to the name, and a clause boundary or another role
    ends the search."""
    found: dict[str, PersonMention] = {}
    roles = list(_ROLE.finditer(paragraph))
    for k, role in enumerate(roles):
        limit = roles[k + 1].start() if k + 1 < len(roles) else len(paragraph)
        window_end = min(limit, len(paragraph), role.end() + 160)
        clause = re.search(
            r"(?<![А-ЯЁ])[.;!?:](?:\s|$)|[»«]|\s[—–]\s", paragraph[role.end() : window_end]
        )
        if clause:
            window_end = role.end() + clause.start()
        pos = role.end()
        while run := _RUN.search(paragraph, pos, window_end):
            start, end = run.span()
            pos = start + len(run.group(0).split()[0])
            if _in_spans(start, end, spans):
                pos = max([e for s, e, _ in spans if s < end and start < e] + [pos])
                continue
            before = paragraph[max(0, start - 8) : start]
            if re.search(r"(?:имени|им\.)\s*$", before):
                continue
            name = run.group(0)
            tokens = name.split()
            while len(tokens) > 2 and _COUNTRY_GENITIVE.match(tokens[0]):
                tokens = tokens[1:]
            if len(tokens) > 2 and re.search(r"(?:^|\s)(?:в|во|из|при|на|для)\s+$", before):
                # "представительства … в Таджикистане Иван Иванов": a place, then the name.
                tokens = tokens[1:]
            if _COUNTRY_GENITIVE.match(tokens[0]) and len(tokens) == 2:
                continue
            name = " ".join(tokens)
            if _NOT_NAME.match(tokens[0]):
                continue
            if paragraph[end : end + 1] == "." and not re.match(r"\.(?:\s|$)", paragraph[end:]):
                continue
            position = paragraph[role.start() : start].strip(" ,")
            position = " ".join(w for w in position.split() if not _HONORIFIC.match(w)) or None
            affiliation = next((i for s, e, i in spans if role.end() <= s < start), None)
            found.setdefault(name, PersonMention(name, position, affiliation, titled=True))
            break
    return list(found.values())
