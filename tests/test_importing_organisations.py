"""Organisation names in texts from publishers the rules were not written on."""

from newsroom.importing.entities import extract_entities


def _orgs(*paragraphs: str) -> dict[str, str | None]:
    entities = extract_entities(list(paragraphs), [[] for _ in paragraphs])
    return {o.name: o.acronym for o in entities.organisations}


def test_a_country_in_parentheses_is_no_part_of_the_name_but_a_city_may_be():
    assert _orgs(
        "Students from the University of Lagos (Nigeria), the Civic Platform (Moldova) and "
        "the China University of Mining (Beijing) attended."
    ) == {
        "University of Lagos": None,
        "Civic Platform": None,
        "China University of Mining (Beijing)": None,
    }


def test_a_city_after_in_is_part_of_the_name_only_where_the_text_keeps_it():
    assert _orgs(
        "The delegation visited Eastern University in Battambang.",
        "Eastern University plans more exchanges.",
    ) == {"Eastern University": None}
    assert _orgs(
        "The French Institute in Bucharest hosted it.",
        "The French Institute in Bucharest thanked the guests.",
    ) == {"French Institute in Bucharest": None}


def test_a_countrys_possessive_is_part_of_the_name_of_its_ministry():
    assert _orgs("Senior officials from Kenya's Ministry of Energy attended.") == {
        "Kenya's Ministry of Energy": None
    }


def test_schemes_data_systems_venues_groups_of_people_and_partnerships_are_no_partners():
    assert _orgs(
        "The Horizon Research Funding Programme, the Asia Training Programme, the Doctorate "
        "Program in Environmental Science and the Regional Information System were presented "
        "at the Nairobi Convention and Exhibition Centre and the Cultural Center.",
        "The Global Energy Database, the Focus Group, the Pacific Partnership and every "
        "Non-Government and Civil Society Organisation were named.",
        "The United Nations Development Programme, the World Food Programme, the China "
        "Cultural Center and the Global Partnership for Education took part.",
    ) == {
        "United Nations Development Programme": None,
        "World Food Programme": None,
        "China Cultural Center": None,
        "Global Partnership for Education": None,
    }


def test_two_institutions_of_their_own_after_a_comma_are_a_list_a_unit_and_its_parent_one():
    assert _orgs(
        "The Hubei Institute of Political Studies, Yunnan Forestry University and the U.S. "
        "Department of State, U.S. Commission on Trade took part.",
        "Students of the School of Economics, Nanjing University met them.",
        "Experts of the Guangzhou Institute of Energy Conversion, Chinese Academy of Sciences "
        "came.",
    ) == {
        "Guangzhou Institute of Energy Conversion, Chinese Academy of Sciences": None,
        "Chinese Academy of Sciences": None,
        "Hubei Institute of Political Studies": None,
        "Yunnan Forestry University": None,
        "U.S. Department of State": None,
        "U.S. Commission on Trade": None,
        "School of Economics, Nanjing University": None,
        "Nanjing University": None,
    }


def test_two_field_nouns_of_a_ministry_and_a_country_after_a_head_stay_in_the_name():
    assert _orgs(
        "The Ministry of Energy of Azerbaijan, the National Energy Administration of China "
        "and the Italian Ministry of University and Research signed. The Ministry of Finance "
        "and Ministry of Labour agreed."
    ) == {
        "Ministry of Energy of Azerbaijan": None,
        "National Energy Administration of China": None,
        "Italian Ministry of University and Research": None,
        "Ministry of Finance": None,
        "Ministry of Labour": None,
    }


def test_an_organisation_in_parentheses_after_a_name_is_no_qualifier_of_that_name():
    assert _orgs(
        "Participants: Anna Kowalska (Polish Academy of Sciences), Jan Novak (Charles University)."
    ) == {"Polish Academy of Sciences": None, "Charles University": None}


def test_a_person_glued_after_an_organisation_is_cut_off_and_gets_it_as_affiliation():
    entities = extract_entities(
        [
            "According to the Academy of Athens Christos Zerefos, the results matter.",
            "The National Research Council Maria Lopez said they were encouraging.",
        ],
        [[], []],
    )
    assert [o.name for o in entities.organisations] == [
        "Academy of Athens",
        "National Research Council",
    ]
    assert [(p.name, p.affiliation) for p in entities.people] == [
        ("Christos Zerefos", "Academy of Athens"),
        ("Maria Lopez", "National Research Council"),
    ]


def test_a_name_without_a_head_is_an_organisation_where_the_sentence_says_so():
    assert _orgs(
        "Anna Berg, director of Civic Bridge, opened the session.",
        "Open Lens, a non-profit based in Oslo, organised it with organisations such as Open "
        "Voices, Green Hope and Freedom House.",
        "The school partnered with Global Focus. Members of the network include House of "
        "Sarah, FemLINKpacific and V-Lab.",
    ) == {
        "Civic Bridge": None,
        "Open Lens": None,
        "Open Voices": None,
        "Green Hope": None,
        "Freedom House": None,
        "Global Focus": None,
        "House of Sarah": None,
        "FemLINKpacific": None,
        "V-Lab": None,
    }


def test_a_modifier_a_country_or_a_short_form_after_a_post_is_no_headless_organisation():
    assert (
        _orgs(
            "The head of the French academy will also attend. Dr. Lee, a graduate of Kyrgyz – "
            "Turkish studies, met the ambassador of Costa Rica and the rector of Unisma."
        )
        == {}
    )


def test_a_partnership_between_countries_and_a_youth_programme_are_no_partners():
    assert _orgs(
        "The India-Africa Development Partnership and the Silk Road Youth Leadership Program "
        "met the Global Partnership for Education."
    ) == {"Global Partnership for Education": None}
