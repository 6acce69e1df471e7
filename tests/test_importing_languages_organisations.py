"""Organisations in Chinese, French and Spanish texts: where a name starts and
ends, its short forms, and the generic nouns and roles that are no partner.

Every sentence here is written for the test; none comes from a corpus text.
"""

from newsroom.importing.languages import es, fr, zh
from newsroom.importing.parse import parse_press_text


def _zh(paragraph: str, text: str | None = None) -> list[tuple[str, str | None]]:
    mentions, _ = zh.find_organisations(paragraph, text)
    return [(m.name, m.long_form) for m in mentions]


def _zh_names(paragraph: str, text: str | None = None) -> list[str]:
    return [name for name, _ in _zh(paragraph, text)]


def test_chinese_verb_before_a_name_ends_the_phrase_before_it():
    assert _zh_names("两校将共同建设湖州海洋生态联合实验室。") == ["湖州海洋生态联合实验室"]
    assert _zh_names("学院将先建成滨海能源研究所，再逐步规划建设西岭材料研究院。") == [
        "滨海能源研究所",
        "西岭材料研究院",
    ]
    # Inside a name the same verb stays: a bank, a group.
    assert _zh_names("会议由东江建设集团主办。") == ["东江建设集团"]


def test_chinese_short_form_defined_after_a_name_is_its_alias():
    text = "东江能源建设集团（以下简称东江能建）与河西工业大学签约。东江能建党委常委王强致辞。"
    first, second = text.split("。")[:2]
    assert _zh(first, text) == [
        ("东江能源建设集团", None),
        ("东江能源建设集团", "东江能建"),
        ("河西工业大学", None),
    ]
    # Later the short form alone is the same partner; the role after it is no name.
    assert _zh(second, text) == [("东江能源建设集团", "东江能建")]


def test_chinese_short_form_the_text_uses_for_a_name_it_gives_in_full():
    text = "西岭省科学院与河西工业大学签约。西岭科院院长出席。"
    assert _zh("西岭科院院长出席。", text) == [("西岭省科学院", "西岭科院")]


def test_chinese_short_form_in_bare_parentheses_and_a_role_before_a_connector():
    text = "东江电力建设集团有限公司（东江电建）与河西工业大学签约。东江电建副总经理出席。"
    assert _zh(text.split("。")[0], text) == [
        ("东江电力建设集团有限公司", None),
        ("东江电力建设集团有限公司", "东江电建"),
        ("河西工业大学", None),
    ]
    # "署长" is the head of the first body, not a word of the second; "联合国" keeps its "联合".
    assert _zh_names("北海能源署署长和联合国开发计划署驻华代表出席。") == [
        "北海能源署",
        "联合国开发计划署",
    ]


def test_chinese_name_written_again_without_its_country_is_the_same_body():
    text = "代表团访问了葡萄牙北方理工大学。双方同意北方理工大学派教师来校。"
    assert _zh("双方同意北方理工大学派教师来校。", text) == [("葡萄牙北方理工大学", "北方理工大学")]


def test_chinese_generic_nouns_and_venues_are_no_partners():
    assert _zh_names("会议邀请了国际组织、行业协会和合作中心的代表。") == []
    assert _zh_names("学位委员会审议了方案。") == []
    assert _zh_names("论坛在逸夫图书馆举行。") == []
    # The rooms where it was held go; the university they belong to stays, and a
    # provincial department ending in 厅 is no room.
    assert _zh_names("会议在西岭大学逸夫图书馆报告厅举行。") == ["西岭大学"]
    assert _zh_names("会议在西岭省商务厅举行。") == ["西岭省商务厅"]
    assert _zh_names("学校将建设国家高水平科技智库。") == []
    assert _zh_names("学校依托国家重点实验室开展研究。") == []
    # A unit right after its parent keeps its generic words.
    assert _zh_names("西岭省商务厅合作处处长出席。") == ["西岭省商务厅合作处", "西岭省商务厅"]


def test_chinese_dash_and_name_dot_join_the_parts_of_one_name():
    assert _zh_names("中国—北欧国家能源项目对话与合作中心主任出席。") == [
        "中国—北欧国家能源项目对话与合作中心"
    ]
    assert _zh_names("代表团访问了智利圣地亚哥大学马里奥·罗哈斯研究所。") == [
        "智利圣地亚哥大学马里奥·罗哈斯研究所",
        "智利圣地亚哥大学",
    ]


def test_chinese_consulates_city_offices_press_and_archives():
    assert _zh_names("德国驻沪总领馆领事和市外办主任出席。") == ["德国驻沪总领馆", "市外办"]
    assert _zh_names("东方能源报社记者和《能源观察》杂志社、西岭省档案馆的代表参加。") == [
        "东方能源报社",
        "《能源观察》杂志社",
        "西岭省档案馆",
    ]
    assert _zh_names("学校重视海外办学。") == []


