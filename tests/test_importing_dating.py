"""Which date of a text is its event's, on texts that also tell other events'
dates: past editions, background years and months, deadlines after a date line."""

import datetime as dt

from newsroom.importing.parse import parse_press_text
from newsroom.partial_dates import DatePrecision, PartialDate


def _when(*lines):
    return parse_press_text("\n".join(lines) + "\n", "x.txt").when


def _day(when: PartialDate) -> str | None:
    assert when.precision == DatePrecision.DAY
    return when.date.isoformat()


def test_this_years_edition_outranks_the_first_one_told_before_it():
    when = _when(
        "Regional forum on water management concludes its fifth edition",
        "",
        "The first forum was held June 10-12, 2015 in the capital, and the second on May 3-5, "
        "2017. This year's forum was held on June 6, 2024 at the university campus, with more "
        "than 300 participants from twelve countries.",
    )
    assert _day(when) == "2024-06-06"


def test_a_year_told_for_another_event_in_the_sentence_gives_no_year_to_the_day():
    when = _when(
        "University signs a cooperation memorandum with a partner institute",
        "",
        "Published: 02.11.2023",
        "",
        "On October 29, the rectors, who first met during the country's EU presidency in 2019, "
        "signed a memorandum of cooperation in the capital.",
    )
    assert _day(when) == "2023-10-29"


def test_a_chinese_background_month_does_not_outrank_the_day_of_the_event():
    when = _when(
        "两校签署合作备忘录",
        "",
        "2021年9月，两国领导人同意加强教育合作。2023年1月30日，我校与某大学在北京签署合作备忘录，"
        "双方将在人才培养、科学研究等领域开展合作。",
    )
    assert _day(when) == "2023-01-30"


def test_a_weekday_on_an_undated_page_gives_no_date_and_not_an_old_agreements_month():
    when = _when(
        "Signature d'une convention entre les deux universités",
        "",
        "Les deux universités ont signé mardi soir une convention de partenariat, dans le "
        "prolongement de l'accord de mai 1999 entre les deux pays.",
    )
    assert when == PartialDate()


def test_a_dateline_in_the_lead_outranks_a_deadline_in_a_later_paragraph():
    when = _when(
        "Universities launch a regional climate network",
        "",
        "Manila, Philippines, November 29, 2024 – Twelve universities launched a regional "
        "network on climate adaptation at a meeting hosted by the university.",
        "",
        "The network will submit its first work plan by January 15, 2025, and a follow-up "
        "meeting is planned for March 3, 2025.",
    )
    assert _day(when) == "2024-11-29"


def test_a_chinese_range_without_a_year_takes_the_release_lines_year():
    for told in ("10月18-19日", "10月18日至19日"):
        article = parse_press_text(
            f"我校举办国际学术研讨会\n\n发布时间：2021-10-20\n\n{told}，我校举办第三届国际学术研讨会，"
            "来自十个国家的专家学者参加会议。\n",
            "x.txt",
        )
        assert article.when.date == dt.date(2021, 10, 18)
        assert article.events[0].when.date == dt.date(2021, 10, 18)
        assert article.events[0].until.date == dt.date(2021, 10, 19)
