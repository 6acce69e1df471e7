"""Russian: organisations in any case, people after their role, dates and chrome."""

from __future__ import annotations

from newsroom.importing.languages import get, ru
from newsroom.importing.languages.ru_entities import find_organisations, find_people


def _orgs(text: str) -> list[tuple[str, str | None]]:
    mentions, _acronyms = find_organisations(text, text)
    return [(m.name, m.acronym) for m in mentions]


def _people(text: str) -> list[tuple[str, str | None]]:
    mentions, _acronyms = find_organisations(text, text)
    spans = [(m.start, m.end, i) for i, m in enumerate(mentions)]
    return [(p.name, p.position) for p in find_people(text, spans)]


def test_russian_is_registered_with_its_own_readers():
    assert get("ru-RU") is ru.LANGUAGE
    assert ru.LANGUAGE.find_organisations is find_organisations


def test_an_organisation_first_written_in_the_genitive_keeps_that_form():
    text = "Университет посетила делегация Синьцзянского технического университета (Китай)."
    assert _orgs(text) == [("Синьцзянского технического университета", None)]


def test_a_lower_case_head_keeps_its_genitive_complement_and_country():
    assert _orgs("Министерство науки и высшего образования Российской Федерации сообщило") == [
        ("Министерство науки и высшего образования Российской Федерации", None)
    ]


def test_an_acronym_in_parentheses_belongs_to_the_name_before_it():
    text = "посетила делегация Агентства по сотрудничеству и развитию Правительства Турции (TIKA)."
    assert _orgs(text) == [("Агентства по сотрудничеству и развитию Правительства Турции", "TIKA")]


def test_a_name_after_imeni_stays_in_the_organisation_and_is_no_person():
    text = "Ректор МГУ имени А. А. Кулешова Денис Владимирович Дук отметил, что"
    assert _orgs(text) == [("МГУ имени А. А. Кулешова", "МГУ")]
    assert _people(text) == [("Денис Владимирович Дук", "Ректор МГУ имени А. А. Кулешова")]


def test_a_unit_ends_where_the_next_organisation_begins():
    text = (
        "в Центре китайского языка и культуры Могилевского государственного университета состоялась"
    )
    assert _orgs(text) == [
        ("Центре китайского языка и культуры", None),
        ("Могилевского государственного университета", None),
    ]


def test_other_case_forms_take_the_form_first_written():
    text = (
        "визит в Российский центр науки и культуры. Слушатели Российского центра науки и культуры"
    )
    assert [name for name, _ in _orgs(text)] == ["Российский центр науки и культуры"] * 2


def test_people_in_the_instrumental_after_their_roles():
    text = (
        "Он встретился с ректором Владиславом Захаревичем, проректором по международной "
        "деятельности Сергеем Дюжиковым и директором Центра международного образования "
        "Ириной Савченковой."
    )
    assert _people(text) == [
        ("Владиславом Захаревичем", "ректором"),
        ("Сергеем Дюжиковым", "проректором по международной деятельности"),
        ("Ириной Савченковой", "директором Центра международного образования"),
    ]


def test_initials_before_a_surname_and_honorifics_dropped_from_the_role():
    text = (
        "ректор А.В. Егоров и проректор по учебной работе В.И. Турковский. "
        "Выступил посол России Игорь Лякин-Фролов."
    )
    assert _people(text) == [
        ("А.В. Егоров", "ректор"),
        ("В.И. Турковский", "проректор по учебной работе"),
        ("Игорь Лякин-Фролов", "посол"),
    ]


def test_a_council_is_an_organisation_but_an_adviser_is_a_role():
    assert _orgs("прибыл Советник по вопросам культуры Посольства Республики Египет.") == [
        ("Посольства Республики Египет", None)
    ]
