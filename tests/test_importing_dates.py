"""The date grammar: every written style, ranges, relative days, missing years."""

import datetime as dt

import pytest

from newsroom.importing.dates import (
    fill_years,
    find_dates,
    month_first,
    paragraph_dates,
    parse_date_value,
    strip_dateline,
)
from newsroom.partial_dates import PartialDate


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("On November 30th, 2023 – BRRC", "2023-11-30", "day"),
        ("held on 21 March 2024 in Beijing", "2024-03-21", "day"),
        ("in June 2021, the office", "2021-06-01", "month"),
        ("2024-03-21", "2024-03-21", "day"),
        ("established in 2016", "2016-01-01", "year"),
    ],
)
def test_dates_are_read_with_their_precision(text, iso, precision):
    found = find_dates(text)[0].when
    assert (found.iso(), found.precision) == (iso, precision)


def test_a_date_without_year_takes_the_year_of_its_paragraph():
    found = paragraph_dates("On January 20, 2022, a seminar. They signed on January 25th.")
    assert [d.when.iso() for d in found] == ["2022-01-20", "2022-01-25"]
    assert found[1].when.text == "January 25th"


def test_a_date_without_year_elsewhere_keeps_its_month_and_day_only():
    (found,) = paragraph_dates("On June 27, the forum concluded.")
    assert found.when.precision == "month-day" and found.when.iso() is None
    assert (found.when.month, found.when.day, found.when.text) == (6, 27, "June 27")


def test_impossible_dates_and_words_are_not_dates():
    assert find_dates("you may 5 times") == []
    assert all(d.when.precision != "day" for d in find_dates("February 30, 2023"))


def test_front_matter_values_and_datelines():
    assert parse_date_value("2024-05").precision == "month"
    assert strip_dateline("On November 28th, 2023 – A group visited") == "A group visited"
    assert strip_dateline("On March 21, 2024, the group met") == "The group met"


@pytest.mark.parametrize(
    ("text", "machine", "until"),
    [
        ("12 January 2020", "2020-01-12", None),
        ("January 12, 2020", "2020-01-12", None),
        ("on the 12th of January", "--01-12", None),
        ("since Jan. 12 the office", "--01-12", None),
        ("2020-01-12", "2020-01-12", None),
        ("Release time:2018-11-07Number of Views:201", "2018-11-07", None),
        ("a forum 2022.09.01", "2022-09-01", None),
        ("signed on 12.1.2020.", "2020-01-12", None),
        ("signed on 03/21/2024", "2024-03-21", None),
        ("2020年1月12日下午", "2020-01-12", None),
        ("6月16日", "--06-16", None),
        ("during January 2023", "2023-01", None),
        ("held on April 25-26", "--04-25", "--04-26"),
        ("from 30 October to 6 November 2018", "2018-10-30", "2018-11-06"),
        ("14th – 17th March", "--03-14", "--03-17"),
        ("During Oct. 10th- 13th, the workshop", "--10-10", "--10-13"),
        ("on 5 and 6 May 2019", "2019-05-05", "2019-05-06"),
        ("28 December to 3 January 2019", "2018-12-28", "2019-01-03"),
        ("2024年3月21日至23日", "2024-03-21", "2024-03-23"),
    ],
)
def test_every_written_style_is_read_with_its_precision_and_end(text, machine, until):
    found = find_dates(text)[0]
    assert found.when.machine() == machine
    assert (found.until.machine() if found.until else None) == until


def test_a_year_just_before_a_range_frames_it():
    found = paragraph_dates("In 2022, from 27th to 29th June, a delegation visited.")
    assert [(d.when.machine(), d.until and d.until.machine()) for d in found] == [
        ("2022", None),
        ("2022-06-27", "2022-06-29"),
    ]


def test_a_founding_year_elsewhere_in_the_paragraph_gives_no_year():
    found = paragraph_dates("The society, established in 2016, met on June 27.")
    assert found[-1].when.machine() == "--06-27"
    founded = paragraph_dates("The body, founded on January 28, 1963, signed on March 5.")
    assert founded[-1].when.machine() == "--03-05"


ANCHOR = PartialDate.of_day(dt.date(2018, 11, 7))  # a Wednesday


@pytest.mark.parametrize(
    ("text", "machine"),
    [
        ("The forum was held yesterday in Beijing.", "2018-11-06"),
        ("Today the two sides signed an agreement.", "2018-11-07"),
        ("The sides signed an agreement this morning.", "2018-11-07"),
        ("The delegation arrived on Sunday.", "2018-11-04"),
        ("The delegation will arrive on Monday.", "2018-11-12"),
        ("They met last Friday.", "2018-11-02"),
        ("A workshop was held last week.", "2018-10"),
        ("Earlier this month, the office opened.", "2018-11"),
    ],
)
def test_relative_dates_resolve_against_the_date_line(text, machine):
    (found,) = find_dates(text, anchor=ANCHOR)
    assert found.when.machine() == machine and found.relative


