"""Events read from press paragraphs: kinds, dates, places, titles (no database)."""

import dataclasses
import datetime as dt

import pytest

from newsroom.importing import places
from newsroom.importing.dates import DateMention, paragraph_dates
from newsroom.importing.entities import extract_entities
from newsroom.importing.event_titles import event_title
from newsroom.importing.events import EventDraft, event_words
from newsroom.partial_dates import DatePrecision, PartialDate


def _events(*paragraphs, reference=None):
    paragraphs = list(paragraphs)
    dates = [paragraph_dates(p) for p in paragraphs]
    return extract_entities(paragraphs, dates, reference=reference).events


def _summary(events):
    return [(e.kind, e.when.iso(), e.city, e.country) for e in events]


def test_a_trip_to_three_cities_is_three_visits():
    events = _events(
        "During January 2023, Dr. Ann Lee, Director of the Asian Energy Research Center, made "
        "a promotion trip to three major cities of China: Chengdu, Beijing and Shenyang."
    )
    assert _summary(events) == [
        ("visit", "2023-01-01", "Chengdu", "CN"),
        ("visit", "2023-01-01", "Beijing", "CN"),
        ("visit", "2023-01-01", "Shenyang", "CN"),
    ]
    assert all(e.when.precision == DatePrecision.MONTH for e in events)
    assert [e.title for e in events] == [
        "Asian Energy Research Center delegation visits Chengdu",
        "Asian Energy Research Center delegation visits Beijing",
        "Asian Energy Research Center delegation visits Shenyang",
    ]


def test_visited_one_place_then_another_is_two_visits():
    events = _events(
        "On 3 May 2024 the delegation visited Fudan University in Shanghai, then Zhejiang "
        "University in Hangzhou."
    )
    assert [(e.kind, e.city) for e in events] == [("visit", "Shanghai"), ("visit", "Hangzhou")]


def test_the_kind_is_what_happened_not_the_first_keyword():
    (event,) = _events(
        "On September 4th, 2024 – The Energy Research Center coordinated an official meeting "
        "between the Asian Institute of Technology and the Renewable Energy Engineering "
        "Institute.The delegation from the Institute was led by its Director General."
    )
    assert (event.kind, event.when.iso()) == ("meeting", "2024-09-04")


def test_an_event_word_inside_an_organisation_name_is_no_event():
    events = _events(
        "On 12 March 2024 the Boao Forum Secretariat and the Grand Conference Centre of Sanya "
        "announced a new director."
    )
    assert events == ()


def test_a_conference_room_is_a_place_not_a_conference():
    (event,) = _events(
        "On 12 March 2024 the two sides held a meeting in the conference room of the Institute "
        "of Physics."
    )
    assert event.kind == "meeting"


def test_two_named_events_of_one_sentence_are_two_events():
    events = _events(
        "Roundtable on Green Development and the General Assembly of the International Green "
        "Development Coalition was held on 10 May, 2023 in Beijing."
    )
    assert [(e.title, e.when.iso(), e.city) for e in events] == [
        ("Roundtable on Green Development", "2023-05-10", "Beijing"),
        ("General Assembly of the International Green Development Coalition", "2023-05-10",
         "Beijing"),
    ]  # fmt: skip


def test_one_name_is_one_event_of_its_last_event_word():
    (event,) = _events(
        "On 3 June 2021 the partners met at the 5th East Asia Summit Clean Energy Forum."
    )
    assert (event.kind, event.title) == ("forum", "5th East Asia Summit Clean Energy Forum")


def test_a_name_introduced_as_an_alias_is_the_same_event():
    (event,) = _events(
        "On 1 September 2022, the Secretary-General delivered video remarks to 2022 Taiyuan "
        "Energy Low Carbon Development Forum (hereinafter referred to as “Taiyuan Forum”)."
    )
    assert event.title == "2022 Taiyuan Energy Low Carbon Development Forum"
    assert event.when.iso() == "2022-09-01"


def test_a_month_day_takes_the_year_of_the_article_date():
    reference = PartialDate.of_day(dt.date(2021, 7, 28))
    (event,) = _events(
        "On July 15, the Institute of Applied Ecology and the District Government signed a "
        "framework agreement.",
        reference=reference,
    )
    assert event.kind == "signing"
    assert event.when == PartialDate.of_day(dt.date(2021, 7, 15), "July 15")


