"""Chinese people: a name next to a role word, on either side.

"院长胡志坚", "胡志坚院长", "副总干事Patrick Child", "也门驻华大使穆罕默德·马克拉菲";
names listed with "、" share the role ("专家张伟、李明和王芳"). A Chinese name is
a family name (a word class, like month names) and one or two characters.
"""

from __future__ import annotations

import bisect
import itertools
import re

from newsroom.importing.languages.base import OrgSpan, words
from newsroom.importing.languages.zh_organisations import (
    _BOUNDARIES,
    _BOUNDARY_WORDS,
    _CONNECTORS,
    _HEAD_END,
    _HEAD_RE,
    _LATIN_NAME,
    _LONGEST,
    _ROLE_WORDS,
    _ROLES,
    _SURNAMES_1,
    _SURNAMES_2,
    _UNIT_ENDS,
    _boundary_before,
    _by_length,
    _cjk,
    _ends_with,
    _starts_with,
)
from newsroom.importing.languages.zh_traditional import simplified
from newsroom.importing.people import PersonMention

# --- people -----------------------------------------------------------------

_ROLE_RE = re.compile("|".join(map(re.escape, _ROLE_WORDS)))


# Words that may follow a name: what the person did or how they are called.
_AFTER_NAME = sorted(
    {
        *_BOUNDARY_WORDS, *_CONNECTORS, "致", "任", "说", "强调", "发言", "作", "同志", "先生",
        "女士", "均", "首先", "详细", "简要", "热情", "提出", "签字", "回顾", "一行", "分别",
        "带领", "等", "、", "代表", "出席", "主持", "参加", "会见", "陪同", "介绍", "表示",
    },
    key=len,
    reverse=True,
)  # fmt: skip
# Characters that never end a given name.
_NOT_IN_NAME = set(_CONNECTORS) | set(
    "的了是在为对将由向并等从到被把让给或也还就又其该此各据赴至而且即我你他她们这每率访"
)
_AFTER = _by_length(_AFTER_NAME)
# Words that start with a family name but name nobody ("常务副院长", "全体教授").
_NOT_NAMES = words(
    """
    常务 执行 名誉 荣誉 全体 全面 简要 前任 现任 原任 时任 分别 首席 特聘 客座 资深 知名 著名
    相关 有关 各位 诸位 广大 部分 全校 全院 高度 方面 双方 安全 明确 成功 成为 时间 应邀 华人
    黄金 齐聚 共同 齐心 党委 党组 团委 校友 文化 成员 成员国 会员 会员国 各国 万名
    """
)
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10})+")


class _Orgs:
    """A paragraph's organisation spans, for questions asked near one position."""

    def __init__(self, spans: list[OrgSpan]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]
        self.reach = list(itertools.accumulate((e for _, e, _ in self.spans), max))
        self.ends = {e for _, e, _ in self.spans}

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def between(self, start: int, end: int) -> list[OrgSpan]:
        """The spans that start in ``start:end``."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.spans[lo:hi]

    def near(self, at: int) -> list[OrgSpan]:
        """The spans that may reach ``at`` (a name is at most a few dozen characters)."""
        return self.between(at - 4 * _LONGEST, at + 1)


def _han_name_at(text: str, i: int, orgs: _Orgs) -> str | None:
    """A Chinese personal name starting at ``i``: family name + one or two characters."""
    fam = 2 if text[i : i + 2] in _SURNAMES_2 else 1 if text[i : i + 1] in _SURNAMES_1 else 0
    if not fam:
        return None
    if text[i : i + 2] in _NOT_NAMES or "·" in text[i : i + 6]:
        return None  # "全体学员"; "穆罕默德·…" is read as a foreign name
    rest = ""
    for ch in text[i + fam : i + fam + 2]:
        if not _cjk(ch) or ch in _NOT_IN_NAME:
            break
        rest += ch
    if not rest or text[i : i + fam + len(rest)] in _NOT_NAMES:
        return None
    # A given name stops before a word that starts what follows ("苏楠就", "胡志坚表示").
    if len(rest) == 2 and (
        _starts_with(text, i + fam + 1, _AFTER) or _starts_with(text, i + fam + 1, _ROLES)
    ):
        rest = rest[:1]
    after = i + fam + len(rest)
    # A two-character name must end at a word that follows names; a
    # three-character one may be followed by any verb ("陆忠伟谈到").
    if (
        after < len(text)
        and _cjk(text[after])
        and not (_starts_with(text, after, _AFTER) or _starts_with(text, after, _ROLES))
        and (len(rest) < 2 or _HEAD_RE.match(text, after))
    ):
        return None
    if orgs.overlaps(i, after) or _HEAD_END.search(text[i:after]):
        return None  # an organisation's name ("文法学院", "商务部")
    return text[i : i + fam] + rest


def _han_name_before(text: str, end: int, orgs: _Orgs) -> str | None:
    """A Chinese name that ends at ``end`` and starts at a boundary: punctuation,
    a connector, a function word, a role or the end of an organisation's name."""
    for size in (3, 2, 4):
        start = end - size
        if start < 0 or not all(_cjk(ch) and ch not in _NOT_IN_NAME for ch in text[start:end]):
            continue
        if orgs.overlaps(start, end) or text[start:end] in _NOT_NAMES:
            continue
        at_boundary = (
            start == 0
            or not _cjk(text[start - 1])
            or text[start - 1] in _CONNECTORS
            or _ends_with(text, start, _BOUNDARIES)
            or _ends_with(text, start, _ROLES)
            or start in orgs.ends
            or text[start - 1] in _UNIT_ENDS
            or text[start - 1] == "办"  # "联络办卢长明处长"
        )
        fam = (
            2 if text[start : start + 2] in _SURNAMES_2 else 1 if text[start] in _SURNAMES_1 else 0
        )
        if at_boundary and fam and size - fam in (1, 2):
            return text[start:end]
    return None


