"""People in texts from publishers the rules were not written on."""

from newsroom.importing.entities import extract_entities


def _people(*paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    entities = extract_entities(list(paragraphs), [[] for _ in paragraphs])
    return {p.name: (p.position, p.affiliation) for p in entities.people}


def test_a_family_name_led_by_a_small_particle_is_part_of_the_name():
    assert _people(
        "Dr. Fatima al-Hashimi, Vice President of Qatar University, and Prof. Khalid Omar "
        "al-Suwaidi, Dean of Engineering, spoke. The university's president Hamad al-Kuwari "
        "welcomed them."
    ) == {
        "Fatima al-Hashimi": ("Vice President", "Qatar University"),
        "Khalid Omar al-Suwaidi": ("Dean of Engineering", None),
        "Hamad al-Kuwari": ("President", None),
    }


def test_a_listed_name_with_its_organisation_in_parentheses_is_a_member_of_it():
    assert _people(
        "Participants: Anna Kowalska (Polish Academy of Sciences), Petr Novak (Charles "
        "University) and Eva Brown (Oslo University)."
    ) == {
        "Anna Kowalska": (None, "Polish Academy of Sciences"),
        "Petr Novak": (None, "Charles University"),
        "Eva Brown": (None, "Oslo University"),
    }


def test_diplomats_listed_with_posts_of_the_republic_of_a_country():
    assert _people(
        "Guests included Peter Mwangi, Ambassador of the Islamic Republic of Iran; Ana Silva, "
        "High Commissioner of the People's Republic of Bangladesh; and Eva Brown, Consul "
        "General of the Republic of Korea."
    ) == {
        "Peter Mwangi": ("Ambassador of the Islamic Republic of Iran", None),
        "Ana Silva": ("High Commissioner of the People's Republic of Bangladesh", None),
        "Eva Brown": ("Consul General of the Republic of Korea", None),
    }


def test_a_rank_an_event_or_a_subject_after_a_title_is_no_person():
    assert _people(
        "Dr. Admiral said that. Prof. Forum agreed. Rear Admiral Eva Brown, Commander of the "
        "Fleet, spoke."
    ) == {"Eva Brown": ("Commander of the Fleet", None)}


def test_a_name_followed_by_its_post_with_the_and_never_the_end_of_a_longer_name():
    assert _people(
        "Vice president Xi Guang discussed with Cui Qiming the ambassador of China, and with "
        "Yury Aliakseyeu the vice president of Belarusian National Technical University.",
        "Dr. Rozhen Kamal Shah Mohammed the founding head of the Centre opened it.",
    ) == {
        "Cui Qiming": ("Ambassador", None),
        "Yury Aliakseyeu": ("Vice president", "Belarusian National Technical University"),
        "Xi Guang": ("Vice president", None),
        "Rozhen Kamal Shah Mohammed": (None, None),
    }


def test_an_organisation_before_a_post_is_the_persons_not_part_of_the_post():
    assert _people("The Tsinghua University President Wang Xiwen spoke.") == {
        "Wang Xiwen": ("President", "Tsinghua University")
    }


def test_a_list_of_names_with_a_dash_a_post_and_its_organisation_after_a_comma():
    assert _people(
        "Speakers: Anna Kowalska – Director, Polish Academy of Sciences; Petr Novak - Dean, "
        "Charles University; Sheikh Eva Brown – Head of Research, Oslo University."
    ) == {
        "Anna Kowalska": ("Director", "Polish Academy of Sciences"),
        "Petr Novak": ("Dean", "Charles University"),
        "Eva Brown": ("Head of Research", "Oslo University"),
    }