def test_chinese_measure_before_a_name_is_cut_but_a_country_keeps_its_first_character():
    assert _zh_names("多所大学与多米尼克旅游部签约。") == ["多米尼克旅游部"]


def _fr(paragraph: str) -> list[str]:
    return [m.name for m in fr.LANGUAGE.find_organisations(paragraph)[0]]


def _es(paragraph: str) -> list[str]:
    return [m.name for m in es.LANGUAGE.find_organisations(paragraph)[0]]


def test_french_names_whose_head_is_written_in_lower_case():
    assert _fr("Le recteur de l'université de Kara a reçu la délégation.") == ["université de Kara"]
    assert _fr(
        "Des enseignants de l'université Marien Ngouabi de Brazzaville et de l’université "
        "Abdou-Moumouni de Niamey ont participé."
    ) == [
        "université Marien Ngouabi de Brazzaville",
        "université Abdou-Moumouni de Niamey",
    ]
    assert _fr("Les élèves de l'école nationale supérieure des travaux publics sont venus.") == [
        "école nationale supérieure des travaux publics"
    ]
    assert _fr("Ils étudient à l’Institut national des sciences appliquées de Rennes.") == [
        "Institut national des sciences appliquées de Rennes"
    ]
    assert _fr("Il a remercié l’agence universitaire francophone.") == [
        "agence universitaire francophone"
    ]
    # A kind of body, not one named.
    assert _fr("Elle enseigne dans une université publique nationale.") == []


def test_french_school_keeps_what_it_trains_and_a_list_of_adjectives():
    assert _fr("Un accord a été signé avec l'École Hassania d’ingénieurs.") == [
        "École Hassania d’ingénieurs"
    ]
    assert _fr(
        "Son Centre d’études et de recherches juridiques, administratives et financières a signé."
    ) == ["Centre d’études et de recherches juridiques, administratives et financières"]


def test_french_degree_systems_and_programmes_are_no_partners():
    mentions, acronyms = fr.LANGUAGE.find_organisations(
        "La réforme LMD et le programme PAQ ont été présentés à l'Université de Kara."
    )
    assert [m.name for m in mentions] == ["Université de Kara"]
    assert [a.text for a in acronyms] == []


def test_spanish_person_glued_after_a_ministry_is_its_head():
    text = "Participó el Ministerio de Energía y Minas Pedro Luis Arancibia en la inauguración."
    assert _es(text) == ["Ministerio de Energía y Minas"]
    article = parse_press_text(
        "Ministerio inaugura planta\n\nLima, 3 de marzo de 2021.\n\n" + text + "\n", "es.txt"
    )
    assert [(p.name, p.position, p.affiliation) for p in article.people] == [
        ("Pedro Luis Arancibia", "Ministerio de Energía y Minas", "Ministerio de Energía y Minas")
    ]
    assert _es("Estuvo la Secretaría de Energía Rocío Nahle García en el acto.") == [
        "Secretaría de Energía"
    ]
    # A place of three words stays in the name.
    assert _es("La Universidad Autónoma de San Luis Potosí firmó un convenio.") == [
        "Universidad Autónoma de San Luis Potosí"
    ]


def test_spanish_name_goes_on_after_y_el_and_a_capitalised_word():
    assert _es("La Comisión Económica para América Latina y el Caribe publicó un informe.") == [
        "Comisión Económica para América Latina y el Caribe"
    ]
    assert _es("La Universidad de Chile y el Ministerio de Salud firmaron.") == [
        "Universidad de Chile",
        "Ministerio de Salud",
    ]
    assert _es("Según la Agencia Prensa Andina, la Comunidad Andina apoyó la iniciativa.") == [
        "Agencia Prensa Andina",
        "Comunidad Andina",
    ]


def test_a_head_with_only_lower_case_words_after_de_la_or_one_adjective_is_a_description():
    assert _fr("La deuxième Université de la capitale ivoirienne a reçu la délégation.") == []
    assert _fr("Le Gouvernement du Togo et l’Université de la Manouba ont signé.") == [
        "Gouvernement du Togo",
        "Université de la Manouba",
    ]
    # A capitalised word that is also a common noun ends a name as well.
    assert _fr("L’Université de la Réunion a signé.") == ["Université de la Réunion"]
    assert _es("El Gobierno Nacional, a través del Ministerio de Salud, apoyó.") == [
        "Ministerio de Salud"
    ]
    assert _es("La Universidad Nacional y la Universidad del Valle firmaron.") == [
        "Universidad Nacional",
        "Universidad del Valle",
    ]
