"""Events told in the many ways real press texts tell them: trainings as
workshops, visits without the word, loose signings, seminars on agreements,
numbered forums, series launched, and the date phrases of an event (ranges,
ends in another clause, datelines, years told in passing). No database."""

import datetime as dt

import pytest

from newsroom.importing import places
from newsroom.importing.dates import paragraph_dates
from newsroom.importing.entities import extract_entities
from newsroom.partial_dates import PartialDate


def _events(*paragraphs, reference=None):
    paragraphs = list(paragraphs)
    dates = [paragraph_dates(p) for p in paragraphs]
    return extract_entities(paragraphs, dates, reference=reference).events


def _full(events):
    return [
        (e.kind, e.when.iso(), e.until.iso() if e.until else None, e.city, e.country, e.background)
        for e in events
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Energy Centre organised a training of trainers on energy statistics on 6 May 2023.",
        "A capacity-building week on solar mini-grids took place on 6 May 2023.",
        "The Statistics Office hosted a training on energy statistics on 6 May 2023.",
        "A training programme for grid engineers was held on 6 May 2023.",
        "The Commission held a regional training workshop on energy efficiency on 6 May 2023.",
        "Energy experts from twelve countries met on 6 May 2023 to work together on a roadmap.",
    ],
)
def test_a_training_is_a_workshop(sentence):
    (event,) = _events(sentence)
    assert (event.kind, event.when.iso()) == ("workshop", "2023-05-06")


def test_met_between_two_days_is_a_meeting_with_its_last_day():
    (event,) = _events(
        "Members of the network of regulators met between the 8th and 12th of December 2019 "
        "in Cairo, Egypt, to review tariff methodologies."
    )
    assert _full([event]) == [("meeting", "2019-12-08", "2019-12-12", "Cairo", "EG", False)]
    assert event.title == "Meeting"


def test_a_start_and_an_end_told_in_two_clauses_are_one_event():
    (event,) = _events(
        "The training course commenced on March 21, 2021 and concluded on April 25, 2021 in "
        "Lagos, Nigeria."
    )
    assert _full([event]) == [("workshop", "2021-03-21", "2021-04-25", "Lagos", "NG", False)]


def test_a_stay_until_a_day_ends_the_visit_told_before():
    events = _events(
        "A delegation of the National Energy Agency arrived in São Paulo on August 15th, 2022. "
        "The delegation stayed in Brazil until August 22nd and held talks with ministries."
    )
    assert _full(events) == [("visit", "2022-08-15", "2022-08-22", "São Paulo", "BR", False)]


@pytest.mark.parametrize(
    ("sentence", "city", "country"),
    [
        ("On 2 July 2019 the Rector travelled to Tokyo, Japan, to meet partners.", "Tokyo", "JP"),
        ("On 2 July 2019 the mission held meetings with the regulator in Nairobi, Kenya.",
         "Nairobi", "KE"),
        ("On 2 July 2019 the Director General paid a courtesy call on the Minister of Energy in "
         "Abuja, Nigeria.", "Abuja", "NG"),
        ("The President of the Institute toured solar plants in Ouarzazate, Morocco, on 2 July "
         "2019.", "Ouarzazate", "MA"),
    ],
)  # fmt: skip
def test_a_visit_told_without_the_word_visit(sentence, city, country):
    (event,) = _events(sentence)
    assert (event.kind, event.when.iso(), event.city, event.country) == (
        "visit", "2019-07-02", city, country
    )  # fmt: skip


def test_a_business_mission_to_two_cities_is_two_visits():
    events = _events(
        "The Chamber of Commerce organised a business mission to Portugal from 6 to 9 March "
        "2023, with stops in Lisbon and Porto."
    )
    assert _full(events) == [
        ("visit", "2023-03-06", "2023-03-09", "Lisbon", "PT", False),
        ("visit", "2023-03-06", "2023-03-09", "Porto", "PT", False),
    ]


def test_a_partnership_formalised_is_a_signing():
    (event,) = _events(
        "On 1 June 2020 the Energy Institute and the Polytechnic University formalised their "
        "partnership in Dakar, Senegal."
    )
    assert _full([event]) == [("signing", "2020-06-01", None, "Dakar", "SN", False)]


def test_a_dateline_dates_the_lead_event_not_a_year_told_in_passing():
    reference = PartialDate.of_day(dt.date(2019, 10, 29), "29 October 2019")
    events = _events(
        "Addis Ababa, Ethiopia, 29 October 2019: The Regional Regulators Network, launched in "
        "2017 with the support of member states, held its annual meeting to adopt a common "
        "tariff method.",
        reference=reference,
    )
    assert [(e.kind, e.when.iso(), e.background) for e in events] == [
        ("meeting", "2019-10-29", False)
    ]


