"""Thai: Buddhist-era dates, head-noun organisations, titled people with roles."""

from __future__ import annotations

import datetime as dt

from newsroom.importing.dates import ENGLISH, find_dates
from newsroom.importing.languages import th
from newsroom.importing.languages.th_entities import find_organisations, find_people


def _days(text: str, words=th.DATE_WORDS) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.when.date, m.until.date if m.until else None) for m in find_dates(text, words)]


def test_a_buddhist_era_year_is_read_in_the_common_era() -> None:
    assert _days("เมื่อวันที่ 1 พฤศจิกายน 2566 ผู้บริหาร") == [(dt.date(2023, 11, 1), None)]


def test_thai_digits_are_read_as_digits() -> None:
    assert _days("เมื่อวันที่ ๑๔ พฤษภาคม ๒๕๖๒ ที่ห้อง") == [(dt.date(2019, 5, 14), None)]


def test_a_range_over_two_months_keeps_both_days() -> None:
    assert _days("ระหว่างวันที่ 30 พฤษภาคม 2566 - 2 มิถุนายน 2566 ณ") == [
        (dt.date(2023, 5, 30), dt.date(2023, 6, 2))
    ]


def test_other_languages_still_read_no_buddhist_era_year() -> None:
    assert [m.when.year for m in find_dates("on 1 November 2566", ENGLISH)] == [None]


def test_an_organisation_runs_from_its_head_noun_to_the_word_that_follows_it() -> None:
    orgs, _ = find_organisations("อธิการบดีมหาวิทยาลัยฟู่ตั้นเข้าร่วมด้วย")
    assert [(o.name, o.acronym) for o in orgs] == [("มหาวิทยาลัยฟู่ตั้น", None)]


def test_a_name_goes_on_over_spaces_to_its_acronym() -> None:
    orgs, _ = find_organisations("รองปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) พร้อมด้วย")
    assert [(o.name, o.acronym) for o in orgs] == [
        ("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "อว.")
    ]


def test_a_delegation_is_no_organisation_and_a_country_ends_a_name() -> None:
    orgs, _ = find_organisations("คณะผู้แทนจากมหาวิทยาลัยพระตะบอง ประเทศกัมพูชา ซึ่งเป็น")
    assert [o.name for o in orgs] == ["มหาวิทยาลัยพระตะบอง"]


def test_people_follow_titles_and_keep_the_role_after_the_name() -> None:
    text = (
        "นางสาวบุษกร พฤกษพงศ์ กงสุลใหญ่ ณ นครเซี่ยงไฮ้ ได้พบหารือกับ "
        "ศ.ดร.หยาง ยวี้เหลียง อธิการบดีมหาวิทยาลัยฟู่ตั้น โดยมี"
    )
    orgs, _ = find_organisations(text)
    spans = [(o.start, o.end, i) for i, o in enumerate(orgs)]
    people = [(p.name, p.position) for p in find_people(text, spans)]
    assert people == [
        ("บุษกร พฤกษพงศ์", "กงสุลใหญ่ ณ นครเซี่ยงไฮ้"),
        ("หยาง ยวี้เหลียง", "อธิการบดีมหาวิทยาลัยฟู่ตั้น"),
    ]


def test_a_column_label_is_no_headline() -> None:
    assert not th.is_headline("กิจกรรม")
    assert th.is_headline("มก. ต้อนรับเอกอัครราชทูตแอฟริกาใต้ประจำประเทศไทย")
