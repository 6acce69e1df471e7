"""Thai: chrome, Buddhist-era dates, event words and partner kinds.

Organisations and people have their own readers (``th_entities``): Thai writes
no spaces between words, so the English ones have nothing to follow.
"""

from __future__ import annotations

import re

from newsroom.importing.date_grammar import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.base import Chrome, Language
from newsroom.importing.languages.th_entities import (
    SHORT_MONTHS,
    find_organisations,
    find_people,
)

__all__ = ["LANGUAGE", "find_organisations", "find_people", "guess_kind", "is_headline"]

_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
_WEEKDAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]

DATE_WORDS = DateWords(
    months=tuple((name, i) for i, name in enumerate(_MONTHS, start=1))
    + tuple((name, i) for i, name in enumerate(SHORT_MONTHS, start=1))
    + tuple((name.rstrip("."), i) for i, name in enumerate(SHORT_MONTHS, start=1))
    + (("กรกฏาคม", 7),),  # a common misspelling of July
    range_from=("ระหว่างวันที่", "ระหว่าง", "ตั้งแต่วันที่", "วันที่"),
    range_to=("ถึงวันที่", "ถึง", "จนถึง"),
    range_and=("และ",),
    year_lead=("พ.ศ.", "ค.ศ.", "ปี"),
    weekdays=tuple((f"วัน{name}ที่", i) for i, name in enumerate(_WEEKDAYS)),
    days=(("เมื่อวานนี้", -1), ("เมื่อวาน", -1), ("วันนี้", 0), ("พรุ่งนี้", 1)),
    years=(("ปีที่แล้ว", -1), ("ปีนี้", 0), ("ปีหน้า", 1)),
    background=("ก่อตั้ง", "ก่อตั้งขึ้น", "ตั้งแต่", "ตั้งแต่ปี"),
    event_cues=("จัดขึ้น", "จัดงาน", "ได้จัด"),
    era_offset=543,
    digits="๐๑๒๓๔๕๖๗๘๙",
)

CHROME = Chrome(
    stamp=re.compile(
        r"^(?:เผยแพร่เมื่อ|เผยแพร่|วันที่โพสต์|โพสต์เมื่อ|โพสต์|ที่มา|แหล่งข่าว|ข่าว\s*/\s*ภาพ|"
        r"ภาพ\s*/\s*ข่าว|ผู้เขียน|เขียนโดย|อ่าน\s*\d|เข้าชม|จำนวนผู้เข้าชม|ปรับปรุงล่าสุด)"
        r"\s*[:：]?|^\d{1,2}/\d{1,2}/\d{4}$"
    ),
    source=re.compile(r"(?:ที่มา|แหล่งข่าว|แหล่งที่มา)\s*[:：]"),
    footer_start=re.compile(
        r"^(?:ข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|แท็ก|Tags?\s*:|ติดต่อเรา|สงวนลิขสิทธิ์|Copyright|"
        r"แชร์ข่าวนี้|ข่าวก่อนหน้า|ข่าวถัดไป)",
        re.IGNORECASE,
    ),
    widget=re.compile(
        r"(?:แชร์|Share|พิมพ์|Print|Facebook|Twitter|Line|ย้อนกลับ|กลับหน้าหลัก|อ่าน\s*[\d,]+\s*ครั้ง|"
        r"(?:อ่าน|เข้าชม)\s*[:：]?\s*[\d,]+(?:\s*ครั้ง)?|กิจกรรม|ข่าว|ข่าวประชาสัมพันธ์|"
        r"ข่าวกิจกรรม|ข่าวสาร)",
        re.IGNORECASE,
    ),
    breadcrumb=re.compile(r"^(?:หน้าแรก|หน้าหลัก)\s*(?:>|»|/|›)"),
)


def _either(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(sorted(words, key=len, reverse=True)), re.IGNORECASE)