def test_a_year_in_passing_is_a_background_event_that_dates_nothing_after_it():
    reference = PartialDate.of_day(dt.date(2019, 10, 29), "29 October 2019")
    events = _events(
        "Addis Ababa, Ethiopia, 29 October 2019: The Regional Regulators Network was launched "
        "in 2017 with the support of member states.",
        "Its members met in Addis Ababa to adopt a common tariff method at the annual meeting.",
        reference=reference,
    )
    assert [(e.kind, e.when.iso(), e.background) for e in events] == [
        ("meeting", "2019-10-29", False),  # the news first, whatever the order told
        ("launch", "2017-01-01", True),
    ]


def test_a_year_belongs_to_the_verb_of_its_own_clause():
    events = _events(
        "The Academy was launched on 2 June 2022 in Nairobi. The alliance was founded in 2015 "
        "and signed its first agreement in 2016."
    )
    assert [(e.kind, e.when.iso(), e.background) for e in events] == [
        ("launch", "2022-06-02", False),
        ("signing", "2016-01-01", True),
    ]


def test_met_for_a_workshop_is_the_workshop():
    (event,) = _events("Experts met in Vienna on 5 May 2020 for a workshop on hydrogen storage.")
    assert _full([event]) == [("workshop", "2020-05-05", None, "Vienna", "AT", False)]


def test_a_seminar_on_an_agreement_is_a_seminar_not_a_signing():
    events = _events(
        "The Faculty of Law organised on 14 September 2021 a seminar on the agreement signed "
        "between Mercosur and the European Union. Participants examined the agreement, signed "
        "by the two blocs after twenty years of talks."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [("seminar", "2021-09-14")]


def test_an_agreement_signed_by_two_people_on_a_day_is_a_signing():
    (event,) = _events(
        "The agreement, signed by the Rector and the Director General on 14 September 2021, "
        "covers joint research."
    )
    assert (event.kind, event.when.iso()) == ("signing", "2021-09-14")


def _parsed(*lines):
    from newsroom.importing.parse import parse_press_text

    return parse_press_text("\n\n".join(lines) + "\n", "press.txt")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Les experts se sont réunis les 7 et 8 février à Abidjan pour un atelier régional sur "
         "l'efficacité énergétique.", ("workshop", "2018-02-07", "2018-02-08")),
        ("Le recteur de l'Université de Lomé et le directeur de l'Institut national ont "
         "paraphé, le 8 février 2018, un accord de coopération.", ("signing", "2018-02-08", None)),
        ("Une semaine de renforcement des capacités sur l'énergie solaire s'est déroulée du 5 "
         "au 9 février 2018 à Bamako.", ("workshop", "2018-02-05", "2018-02-09")),
    ],
)  # fmt: skip
def test_french_workshops_and_signings(body, expected):
    article = _parsed("Actualité de l'énergie", "Publié le 12 février 2018", body)
    assert article.language == "fr"
    assert [(e.kind, e.when.iso(), e.until.iso() if e.until else None) for e in article.events][
        :1
    ] == [expected]


def test_spanish_experts_who_met_for_a_workshop_held_a_workshop():
    article = _parsed(
        "Expertos en energía solar",
        "12 de mayo de 2020",
        "Los expertos de las universidades se reunieron el 5 de mayo de 2020 en Lima para un "
        "taller sobre energía solar.",
    )
    assert article.language == "es"
    assert [(e.kind, e.when.iso(), e.city) for e in article.events] == [
        ("workshop", "2020-05-05", "Lima")
    ]


def test_a_series_launched_is_its_first_session_online():
    (event,) = _events(
        "The Institute launched its Ambassador Forum discussion series this month. The "
        "inaugural event, held virtually on 8 February 2021, featured three ambassadors.",
        reference=PartialDate.of_month(2021, 2, "February 2021"),
    )
    assert (event.kind, event.when.iso(), event.online, event.title) == (
        "forum", "2021-02-08", True, "Ambassador Forum"
    )  # fmt: skip


def test_a_webinar_series_launched_is_a_seminar():
    (event,) = _events(
        "On 8 February 2021 the Centre launched a new webinar series on energy transitions."
    )
    assert (event.kind, event.when.iso(), event.online, event.title) == (
        "seminar", "2021-02-08", True, "New webinar series"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The VII Central Asian Expert Forum took place on 18 October 2022 in Almaty, "
         "Kazakhstan.", "VII Central Asian Expert Forum"),
        ("On 18 October 2022 the Institute convened the XII International Energy Forum in "
         "Baku, Azerbaijan.", "XII International Energy Forum"),
        ("The Institute took part in the Second Eurasian Energy Forum, held on 18 October 2022 "
         "in Baku.", "Second Eurasian Energy Forum"),
    ],
)  # fmt: skip
def test_a_numbered_forum_is_an_event_named_without_its_venue(sentence, title):
    (event,) = _events(sentence)
    assert (event.kind, event.when.iso(), event.title) == ("forum", "2022-10-18", title)


