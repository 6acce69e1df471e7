"""Page chrome and headlines on pages like those of publishers nobody tuned on:
furniture around the text, lines above the headline, and the dates they tell."""

import pytest

from newsroom.importing.parse import parse_press_text


def _article(*lines):
    return parse_press_text("\n".join(lines) + "\n", "x.txt")


_BODY = (
    "On 3 March 2024, the Example Research Institute and the Example University signed a "
    "memorandum of understanding in Nairobi. The two sides agreed to exchange researchers and "
    "to hold a joint workshop every year."
)

_HEAD = "Example University Hosts a Workshop on Shared Rivers"
_CLOSING = "The workshop closed with a plan for the coming year and a call for shared data."


@pytest.mark.parametrize(
    "above",
    [
        ["Skip to main content", "Global Policy Review"],
        ["Skip to content", "", "Example Research Network"],
        ["top of page"],
        ["3 minute read"],
        ["Reading Time: 2 min read"],
        ["Abbas Ganbay Read more"],
        ["EN | FR"],
        ["中文 | English"],
        ["IMG_1234.JPG"],
        ["photo-1.jpg"],
        ["– Agency –"],
        ["(ABC)"],
    ],
)
def test_page_furniture_above_the_headline_is_never_the_title(above):
    article = _article(*above, _HEAD, _BODY)
    assert article.title == _HEAD
    assert article.paragraphs == (_BODY,)


def test_a_wire_mark_before_the_headline_or_the_lead_is_cut_off_as_chrome():
    article = _article(f"(ABCN- Example Times) {_HEAD}", _BODY)
    assert article.title == _HEAD
    assert "(ABCN- Example Times)" in article.chrome
    article = _article(_HEAD, f"(ABC) {_BODY}")
    assert article.paragraphs == (_BODY,)
    assert "(ABC)" in article.chrome


@pytest.mark.parametrize(
    "widget",
    [
        "Share this news",
        "- Advertisement -",
        "Sponsored",
        "Legal Disclaimer:",
        "The agency provides the information “as is” without warranty of any kind. We do not "
        "accept any responsibility or liability for the accuracy of the information.",
        "A- A A+",
        "Photo credit: Example University",
        "IMG_1234.JPG",
        "The rector glances at the exhibition",
        "Participants pose for a group photo (left to right)",
    ],
)
def test_widgets_ads_disclaimers_and_captions_inside_the_body_are_chrome(widget):
    article = _article(_HEAD, _BODY, widget, _CLOSING)
    assert article.paragraphs == (_BODY, _CLOSING)
    assert widget in article.chrome


def test_the_caption_under_an_image_and_a_related_list_at_the_end_are_chrome():
    article = _article(
        _HEAD,
        _BODY,
        "IMG_1234.JPG",
        "Participants at the opening session",
        _CLOSING,
        "Related",
        "Example TV unveils a new studio for students",
        "Example centre opens a new laboratory on campus",
    )
    assert article.paragraphs == (_BODY, _CLOSING)
    assert "Participants at the opening session" in article.chrome
    assert "Example centre opens a new laboratory on campus" in article.chrome


_WORKSHOP_LEAD = (
    "The Example University hosted a regional workshop on water management in Addis Ababa on "
    "12 March 2024, bringing together researchers from several countries to discuss shared rivers."
)


def test_a_short_category_line_gives_way_to_the_headline_the_lead_talks_about():
    headline = "University hosts regional workshop on water management in Addis Ababa"
    article = _article("Regional Workshop Addis- Ababa", headline, _WORKSHOP_LEAD)
    assert article.title == headline
    assert "Regional Workshop Addis- Ababa" in article.chrome


def test_a_deck_under_a_headline_with_a_verb_stays_the_deck():
    article = _article(
        "Water Forum Opens in Addis Ababa",
        "Researchers from several countries discuss a regional workshop on water management",
        _WORKSHOP_LEAD,
    )
    assert article.title == "Water Forum Opens in Addis Ababa"


def test_the_boilerplate_under_about_us_is_not_the_headline():
    article = _article(
        "News",
        "About Us",
        "The Example Centre is a leading think tank on water.",
        _HEAD,
        _BODY,
    )
    assert article.title == _HEAD
    assert article.paragraphs == (_BODY,)


@pytest.mark.parametrize("slug", ["delegacion Brasil", "ABC - delegacion-brasil"])
def test_a_link_slug_is_never_the_title(slug):
    article = _article("ABC", slug, _HEAD, _BODY)
    assert article.title == _HEAD
    assert slug in article.chrome


_ZH_LEAD = (
    "2024年3月12日，示例大学举办水资源管理区域研讨会，"
    "来自多个国家的研究人员参加了会议并进行了深入交流。"
)


@pytest.mark.parametrize("above", ["欢迎光临示例大学", "欢迎访问示例大学国际合作处！"])
def test_a_chinese_welcome_banner_is_chrome(above):
    article = _article(above, "示例大学举办水资源管理区域研讨会", _ZH_LEAD)
    assert article.title == "示例大学举办水资源管理区域研讨会"
    assert above in article.chrome