EVENT_WORDS = EventWords(
    kinds=(
        (
            "signing",
            _either("ลงนาม", "บันทึกข้อตกลง", "บันทึกความเข้าใจ", r"\bMOU\b", r"\bMoU\b"),
            1,
        ),
        ("visit", _either("เยือน", "ศึกษาดูงาน", "เยี่ยมชม", "เยี่ยมคารวะ", "ดูงาน", "มาเยือน"), 0),
        ("visit", _either("คณะผู้แทน", "ต้อนรับ"), -3),
        ("workshop", _either("ประชุมเชิงปฏิบัติการ", "เวิร์กช็อป", r"\bworkshop\b"), 2),
        ("conference", _either("การประชุมวิชาการ", "ประชุมวิชาการ", "สมัชชา", r"\bconference\b"), 1),
        ("seminar", _either("สัมมนา", "เสวนา", "บรรยายพิเศษ", r"\bseminar\b"), 1),
        ("forum", _either("ฟอรั่ม", "ฟอรัม", r"\bforum\b"), 1),
        ("meeting", _either("ประชุม", "หารือ", "พบปะ", "เข้าพบ"), 0),
        ("training", _either("อบรม", "ฝึกอบรม"), 0),
        ("launch", _either("เปิดตัว", "พิธีเปิด", "เปิดศูนย์"), -1),
        ("exhibition", _either("นิทรรศการ", r"\bexpo\b"), -1),
    ),
    occurred=_either("ได้", "เมื่อวันที่", "จัดขึ้น", "เข้าร่วม", "ร่วม", "ให้การต้อนรับ", "แล้ว"),
    future=_either("จะจัด", "จะมี", "กำหนดจัด", "เตรียมจัด", "จะเดินทาง"),
    past=_either("ที่ผ่านมา", "เมื่อปี", "ก่อนหน้านี้"),
    online=_either("ออนไลน์", "ทางไกล", r"\bonline\b", r"\bzoom\b"),
    not_event=_either("^ห้อง", "^ศูนย์"),
    relative_now=_either("เมื่อเร็วๆ นี้", "เมื่อเร็ว ๆ นี้", "วันนี้", "ล่าสุด"),
    titles=TitleWords(
        visit="{visitor} เยือน {host}",
        visit_to="เยือน{host}",
        visit_by="คณะ{visitor}เยือน",
        signing="ลงนาม{what}",
        agreement="บันทึกข้อตกลงความร่วมมือ",
        launch="เปิดตัว{what}",
        between="{title}ระหว่าง{a}กับ{b}",
        by="{title}โดย{a}",
        of="{title}{a}",
        with_="{title}กับ{a}",
        kinds=(
            ("meeting", "การประชุม"),
            ("seminar", "สัมมนา"),
            ("workshop", "ประชุมเชิงปฏิบัติการ"),
            ("forum", "ฟอรั่ม"),
            ("conference", "การประชุมวิชาการ"),
            ("training", "อบรม"),
            ("launch", "พิธีเปิดตัว"),
            ("visit", "การเยือน"),
            ("signing", "พิธีลงนาม"),
            ("exhibition", "นิทรรศการ"),
        ),
        read_phrases=False,
    ),
)

_KINDS = [
    (
        "university",
        re.compile(
            r"มหาวิทยาลัย|วิทยาลัย|สถาบัน|คณะ|ศูนย์|อุทยานวิทยาศาสตร์|สภาวิทยา|University|Institute",
            re.I,
        ),
    ),
    (
        "government",
        re.compile(
            r"กระทรวง|กรม|สำนักงาน|สถานเอกอัครราชทูต|สถานกงสุล|รัฐบาล|Ministry|Embassy", re.I
        ),
    ),
    ("company", re.compile(r"บริษัท|ธนาคาร|Company|Bank", re.I)),
    ("ngo", re.compile(r"สมาคม|มูลนิธิ|Association|Foundation", re.I)),
]  # fmt: skip


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


_THAI = re.compile(r"[\u0e01-\u0e4f]")


def is_headline(line: str) -> bool:
    """A Thai headline: Thai letters, not a sentence's length, not a column's label."""
    stripped = line.strip()
    if CHROME.widget and CHROME.widget.fullmatch(stripped):
        return False
    thai = len(_THAI.findall(stripped))
    return thai >= 8 and len(stripped) <= 220 and not stripped.startswith("เมื่อ")


LANGUAGE = Language(
    code="th",
    name="Thai",
    aliases=("th", "th-th", "thai"),
    chrome=CHROME,
    date_words=DATE_WORDS,
    find_organisations=find_organisations,
    find_people=find_people,
    event_words=EVENT_WORDS,
    is_headline=is_headline,
    title_joiner=" ",
    guess_kind=guess_kind,
)
