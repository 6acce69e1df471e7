"""German: detection, chrome, dates, organisations, people and events."""

from newsroom.importing.dates import find_dates
from newsroom.importing.languages import de
from newsroom.importing.parse import parse_press_text

DE_TEXT = (
    "Delegation der Universität Graz besucht die Hochschule Bremen\n"
    "\n"
    "Veröffentlicht am 14.03.2023\n"
    "\n"
    "Am 13. März 2023 besuchte eine Delegation der Universität Graz die Hochschule Bremen. "
    "Die Gäste wurden von der Rektorin der Hochschule Bremen, Prof. Dr. Anna Beispiel, "
    "empfangen. Beide Seiten unterzeichneten eine Kooperationsvereinbarung.\n"
    "\n"
    "Teilen\n"
)


def test_german_text_with_its_chrome_date_organisations_people_and_events():
    article = parse_press_text(DE_TEXT, "de.txt")

    assert article.language == "de"
    assert article.title == "Delegation der Universität Graz besucht die Hochschule Bremen"
    assert article.when.iso() == "2023-03-13"
    assert "Veröffentlicht am 14.03.2023" in article.chrome
    assert {o.name for o in article.organisations} == {"Universität Graz", "Hochschule Bremen"}
    assert [p.name for p in article.people] == ["Anna Beispiel"]
    kinds = {e.kind for e in article.events}
    assert kinds & {"visit", "signing"}


def test_german_day_month_year_with_the_dot_after_the_day():
    [day] = find_dates("am 12. März 2024", de.DATES)
    assert day.when.iso() == "2024-03-12"
    [austrian] = find_dates("am 3. Jänner 2022", de.DATES)
    assert austrian.when.iso() == "2022-01-03"


def test_german_day_range_in_one_month():
    [range_] = find_dates("vom 12. bis 14. Juni 2024", de.DATES)
    assert (range_.when.iso(), range_.until.iso()) == ("2024-06-12", "2024-06-14")


def test_german_organisations_are_read_head_first_with_a_leading_adjective():
    orgs, _ = de.LANGUAGE.find_organisations(
        "Die Freie Universität Berlin und die Hochschule Merseburg unterzeichneten einen Vertrag."
    )
    assert [o.name for o in orgs] == ["Freie Universität Berlin", "Hochschule Merseburg"]


def test_german_capitalised_nouns_are_not_organisations():
    orgs, _ = de.LANGUAGE.find_organisations(
        "Die Zusammenarbeit in Forschung und Lehre soll den Austausch der Studierenden fördern."
    )
    assert orgs == []


def test_german_person_after_role_and_titles_keeps_the_name_only():
    people = de.LANGUAGE.find_people(
        "Unterzeichnet wurde der Vertrag vom Rektor der Hochschule, Prof. Dr. Jörg Beispiel.", []
    )
    assert [p.name for p in people] == ["Jörg Beispiel"]
