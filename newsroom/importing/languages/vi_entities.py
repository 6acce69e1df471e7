"""Vietnamese organisations and people.

A name opens with its head ("Trường Đại học", "Viện", "Bộ") and goes on in
capitalised words, "và" or "&" joining two of them ("Bộ Khoa học và Công
nghệ"). A person follows a title ("PGS.TS", "TS.", "ông") or a role
("Hiệu trưởng"), in two to five capitalised syllables.
"""

from __future__ import annotations

import re

from newsroom.importing.languages.base import words
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

_UP = "A-ZÀ-ỸĐ"
_CAP = rf"[{_UP}][\wÀ-ỹ]*"
# Heads, longest first, case-insensitive: "trường đại học Tôn Đức Thắng" is written so too.
_HEADS = (
    "Trường Đại học", "Trường Cao đẳng", "Đại học Quốc gia", "Đại học", "Cao đẳng", "Học viện",
    "Viện Hàn lâm", "Viện", "Bộ", "Sở", "Trung tâm", "Ủy ban", "Uỷ ban", "Đại sứ quán",
    "Tổng lãnh sự quán", "Lãnh sự quán", "Phòng Thương mại", "Liên hiệp", "Hiệp hội", "Hội đồng",
    "Công ty", "Tập đoàn", "Quỹ", "Ngân hàng", "Ban", "Cục", "Vụ", "Tổng cục", "Khoa",
    "Thành phố", "Tỉnh",
)  # fmt: skip
_HEAD = "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
# A name's head, then its words: a capitalised syllable may carry lower-case
# ones ("Khoa học", "Công nghệ"); "và" and "&" join two capitalised words.
_ORG = re.compile(rf"(?<![\wÀ-ỹ])(?i:{_HEAD})(?=\s+(?:{_CAP}|&))")
_WORD = re.compile(r"\s+(&|-|–|[\wÀ-ỹ]+)")
# Lower-case syllables that end a word of a name ("Khoa học", "Thương mại").
_SECOND = words("""
    học nghệ mại tế dục tạo nghiệp phẩm hội sản lực thuật nhân văn lý thực trường thông
    chính phủ tâm viện bản nước ngoại vụ sinh cứu quản quốc gia dân tộc hóa hoá đô thị xã
    """)
_PLACE = re.compile(rf"(?:thành phố|tỉnh|quận|huyện)(?=\s+{_CAP})")
_STOPS = words("và của với tại cùng các là được để trong có cho về từ đến theo đã sẽ")


def _org_end(paragraph: str, at: int) -> int:
    """Where a name that starts its words at ``at`` ends."""
    end = pos = at
    while m := _WORD.match(paragraph, pos):
        word = m.group(1)
        nxt = _WORD.match(paragraph, m.end())
        if word[0].isupper() or (word[0].isdigit() and end == at):
            end = m.end()
        elif word in ("&", "-", "–", "và"):
            # "… và Cao đẳng …": a second name, not a part of this one.
            rest = paragraph[nxt.start(1) :] if nxt else ""
            if not nxt or not nxt.group(1)[0].isupper() or re.match(rf"(?:{_HEAD})\b", rest):
                break
        elif place := _PLACE.match(paragraph, m.start(1)):
            pos = place.end()  # "… thành phố Kisarazu"
            continue
        elif (
            word in _SECOND
            and end == m.start()
            or (
                word in _SECOND
                and paragraph[end : m.start()].split()
                and all(w in _SECOND for w in paragraph[end : m.start()].split())
            )
        ):
            end = m.end()
        else:
            break
        pos = m.end()
    return end


_ACRONYM = re.compile(r"(?<![\w&])[A-ZĐ][A-ZĐ&]{1,9}(?![\w&])")
# Titles and Roman numerals ("lần thứ VI") are no organisations.
_NOT_ACRONYM = re.compile(r"(?:GS|PGS|TS|TSKH|ThS|KS|BS|CN|NCS)|[IVXLC]+")
_BRACKET = re.compile(r"\s*\(\s*([A-ZĐ][A-Za-zĐ&.-]{1,12})\s*\)")

