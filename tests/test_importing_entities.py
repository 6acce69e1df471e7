"""Organisations and people within one text: whole names, short forms, roles."""

from newsroom.importing.entities import extract_entities
from newsroom.importing.organisations import find_organisations, not_organisation_acronyms


def _names(paragraph: str) -> set[str]:
    mentions, _ = find_organisations(paragraph)
    return {m.name for m in mentions if not m.weak}


def _orgs(*paragraphs: str) -> dict[str, str | None]:
    entities = extract_entities(list(paragraphs), [[] for _ in paragraphs])
    return {o.name: o.acronym for o in entities.organisations}


def _people(*paragraphs: str) -> dict[str, str | None]:
    entities = extract_entities(list(paragraphs), [[] for _ in paragraphs])
    return {p.name: p.position for p in entities.people}


# -- organisations --


def test_a_unit_and_its_parent_after_a_comma_are_one_name_and_the_parent_another():
    assert _orgs(
        "Dr. B. K. Mohapatra, Director of Health Services, Department of Health and Family "
        "Welfare, Government of Odisha, spoke. Experts from the Research Center of "
        "Eco-Environment Sciences, Chinese Academy of Sciences (RCEES, CAS) joined."
    ) == {
        "Department of Health and Family Welfare, Government of Odisha": None,
        "Government of Odisha": None,
        "Research Center of Eco-Environment Sciences, Chinese Academy of Sciences": "RCEES",
        "Chinese Academy of Sciences": "CAS",
    }


def test_a_list_joined_by_and_is_parted_where_each_side_has_a_head():
    assert _names(
        "It was co-hosted with the Ministry of Ecology and Environment and National Energy "
        "Administration, and with the Ministry of Sustainability and the Environment of "
        "Singapore and the University of Science and Technology Liaoning."
    ) == {
        "Ministry of Ecology and Environment",
        "National Energy Administration",
        "Ministry of Sustainability and the Environment of Singapore",
        "University of Science and Technology Liaoning",
    }


def test_the_text_decides_which_and_parts_a_list():
    text = (
        "A delegation visited Asian Institute of Technology and Belt and Road Research Center "
        "of AIT. Dr. Xue, Director of AIT Belt and Road Research Center, met them at Asian "
        "Institute of Technology."
    )
    mentions, _ = find_organisations(text.split(". ")[0], text)
    assert {m.name for m in mentions} == {
        "Asian Institute of Technology",
        "Belt and Road Research Center of AIT",
    }


def test_short_forms_in_parentheses_of_several_words_or_introduced_by_a_phrase():
    assert _orgs(
        "A delegation from Tsinghua Shenzhen International Graduate School (Tsinghua SIGS) "
        "met the Centre for Development of New Energy and Energy Materials Regeneration of "
        "JBNU (abbreviated as NewREC) and the Korea Institute of Energy Research (KIER)."
    ) == {
        "Tsinghua Shenzhen International Graduate School": "Tsinghua SIGS",
        "Centre for Development of New Energy and Energy Materials Regeneration of JBNU": (
            "NewREC"
        ),
        "Korea Institute of Energy Research": "KIER",
    }


def test_two_names_and_their_two_short_forms():
    assert _orgs(
        "They met Digital Belt and Road & International Research Center of Big Data, "
        "Chinese Academy of Sciences (DBAR & CBAS, CAS) in Beijing."
    ) == {
        "Digital Belt and Road": "DBAR",
        "International Research Center of Big Data, Chinese Academy of Sciences": "CBAS",
        "Chinese Academy of Sciences": "CAS",
    }


def test_no_dates_people_titles_plurals_or_initiatives_as_partners():
    assert _orgs(
        "The delegation visited Southeast University on October 19. They met Chinese "
        "Universities, Research Institutes and the People’s Government of Shanxi Province. "
        "China has put forward the Belt and Road Initiative (BRI). Building a green BRI, "
        "he said, matters. Prof. Sue Hamilton, Institute of Archaeology Director, spoke."
    ) == {
        "Southeast University": None,
        "People’s Government of Shanxi Province": None,
        "Institute of Archaeology": None,
    }
    assert "BRI" in not_organisation_acronyms("China put forward the Belt and Road Initiative.")