def test_chinese_font_buttons_under_the_headline_are_chrome():
    article = _article("示例大学举办水资源管理区域研讨会", "放大 缩小", _ZH_LEAD)
    assert article.title == "示例大学举办水资源管理区域研讨会"
    assert article.paragraphs == (_ZH_LEAD,)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("示例大学举办水资源管理区域研讨会", "并签署合作协议"),
        ("示例大学代表团访问非洲三国", "暨参加国际论坛"),
    ],
)
def test_a_chinese_headline_continued_by_a_conjunction_is_joined(first, second):
    article = _article(first, second, _ZH_LEAD)
    assert article.title == first + second


def test_a_founding_told_after_its_date_does_not_outrank_the_news_date():
    article = _article(
        "Network holds its annual meeting in Example City",
        "In February 2016 the network was founded by twenty universities of the region to share "
        "data. The members gathered in Example City on 14 May 2023 for the annual meeting.",
    )
    assert (article.when.iso(), article.when.precision) == ("2023-05-14", "day")


def test_the_day_an_event_took_place_outranks_a_month_of_its_background():
    article = _article(
        "Example Centre launched",
        "The Example University officially launched the Example Centre, a hub for research "
        "and cultural exchange between the two countries and their universities.",
        "Discussions on setting it up began in 2020, and in May 2022 a framework for the Centre "
        "was approved by the university and the ministry of the partner country.",
        "Speaking at the launch event which took place on 11 August, the rector said the "
        "university looks forward to engaging with its partners.",
    )
    assert str(article.when) == "11 August, year unknown"


def test_a_comment_form_and_a_reading_time_after_the_date_are_chrome():
    article = _article(
        _HEAD,
        "March 25, 2024 · 3 min read",
        _BODY,
        _CLOSING,
        "Leave a Comment",
        "Your email address will not be published. Required fields are marked *",
        "Comment",
        "Name",
        "Email",
        "Post Comment",
    )
    assert article.title == _HEAD
    assert article.paragraphs == (_BODY, _CLOSING)
    assert "March 25, 2024 · 3 min read" in article.chrome


@pytest.mark.parametrize(
    "caption", ["The rector glances at the exhibition", "Participants pose for a group photo"]
)
def test_a_photo_caption_above_or_under_the_headline_is_never_title_nor_body(caption):
    for lines in ([_HEAD, "IMG_1234.JPG", caption], ["IMG_1234.JPG", caption, _HEAD]):
        article = _article(*lines, _BODY)
        assert article.title == _HEAD
        assert article.paragraphs == (_BODY,)


def test_a_photographer_credit_closing_a_caption_and_a_registration_number_are_chrome():
    caption = "The rector (left) and the dean of the Example Faculty at the signing."
    article = _article(
        _HEAD,
        _BODY,
        f"{caption} (Photo: Jane Doe)",
        _CLOSING,
        "",
        "EXU | Example University of Science | RIF: 20013038-5",
    )
    assert article.paragraphs == (_BODY, caption, _CLOSING)
    assert {"(Photo: Jane Doe)", "EXU | Example University of Science | RIF: 20013038-5"} <= set(
        article.chrome
    )


def test_a_section_label_between_the_headline_and_the_lead_is_chrome():
    article = _article(_HEAD, "", "Cooperación Internacional", _BODY)
    assert article.title == _HEAD
    assert article.paragraphs == (_BODY,)
    assert "Cooperación Internacional" in article.chrome


@pytest.mark.parametrize(
    "widget",
    [
        "Share on Facebook",
        "Facebook Twitter LinkedIn Email",
        "Scroll to continue with content",
        "Read also: Another example story is published",
    ],
)
def test_share_buttons_and_links_to_other_stories_inside_the_body_are_chrome(widget):
    article = _article(_HEAD, _BODY, widget, _CLOSING)
    assert article.paragraphs == (_BODY, _CLOSING)


def test_the_writers_initials_closing_the_text_are_chrome():
    article = _article(_HEAD, _BODY, f"{_CLOSING} (J.Cl.)")
    assert article.paragraphs == (_BODY, _CLOSING)
    assert "(J.Cl.)" in article.chrome


@pytest.mark.parametrize(
    ("widget", "lead"),
    [
        (
            "Publicité",
            "Le 3 mars 2024, l'Institut d'Exemple et l'Université d'Exemple ont signé "
            "un protocole d'accord à Nairobi pour échanger des chercheurs.",
        ),
        (
            "Publicidad",
            "El 3 de marzo de 2024, el Instituto de Ejemplo y la Universidad de "
            "Ejemplo firmaron un memorando de entendimiento en Nairobi.",
        ),
    ],
)
def test_french_and_spanish_ads_inside_the_body_are_chrome(widget, lead):
    article = _article("Un titre d'exemple pour un accord", lead, widget, lead)
    assert widget in article.chrome
    assert widget not in article.paragraphs