def test_a_month_day_after_the_article_date_is_of_the_year_before():
    reference = PartialDate.of_day(dt.date(2019, 1, 5))
    (event,) = _events(
        "On December 20, the university hosted a workshop on river ecology.", reference=reference
    )
    assert event.when.iso() == "2018-12-20"


def test_without_any_year_the_date_stays_a_month_day():
    (event,) = _events("On June 27, the Green Development Forum concluded in Chengdu.")
    assert event.when.iso() is None
    assert (event.when.month, event.when.day) == (6, 27)
    assert (event.city, event.country) == ("Chengdu", "CN")


def test_a_signing_during_a_one_day_visit_has_the_visit_s_date():
    events = _events(
        "A delegation from the National Universities Commission visited the Centre for "
        "Theoretical Physics on 3 July 2008.",
        "The high point of the visit was the signing of a Memorandum of Understanding.",
    )
    assert _summary(events) == [
        ("visit", "2008-07-03", None, None),
        ("signing", "2008-07-03", None, None),
    ]


READS_RANGES = "until" in {f.name for f in dataclasses.fields(DateMention)}


@pytest.mark.skipif(not READS_RANGES, reason="the date grammar reads no ranges yet")
def test_a_signing_during_a_visit_of_several_days_has_no_day():
    events = _events(
        "From 8 to 12 April 2024, a delegation of the Bulgarian Academy of Sciences is visiting "
        "Hanoi, Vietnam. The two presidents signed a new Annex to the Cooperation Agreement."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("visit", "2024-04-08"),
        ("signing", None),
    ]
    assert events[0].until == PartialDate.of_day(dt.date(2024, 4, 12), "From 8 to 12 April 2024")


def test_attending_the_symposium_during_a_visit_is_a_meeting():
    events = _events(
        "The delegation of the Energy Charter visited Southeast University on 19 October 2018. "
        "Principals of the International Cooperation Department attended the symposium."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("visit", "2018-10-19"),
        ("meeting", "2018-10-19"),
    ]


def test_history_and_plans_are_background():
    events = _events(
        "On 4 September 2024 the two institutes held an official meeting.",
        "They first formalised their partnership back in 2021 with an MoU signed in Bangkok.",
        "On 2 May 2024, the two academies will launch a call for proposals.",
    )
    assert [(e.kind, e.background) for e in events] == [
        ("meeting", False),
        ("signing", True),
        ("launch", True),
    ]


def test_activities_in_the_plural_are_no_events():
    events = _events(
        "From November 6th to 7th, the director took part in the 1st Belt and Road Conference "
        "on Science and Technology Exchange in Chongqing, China.",
        "Close to one thousand participants joined meetings, discussions and tours.",
    )
    assert [(e.kind, e.city) for e in events] == [("conference", "Chongqing")]


def test_an_online_seminar_is_online_with_no_city():
    (event,) = _events(
        "On January 20, 2022, the Energy Organization hosted an online seminar on the topic "
        "of “Cooperation on Low-Carbon Technology Innovation”."
    )
    assert (event.kind, event.online, event.city) == ("seminar", True, None)
    assert event.title == "Seminar on Cooperation on Low-Carbon Technology Innovation"


def test_the_lead_event_without_a_date_is_kept_undated():
    (event,) = _events(
        "The Institute of Archaeology and Northwest University launched a joint International "
        "Research Centre for Silk Roads Archaeology & Heritage at a special event in China."
    )
    assert (event.kind, event.when.is_known, event.country) == ("launch", False, "CN")
    assert (
        event.title
        == "Launch of International Research Centre for Silk Roads Archaeology & Heritage"
    )


def test_a_recent_lead_event_takes_the_article_date():
    reference = PartialDate.of_day(dt.date(2015, 1, 16))
    (event,) = _events(
        "Recently, the High-end Academic Seminar was held at Xi'an Jiaotong University.",
        reference=reference,
    )
    assert (event.kind, event.when.iso()) == ("seminar", "2015-01-16")


def test_a_place_in_a_partner_s_name_is_not_the_venue():
    assert places.venue("They met Ms Yan at Suzhou Research Institute.", []) == (None, None)
    text = "The Government of Heping District of Shenyang City signed it."
    assert places.venue(text, [(4, 51)]) == (None, None)
    assert places.venue("It was held in Beijing, China.", []) == ("Beijing", "CN")
    assert places.venue("Delegates from Paris met in Lyon.", []) == ("Lyon", "FR")


def _draft(kind, sentence, keyword, roles):
    return EventDraft(
        kind=kind,
        when=PartialDate(),
        sentence=sentence,
        keyword=keyword,
        keyword_at=sentence.index(keyword),
        paragraph=0,
        roles=roles,
    )