def test_a_name_without_a_head_is_a_partner_when_the_text_treats_it_as_one():
    assert _orgs(
        "The delegation of Secretary-General Urban Rusnák of International Energy Charter "
        "visited. Marco Lambertini, Special Envoy of WWF International, spoke, and "
        "Mr. Qiao Yang, Laboratory Engineer of Open FIESTA, joined.",
        "He said the International Energy Charter plays a role. The Opening Remarks followed.",
    ) == {"International Energy Charter": None, "WWF International": None, "Open FIESTA": None}


def test_acronym_only_organisations_and_what_is_a_post_or_a_compound():
    assert _orgs(
        "Prof. Saranjit Singh, Vice Chancellor, KIIT-DU opened it with the UNESCO serial "
        "nomination and the ICOMOS thematic study. Prof. Nitin Kumar Tripathi, VPAA, spoke "
        "for the Korea Institute of Energy Research (KIER) and the Guangzhou Institute of "
        "Energy Conversion (GIEC) at the GIEC-KIER workshop."
    ) == {
        "Korea Institute of Energy Research": "KIER",
        "Guangzhou Institute of Energy Conversion": "GIEC",
        "KIIT-DU": "KIIT-DU",
        "UNESCO": "UNESCO",
        "ICOMOS": "ICOMOS",
    }


def test_a_unit_named_with_its_parents_short_form_is_the_same_unit():
    orgs = extract_entities(
        [
            "The Institute of Applied Ecology (IAE) of the Chinese Academy of Sciences (CAS) "
            "signed with the CAS Institute of Applied Ecology."
        ],
        [[]],
    ).organisations
    assert [(o.name, o.acronym, o.aliases) for o in orgs] == [
        ("Institute of Applied Ecology", "IAE", ("CAS Institute of Applied Ecology",)),
        ("Chinese Academy of Sciences", "CAS", ()),
    ]


# -- people --