_TITLES = (
    r"GS\.\s?TSKH|GS\.\s?TS|PGS\.\s?TS|GS\.|PGS\.|TS\.|ThS\.|KS\.|BS\.|CN\.|NCS\.|Th\.S|"
    r"GS|PGS|TS|ThS|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|Đ/c|đồng chí|Ngài"
)
_ROLES = (
    "Phó Thủ tướng", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch",
    "Hiệu trưởng", "Phó Hiệu trưởng", "Giám đốc", "Phó Giám đốc", "Viện trưởng", "Phó Viện trưởng",
    "Trưởng khoa", "Trưởng phòng", "Phó trưởng phòng", "Đại sứ", "Tổng Lãnh sự", "Tổng thư ký",
    "Chủ nhiệm", "Trưởng ban", "Phó trưởng ban", "Bí thư", "Vụ trưởng", "Vụ phó", "Cục trưởng",
)  # fmt: skip
_SYLLABLE = rf"[{_UP}][a-zà-ỹđ]+|[{_UP}]"
_NAME = rf"(?:{_SYLLABLE})(?:\s+(?:{_SYLLABLE})){{1,4}}"
_TITLED = re.compile(rf"(?<![\wÀ-ỹ])(?:{_TITLES})\.?\s*(?P<name>{_NAME})")
_AFTER_NAME = re.compile(r"\s*(?:[,–-]\s*)(?P<role>[^,;.()]{3,90})")
_ROLE = "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))
# The common family names: where a role's organisation ends and its holder begins.
_SURNAMES = words(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lưu Trương "
    "Đoàn Mai Tô Hà Tạ Lâm Đào Trịnh Cao Chu Lương Phùng Kiều Quách Thái Vương Triệu Tăng Văn"
)
_SURNAME = "|".join(_SURNAMES)
_HOLDER = rf"(?:{_SURNAME})(?:\s+(?:{_SYLLABLE})){{1,3}}"
_ROLE_FIRST = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<role>(?:{_ROLE})(?:\s+[^,;.()]{{0,80}})?)\s+(?P<name>{_HOLDER})"
    r"(?=\s*[;,.)]|\s*$)"
)
_ROLE_BEFORE = re.compile(rf"(?:{_ROLE})\s+$")


def _without_holder(name: str) -> str:
    """The name without the person at its end, the last family name that leaves one to
    three syllables after it."""
    words = name.split()
    for i in range(len(words) - 2, 1, -1):
        if words[i] in _SURNAMES and len(words) - i <= 4:
            return " ".join(words[:i])
    return name


def _trim(name: str) -> str:
    return name.rstrip(" -–&")


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    mentions: list[OrgMention] = []
    for m in _ORG.finditer(paragraph):
        if m.group(0).islower() and m.group(0) in ("thành phố", "tỉnh"):
            continue  # a place ("tỉnh ChiBa"), an authority only when capitalised
        if mentions and m.start() < mentions[-1].end:
            continue
        name = _trim(paragraph[m.start() : _org_end(paragraph, m.end())])
        # "Chủ tịch Viện … Việt Nam Bùi Nhật Quang": the holder after a role's organisation.
        if _ROLE_BEFORE.search(paragraph[max(0, m.start() - 30) : m.start()]):
            name = _without_holder(name)
        end = m.start() + len(name)
        acronym = None
        if b := _BRACKET.match(paragraph, end):
            acronym = b.group(1)
        mentions.append(OrgMention(name, m.start(), end, acronym=acronym))
    taken = [(o.start, o.end) for o in mentions]
    acronyms = [
        AcronymMention(m.group(0), m.start(), m.end(), acting=True)
        for m in _ACRONYM.finditer(paragraph)
        if not any(s <= m.start() < e for s, e in taken) and not _NOT_ACRONYM.fullmatch(m.group(0))
    ]
    return mentions, acronyms


def find_people(paragraph: str, spans) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}

    def org_in(start: int, end: int) -> int | None:
        return next((k for k, s in enumerate(spans) if start <= s[0] < end), None)

    for m in _TITLED.finditer(paragraph):
        name = m.group("name")
        if re.match(rf"(?i:{_HEAD})\b", name):
            continue
        role = None
        if r := _AFTER_NAME.match(paragraph, m.end("name")):
            role = r.group("role").strip() or None
        found.setdefault(name, PersonMention(name, role, org_in(m.end(), m.end() + 120), True))
    for m in _ROLE_FIRST.finditer(paragraph):
        name = m.group("name")
        org = org_in(m.start(), m.start("name"))
        found.setdefault(name, PersonMention(name, m.group("role").strip(), org))
    return list(found.values())