def test_visit_titles_name_visitor_and_host_never_a_date():
    draft = _draft("visit", "The delegation visited AIT.", "visited", {0: "visitor", 1: "host"})
    names = {0: "Tsinghua SIGS", 1: "AIT"}
    assert event_title(draft, names) == "Tsinghua SIGS delegation visits AIT"
    names = {0: "International Energy Charter", 1: "Southeast University on October"}
    assert (
        event_title(draft, names)
        == "International Energy Charter delegation visits Southeast University"
    )


def test_signing_titles_name_the_agreement_and_the_parties():
    sentence = "IAE and the District Government signed a framework agreement to build a lab."
    draft = _draft("signing", sentence, "signed", {0: "signatory", 1: "signatory"})
    assert (
        event_title(draft, {0: "IAE", 1: "District Government"})
        == "Signing of a framework agreement between IAE and District Government"
    )


def test_meeting_titles_name_both_sides():
    sentence = "The centre coordinated an official meeting between AIT and CREEI."
    draft = _draft("meeting", sentence, "meeting", {0: "participant", 1: "participant"})
    assert event_title(draft, {0: "AIT", 1: "CREEI"}) == "Official meeting between AIT and CREEI"


def test_other_languages_bring_their_own_event_words():
    import re

    words = event_words(type("Lang", (), {"event_words": (("visit", re.compile("访问")),)})())
    assert [kind for kind, _, _ in words.kinds] == ["visit"]
    assert event_words("en").kinds[0][0] == "signing"
    assert event_words(None) is event_words("en")


def test_welcoming_guests_to_the_campus_is_a_visit_and_its_mou_is_signed_that_day():
    events = _events(
        "On 27 March 2023, the Dean of the Faculty of Social Administration welcomed Dr Ben Ku, "
        "Director of the Global Development Network, and Ms. Kan Yip to the university.",
        "During the meeting, a Memorandum of Understanding (MoU) was signed between the two "
        "institutions.",
    )
    assert [(e.kind, e.when.iso()) for e in events if e.kind != "meeting"] == [
        ("visit", "2023-03-27"),
        ("signing", "2023-03-27"),
    ]


def test_a_delegation_from_another_place_is_another_visit():
    events = _events(
        "In January 2026 the university welcomed academic delegations to its campuses.",
        "A delegation from Yeungnam University, South Korea, visited the main campus. The "
        "delegation also visited the Entrepreneurship Development Centre.",
        "The university also welcomed a delegation from Liverpool John Moores University to "
        "its campus.",
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("visit", "2026-01-01"),
        ("visit", "2026-01-01"),
        ("visit", "2026-01-01"),
    ]


def test_the_dateline_city_is_where_the_reported_event_took_place():
    (event,) = _events(
        "MONDAY, 10 NOVEMBER 2014 10:55",
        "BANGI, 7 November 2014 – Both universities signed a Letter of Intent (LoI) to enable "
        "such cooperation.",
    )
    assert (event.kind, event.when.iso(), event.city) == ("signing", "2014-11-07", "Bangi")
    assert places.dateline_city("Chandigarh, February 21, 2022: The", 12) == ("Chandigarh", "IN")
    assert places.dateline_city("MONDAY, 10 NOVEMBER 2014", 8) is None


def test_plans_in_the_plural_are_no_events_but_a_series_held_is_one():
    assert (
        _events("On 7 November 2014 the two universities are set to jointly organise workshops.")
        == ()
    )
    (event,) = _events(
        "Dec. 28th, 2023, the Research Institute series of academic lectures held in Xiamen."
    )
    assert (event.kind, event.when.iso()) == ("seminar", "2023-12-28")


def test_a_named_event_recently_held_takes_the_article_date():
    reference = PartialDate.of_day(dt.date(2025, 1, 30))
    events = _events(
        "The institute welcomed its new director on 12 January 2025.",
        "The project recently wrapped up a six day Capacity Building Workshop held in Mombasa.",
        reference=reference,
    )
    assert [(e.kind, e.when.iso(), e.city) for e in events][-1] == (
        "workshop",
        "2025-01-30",
        "Mombasa",
    )


def _find(paragraph, names=(), words=None, reference=None):
    """``find_events`` on one paragraph whose organisation names are ``names``."""
    from newsroom.importing.events import ENGLISH, find_events

    spans = [(paragraph.index(n), paragraph.index(n) + len(n), i) for i, n in enumerate(names)]
    return find_events(
        [paragraph], [paragraph_dates(paragraph)], [spans], reference=reference,
        words=words or ENGLISH,
    )  # fmt: skip