def test_a_tour_of_three_cities_is_three_visits():
    events = _events(
        "The delegation toured São Paulo, Rio de Janeiro and Brasília from 3 to 9 May 2019."
    )
    assert [(e.kind, e.when.iso(), e.city, e.country) for e in events] == [
        ("visit", "2019-05-03", "São Paulo", "BR"),
        ("visit", "2019-05-03", "Rio de Janeiro", "BR"),
        ("visit", "2019-05-03", "Brasília", "BR"),
    ]


def test_a_range_between_two_dates_joined_by_and_is_one_visit():
    events = _events(
        "During August 3th and August 10th, 2016, the Vice-President headed a delegation to "
        "visit the Republic of Belarus."
    )
    assert [(e.kind, e.when.iso(), e.until.iso() if e.until else None) for e in events] == [
        ("visit", "2016-08-03", "2016-08-10")
    ]


def test_discussed_with_is_a_meeting():
    (event,) = _events("On 4 August 2016 the Vice-President discussed with the Ambassador.")
    assert (event.kind, event.when.iso(), event.title) == ("meeting", "2016-08-04", "Meeting")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Seminar on the Mercosur–EU agreement",
         [("seminar", "2021-09-14", "Seminar on the Mercosur–EU agreement")]),
        ("University hosts workshop on climate data",
         [("workshop", "2021-09-14", "Workshop on climate data")]),
        ("Institute joins the 7th Asian Energy Forum",
         [("forum", "2021-09-14", "7th Asian Energy Forum")]),
        ("Agreement with the University of the Andes",
         [("signing", "2021-09-14", "Signing of an agreement")]),
        ("Universities will hold a workshop", []),
    ],
)  # fmt: skip
def test_the_headline_names_the_event_the_body_tells_in_other_words(headline, expected):
    article = _parsed(
        headline,
        "15 September 2021",
        "On 14 September 2021, experts from both regions debated the terms at the Institute of "
        "International Studies.",
    )
    assert [(e.kind, e.when.iso(), e.title) for e in article.events] == expected


def test_the_headline_adds_no_event_when_the_body_tells_one():
    article = _parsed(
        "Universities meet at a seminar",
        "15 September 2021",
        "On 14 September 2021 the two universities signed a cooperation agreement.",
    )
    assert [e.kind for e in article.events] == ["signing"]


def test_a_sentence_that_goes_on_about_the_event_gives_its_days_and_venue():
    (event,) = _events(
        "A training programme on energy statistics was organised by the Regional Centre for "
        "twenty national experts. It commenced on March 21, 2021 and concluded on April 25, "
        "2021 in Nairobi, Kenya.",
        reference=PartialDate.of_day(dt.date(2021, 3, 21), "March 21, 2021"),
    )
    assert _full([event]) == [("workshop", "2021-03-21", "2021-04-25", "Nairobi", "KE", False)]


def test_a_seminar_on_an_agreement_then_a_signing_of_it_is_both():
    events = _events(
        "A seminar on the cooperation agreement was held on 14 September 2021 at the Faculty. "
        "At the end, the two universities signed the agreement."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("seminar", "2021-09-14"),
        ("signing", "2021-09-14"),
    ]


def test_a_meeting_on_a_draft_and_a_memorandum_signed_is_both():
    events = _events(
        "On 14 September 2021 the delegations held a meeting on the draft agreement and signed "
        "a memorandum of understanding."
    )
    assert [e.kind for e in events] == ["meeting", "signing"]


@pytest.mark.parametrize(
    ("headline", "date_line", "body"),
    [
        ("Séminaire sur l'accord commercial", "Publié le 15 septembre 2021",
         "Le 14 septembre 2021, l'Institut a organisé un séminaire sur l'accord signé entre "
         "l'Union africaine et l'Union européenne. Les participants ont analysé l'accord signé "
         "par les deux parties."),
        ("Seminario sobre el acuerdo comercial", "15 de septiembre de 2021",
         "El 14 de septiembre de 2021 la Facultad de Derecho realizó el seminario sobre el "
         "acuerdo Mercosur-Unión Europea firmado en 2019. Los participantes analizaron el "
         "acuerdo firmado por los dos bloques."),
    ],
)  # fmt: skip
def test_a_seminar_on_an_agreement_in_french_and_spanish(headline, date_line, body):
    article = _parsed(headline, date_line, body)
    assert [(e.kind, e.when.iso()) for e in article.events] == [("seminar", "2021-09-14")]