def _people_with_orgs(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    entities = extract_entities(list(paragraphs), [[] for _ in paragraphs])
    return [(p.name, p.position, p.affiliation) for p in entities.people]


def test_a_role_wrapped_around_a_name_and_a_role_before_the_organisation_and_name():
    assert _people_with_orgs(
        "Vice President Huang Dawei of Southeast University met the delegation. Vice President "
        "of Lomonosov Moscow State University Yuri Mazei visited, and General Secretary Xi "
        "Jinping was quoted."
    ) == [
        ("Huang Dawei", "Vice President", "Southeast University"),
        ("Yuri Mazei", "Vice President", "Lomonosov Moscow State University"),
        ("Xi Jinping", "General Secretary", None),
    ]


def test_titles_and_family_names_in_capitals_are_not_part_of_the_name():
    assert _people_with_orgs(
        "H.E. Grace Fu, Minister of the Ministry of Sustainability and the Environment of "
        "Singapore, spoke. Assoc. Prof. Trần Lê Quan, President of the University of Science, "
        "led it. Prof GUO Lihong, President of NWU, stated it. Secretary-General Amb. OU "
        "Boqian delivered remarks. Shri Anand Mohan Sharan, Additional Chief Secretary, came."
    ) == [
        (
            "Grace Fu",
            "Minister",
            "Ministry of Sustainability and the Environment of Singapore",
        ),
        ("Trần Lê Quan", "President", "University of Science"),
        ("GUO Lihong", "President", "NWU"),
        ("OU Boqian", "Secretary-General", None),
        ("Anand Mohan Sharan", "Additional Chief Secretary", None),
    ]


def test_one_person_per_human_however_the_text_names_them():
    assert _people_with_orgs(
        "Prof. Gopal Chandra Kundu, Director of Research and Development, spoke, and Prof. "
        "So Yoon Kim, Professor at Yonsei University, joined. Prof. G. C. Kundu proposed "
        "priorities. In her keynote, Prof. Kim described the landscape.",
        "Dr. Wendy Matthews, associate professor of archaeology, and Professor Roger Matthews "
        "presented.",
    ) == [
        ("Gopal Chandra Kundu", "Director of Research and Development", None),
        ("So Yoon Kim", "Professor", "Yonsei University"),
        ("Wendy Matthews", "Associate professor of archaeology", None),
        ("Roger Matthews", None, None),
    ]


def test_a_role_before_a_name_after_a_comma_and_a_role_after_with_the():
    assert _people_with_orgs(
        "The president of the Mexican Association for International Education (AMPEI), César "
        "Eduardo Gutiérrez Jurado, and the president of the Compostela Group of Universities "
        "(CGU), Carla Martins, signed. Shao Chunhong, the Vice Mayor of Yiwu Municipal "
        "Government, attended."
    ) == [
        (
            "César Eduardo Gutiérrez Jurado",
            "President",
            "Mexican Association for International Education",
        ),
        ("Carla Martins", "President", "Compostela Group of Universities"),
        ("Shao Chunhong", "Vice Mayor", "Yiwu Municipal Government"),
    ]


def test_a_plural_role_is_shared_by_the_names_it_introduces():
    assert _people_with_orgs("Professors Wang Lihua and Zhang Wei attended the workshop.") == [
        ("Wang Lihua", "Professor", None),
        ("Zhang Wei", "Professor", None),
    ]


def test_a_full_name_in_parentheses_after_a_short_form_and_a_name_without_its_city():
    orgs = extract_entities(
        [
            "They signed with KOMIPO Company (Korea Midland Power Co., Ltd.) and Mr. Park, "
            "Deputy Director of Korea Midland Power Corporation (KOMIPO), spoke.",
            "Mr. Francis Ricardon, President of the American University, signed with the "
            "American University in Cairo.",
        ],
        [[], []],
    ).organisations
    assert [(o.name, o.acronym, o.aliases) for o in orgs] == [
        (
            "Korea Midland Power Co., Ltd.",
            "KOMIPO",
            ("KOMIPO Company", "Korea Midland Power Corporation"),
        ),
        ("American University", None, ("American University in Cairo",)),
    ]


def test_a_post_and_a_person_after_an_organisation_are_not_part_of_its_name():
    assert _orgs(
        "It was attended by the University of Tianjin Deputy Secretary LEI Ming and by the "
        "Kazakhstan Academy of Natural Sciences Shkolnik V.S., who signed a Letter of Intent "
        "(LoI)."
    ) == {"University of Tianjin": None, "Kazakhstan Academy of Natural Sciences": None}


def test_a_name_at_the_end_of_a_clause_and_a_role_inside_the_clause_before_it():
    assert _people_with_orgs(
        "The vice president gave the floor to Chen Yili, director of the international "
        "cooperation department, who then spoke. “It is broader,” stated the Provost for "
        "International Cooperation, Sergio Proença, at the opening. The attendees included "
        "Prof. Per Sangild, Associate Professor Vibeke Christensen, and Dr. Tobias Strunk."
    ) == [
        ("Chen Yili", "Director of the international cooperation department", None),
        ("Sergio Proença", "Provost for International Cooperation", None),
        ("Per Sangild", None, None),
        ("Vibeke Christensen", "Associate Professor", None),
        ("Tobias Strunk", None, None),
    ]


def test_a_plural_head_shared_by_several_names():
    assert _orgs(
        "The Universities of Leicester, Nairobi and Malawi met the Universities of Strasbourg "
        "in France and Freiburg in Germany."
    ) == dict.fromkeys(
        [
            "University of Leicester",
            "University of Nairobi",
            "University of Malawi",
            "University of Strasbourg",
            "University of Freiburg",
        ]
    )


def test_the_same_organisation_with_its_country_its_parent_or_its_parents_short_form():
    orgs = extract_entities(
        [
            "The Japanese Ministry of Foreign Affairs met the Ministry of Foreign Affairs of "
            "Japan. The Office of Academic Resources, Chulalongkorn University hosted the "
            "Office of Academic Resources. The Nigerian National Universities Commission is "
            "the National Universities Commission (NUC).",
            "Nanjing Medical University School of Public Health and NMU School of Public Health "
            "met the Faculty of Law, Sultan Agung Islamic University (Unissula).",
        ],
        [[], []],
    ).organisations
    assert [(o.name, o.acronym, o.aliases) for o in orgs] == [
        ("Japanese Ministry of Foreign Affairs", None, ("Ministry of Foreign Affairs of Japan",)),
        (
            "Office of Academic Resources, Chulalongkorn University",
            None,
            ("Office of Academic Resources",),
        ),
        ("Chulalongkorn University", None, ()),
        (
            "Nigerian National Universities Commission",
            "NUC",
            ("National Universities Commission",),
        ),
        (
            "Nanjing Medical University School of Public Health",
            None,
            ("NMU School of Public Health",),
        ),
        ("Faculty of Law, Sultan Agung Islamic University", None, ()),
        ("Sultan Agung Islamic University", "Unissula", ()),
    ]


def test_a_name_whose_complement_lists_words_and_a_person_after_a_role_and_its_organisation():
    assert _orgs(
        "He met the Ministry of Higher Education, Science and Innovation of Uzbekistan and "
        "the Department of Nutrition, Exercise, and Sports. The award went to Director of the "
        "Russian Academy of Sciences Alexander Makarov and the keNUP Africa Foundation."
    ) == dict.fromkeys(
        [
            "Ministry of Higher Education, Science and Innovation of Uzbekistan",
            "Department of Nutrition, Exercise, and Sports",
            "Russian Academy of Sciences",
            "keNUP Africa Foundation",
        ]
    )


def test_event_words_inside_a_name_units_named_at_length_and_acronyms_at_their_seat():
    assert _orgs(
        "It was sponsored by the National Academy of Development and Strategy (NADS), "
        "with Dr. Sherif El Kotb, Director of Projects Development and Innovation Unit. "
        "Its 10 CGIAR centers met at ICRISAT Headquarters."
    ) == {
        "National Academy of Development and Strategy": "NADS",
        "Projects Development and Innovation Unit": None,
        "CGIAR": "CGIAR",
        "ICRISAT": "ICRISAT",
    }


def test_a_role_and_its_organisation_or_country_before_the_name():
    assert _people_with_orgs(
        "He awarded Director of the Joint Institute for Nuclear Research (JINR) Viktor "
        "Matveev. The forum was headed by the Minister of Education and Science of the "
        "Republic of Tajikistan Rahim Saidzoda, with Associate Dean Zhibin Hu and Yankai Xia "
        "of NMU School of Public Health."
    ) == [
        ("Viktor Matveev", "Director", "Joint Institute for Nuclear Research"),
        ("Rahim Saidzoda", "Minister", None),
        ("Zhibin Hu", "Associate Dean", "NMU School of Public Health"),
        ("Yankai Xia", "Associate Dean", "NMU School of Public Health"),
    ]


def test_units_listed_before_their_parent_a_short_form_before_its_name_and_posts_in_brackets():
    assert _orgs(
        "Sun Yat-sen University signed with Department of Nutrition, Exercise, and Sports & "
        "Department of Clinical Veterinary and Animal Sciences, University of Copenhagen (KU). "
        "Experts from School of Public Health and the Second Affiliated Hospital of Zhejiang "
        "University came, with the Dean of the Faculty of Social Administration, Ms. Kan Yip, "
        "Assistant Director (Development and Partnership), and ACERE (Africa Center of "
        "Excellence for Railway Engineering)."
    ) == {
        "Sun Yat-sen University": None,
        "Department of Nutrition, Exercise, and Sports": None,
        "Department of Clinical Veterinary and Animal Sciences, University of Copenhagen": None,
        "University of Copenhagen": "KU",
        "School of Public Health": None,
        "Second Affiliated Hospital of Zhejiang University": None,
        "Faculty of Social Administration": None,
        "Africa Center of Excellence for Railway Engineering": "ACERE",
    }


def test_initials_after_a_role_and_a_unit_with_its_parent_before_the_name():
    assert _people_with_orgs(
        "The rector of the National University of Tajikistan K. Khushvatzoda spoke. He "
        "awarded Director of the Engelhardt Institute of Molecular Biology at the Russian "
        "Academy of Sciences Alexander Makarov."
    ) == [
        ("K. Khushvatzoda", "Rector", "National University of Tajikistan"),
        ("Alexander Makarov", "Director", "Engelhardt Institute of Molecular Biology"),
    ]


def test_a_place_the_short_form_spells_letters_after_a_name_and_a_dateline_in_capitals():
    assert _orgs(
        "BANGI, 7 November 2014 – Experts of the Energy Conservation Center, Japan (ECCJ) met "
        "the rector of Malaysia’s UMK, Prof. Dr. Noor Azizi bin Ismail, FCMI, CMA."
    ) == {"Energy Conservation Center, Japan": "ECCJ", "UMK": "UMK"}


def test_a_unit_named_alone_is_the_one_unit_of_that_name_and_never_one_of_two():
    one = extract_entities(
        ["The Yale University School of Public Health met the School of Public Health."], [[]]
    ).organisations
    two = extract_entities(
        [
            "The Yale University School of Public Health, the Zhejiang University School of "
            "Public Health and the School of Public Health met."
        ],
        [[]],
    ).organisations
    assert [(o.name, o.aliases) for o in one] == [
        ("Yale University School of Public Health", ("School of Public Health",))
    ]
    assert [o.name for o in two] == [
        "Yale University School of Public Health",
        "Zhejiang University School of Public Health",
        "School of Public Health",
    ]


def test_a_countrys_liaison_office_in_a_post_is_no_partner():
    assert _people_with_orgs(
        "Lei Ding, Head of the United Arab Emirates Liaison Office, and Senior Partner of the "
        "E20 Environmental Platform, spoke."
    ) == [
        (
            "Lei Ding",
            "Head of the United Arab Emirates Liaison Office",
            "E20 Environmental Platform",
        )
    ]


def test_a_surname_alone_after_a_role_and_what_only_looks_like_one():
    assert _people_with_orgs(
        "University President Oshiro likewise called for cooperation. Regent Iwase (Director "
        "of the Center for Strategy) and Associate Professor Hamada from Egypt spoke, with "
        "Dharma Ranjan Das, Advisor to the Government. The results go to IRENA Member States "
        "and to the Incharge China Study Centre staff; Deputy Registrar Lt Cdr (C) came too."
    ) == [
        ("Oshiro", "University President", None),
        ("Iwase", "Regent", None),
        ("Hamada", "Associate Professor", None),
        ("Dharma Ranjan Das", "Advisor to the Government", None),
    ]


def test_a_name_after_a_person_and_the_field_of_a_post_in_brackets():
    assert _orgs(
        "Ms Shubha Thakur, Joint Secretary (Crops, Oil Seeds & Administration, CVO), spoke "
        "with Dr Jon Seligman, Director of Excavations, Surveys and Research Department at "
        "the Israel Antiquities Authority, and with NJSC «Almaty University of Energy and "
        "Communications named after Gumarbek Daukeyev» about the ASEAN Power Grid (APG)."
    ) == {
        "Israel Antiquities Authority": None,
        "Almaty University of Energy and Communications named after Gumarbek Daukeyev": None,
    }


def test_a_titled_surname_is_a_person_unless_it_could_be_several():
    assert _people_with_orgs(
        "Prof. Kiama and Prof. Schulz led a session in Sri Lanka. Dr. Wendy Matthews and "
        "Professor Roger Matthews presented; Dr. Matthews closed. The Rector of KBTU Gabdullin "
        "M.T., General Director, came. After greeting President Tsunoyama, they left."
    ) == [
        ("Kiama", None, None),
        ("Schulz", None, None),
        ("Wendy Matthews", None, None),
        ("Roger Matthews", None, None),
        ("Gabdullin M.T.", "Rector", None),
        ("Tsunoyama", "President", None),
    ]


def test_a_word_after_the_post_of_a_named_person_is_no_second_person():
    assert _people_with_orgs(
        "Ms Bao Zhang Director General Media, China Embassy Islamabad, spoke. The delegation "
        "was led by Ms Bao Zhang, Director General Media."
    ) == [("Bao Zhang", "Director General Media", None)]
