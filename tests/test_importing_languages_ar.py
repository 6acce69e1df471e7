"""Arabic: head-noun organisations, titled people, both month series."""

from __future__ import annotations

from newsroom.importing import languages
from newsroom.importing.dates import find_dates
from newsroom.importing.languages.ar import CHROME, EVENTS
from newsroom.importing.languages.ar_entities import find_organisations, find_people
from newsroom.importing.parse import detect_language


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.acronym) for m in find_organisations(text, text)[0]]


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.position) for p in find_people(text, [])]


def test_arabic_text_is_read_with_the_arabic_module():
    assert detect_language("وقعت جامعة القاهرة مذكرة تفاهم مع جامعة بغداد اليوم.") == "ar"
    assert languages.get("ar").find_organisations is find_organisations


def test_glued_particles_stay_out_of_an_organisation_name():
    text = "جرت مراسم التوقيع بجامعة الملك سعود والهيئة الملكية لمدينة الرياض، بحضور الوزير."
    assert _orgs(text) == [("جامعة الملك سعود", None), ("الهيئة الملكية لمدينة الرياض", None)]


def test_a_place_after_bi_ends_the_name_and_a_latin_acronym_is_kept():
    text = "تم تدشين مكتب اتحاد الجامعات الأفريقية (AAU) بكلية الحقوق بفاس."
    assert _orgs(text) == [
        ("اتحاد الجامعات الأفريقية", "AAU"),
        ("كلية الحقوق", None),
    ]


def test_the_generic_noun_alone_is_no_organisation():
    assert _orgs("وأكد أن الجامعة والهيئة تعملان معا.") == []


def test_people_after_titles_with_the_role_said_after_or_before_them():
    text = (
        "استقبل الدكتور سامي يوسف، رئيس جامعة تونس، والدكتورة ليلى حسن، عميد كلية الطب. "
        "ووقع رئيس جامعة صنعاء الدكتور علي أحمد المذكرة."
    )
    assert _people(text) == [
        ("سامي يوسف", "رئيس جامعة تونس"),
        ("ليلى حسن", "عميد كلية الطب"),
        ("علي أحمد", "رئيس جامعة صنعاء"),
    ]


def test_levantine_and_double_month_names_give_the_same_date():
    words = languages.get("ar").date_words
    found = [
        (d.when.year, d.when.month, d.when.day)
        for d in find_dates("الإثنين 05 آذار / مارس 2012", words)
    ]
    assert found[:1] == [(2012, 3, 5)]
    found = [
        (d.when.year, d.when.month, d.when.day)
        for d in find_dates("يوم الأحد 10 تشرين الأول 2021", words)
    ]
    assert found[:1] == [(2021, 10, 10)]


def test_arabic_indic_digits_are_read_as_a_date():
    words = languages.get("ar").date_words
    found = find_dates("عقدت الندوة يوم ٢٩ يناير ٢٠٢١ في القاهرة", words)
    assert [(d.when.year, d.when.month, d.when.day) for d in found] == [(2021, 1, 29)]


def _kinds(sentence: str) -> list[str]:
    return sorted({kind for kind, pattern, _ in EVENTS.kinds if pattern.search(sentence)})


def test_event_words_are_not_read_inside_longer_words():
    # "الاجتماعية" (social) is no meeting, "وزارة" (ministry) no visit, "موقع" (site) no signing.
    assert _kinds("كلية العلوم الاجتماعية في وزارة التعليم على موقع الجامعة") == []
    assert _kinds("وقع الطرفان مذكرة تفاهم خلال زيارة الوفد") == ["signing", "visit"]
    assert _kinds("تم تدشين مقر المكتب الجهوي") == ["launch"]


def test_a_dateline_and_byline_line_is_chrome():
    assert CHROME.widget.fullmatch("كربلاء/ عدي الحاج")
    assert not CHROME.widget.fullmatch("مسقط في 12 ابريل/ زار جامعة السلطان قابوس صباح اليوم وفد")
