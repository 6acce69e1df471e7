"""Portuguese and Italian: chrome, dates, organisations, people and events."""

from newsroom.importing.dates import find_dates
from newsroom.importing.languages import it, pt
from newsroom.importing.parse import detect_language, parse_press_text
from newsroom.partial_dates import DatePrecision

PT_TEXT = (
    "Início > Notícias\n"
    "\n"
    "Universidade de São Paulo recebe delegação de Moçambique\n"
    "\n"
    "Publicado em 14/03/2024\n"
    "\n"
    "Na terça-feira, 12 de março de 2024, a Universidade de São Paulo (USP) recebeu uma "
    "delegação da Universidade Eduardo Mondlane. O reitor da USP, Prof. Dr. Carlos Gilberto "
    "Carlotti Junior, assinou um memorando de entendimento com a Fundação Oswaldo Cruz "
    "(Fiocruz).\n"
    "\n"
    "Compartilhar\n"
)

IT_TEXT = (
    "Home > Notizie\n"
    "\n"
    "Firmato un accordo tra il Politecnico di Torino e il CNR\n"
    "\n"
    "Pubblicato il 13 marzo 2024\n"
    "\n"
    "Il 12 marzo 2024 il Politecnico di Torino e il Consiglio Nazionale delle Ricerche (CNR) "
    "hanno firmato un memorandum d'intesa. Il rettore del Politecnico di Torino, Prof. Mario "
    "Rossi, ha ricevuto la delegazione.\n"
    "\n"
    "Condividi\n"
)


def _people(language, paragraph: str) -> list[tuple[str, str | None]]:
    spans = [(m.start, m.end, k) for k, m in enumerate(language.find_organisations(paragraph)[0])]
    return [(p.name, p.position) for p in language.find_people(paragraph, spans)]


def _orgs(language, paragraph: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.acronym) for m in language.find_organisations(paragraph)[0]]


def test_portuguese_text_with_its_chrome_date_organisations_people_and_events():
    article = parse_press_text(PT_TEXT, "pt.txt")

    assert article.language == "pt"
    assert article.title == "Universidade de São Paulo recebe delegação de Moçambique"
    assert article.when.iso() == "2024-03-12"
    assert "Compartilhar" in article.chrome
    names = {o.name for o in article.organisations}
    assert {"Universidade de São Paulo", "Fundação Oswaldo Cruz"} <= names
    assert {p.name: p.position for p in article.people} == {
        "Carlos Gilberto Carlotti Junior": "Reitor da USP"
    }
    assert ("signing", "2024-03-12") in {(e.kind, e.when.iso()) for e in article.events}


def test_portuguese_date_forms():
    [day] = find_dates("em 12 de março de 2024", pt.DATES)
    assert day.when.iso() == "2024-03-12"
    [range_] = find_dates("de 12 a 14 de maio", pt.DATES)
    assert range_.when.precision == DatePrecision.MONTH_DAY
    assert (range_.when.month, range_.when.day, range_.until.day) == (5, 12, 14)


def test_portuguese_names_keep_their_of_words_lists_and_acronyms_written_as_words():
    paragraph = (
        "A Universidade de São Paulo (USP), o Ministério da Ciência, Tecnologia e Inovação e a "
        "Fundação Oswaldo Cruz (Fiocruz) assinaram o acordo."
    )
    assert _orgs(pt.LANGUAGE, paragraph) == [
        ("Universidade de São Paulo", "USP"),
        ("Ministério da Ciência, Tecnologia e Inovação", None),
        ("Fundação Oswaldo Cruz", "Fiocruz"),
    ]


def test_portuguese_roles_before_stacked_titles_and_after_the_name():
    paragraph = (
        "O acordo foi assinado pelo reitor da UFP, Prof. Dr. Miguel Trigo, e pela vice-reitora, "
        "Profa. Dra. Laura Lee. Segundo o embaixador de Angola, Manuel Costa, a parceria é antiga."
    )
    assert _people(pt.LANGUAGE, paragraph) == [
        ("Miguel Trigo", "Reitor da UFP"),
        ("Laura Lee", "Vice-reitora"),
        ("Manuel Costa", "Embaixador de Angola"),
    ]


