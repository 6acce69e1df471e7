"""Japanese organisations and people.

A name runs in Han characters, katakana and Latin letters up to its head
("…大学", "…研究所", "…大使館"); hiragana and punctuation end it. A person
is written with the role glued after the name ("山田太郎学長"), a foreign one
in katakana ("ジョン・スミス大使").
"""

from __future__ import annotations

import re

from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

_HEADS = (
    "短期大学部", "大学校", "大学院", "大学",
    "研究機構", "研究所", "研究科", "研究院", "研究センター",
    "センター", "機構", "総領事館", "大使館", "領事館",
    "協会", "財団", "学会", "学部", "学院", "委員会",
    "会議所", "銀行", "株式会社", "病院", "高等学校",
    "博物館", "図書館", "同窓会", "事業団", "政府",
    "評議会", "省", "庁",
)  # fmt: skip
_HEAD = "|".join(sorted(_HEADS, key=len, reverse=True))
_CHAR = r"[\u4e00-\u9fff々\u30a0-\u30ffー・A-Za-z]"
_ORG = re.compile(rf"(?<!{_CHAR}){_CHAR}+?(?:{_HEAD})(?:{_CHAR}*?(?:{_HEAD}))*")
# Words before a head that point back ("同大学", "本学"), never a name of their own.
_DEICTIC = re.compile(r"^(?:同|本|当|両|各|他|貴|全|諸|国立|私立|公立)$")
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][A-Z&]{1,7}(?![A-Za-z])")

_ROLES = (
    "特命全権大使", "臨時代理大使", "大使", "総長", "副学長", "学長", "理事長", "理事", "名誉教授",
    "准教授", "教授", "講師", "助教", "官房長官",
    "長官", "大臣", "政務官", "副大臣", "所長", "副所長",
    "研究科長", "学部長", "学院長", "センター長", "機構長",
    "院長", "会長", "副会長", "社長", "首席領事",
    "総領事", "領事", "書記官", "知事", "市長", "局長", "部長", "課長", "室長", "議長", "委員長",
    "代表", "事務局長", "総裁", "博士", "一等書記官", "二等書記官", "三等書記官",
)  # fmt: skip
_ROLE = "|".join(sorted(_ROLES, key=len, reverse=True))
_HAN = r"[\u4e00-\u9fff々]"
_KATA = r"[\u30a0-\u30ffーA-Z.]"
_PERSON = re.compile(
    rf"(?<![\u4e00-\u9fff々\u30a0-\u30ff])(?P<name>{_HAN}{{3,5}}|{_KATA}+(?:・{_KATA}+)+)"
    rf"(?P<aff>本学|同大学|同研究所)?(?P<role>{_ROLE})(?![\u4e00-\u9fff々])"
)


# Words of a unit or a post, never of a person's name ("国際交流部長").
_NOT_NAME = re.compile(
    r"国際|交流|担当|研究|事務|企画|総務|広報|学術|教育|科学|技術|工学|理学|文学|経済|法学|医学|"
    r"農学|連携|推進|本部|特命|官房|代理|臨時|首席|名誉"
)


def _split_country(name: str) -> str:
    """ "中国・山東大学", "マイク・スミス・…大学": what comes before the last dot (a
    country, a person) is not part of the name."""
    before, dot, after = name.rpartition("・")
    if dot and re.search(rf"(?:{_HEAD})$", after) and not re.fullmatch(rf"(?:{_HEAD})", after):
        return after
    return name


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    mentions: list[OrgMention] = []
    for m in _ORG.finditer(paragraph):
        name = _split_country(m.group(0))
        start = m.end() - len(name)
        head = re.search(rf"(?:{_HEAD})$", name)
        if _DEICTIC.match(name[: head.start()]) or head.start() < 2:
            continue
        mentions.append(OrgMention(name, start, m.end()))
        # "東京大学大学院": the university it belongs to is named too.
        first = re.match(r".+?大学校?(?!院)", name)
        if first and first.end() < len(name) and len(first.group(0)) > 2:
            mentions.append(OrgMention(first.group(0), start, start + first.end(), parent=True))
    acronyms = [
        AcronymMention(m.group(0), m.start(), m.end(), acting=True)
        for m in _ACRONYM.finditer(paragraph)
        # "Kyung Soo JUN": a surname in capitals after Latin names.
        if not re.search(r"[A-Za-z]\s$", paragraph[max(0, m.start() - 2) : m.start()])
        and not any(o.start <= m.start() < o.end for o in mentions)
    ]
    return mentions, acronyms


def find_people(paragraph: str, spans) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}
    for m in _PERSON.finditer(paragraph):
        name, role = m.group("name"), m.group("role")
        start = m.start("name")
        org = next((k for k, s in enumerate(spans) if start <= s[0] < m.end()), None)
        if org is not None and spans[org][0] > start:
            # "マイク・マクフォール・スタンフォード大学…所長": the name ends where the organisation starts.  # noqa: E501
            cut = spans[org][0] - start
            role = paragraph[spans[org][0] : m.end()]
            name = name[:cut].rstrip("・")
        elif org is not None:
            continue  # the run is an organisation's name
        if "・" not in name and not 3 <= len(name) <= 5:
            continue
        longer = max((r for r in _ROLES if f"{name}{role}".endswith(r)), key=len)
        if len(longer) > len(role):
            # "林芳正官房長官": the role is longer than it seemed, the name shorter.
            name, role = name[: len(name) - len(longer) + len(role)], longer
            if len(name) < 3 or _NOT_NAME.search(name):
                continue
        if not name or re.search(rf"(?:{_HEAD})", name) or _NOT_NAME.search(name):
            continue
        found.setdefault(name, PersonMention(name, role, org))
    # "マイク・スミス・…研究所所長": a katakana name before the organisation, the role after it.
    for start, end, *_ in spans:
        role = re.match(rf"(?:{_ROLE})", paragraph[end:])
        before = re.search(rf"(?<![\u30a0-\u30ff]){_KATA}+(?:・{_KATA}+)+・?$", paragraph[:start])
        if role and before:
            name = before.group(0).rstrip("・")
            found.setdefault(name, PersonMention(name, paragraph[start : end + role.end()], None))
    return list(found.values())
