"""The date grammar: ordinals, missing years, month-only dates."""

import pytest

from newsroom.importing.dates import find_dates, paragraph_dates, parse_date_value, strip_dateline


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