def test_portuguese_person_in_brackets_with_a_place_is_no_organisation():
    paragraph = "Estiveram presentes as doutorandas Ana dos Santos Rodrigues (Amapá)."
    assert _orgs(pt.LANGUAGE, paragraph) == []


def test_italian_text_with_its_chrome_date_organisations_people_and_events():
    article = parse_press_text(IT_TEXT, "it.txt")

    assert article.language == "it"
    assert article.title == "Firmato un accordo tra il Politecnico di Torino e il CNR"
    assert article.when.iso() == "2024-03-12"
    assert "Condividi" in article.chrome
    cnr = next(o for o in article.organisations if o.acronym == "CNR")
    assert cnr.name == "Consiglio Nazionale delle Ricerche"
    assert {p.name: p.position for p in article.people} == {
        "Mario Rossi": "Rettore del Politecnico di Torino"
    }
    assert ("signing", "2024-03-12") in {(e.kind, e.when.iso()) for e in article.events}


def test_italian_date_forms():
    [day] = find_dates("il 12 marzo 2024", it.DATES)
    assert day.when.iso() == "2024-03-12"
    [range_] = find_dates("dal 12 al 14 giugno", it.DATES)
    assert range_.when.precision == DatePrecision.MONTH_DAY
    assert (range_.when.month, range_.when.day, range_.until.day) == (6, 12, 14)


def test_italian_names_with_elided_prepositions():
    paragraph = (
        "L'Università degli Studi di Milano, il Politecnico di Torino e il Ministero "
        "dell'Università e della Ricerca (MUR) hanno firmato."
    )
    found = _orgs(it.LANGUAGE, paragraph)
    assert found[:3] == [
        ("Università degli Studi di Milano", None),
        ("Politecnico di Torino", None),
        ("Ministero dell'Università e della Ricerca", "MUR"),
    ]


def test_italian_accent_written_as_an_apostrophe_stays_in_the_name():
    paragraph = "Il rettore dell'Universita' della Calabria ha ricevuto la delegazione."
    assert _orgs(it.LANGUAGE, paragraph) == [("Universita' della Calabria", None)]


def test_italian_signers_each_keep_their_own_role():
    paragraph = (
        "Il MoU è stato firmato dal professor Bruno Botta, Rettore di UnitelmaSapienza, e "
        "dall’ambasciatore maltese in Italia, Daniel Azzopardi."
    )
    assert _people(it.LANGUAGE, paragraph) == [
        ("Bruno Botta", "Rettore di UnitelmaSapienza"),
        ("Daniel Azzopardi", "Ambasciatore maltese in Italia"),
    ]


def test_italian_with_many_elisions_is_not_read_as_french():
    text = (
        "L’8 ottobre a Tbilisi si è tenuto un evento con la partecipazione del Rettore "
        "dell’Università degli Studi di Napoli. Alla presenza dell’Ambasciatore d’Italia è "
        "stato firmato un accordo di collaborazione tra l’Università di Napoli e "
        "l’Università di Sokhumi."
    )
    assert detect_language(text) == "it"


def test_portuguese_signers_each_keep_their_own_role_and_an_agreement_is_no_person():
    paragraph = (
        "Foi assinado um Memorando de Entendimento Académico, Científico e Cultural pela Profa. "
        "Doutora Laura Lee, Vice-reitora de Relações Internacionais, e pelo Magnífico reitor da "
        "UniRovuma, Prof. Doutor Mário Santos."
    )
    assert _people(pt.LANGUAGE, paragraph) == [
        ("Laura Lee", "Vice-reitora de Relações Internacionais"),
        ("Mário Santos", "Reitor da UniRovuma"),
    ]


def test_portuguese_body_pointed_at_is_no_name():
    paragraph = "A universidade assinou um protocolo com o Instituto Politécnico desta cidade."
    assert _orgs(pt.LANGUAGE, paragraph) == []


def test_a_person_named_later_by_the_last_two_names_is_the_same_person():
    from newsroom.importing.entities import merge_people
    from newsroom.importing.people import PersonMention

    merged = merge_people(
        [
            PersonMention("Miguel Salvato Trigo", "Reitor da UFP", None),
            PersonMention("Salvato Trigo", "Reitor", None),
        ]
    )
    assert [(p.name, p.position) for p in merged] == [("Miguel Salvato Trigo", "Reitor da UFP")]