_HONORIFIC = re.compile(r"先生|女士")
_TITLES = {"教授", "副教授", "博士", "院士"}


def _between_roles(text: str, end: int, orgs: _Orgs, after: tuple[str, ...] = ()) -> str | None:
    """A name with no family name from the list (a foreign one: "特蕾莎") that sits
    between a role and a title ("副校长特蕾莎教授"), or after ``after`` words."""
    for size in (3, 2, 4):
        start = end - size
        piece = text[max(start, 0) : end]
        if start < 1 or not all(_cjk(ch) and ch not in _NOT_IN_NAME for ch in piece):
            continue
        if piece in _NOT_NAMES or orgs.overlaps(start, end) or _starts_with(text, start, _ROLES):
            continue
        if _HEAD_END.search(piece) or text.startswith("代表", start - 2):
            continue
        if _ends_with(text, start, _ROLES) or text[start - 1] in after:
            return piece
    return None


def _foreign_names(paragraph: str, orgs: _Orgs) -> list[tuple[int, int]]:
    """ "罗杰斯·德里瓦尤" after an organisation or role, before a role or a verb."""
    found = []
    for m in _FOREIGN_NAME.finditer(paragraph):
        start, end = m.span()
        for s, e, _ in orgs.near(end):
            if s < start + 1 < e or (
                start <= s < end and e <= end and e < m.start() + m.group(0).find("·") + 1
            ):
                start = max(start, e)
        for r in _ROLE_WORDS:
            k = paragraph.rfind(r, start, m.start() + m.group(0).find("·"))
            if k >= 0:
                start = max(start, k + len(r))
        dot = paragraph.rfind("·", start, end)
        for k in range(dot + 2, end):
            if _starts_with(paragraph, k, _AFTER) or _starts_with(paragraph, k, _ROLES):
                end = k  # "穆罕默德·马克拉菲也在会上致辞"
                break
        if "·" in paragraph[start:end] and end - start >= 3:
            found.append((start, end))
    return found


def _affiliation(start: int, end: int, orgs: _Orgs) -> int | None:
    inside = [s for s in orgs.between(start, end) if s[1] <= end]
    return max(inside)[2] if inside else None


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    """People of a paragraph in either script, named and titled as written."""
    written = paragraph
    paragraph = simplified(paragraph)

    def as_written(text: str | None) -> str | None:
        at = paragraph.find(text) if text else -1
        return written[at : at + len(text)] if at >= 0 else text

    return [
        PersonMention(as_written(p.name), as_written(p.position), p.affiliation, p.titled)
        for p in _find_people(paragraph, spans)
    ]