def test_the_first_news_event_after_a_background_lead_takes_the_dateline_s_date():
    reference = PartialDate.of_day(dt.date(2019, 10, 29), "29 October 2019")
    events = _events(
        "Addis Ababa, Ethiopia, 29 October 2019: The African Energy Commission was established "
        "in 2001.",
        "It works with member states on energy access.",
        "Ministers of energy adopted a common plan at a high-level meeting convened by the "
        "Commission.",
        reference=reference,
    )
    assert [(e.kind, e.when.iso(), e.background) for e in events] == [
        ("meeting", "2019-10-29", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "city"),
    [
        ("The Minister of Energy arrived in Beijing on 2 May 2019 for nuclear cooperation.",
         "visit", "Beijing"),
        ("On 2 May 2019 the Rector led a high-level delegation to Nairobi, Kenya.",
         "visit", "Nairobi"),
        ("On 2 May 2019 the ambassadors went on a tour of the laboratories in Astana.",
         "visit", "Astana"),
        ("On 2 May 2019 the two institutes entered into a strategic partnership agreement in "
         "Astana.", "signing", "Astana"),
        ("A panel discussion on energy poverty was held on 2 May 2019 in Vienna.",
         "seminar", "Vienna"),
    ],
)  # fmt: skip
def test_visits_signings_and_panels_in_other_words(sentence, kind, city):
    (event,) = _events(sentence)
    assert (event.kind, event.when.iso(), event.city) == (kind, "2019-05-02", city)


def test_a_numbered_summer_school_is_a_workshop_not_an_organisation():
    (event,) = _events(
        "The third Summer School on Energy Economics took place from 26 to 30 August 2019 in "
        "Vienna."
    )
    assert _full([event]) == [("workshop", "2019-08-26", "2019-08-30", "Vienna", "AT", False)]
    assert event.title == "Summer School on Energy Economics"


def test_a_demand_met_in_full_is_no_meeting():
    assert _events("On 2 May 2019 the demand for power was met in full by the new plant.") == ()


def test_a_call_for_papers_in_the_headline_is_no_event():
    article = _parsed(
        "Call for papers: International Conference on Energy Storage",
        "15 September 2021",
        "Researchers are invited to submit abstracts on batteries and hydrogen.",
    )
    assert article.events == ()


def test_staying_in_touch_is_no_visit():
    assert _events("On 2 May 2019 the alumni stayed in touch through the network.") == ()


def test_a_trip_told_first_then_its_cities_is_one_visit_per_city():
    events = _events(
        "A business mission of the Chamber of Industry travelled to Brazil from 15 to 22 August "
        "2022.",
        "During the mission, the delegation paid a courtesy call on the Minister of Mines and "
        "Energy in Brasília and toured a wind farm in Natal.",
    )
    assert [(e.kind, e.when.iso(), e.city, e.country) for e in events] == [
        ("visit", "2022-08-15", None, "BR"),
        ("visit", "2022-08-15", "Brasília", "BR"),
        ("visit", "2022-08-15", "Natal", "BR"),
    ]
    assert [e.title for e in events][1:] == ["Visit to Brasília", "Visit to Natal"]


def test_a_dateline_with_its_country_names_the_lead_event_s_city():
    assert places.dateline_city("Praia, Cabo Verde, 14 March 2019: The centre", 19) == (
        "Praia",
        "CV",
    )
    (event,) = _events(
        "Praia, Cabo Verde, 14 March 2019: The regional centre organised a capacity-building "
        "week on energy statistics.",
        reference=PartialDate.of_day(dt.date(2019, 3, 14), "14 March 2019"),
    )
    assert _full([event]) == [("workshop", "2019-03-14", None, "Praia", "CV", False)]


@pytest.mark.parametrize(
    ("headline", "date_line", "body"),
    [
        ("Capacitación en Lima", "30 de abril de 2021",
         "La capacitación comenzó el 21 de marzo de 2021 y concluyó el 25 de abril de 2021 en "
         "Lima."),
        ("Formation à Dakar", "Publié le 30 avril 2021",
         "La formation, ouverte le 21 mars 2021, s'est poursuivie jusqu'au 25 avril 2021 à "
         "Dakar."),
    ],
)  # fmt: skip
def test_a_training_s_last_day_told_apart_in_spanish_and_french(headline, date_line, body):
    article = _parsed(headline, date_line, body)
    assert [(e.kind, e.when.iso(), e.until.iso()) for e in article.events] == [
        ("workshop", "2021-03-21", "2021-04-25")
    ]


def test_a_training_of_trainers_written_with_hyphens_keeps_its_name():
    (event,) = _events(
        "The Centre held a Training-of-Trainers on solar mini-grids on 6 May 2023 in Accra."
    )
    assert (event.kind, event.when.iso(), event.city) == ("workshop", "2023-05-06", "Accra")
    assert event.title == "Training-of-trainers"