def test_an_event_word_heading_a_name_taken_for_a_partner_is_still_the_event():
    text = (
        "The agreements were signed during the 4th Investing in Africa Forum (IAF), held from 6 "
        "September 2018 in Changsha."
    )
    events = _find(text, names=["Investing in Africa Forum (IAF)"])
    assert [(e.kind, e.when.iso(), e.city) for e in events] == [
        ("signing", "2018-09-06", "Changsha"),
        ("forum", "2018-09-06", "Changsha"),
    ]
    assert (
        _find("On 3 May 2024 the Boao Forum for Asia elected a chair.", ["Boao Forum for Asia"])
        == []
    )


def test_the_opening_ceremony_of_a_colloquium_is_the_colloquium():
    (event,) = _find(
        "On 5 February 2020 the minister chaired the opening ceremony of the 22nd colloquium "
        "of university secretaries in Dakar."
    )
    assert (event.kind, event.when.iso(), event.city) == ("conference", "2020-02-05", "Dakar")


def test_a_signing_during_a_visit_is_an_event_of_its_own():
    events = _find(
        "During a visit to Cameroon of a delegation of the university, two memoranda of "
        "understanding were signed with two universities on 26 March 2019."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("visit", "2019-03-26"),
        ("signing", "2019-03-26"),
    ]


def test_names_in_french_run_after_their_event_word():
    import re

    from newsroom.importing.events import ENGLISH

    french = dataclasses.replace(
        ENGLISH,
        kinds=(("conference", re.compile(r"\bconférences?\b", re.I), 0),),
        occurred=re.compile(r"\bs['’]est tenue\b", re.I),
        place_before=re.compile(r"\b(?:à|au|en)\s+$", re.I),
    )
    (event,) = _find(
        "La 1ère Conférence Internationale des Ministres et Recteurs de la Sénégambie s’est "
        "tenue le 7 avril 2022 à Ziguinchor.",
        words=french,
    )
    assert event.name == "1ère Conférence Internationale des Ministres et Recteurs de la Sénégambie"
    assert event.city == "Ziguinchor"


def test_the_lead_event_without_a_date_of_its_own_happened_on_the_article_s_date():
    reference = PartialDate.of_day(dt.date(2019, 9, 15), "Sep 15, 2019")
    (event,) = _events(
        "The President of Ain Shams University and the President of the American University "
        "signed a strategic partnership agreement.",
        reference=reference,
    )
    assert (event.kind, event.when) == ("signing", reference)
    month = PartialDate.of_month(2001, 8, "August 2001")
    (event,) = _events(
        "Under a Memorandum of Agreement signed between the two institutes, staff may use the "
        "land.",
        reference=month,
    )
    assert event.when == month
    year = PartialDate.of_year(2016, "2016")
    (event,) = _events("The university officially launched its Japan Centre.", reference=year)
    assert not event.when.is_known  # a year says too little of when it happened


def test_a_signing_during_an_event_of_several_days_has_no_day():
    events = _find(
        "The cooperation agreements were signed during the 4th Investing in Africa Forum, held "
        "from 6 to 8 September 2018 in Changsha."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("signing", None),
        ("forum", "2018-09-06"),
    ]


def test_words_quoted_after_the_event_do_not_make_it_a_plan():
    events = _events(
        "A delegation from the Commission visited the Centre on 3 July 2008.",
        "The high point of the visit was the signing of a Memorandum of Understanding under "
        'which the two "will collaborate for the advancement of science".',
    )
    assert [(e.kind, e.when.iso(), e.background) for e in events] == [
        ("visit", "2008-07-03", False),
        ("signing", "2008-07-03", False),
    ]


def test_the_city_a_delegation_is_visiting():
    (event,) = _events(
        "From 8 to 12 April 2024, a delegation of the Academy is visiting Hanoi, Vietnam."
    )
    assert (event.kind, event.city, event.country) == ("visit", "Hanoi", "VN")


def test_an_agreement_concluded_is_a_signing():
    (event,) = _events(
        "An exchange agreement with the Ministry of Culture was concluded on Monday, June 24th."
    )
    assert (event.kind, event.when.month, event.when.day) == ("signing", 6, 24)


