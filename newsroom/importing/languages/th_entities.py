"""Thai organisations and people, read by head nouns, titles and role words.

Thai writes no spaces between words; a space closes a phrase. An organisation
starts at its head noun ("มหาวิทยาลัย", "กระทรวง") and runs to the phrase's end,
or to the word that says what it did ("เข้าร่วม"); its name may go on over
spaces up to its acronym in parentheses. A person follows a title ("ดร.",
"นาย") as a given name and a surname; the role follows the name.
"""

from __future__ import annotations

import re

from newsroom.importing.languages.base import OrgSpan
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.organisations import find_organisations as find_generic
from newsroom.importing.people import PersonMention
from newsroom.importing.people import find_people as find_generic_people

__all__ = ["find_organisations", "find_people"]

_HEADS = [
    "มหาวิทยาลัย",
    "วิทยาลัย",
    "สถาบัน",
    "กระทรวง",
    "ศูนย์",
    "สำนักงาน",
    "สำนัก",
    "คณะกรรมการ",
    "คณะ",
    "กรม",
    "สถานเอกอัครราชทูต",
    "สถานกงสุลใหญ่",
    "สถานกงสุล",
    "บริษัท",
    "สมาคม",
    "มูลนิธิ",
    "องค์การ",
    "สภา",
    "อุทยานวิทยาศาสตร์",
    "โรงเรียน",
    "โรงพยาบาล",
    "ธนาคาร",
    "กองทุน",
    "กอง",
    "พรรค",
]
# Words that start with a head but are no organisation ("คณะผู้แทน": a delegation).
_NOT_HEADS = [
    "คณะผู้",
    "คณะทำงาน",
    "คณะทูต",
    "คณะนักศึกษา",
    "คณะาจารย์",
    "คณาจารย์",
    "สภาพ",
    "กรมการ",
    "ศูนย์กลาง",
    "สถาบันการศึกษา",
    "สถาบันอุดมศึกษา",
    "มหาวิทยาลัยไทย",
    "มหาวิทยาลัยชั้นนำ",
    "มหาวิทยาลัยที่",
    "มหาวิทยาลัยของ",
    "มหาวิทยาลัยต่าง",
    "มหาวิทยาลัยเครือข่าย",
    "กองทัพ",
    "สำนักงานฯ",
    "สถาบันและ",
    "ศูนย์การประชุม",
]
# Words that end a name glued to what follows ("มหาวิทยาลัยฟู่ตั้นเข้าร่วมด้วย").
_STOPS = [
    "เข้าร่วม",
    "ได้",
    "ให้",
    "ร่วมกับ",
    "ร่วมลงนาม",
    "ร่วมให้",
    "ร่วมนำ",
    "ซึ่ง",
    "ที่",
    "เป็น",
    "จะ",
    "กับ",
    "โดย",
    "เพื่อ",
    "นำโดย",
    "พร้อมด้วย",
    "พร้อม",
    "จาก",
    "ใน",
    "ของ",
    "ต่อ",
    "และคณะ",
    "ตั้งอยู่",
    "เมื่อ",
    "ทั้ง",
    "จัดงาน",
    "จัดประชุม",
]
# Words that hold a stop word but go on a name ("ที่ปรึกษา": adviser).
_KEEP = ["ที่ปรึกษา", "ในพระบรมราชูปถัมภ์", "ของรัฐ", "ด้วยกัน", "ให้บริการ"]
_PLACE_START = re.compile(r"(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|จังหวัด|กรุง|นคร|เมือง|มณฑล|รัฐ)")
_HEAD_RE = re.compile("|".join(sorted(_HEADS, key=len, reverse=True)))
_THAI_ABBR = re.compile(
    r"(?<![\u0e01-\u0e4e.])(?:[\u0e01-\u0e2e][\u0e01-\u0e4e]{0,3}\.)+(?:[\u0e01-\u0e4e]+(?=\s|$))?"
)
_PAREN_ACRONYM = re.compile(
    r"\s*\((?:[^()]*?[,:;]\s*)?([A-Z][A-Za-z&.\-]{1,12}|[\u0e01-\u0e4e]{1,6}\.[\u0e01-\u0e4e.]{0,8})\)"
)
# The months' short names: the date grammar reads them (th.py), and they are
# never an organisation's acronym.
SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
# Abbreviations that are titles, eras or months, never an organisation.
_NOT_ACRONYMS = frozenset(
    [
        "ศ.",
        "รศ.",
        "ผศ.",
        "ร.ศ.",
        "ผ.ศ.",
        "ดร.",
        "นพ.",
        "พญ.",
        "ทพ.",
        "ทพญ.",
        "ภก.",
        "ภญ.",
        "น.ส.",
        "พ.ศ.",
        "ค.ศ.",
        *SHORT_MONTHS,
        "น.",
        "ฯลฯ",
        "จ.",
        "อ.",
        "ต.",
        "ถ.",
        "ซ.",
        "โทร.",
        "ม.",
        "ดร",
        "ร.ร.",
        "ศ.ดร.",
        "รศ.ดร.",
        "ผศ.ดร.",
    ]
)
_THAI = re.compile(r"[\u0e01-\u0e4e]")