def _find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}
    orgs = _Orgs(spans)
    # Where each name listed after a role ends, and the body of that role:
    # "…中心主任甲、副主任乙": the deputy is of the same centre.
    ends: dict[int, int | None] = {}

    def listed_after(start: int) -> int | None:
        return ends.get(start - 1) if paragraph[start - 1 : start] == "、" else None

    foreign = _foreign_names(paragraph, orgs)
    again: list[tuple[str, str]] = []
    parts = _name_parts([paragraph[s:e] for s, e in foreign])

    def add(name: str, role: str | None, affiliation: int | None, titled: bool = False) -> None:
        name = " ".join(name.split())
        if name and name not in found:
            found[name] = PersonMention(name, role or None, affiliation, titled)

    for m in _ROLE_RE.finditer(paragraph):
        rs, re_ = m.span()
        if re_ < len(paragraph) and paragraph[re_] in "级":
            continue
        role_start = _boundary_before(paragraph, rs, 0)
        # The role phrase reaches back over an organisation ("欧盟委员会科研创新总署副总干事").
        for s, e, _ in reversed(orgs.near(role_start)):
            if e == role_start or (s < role_start <= e):
                role_start = _boundary_before(paragraph, s, 0)
        role = paragraph[role_start:re_]
        affiliation = _affiliation(role_start, re_, orgs)
        if affiliation is None:
            affiliation = listed_after(role_start)
        # Role, then the name: "副总干事Patrick Child", "院长胡志坚".
        after = paragraph[re_:]
        latin = _LATIN_NAME.match(after)
        names: list[str] = []
        if latin and len(latin.group(0).split()) >= 2:
            names.append(latin.group(0))
            tail = re_ + latin.end()
        elif (han := _han_name_at(paragraph, re_, orgs)) is not None:
            names.append(han)
            tail = re_ + len(han)
        else:
            tail = None
        # A list sharing the role: "专家张三、李四和王五".
        while tail is not None and paragraph[tail : tail + 1] in {"、", "和", "及"}:
            nxt = tail + 1
            latin = _LATIN_NAME.match(paragraph[nxt:])
            han = None if latin else _han_name_at(paragraph, nxt, orgs)
            if latin and len(latin.group(0).split()) >= 2:
                names.append(latin.group(0))
                tail = nxt + latin.end()
            elif han:
                names.append(han)
                tail = nxt + len(han)
            else:
                break
        if names:
            for name in names:
                add(name, role, affiliation)
            ends[tail] = affiliation
            continue
        # A part of a foreign name written in full in the paragraph, then a
        # title: "…·科农丘克…。科农丘克教授表示" is that person again.
        full = next((n for part, n in parts if paragraph.endswith(part, 0, rs)), None)
        if full:
            again.append((full, m.group(0)))  # after its full mention, which has the role
            continue
        # The name, then the role: "胡志坚院长", "Patrick Child副总干事".
        before = paragraph[max(0, rs - 80) : rs]
        latin_before = re.search(rf"({_LATIN_NAME.pattern})\s*$", before)
        if latin_before and len(latin_before.group(1).split()) >= 2:
            add(latin_before.group(1), m.group(0), None)
            continue
        han = _han_name_before(paragraph, rs, orgs)
        if not han and m.group(0) in _TITLES:
            # "副校长特蕾莎教授和路易斯教授": a foreign name between a role and a title.
            han = _between_roles(paragraph, rs, orgs, after=(*_CONNECTORS, "、"))
        if han:
            add(han, m.group(0), None)
    # "来自卢旺达的文森特先生": a name, in any script, before Mr./Ms.
    for m in _HONORIFIC.finditer(paragraph):
        name = _between_roles(paragraph, m.start(), orgs, after=("的",))
        if name:
            add(name, None, None, titled=True)
    for start, end in foreign:
        role_at = _ROLE_RE.match(paragraph, end)
        role = role_at.group(0) if role_at else None
        if role is None and _ends_with(paragraph, start, _ROLES):
            role = paragraph[_boundary_before(paragraph, start, 0) : start]  # "也门驻华大使"
        affiliation = _affiliation(start - len(role or ""), start, orgs)
        if affiliation is None and role:
            affiliation = listed_after(start - len(role))
        add(paragraph[start:end], role, affiliation)
        ends[end] = affiliation
    for name, title in again:
        add(name, title, None)
    return list(found.values())


def _name_parts(names: list[str]) -> list[tuple[str, str]]:
    """(part, full name) for the parts after the first of each foreign name
    written with "·" ("沃伊切赫·科农丘克" → "科农丘克"), longest first."""
    parts = {part: name for name in names for part in name.split("·")[1:] if len(part) >= 2}
    return sorted(parts.items(), key=lambda item: -len(item[0]))
