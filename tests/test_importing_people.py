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