def _stop_at(text: str, i: int, end: int) -> int:
    """Where a name starting at ``i`` ends before a word that says what it did."""
    j = i
    while j < end:
        if text[j].isspace() or text[j] in "()“”\"'":
            return j
        if j > i and any(text.startswith(k, j) for k in _KEEP):
            j += next(len(k) for k in _KEEP if text.startswith(k, j))
            continue
        if j > i + 2 and any(text.startswith(s, j) for s in _STOPS):
            return j
        j += 1
    return j


def _chunk_at(text: str, i: int) -> tuple[int, int]:
    """The phrase from ``i`` to the next space."""
    m = re.compile(r"\S+").match(text, i)
    return (i, m.end()) if m else (i, i)


def _extend(text: str, end: int) -> int:
    """The name goes on over spaces when its phrases run on to its acronym in
    parentheses or to a word that ends the name ("นำโดย")."""
    j, reach = end, end
    for _ in range(5):
        m = re.compile(r" (\S+)").match(text, j)
        if not m:
            return end
        chunk = m.group(1)
        if chunk.startswith("(") or _closes(chunk):
            return reach if reach > end else end
        if _TITLE.match(chunk) or _ROLE_START.match(chunk):
            return end
        if any(chunk.startswith(s) for s in _STOPS) or _PLACE_START.match(chunk):
            return reach if reach > end and _closes(chunk) else end
        if not _THAI.match(chunk) or _HEAD_RE.match(chunk) or _THAI_ABBR.fullmatch(chunk):
            return end
        stop = _stop_at(text, m.start(1), m.end(1))
        if stop < m.end(1):
            return end
        j = reach = m.end(1)
    return end


def _closes(chunk: str) -> bool:
    return chunk.startswith(("นำโดย", "ได้", "ซึ่ง", "ร่วมกับ", "ณ", "โดย", "เป็น"))


def _heads(text: str) -> list[int]:
    found = []
    for m in _HEAD_RE.finditer(text):
        if found and m.start() < found[-1][1]:
            continue
        if any(text.startswith(w, m.start()) for w in _NOT_HEADS):
            continue
        found.append((m.start(), m.end()))
    return [s for s, _ in found]