def test_relative_dates_without_a_date_line_are_no_dates():
    assert find_dates("The delegation arrived on Sunday, yesterday.") == []


def test_a_weekday_before_a_written_date_is_the_written_date():
    (found,) = find_dates("On Monday, 12 March 2018, the group met.", anchor=ANCHOR)
    assert found.when.machine() == "2018-03-12"


def test_partial_dates_own_their_machine_forms():
    assert PartialDate.from_iso("2024-03-21") == PartialDate.of_day(
        dt.date(2024, 3, 21), "2024-03-21"
    )
    assert PartialDate.from_iso("2024-03").precision == "month"
    assert PartialDate.from_iso("--06-27").display() == "27 June, year unknown"
    assert PartialDate.from_iso("2023-02-29") is None and PartialDate.from_iso("--02-30") is None
    assert [d.machine() for d in (PartialDate.of_month(2021, 6), PartialDate.of_year(2023))] == [
        "2021-06",
        "2023",
    ]
    assert PartialDate.of_month_day(6, 27).iso_known() is None
    assert PartialDate.of_month_day(6, 27, "June 27").with_year(2023).display() == "27 June 2023"


def test_a_weekday_tells_the_day_from_the_month_of_a_numeric_date():
    assert find_dates("on Wednesday (7/8/2019)")[0].when.iso() == "2019-08-07"
    assert find_dates("on Monday, 7/8/2019")[0].when.iso() == "2019-07-08"
    assert find_dates("on 7/8/2019")[0].when.iso() == "2019-08-07"  # day first when silent


def test_a_weekday_looks_ahead_only_when_its_own_sentence_does():
    (found,) = find_dates(
        "They signed on Monday in Accra. The sides will meet again.", anchor=ANCHOR
    )
    assert found.when.iso() == "2018-11-05"


def test_a_text_that_writes_the_month_first_is_read_month_first():
    assert month_first("Published: 08/22/2024. Signed on 03/04/2024.") is True
    assert month_first("Le 22/08/2024, signé le 03/04/2024.") is False
    assert month_first("Signed on 03/04/2024.") is None
    found = find_dates("Signed on 03/04/2024.", month_first=True)
    assert found[0].when.iso() == "2024-03-04"
    assert find_dates("Signed on 03/04/2024.")[0].when.iso() == "2024-04-03"


def test_a_year_from_the_date_line_looks_back_unless_the_sentence_looks_ahead():
    line = PartialDate.of_day(dt.date(2023, 12, 10))
    past = fill_years(
        "The forum was held on 20 April.", find_dates("The forum was held on 20 April."), line
    )
    ahead = "The forum will be held on 5 January."
    future = fill_years(ahead, find_dates(ahead), line)
    soon = "The forum will be held on 20 April."  # next April, as told in December
    assert [m[0].when.iso() for m in (past, future, fill_years(soon, find_dates(soon), line))] == [
        "2023-04-20",
        "2024-01-05",
        "2024-04-20",
    ]


def test_a_start_and_an_end_told_by_their_verbs_are_one_date_with_its_end():
    (found,) = paragraph_dates(
        "The forum commenced on March 21, 2024 and concluded on April 25 with a session."
    )
    assert (found.when.iso(), found.until.iso()) == ("2024-03-21", "2024-04-25")


def test_an_event_named_with_its_year_gives_the_year_to_its_dates():
    (found,) = paragraph_dates(
        "The 2024 Ambassadors' Forum, organised by the Example Academy, commenced on March 21 "
        "and concluded on April 25."
    )
    assert (found.when.iso(), found.until.iso()) == ("2024-03-21", "2024-04-25")


@pytest.mark.parametrize(
    "text",
    [
        "Les chercheurs se sont réunis ces 7 et 8 février 2018 à l'université.",
        "Les chercheurs se sont réunis les 7 et 8 février 2018 à l'université.",
    ],
)
def test_french_two_day_forms_have_an_end(text):
    from newsroom.importing.languages.fr import DATES

    (found,) = paragraph_dates(text, DATES)
    assert (found.when.iso(), found.until.iso()) == ("2018-02-07", "2018-02-08")


def test_spanish_two_day_form_has_an_end():
    from newsroom.importing.languages.es import DATES

    (found,) = paragraph_dates("Se celebró el 10 y el 11 de enero de 2019 en la sede.", DATES)
    assert (found.when.iso(), found.until.iso()) == ("2019-01-10", "2019-01-11")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le forum a débuté le 21 mars 2024 et s'est achevé le 25 avril."),
        ("es", "El foro comenzó el 21 de marzo de 2024 y concluyó el 25 de abril."),
    ],
)
def test_french_and_spanish_starts_and_ends_told_by_their_verbs(language, text):
    from newsroom.importing import languages

    (found,) = paragraph_dates(text, languages.get(language).date_words)
    assert (found.when.iso(), found.until.iso()) == ("2024-03-21", "2024-04-25")