def test_of_two_event_words_in_one_phrase_the_head_names_the_kind():
    (event,) = _find("On 3 April 2025 the school held a teacher training workshop.")
    assert event.kind == "workshop"
    (event,) = _find("On 3 April 2025 the school held a Workshop on Training of Teachers.")
    assert event.kind == "workshop"
    import re

    from newsroom.importing.events import ENGLISH

    french = dataclasses.replace(
        ENGLISH,
        kinds=(
            ("workshop", re.compile(r"\bateliers?\b", re.I), 0),
            ("training", re.compile(r"\bformations?\b", re.I), 0),
        ),
        occurred=re.compile(r"\ba tenu\b"),
    )
    (event,) = _find(
        "Le 3 avril 2025, l’école a tenu un atelier hybride de formation.", words=french
    )
    assert event.kind == "workshop"


def test_a_signing_word_tells_of_a_signing_whatever_the_verb():
    (event,) = _find("On 12 July 2019, twenty cooperation MoUs between universities in Rabat.")
    assert (event.kind, event.city) == ("signing", "Rabat")


def test_a_range_next_to_the_signing_is_the_signing_s():
    events = _find(
        "During a visit to Cameroon of the university's delegation, two memoranda were signed "
        "with two universities from 26 to 27 March 2019."
    )
    assert [(e.kind, e.when.iso(), e.until.iso()) for e in events] == [
        ("visit", "2019-03-26", "2019-03-27"),
        ("signing", "2019-03-26", "2019-03-27"),
    ]