def find_organisations(
    paragraph: str, context: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    mentions: list[OrgMention] = []
    acronyms: list[AcronymMention] = []
    taken: list[tuple[int, int]] = []
    for start in _heads(paragraph):
        if any(s <= start < e for s, e in taken):
            continue
        head = _HEAD_RE.match(paragraph, start)
        end = _stop_at(paragraph, start, len(paragraph))
        if end <= head.end():  # a bare head ("คณะ", "กระทรวง อว."): the acronym after it
            m = re.compile(r" ([\u0e01-\u0e4e]{1,5}\.(?:[\u0e01-\u0e4e]{1,5}\.)*)").match(
                paragraph, end
            )
            if m and m.group(1) not in _NOT_ACRONYMS:
                end = m.end()
            else:
                continue
        end = _extend(paragraph, end)
        paren = _PAREN_ACRONYM.match(paragraph, end)
        acronym = paren.group(1) if paren and paren.group(1) not in _NOT_ACRONYMS else None
        name = paragraph[start:end].strip()
        mentions.append(OrgMention(name=name, start=start, end=end, acronym=acronym))
        taken.append((start, paren.end() if paren else end))
    for m in _THAI_ABBR.finditer(paragraph):
        text = m.group(0)
        if text in _NOT_ACRONYMS or any(s <= m.start() < e for s, e in taken):
            continue
        if (title := _TITLE.match(paragraph, m.start())) and title.end() > m.start():
            continue
        if (
            len(text.replace(".", "")) < 2
            or re.match(r"[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]", text)
            and text.endswith("ฯ")
        ):
            continue
        after = paragraph[m.end() : m.end() + 1]
        if after and _THAI.match(after):  # a title glued to a name ("ดร.สมชาย")
            continue
        acronyms.append(AcronymMention(text, m.start(), m.end(), acting=True))
    # Names and acronyms in Latin letters ("Eastern International University", "EIU").
    latin, latin_acronyms = find_generic(paragraph, context)
    for org in latin:
        if not _THAI.search(org.name) and not any(s <= org.start < e for s, e in taken):
            mentions.append(org)
    # An upper-case word after a name is a surname ("Andries van STRATEN").
    acronyms += [
        a
        for a in latin_acronyms
        if not _THAI.search(a.text) and not re.search(r"[A-Za-z]\s+$", paragraph[: a.start])
    ]
    return mentions, acronyms


# --- people -------------------------------------------------------------------

_TITLE = re.compile(
    r"(?:(?:(?<![\u0e01-\u0e4e])(?:ศ|รศ|ผศ|ร\.ศ|ผ\.ศ|ดร|นพ|พญ|ทพ|ทพญ|ภก|ภญ|น\.ส)\.\s*)"
    r"|(?:ผู้ช่วยศาสตราจารย์|รองศาสตราจารย์|ศาสตราจารย์|นางสาว|นาง(?!ฟ้า)|นาย(?!ก)|"
    r"(?<![\u0e01-\u0e4e])คุณ)\s*)+"
)
_ROLE_START = re.compile(
    r"(?:รักษาการแทน|รักษาการ|รอง|ผู้ช่วย)?(?:อธิการบดี|คณบดี|ผู้อำนวยการ|เอกอัครราชทูต|อัครราชทูต|"
    r"กงสุลใหญ่|กงสุล|อุปทูต|ปลัด|รัฐมนตรี|นายกรัฐมนตรี|ประธาน|เลขาธิการ|เลขานุการ|ผู้จัดการ|"
    r"หัวหน้า|นักวิจัย|อาจารย์|ที่ปรึกษา|กรรมการ|โฆษก|ผู้ว่าราชการ|ผู้แทน|ผู้บริหาร|นายก|"
    r"ผู้อำนวย|ผู้ช่วยอธิการบดี|รองปลัด|ผู้ช่วยปลัด)"
)
_NAME_PART = re.compile(r"[\u0e01-\u0e4e]+")
_LATIN_ROLE = re.compile(
    r"(?:,\s*|\s+ตำแหน่ง\s+)([A-Z][A-Za-z.,&' ]*?[A-Za-z.])"
    r"(?=\s*(?:,?\s*(?:Mr|Ms|Mrs|Dr)\.|\s+[\u0e01-\u0e4e]|$))"
)


def _role_after(text: str, i: int, spans: list[OrgSpan]) -> tuple[str | None, int | None]:
    """The role phrase that follows a name, with the organisation inside it."""
    m = re.compile(r"\s*(?:\([^()]*\)\s*)?").match(text, i)
    j = m.end()
    if not _ROLE_START.match(text, j):
        return None, None
    end, affiliation = _chunk_at(text, j)[1], None
    end = min(end, _stop_at(text, j + 3, end))
    while True:
        org = next(((s, e, k) for s, e, k in spans if j <= s <= end + 1 and e > end), None)
        if org:
            end, affiliation = org[1], org[2]
            continue
        m = re.compile(r" (?:ณ (?=กรุง|นคร|เมือง|มณฑล)\S+|ประจำ\S+)").match(text, end)
        if m:
            end = _stop_at(text, m.end() - len(m.group(0).split()[-1]), m.end())
            continue
        break
    if affiliation is None:
        inside = [k for s, e, k in spans if j <= s < end]
        affiliation = inside[-1] if inside else None
    role = text[j:end].strip()
    role = re.sub(r"\s*\([^()]*\)$", "", role)
    return role or None, affiliation


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}
    for m in _TITLE.finditer(paragraph):
        given = _NAME_PART.match(paragraph, m.end())
        if not given or _ROLE_START.match(paragraph, m.end()):
            continue
        end = given.end()
        surname = re.compile(r" ([\u0e01-\u0e4e]+)(?=[\s(]|$)").match(paragraph, end)
        if (
            surname
            and not _ROLE_START.match(surname.group(1))
            and not any(surname.group(1).startswith(s) for s in _STOPS)
        ):
            end = surname.end()
        name = paragraph[given.start() : end].strip()
        if " " not in name or name in found:
            continue
        role, affiliation = _role_after(paragraph, end, spans)
        found[name] = PersonMention(name, role, affiliation, titled=True)
    # People in Latin letters ("Mr. Nguyen Tan Loi ตำแหน่ง Chairman of …").
    for person in find_generic_people(paragraph, spans):
        if _THAI.search(person.name) or _inside_parens(paragraph, person.name):
            continue
        role = person.position
        at = paragraph.find(person.name)
        latin = _LATIN_ROLE.match(paragraph, at + len(person.name)) if at >= 0 else None
        if latin:
            role = latin.group(1).strip(" ,")
        elif at >= 0:
            role = _role_after(paragraph, at + len(person.name), spans)[0] or role
        found.setdefault(person.name, PersonMention(person.name, role, person.affiliation, True))
    return list(found.values())


def _inside_parens(text: str, name: str) -> bool:
    at = text.find(name)
    return at > 0 and text.rfind("(", 0, at) > text.rfind(")", 0, at)