def test_a_short_headline_under_a_skip_link_is_kept_when_the_lead_tells_of_it():
    lead = (
        "Researchers from several countries met for a regional water workshop at the Example "
        "University on 12 March 2024 to discuss shared rivers and the data they need."
    )
    article = _article("Skip to main content", "Regional Water Workshop", lead)
    assert article.title == "Regional Water Workshop"


def test_a_chinese_paragraph_after_an_image_is_kept_and_its_caption_is_not():
    article = _article(
        "示例大学举办水资源管理区域研讨会",
        "微信图片_20241026193339.jpg",
        _ZH_LEAD,
        "微信图片_20241026193340.jpg",
        "与会代表合影",
        "会议最后，双方表示将继续加强合作，共同推动区域水资源管理研究。",
    )
    assert article.paragraphs == (
        _ZH_LEAD,
        "会议最后，双方表示将继续加强合作，共同推动区域水资源管理研究。",
    )


def test_a_page_with_a_site_name_a_section_and_a_category_line_finds_the_headline():
    article = _article(
        "Skip to main content",
        "Africa Policy Hub",
        "Home | About | News | Contact",
        "News",
        "Regional Workshop Addis- Ababa",
        "Experts gather in Addis Ababa for regional workshop on water diplomacy",
        "Reading Time: 2 min read",
        "By Staff Reporter",
        "Experts from across the region gathered in Addis Ababa on 12 March 2024 for a regional "
        "workshop on water diplomacy organised by the Example Centre, to discuss shared rivers.",
    )
    assert article.title == "Experts gather in Addis Ababa for regional workshop on water diplomacy"
    assert {"Africa Policy Hub", "Regional Workshop Addis- Ababa"} <= set(article.chrome)


def test_a_list_item_between_hyphens_is_no_wire_mark():
    article = _article(_HEAD, _BODY, "- Jane Doe - Director of the Example Institute")
    assert article.paragraphs == (_BODY, "- Jane Doe - Director of the Example Institute")


_ZH_TRIP = (
    "10月20日至26日，示例大学校长率代表团访问非洲三国，与多所大学签署合作协议，"
    "并就人才培养、科研合作等议题进行了深入交流。"
)


@pytest.mark.parametrize("office", ["示例大学国际合作与交流处", "国际合作与交流处"])
def test_a_chinese_office_name_over_the_headline_is_neither_title_nor_its_first_half(office):
    article = _article(office, "示例大学代表团访问非洲三国", _ZH_TRIP)
    assert article.title == "示例大学代表团访问非洲三国"
    assert office in article.chrome


def test_a_chinese_headline_ending_with_a_university_is_joined_with_its_second_half():
    article = _article("肯尼亚国家科学院代表团访问示例大学", "双方签署合作备忘录", _ZH_TRIP)
    assert article.title == "肯尼亚国家科学院代表团访问示例大学双方签署合作备忘录"


@pytest.mark.parametrize(
    "line",
    [
        "The Director addressing the workshop participants",
        "Workshop participants and staff",
        "Field trip during the regional workshop",
        "Lake shore near the capital. Photo: J. Doe/Example Images",
        "Town One, Town Two, Town Three, 12 March 2024",
        "Find the full report here",
        "- Categories News, Events",
        "- Tags cooperation, water",
        "- Comments 0 comment",
        "- Agenda",
        "原文链接:http://example.com/a/1.html",
        "[免责声明] 本文仅代表作者观点",
        "版权归原作者所有",
        "(国际合作与交流处)",
        "(Office of International Affairs)",
        "Press and Information Department, April 20, 2018",
        "Doe, J. and Roe, K. (2023). Water governance in river basins. Journal, 45(2), 1-9.",
    ],
)
def test_furniture_inside_the_body_is_chrome_and_the_text_around_it_is_kept(line):
    article = _article(_HEAD, "", _BODY, "", line, "", _CLOSING)
    assert article.paragraphs == (_BODY, _CLOSING)
    assert line.strip() in article.chrome


def test_a_news_heading_over_other_headlines_ends_the_page():
    article = _article(
        _HEAD,
        "",
        _BODY,
        "",
        _CLOSING,
        "",
        "News",
        "",
        "University opens a new library building",
        "",
        "Rector meets a visiting delegation",
        "",
    )
    assert article.paragraphs == (_BODY, _CLOSING)


def test_a_byline_with_a_date_gives_the_year_of_a_day_told_without_one():
    body = _BODY.replace("On 3 March 2024", "On 3 March")
    article = _article(_HEAD, "", body, "", "Press and Information Department, March 4, 2024")
    assert article.when.date.isoformat() == "2024-03-03"


def test_an_office_name_over_a_short_headline_is_chrome():
    office = "The Example Ministry of Education and Science Higher Education Committee"
    article = _article(office, "Delegation visits a partner university", "", _BODY, "", _CLOSING)
    assert article.title == "Delegation visits a partner university"
    assert office in article.chrome