@pytest.mark.django_db
def test_an_imported_event_keeps_its_end_date_and_kind(tmp_path):
    import io

    from django.core.management import call_command

    from newsroom.models import Event

    (tmp_path / "visit.txt").write_text(
        "Academy delegation visits Hanoi\n\nFrom 8 to 12 April 2024, a delegation of the "
        "Academy is visiting Hanoi, Vietnam.\n\nThe Academy launched a joint Centre for "
        "Marine Research at a ceremony on 10 April 2024.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    visit = Event.objects.get(kind="visit")
    assert (visit.start_date, visit.end_date) == (dt.date(2024, 4, 8), dt.date(2024, 4, 12))
    launch = Event.objects.get(kind="launch")
    assert launch.get_kind_display() == "Launch" and launch.end_date is None


def test_a_verb_of_several_words_is_no_plural():
    import re

    from newsroom.importing.events import ENGLISH

    french = dataclasses.replace(
        ENGLISH,
        kinds=(("meeting", re.compile(r"\bsont réunis\b", re.I), 1),),
        occurred=re.compile(r"\bsont réunis\b"),
        place_before=re.compile(r"\b(?:à|au|en)\s+$", re.I),
    )
    (event,) = _find("Les enseignants sont réunis le 2 avril 2025 à Abidjan.", words=french)
    assert (event.kind, event.city) == ("meeting", "Abidjan")


def test_a_partner_named_after_a_conference_is_no_conference():
    text = "On 12 July 2019 the Conference of University Presidents signed twenty agreements."
    events = _find(text, names=["Conference of University Presidents"])
    assert [e.kind for e in events] == ["signing"]


def test_the_city_after_the_visitor_s_name_is_where_the_visitor_is_from():
    text = (
        "On 9 May 2024 a delegation of the Autonomous University of Nuevo León in Monterrey "
        "visited the University of Córdoba."
    )
    (event,) = _find(text, names=["Autonomous University of Nuevo León"])
    assert (event.kind, event.city) == ("visit", None)


def test_titles_speak_the_language_of_the_text():
    from newsroom.importing.events import TitleWords

    french = TitleWords(
        visit="{visitor} en visite à {host}",
        signing="Signature {what}",
        agreement="d’un accord",
        between="{title} entre {a} et {b}",
        kinds=(("meeting", "Réunion"),),
        read_phrases=False,
    )
    signing = _draft(
        "signing", "Les deux universités ont signé.", "signé", {0: "signatory", 1: "signatory"}
    )
    names = {0: "Université Laval", 1: "Université Côte d’Azur"}
    assert (
        event_title(signing, names, french)
        == "Signature d’un accord entre Université Laval et Université Côte d’Azur"
    )
    visit = _draft("visit", "La délégation a visité Nice.", "visité", {0: "visitor", 1: "host"})
    assert (
        event_title(visit, names, french) == "Université Laval en visite à Université Côte d’Azur"
    )
    meeting = _draft("meeting", "Ils se sont réunis.", "se sont réunis", {})
    assert event_title(meeting, names, french) == "Réunion"


def test_a_hostile_text_yields_a_bounded_list_of_events():
    from newsroom.importing import events as module

    paragraphs = [
        f"On {d} May 2024 the {d}th Forum of Asia was held in Beijing." for d in range(1, 29)
    ]
    paragraphs *= 10
    found = module.find_events(
        paragraphs, [paragraph_dates(p) for p in paragraphs], [[] for _ in paragraphs]
    )
    assert len(found) == 28  # one per day: the same forum told again is the same event
    long_sentence = "The Forum of Asia signed the MoU on 3 May 2024, " * 5000
    (event,) = module.find_events([long_sentence], [paragraph_dates(long_sentence)], [[]])[:1]
    assert event.when.iso() == "2024-05-03"


def test_the_text_s_own_date_beats_the_article_s_for_the_lead_event():
    reference = PartialDate.of_day(dt.date(2021, 8, 20), "20 August 2021")
    (event,) = _events(
        "Stellenbosch University officially launched the Stellenbosch University Japan Centre.",
        "Speaking at the launch event which took place on 11 August, the Rector welcomed guests.",
        reference=reference,
    )
    assert (event.kind, event.when.iso()) == ("launch", "2021-08-11")
    assert event.title == "Launch of Stellenbosch University Japan Centre"


def test_a_launch_without_a_name_says_who_launched_it():
    draft = _draft(
        "launch", "Speaking at the launch event which took place, he said.", "launch", {0: "host"}
    )
    assert event_title(draft, {0: "SU"}) == "Launch by SU"


def test_a_chinese_quotation_with_its_own_commas_is_no_name():
    from newsroom.importing.event_names import is_speech as _is_speech

    assert _is_speech("实现更高质量、更高水平的新发展，会议主题为")
    assert not _is_speech("一带一路沿线国家智库论坛")
    assert not _is_speech("Pakistan and South Asia: Towards Progress, Partnership & Peace")


def test_a_conference_with_its_own_subject_during_a_visit_stays_a_conference():
    events = _events(
        "On 3 August 2016 the delegation visited the Republic of Belarus. The delegation "
        "attended the conference on industrialization of scientific achievements."
    )
    assert [(e.kind, e.when.iso()) for e in events] == [
        ("visit", "2016-08-03"),
        ("conference", "2016-08-03"),
    ]


def test_a_town_is_a_venue_when_the_text_says_where_it_is():
    assert places.venue("It was held at the Laboratory in Golden, Colorado.", []) == (
        "Golden",
        "US",
    )
    assert places.venue("They met in Golden.", []) == (None, None)  # a bare word is no town
    assert places.venue("A consultative meeting In Jakarta, Indonesia.", []) == ("Jakarta", "ID")
    assert places.venue("The forum took place in the United States.", []) == (None, "US")


def test_a_later_sentence_gives_the_venue_of_an_event_told_before():
    events = _events(
        "On 7 February 2018 the Energy Centre invited experts to a consultative meeting.",
        "The meeting was held in Jakarta and attended by experts from Cambodia.",
        "Later the meeting discussed research in China.",
    )
    assert [(e.kind, e.city, e.country) for e in events] == [("meeting", "Jakarta", "ID")]


def test_a_dateline_in_capitals_names_the_city_whatever_its_date():
    assert places.dateline_city("ISLAMABAD, NOV 4: /DNA/ – The Institute", None) == (
        "Islamabad",
        "PK",
    )
    assert places.dateline_city("CÓRDOBA, 9 (EUROPA PRESS)", None)[0] == "Córdoba"
    assert places.dateline_city("Moreover, 3 delegations came.", None) is None


def test_a_chinese_sentence_says_its_city_in_han_characters():
    import re

    before = re.compile(r"(?:在|于|赴|到)$")
    assert places.han_venue("会议在北京举行。", [], before) == ("北京", "CN")
    text = "北京科技大学代表团访问我院。"
    assert places.han_venue(text, [(0, 6)], before) == (None, None)  # a partner's name
    assert places.han_venue("The forum was held in Beijing.", [], before) == (None, None)


def test_titles_drop_verbs_and_dates_glued_to_names():
    sentence = "The Vice-Rector opened the meeting with the guests."
    draft = _draft("meeting", sentence, "meeting", {})
    assert event_title(draft, {}) == "Meeting"
    named = _draft("conference", "It joined the Summit.", "Summit", {})
    named.name = "Global Summit of University Leaders in March 2019"
    assert event_title(named, {}) == "Global Summit of University Leaders"
