"""The importer's languages: detection, chrome, dates, organisations, people, events."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.importing import languages
from newsroom.importing.dates import find_dates
from newsroom.importing.languages import es, fr, zh
from newsroom.importing.parse import detect_language, parse_press_text
from newsroom.partial_dates import DatePrecision, PartialDate

ZH_TEXT = (
    "欧盟委员会代表团访问我院\n"
    "\n"
    "日期:2017-02-23        来源:\n"
    "\n"
    "字体:【大 中 小】\n"
    "\n"
    "2017年2月16日下午,欧盟委员会科研创新总署副总干事Patrick Ch"
    "ild带队访问我院。胡志坚院长与武夷山副院长会见了代表团,并主持了座谈。\n"
    "\n"
    "欧盟方面随同来访的还有科研创新总署能源项目官员Sharon Kearney、"
    "欧盟驻华代表团公使级参赞Laurent Bochereau。\n"
    "\n"
    "联系我们\n"
    "\n"
    "地址:北京市海淀区某路8号 邮编(ZIP):100038\n"
    "\n"
)

FR_TEXT = (
    "Accueil > Actualités\n"
    "\n"
    "Une délégation de l'Université de Lyon en visite à Dakar\n"
    "\n"
    "Publié le 14 mars 2019\n"
    "\n"
    "Du 12 au 14 mars 2019, une délégation conduite par M. Jean Dupont, recteur de l'"
    "Université de Lyon, a visité l'Institut de recherche pour le développement (IRD)"
    " à Dakar.\n"
    "\n"
    "Les deux institutions ont signé une convention de partenariat le 13 mars.\n"
    "\n"
    "Mentions légales\n"
    "\n"
)

ES_TEXT = (
    "Inicio > Noticias\n"
    "\n"
    "La Universidad Nacional firma convenio con el Instituto de Ciencias del Mar\n"
    "\n"
    "Publicado el 5 de junio de 2020\n"
    "\n"
    "El rector Juan Pérez recibió el 3 de junio de 2020 a una delegación del Institut"
    "o de Ciencias del Mar. Ambas instituciones firmaron un convenio de cooperación.\n"
    "\n"
    "Aviso legal\n"
    "\n"
)


def _names(orgs):
    return {o.name for o in orgs} | {a for o in orgs for a in o.aliases}


def test_registry_gives_each_language_its_module_and_english_otherwise():
    assert languages.get("zh") is zh.LANGUAGE
    assert languages.get("zh-Hans") is zh.LANGUAGE
    assert languages.get("fr-CA") is fr.LANGUAGE
    assert languages.get("es") is es.LANGUAGE
    assert languages.get("xx") is languages.ENGLISH
    assert languages.get(None) is languages.ENGLISH
    assert languages.canonical_code("zh") == "zh-hans"
    assert languages.canonical_code("th") == "th"


def test_detection_tells_chinese_by_script_and_french_spanish_by_small_words():
    assert detect_language(ZH_TEXT) == "zh-hans"
    assert detect_language(FR_TEXT) == "fr"
    assert detect_language(ES_TEXT) == "es"
    english = (
        "The University of Lyon and the Institute of Research signed an agreement on 12 March."
    )
    assert detect_language(english) == "en"
    # A French name in an English text does not make it French.
    assert detect_language("The delegation of the Université de Lyon visited the centre.") == "en"


def test_chinese_text_is_read_with_its_own_chrome_title_and_date():
    article = parse_press_text(ZH_TEXT, "zh.txt")

    assert article.language == "zh-hans"
    assert article.title == "欧盟委员会代表团访问我院"
    assert article.title_inferred is False
    assert article.when == PartialDate.of_day(dt.date(2017, 2, 16), "2017年2月16日")
    assert "日期:2017-02-23        来源:" in article.chrome
    assert "联系我们" in article.chrome
    body = " ".join(article.paragraphs)
    assert "字体" not in body and "邮编" not in body


def test_chinese_organisations_by_their_heads_a_unit_kept_with_its_parent():
    article = parse_press_text(ZH_TEXT, "zh.txt")
    names = _names(article.organisations)

    assert {"欧盟委员会", "科研创新总署", "欧盟驻华代表团"} <= names
    # "我院" (our academy) and "代表团" (the visiting delegation) are no partners.
    assert "我院" not in names and "代表团" not in names


def test_chinese_people_with_a_role_before_or_after_the_name():
    article = parse_press_text(ZH_TEXT, "zh.txt")
    people = {p.name: p.position for p in article.people}

    assert people == {
        "Patrick Child": "欧盟委员会科研创新总署副总干事",
        "胡志坚": "院长",
        "武夷山": "副院长",
        "Sharon Kearney": "科研创新总署能源项目官员",
        "Laurent Bochereau": "欧盟驻华代表团公使级参赞",
    }


def test_chinese_names_listed_with_a_shared_role():
    spans = []
    people = zh.find_people("会议邀请了专家张伟、李明和王芳。", spans)
    assert [(p.name, p.position) for p in people] == [
        ("张伟", "专家"),
        ("李明", "专家"),
        ("王芳", "专家"),
    ]


def test_chinese_connectors_inside_one_name_and_between_two():
    mentions, _ = zh.find_organisations("北京大学国别与区域研究院与清华大学签署协议。")
    names = [m.name for m in mentions]
    assert "北京大学国别与区域研究院" in names
    assert "北京大学" in names  # the parent, kept apart
    assert "清华大学" in names
    assert not any(n.startswith("国别与区域研究院与") for n in names)


def test_chinese_visit_is_an_event_with_its_date():
    article = parse_press_text(ZH_TEXT, "zh.txt")
    first = article.events[0]
    assert (first.kind, first.when.iso()) == ("visit", "2017-02-16")


def test_chinese_month_day_range_takes_the_year_of_the_date_line():
    text = "标题一则新闻报道\n\n发布时间:2019-08-30\n\n8月26日至27日,研讨会在北京大学举行。\n"
    article = parse_press_text(text, "zh.txt")
    assert article.when.iso() == "2019-08-26"
    assert article.when.precision == DatePrecision.DAY


def test_french_text_with_its_chrome_dates_organisations_people_and_events():
    article = parse_press_text(FR_TEXT, "fr.txt")

    assert article.language == "fr"
    assert article.title == "Une délégation de l'Université de Lyon en visite à Dakar"
    assert article.when.iso() == "2019-03-12"
    assert "Mentions légales" in article.chrome
    assert "Accueil > Actualités" in article.chrome
    names = _names(article.organisations)
    assert "Université de Lyon" in names
    assert "Institut de recherche pour le développement" in names
    ird = next(o for o in article.organisations if o.acronym == "IRD")
    assert ird.name == "Institut de recherche pour le développement"
    assert {p.name: p.position for p in article.people} == {
        "Jean Dupont": "Recteur de l'Université de Lyon"
    }
    kinds = {(e.kind, e.when.iso()) for e in article.events}
    assert ("visit", "2019-03-12") in kinds


def test_french_date_forms():
    words = fr.DATES
    [range_] = find_dates("du 26 au 27 août 2019", words)
    assert range_.when.iso() == "2019-08-26" and range_.until.iso() == "2019-08-27"
    [day] = find_dates("le 12 mars 2020", words)
    assert day.when.iso() == "2020-03-12"
    [first] = find_dates("le 1er juin 2021", words)
    assert first.when.iso() == "2021-06-01"


def test_spanish_text_with_its_chrome_dates_organisations_people_and_events():
    article = parse_press_text(ES_TEXT, "es.txt")

    assert article.language == "es"
    assert article.when.iso() == "2020-06-03"
    assert "Aviso legal" in article.chrome
    names = _names(article.organisations)
    assert "Instituto de Ciencias del Mar" in names
    assert {p.name: p.position for p in article.people} == {"Juan Pérez": "Rector"}
    assert any(e.kind in {"visit", "meeting", "signing"} for e in article.events)


def test_spanish_date_forms():
    words = es.DATES
    [day] = find_dates("el 12 de marzo de 2020", words)
    assert day.when.iso() == "2020-03-12"
    [range_] = find_dates("del 3 al 5 de junio", words)
    assert range_.when.precision == DatePrecision.MONTH_DAY
    assert (range_.when.month, range_.when.day, range_.until.day) == (6, 3, 5)


def test_spanish_titles_and_roles():
    people = es.LANGUAGE.find_people("La Dra. María López, directora del centro, habló.", [])
    assert [(p.name, p.position) for p in people] == [("María López", "Directora del centro")]


def test_chinese_extractors_read_a_long_paragraph_one_name_at_a_time():
    # A head word reaches back a bounded number of characters: no scan of the
    # whole paragraph per name.
    paragraph = "北京大学与清华大学签署合作协议,院长张伟出席。" * 5000
    mentions, _ = zh.find_organisations(paragraph)
    assert len(mentions) == 10000
    people = zh.find_people(paragraph, [(m.start, m.end, i) for i, m in enumerate(mentions)])
    assert [(p.name, p.position) for p in people] == [("张伟", "院长")]


def test_chinese_headline_halves_are_joined_without_a_space_under_a_column_name():
    text = (
        "新闻动态\n\n中国科学院代表团访问\n北京大学并签署合作协议\n\n"
        "发布时间:2019-05-20  来源:国际合作处\n\n"
        "5月12日,中国科学院代表团访问北京大学。双方签署了合作协议。\n"
    )
    article = parse_press_text(text, "zh.txt")

    assert article.title == "中国科学院代表团访问北京大学并签署合作协议"
    assert article.title_inferred is False
    assert "新闻动态" in article.chrome
    assert article.source == "国际合作处"
    # "5月12日" has no year: the release line gives it.
    assert article.when == PartialDate.of_day(dt.date(2019, 5, 12), "5月12日")


def test_french_split_headline_and_event_title_in_french():
    text = (
        "Accueil > Actualités\n\nL’Université de Lyon signe un accord\navec l’Institut Pasteur\n\n"
        "Publié le 3 juin 2021\n\nLe 2 juin 2021, l’Université de Lyon et l’Institut Pasteur "
        "ont signé une convention de partenariat.\n"
    )
    article = parse_press_text(text, "fr.txt")

    assert article.title == "L’Université de Lyon signe un accord avec l’Institut Pasteur"
    assert [o.name for o in article.organisations] == ["Université de Lyon", "Institut Pasteur"]
    [signing] = article.events
    assert (signing.kind, signing.when.iso()) == ("signing", "2021-06-02")
    assert signing.title == "Signature d’un accord entre Université de Lyon et Institut Pasteur"


def test_spanish_names_with_a_leading_adjective_and_a_list_inside():
    mentions, _ = es.LANGUAGE.find_organisations(
        "La Pontificia Universidad Católica de Valparaíso y el Consejo Nacional de Ciencia, "
        "Tecnología e Innovación Tecnológica firmaron un convenio."
    )
    assert [m.name for m in mentions] == [
        "Pontificia Universidad Católica de Valparaíso",
        "Consejo Nacional de Ciencia, Tecnología e Innovación Tecnológica",
    ]
    assert es.guess_kind(mentions[0].name) == "university"


def test_french_role_then_title_and_name():
    people = fr.LANGUAGE.find_people(
        "La ministre de l'Enseignement supérieur, Mme Sylvie Retailleau, a reçu la délégation.", []
    )
    assert [(p.name, p.position) for p in people] == [
        ("Sylvie Retailleau", "Ministre de l'Enseignement supérieur")
    ]


def test_chinese_role_after_this_school():
    people = zh.find_people("双方与该校校长陈永财进行了会谈。", [])
    assert [(p.name, p.position) for p in people] == [("陈永财", "校长")]


def test_portuguese_italian_and_german_are_not_read_as_spanish_or_french():
    portuguese = (
        "A Universidade de São Paulo e a Universidade do Porto assinaram um acordo de "
        "cooperação. O reitor afirmou que a parceria não é nova e que os dois países "
        "também vão trabalhar com as suas agências."
    )
    italian = (
        "L'Università di Bologna e il Politecnico di Milano hanno firmato un accordo per la "
        "ricerca. Il rettore ha detto che della collaborazione sono contenti anche gli studenti."
    )
    german = (
        "Die Universität Wien und die Technische Universität München haben eine Vereinbarung "
        "unterzeichnet. Der Rektor sagte, dass die Zusammenarbeit auch für die Studierenden "
        "von großem Wert ist."
    )
    assert detect_language(portuguese) == "pt"
    assert detect_language(italian) == "it"
    assert detect_language(german) == "de"
    assert [languages.get(code).name for code in ("pt", "it", "de")] == [
        "Portuguese",
        "Italian",
        "German",
    ]


def test_french_roles_in_parentheses_stay_with_the_name_before_them():
    people = fr.LANGUAGE.find_people(
        "Photo : Alain Martin (Secrétaire général du Fonds), le Pr Marc Verne (recteur de "
        "l'UCL), et le recteur, le Professeur Magatte Ndiaye.",
        [],
    )
    assert [(p.name, p.position) for p in people] == [
        ("Alain Martin", "Secrétaire général du Fonds"),
        ("Marc Verne", "Recteur de l'UCL"),
        ("Magatte Ndiaye", "Recteur"),
    ]


def test_chinese_text_with_names_in_latin_letters():
    mentions, acronyms = zh.find_organisations(
        "应邀访问本地治里大学(Pondicherry University)的还有University of Oxford代表,"
        "副总干事Patrick Child与UNESCO代表出席。"
    )
    names = [(m.name, m.long_form) for m in mentions]
    assert ("本地治里大学", None) in names
    assert ("本地治里大学", "Pondicherry University") in names  # the same body, twice
    assert ("University of Oxford", None) in names
    assert "Patrick Child" not in [m.name for m in mentions]
    assert [a.text for a in acronyms] == ["UNESCO"]


_ZH_ALPHABET = (
    "大学研究院所中心委员会部与和及、，。()（）·日月年12 ABCxy张王李院长副校长代表团访问签署的在"
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ZH_ALPHABET, max_size=120))
def test_chinese_extractors_never_raise_and_name_only_what_is_written(paragraph):
    mentions, acronyms = zh.find_organisations(paragraph)
    for m in mentions:
        written = paragraph[m.start : m.end]
        assert written in (m.name, m.long_form) or m.name.endswith(written)
    for a in acronyms:
        assert paragraph[a.start : a.end] == a.text
    spans = [(m.start, m.end, i) for i, m in enumerate(mentions)]
    for person in zh.find_people(paragraph, spans):
        assert person.name in paragraph


def test_traditional_chinese_is_read_with_the_same_rules_and_kept_as_written():
    text = (
        "新聞動態\n\n香港大學代表團訪問\n國立臺灣大學並簽署合作協議\n\n"
        "發布時間:2019-05-20  來源:國際事務處\n\n"
        "5月12日,香港大學副校長張翔率團訪問國立臺灣大學,與該校校長管中閔進行了會談。\n\n"
        "聯絡我們\n\n地址:臺北市大安區羅斯福路四段1號\n"
    )
    article = parse_press_text(text, "zh-hant.txt")

    assert article.title == "香港大學代表團訪問國立臺灣大學並簽署合作協議"
    assert article.source == "國際事務處"
    assert "聯絡我們" in article.chrome and "新聞動態" in article.chrome
    assert article.when.iso() == "2019-05-12"
    assert [o.name for o in article.organisations] == ["香港大學", "國立臺灣大學"]
    assert {p.name: p.position for p in article.people} == {
        "張翔": "香港大學副校長",
        "管中閔": "校長",
    }
    assert article.events[0].kind == "visit"


def test_simplified_text_reads_the_same_through_the_traditional_table():
    from newsroom.importing.languages.zh_traditional import simplified

    assert simplified("香港大學委員會院長") == "香港大学委员会院长"
    assert simplified(ZH_TEXT) == ZH_TEXT


def test_chinese_foreign_names_between_a_role_and_a_title_or_before_mr():
    people = zh.find_people(
        "葡萄牙天主教大学两位副校长特蕾莎教授和路易斯教授访问我校。"
        "来自卢旺达的文森特先生代表全体学员致辞。",
        [],
    )
    assert [(p.name, p.position, p.titled) for p in people] == [
        ("特蕾莎", "教授", False),
        ("路易斯", "教授", False),
        ("文森特", None, True),
    ]


def test_detection_by_script_for_thai_russian_and_arabic():
    assert detect_language("มหาวิทยาลัยเชียงใหม่ลงนามความร่วมมือกับมหาวิทยาลัยปักกิ่ง") == "th"
    assert detect_language("Московский государственный университет подписал соглашение") == "ru"
    assert detect_language("وقعت جامعة القاهرة مذكرة تفاهم مع جامعة بكين") == "ar"
    assert detect_language("") == "en"
    assert detect_language("2024-03-21 12:00") == "en"


def test_chinese_foreign_names_listed_after_roles_share_the_body_and_come_back_by_family_name():
    paragraph = "北海东方研究中心主任扬·科瓦尔斯基、副主任安娜·诺瓦克出席。科瓦尔斯基教授表示欢迎。"
    mentions, _ = zh.find_organisations(paragraph)
    spans = [(m.start, m.end, i) for i, m in enumerate(mentions)]
    people = [(p.name, p.position, p.affiliation) for p in zh.find_people(paragraph, spans)]
    assert people == [
        ("扬·科瓦尔斯基", "北海东方研究中心主任", 0),
        ("安娜·诺瓦克", "副主任", 0),
    ]


def test_a_foreign_name_written_with_a_dot_is_the_person_its_family_name_stands_for():
    from newsroom.importing.entities import merge_people
    from newsroom.importing.people import PersonMention

    merged = merge_people(
        [PersonMention("扬·科瓦尔斯基", "主任", None), PersonMention("科瓦尔斯基", "教授", None)]
    )
    assert [(p.name, p.position) for p in merged] == [("扬·科瓦尔斯基", "主任")]


def test_thai_russian_and_arabic_texts_keep_their_language():
    texts = {
        "th": "ความร่วมมือทางวิชาการ\n\nมหาวิทยาลัยเชียงใหม่ลงนามความร่วมมือกับมหาวิทยาลัยปักกิ่ง",
        "ru": "Визит делегации\n\nМосковский государственный университет подписал соглашение.",
        "ar": "زيارة وفد\n\nوقعت جامعة القاهرة مذكرة تفاهم مع جامعة بكين.",
    }
    assert {code: parse_press_text(text, "x.txt").language for code, text in texts.items()} == {
        "th": "th",
        "ru": "ru",
        "ar": "ar",
    }
    assert [languages.get(code).name for code in texts] == ["Thai", "Russian", "Arabic"]
