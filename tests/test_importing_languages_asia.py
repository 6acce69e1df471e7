"""Japanese, Korean, Vietnamese and Indonesian: detection, dates, names, people, events."""

from newsroom.importing import languages
from newsroom.importing.dates import find_dates
from newsroom.importing.languages import id as indonesian
from newsroom.importing.languages import ja, ja_entities, ko, ko_entities, vi, vi_entities
from newsroom.importing.parse import detect_language, parse_press_text

JA_TEXT = (
    "東西大学の代表団が本学を訪問し、学術交流協定を締結しました\n"
    "\n"
    "令和6年3月14日\n"
    "\n"
    "3月12日、東西大学の代表団が本学を訪問し、佐藤一郎学長と懇談した後、学術交流協定に署名しました。"
    "同日、北方研究所の田中花子所長も同席しました。\n"
)
KO_TEXT = (
    "한국대학교, 동방대학교와 업무협약 체결\n"
    "\n"
    "한국대학교(총장 박민수)는 2024년 3월 12일 동방대학교와 교류 협력을 위한 업무협약을 체결했다.\n"
    "\n"
    "협약식에는 박민수 총장과 이정호 동방대 부총장이 참석했다.\n"
)
VI_TEXT = (
    "Trường Đại học Phương Nam ký kết biên bản ghi nhớ với Viện Nghiên cứu Biển\n"
    "\n"
    "Ngày 12 tháng 3 năm 2024, Trường Đại học Phương Nam và Viện Nghiên cứu Biển đã ký kết "
    "biên bản ghi nhớ hợp tác. Tham dự có PGS.TS Nguyễn Văn An, Hiệu trưởng nhà trường, và "
    "Viện trưởng Viện Nghiên cứu Biển Trần Thị Bình.\n"
)
ID_TEXT = (
    "Universitas Nusantara Tandatangani Nota Kesepahaman dengan Institut Teknologi Samudra\n"
    "\n"
    "Universitas Nusantara dan Institut Teknologi Samudra melakukan penandatanganan nota "
    "kesepahaman pada Selasa, 12 Maret 2024. Penandatanganan dilakukan oleh Rektor Universitas "
    "Nusantara Prof. Dr. Ir. H. Budi Santoso, M.Sc. dan Rektor Institut Teknologi Samudra.\n"
)


def _names(orgs):
    return {o.name for o in orgs} | {a for o in orgs for a in o.aliases}


def test_registry_knows_the_four_languages_by_their_codes():
    assert languages.get("ja-JP") is ja.LANGUAGE
    assert languages.get("ko") is ko.LANGUAGE
    assert languages.get("vi") is vi.LANGUAGE
    assert languages.get("ms") is indonesian.LANGUAGE


def test_detection_tells_japanese_by_kana_korean_by_hangul_and_the_others_by_small_words():
    assert detect_language(JA_TEXT) == "ja"
    assert detect_language(KO_TEXT) == "ko"
    assert detect_language(VI_TEXT) == "vi"
    assert detect_language(ID_TEXT) == "id"
    # Han characters without kana are still Chinese.
    assert detect_language("北京大学代表团访问清华大学并签署合作协议。") == "zh-hans"


def test_japanese_era_year_dates_the_text():
    [mention] = find_dates("令和6年6月25日", ja.DATES)
    assert mention.when.iso() == "2024-06-25"
    [first] = find_dates("平成元年4月1日", ja.DATES)
    assert first.when.iso() == "1989-04-01"


def test_korean_dates_with_hangul_units():
    assert [m.when.iso() for m in find_dates("2024년 3월 12일 체결했다")] == ["2024-03-12"]
    [bare] = find_dates("1월 18일(화) 열었다")
    assert (bare.when.month, bare.when.day) == (1, 18)


def test_vietnamese_and_indonesian_date_forms():
    assert [m.when.iso() for m in find_dates("ngày 12 tháng 3 năm 2024", vi.DATES)] == [
        "2024-03-12"
    ]
    assert [m.when.iso() for m in find_dates("ngày 12/3/2024", vi.DATES)] == ["2024-03-12"]
    assert [m.when.iso() for m in find_dates("Selasa, 12 Maret 2024", indonesian.DATES)] == [
        "2024-03-12"
    ]


def test_japanese_text_with_its_title_date_organisations_people_and_signing():
    article = parse_press_text(JA_TEXT, "ja.txt")
    assert article.language == "ja"
    assert article.title == "東西大学の代表団が本学を訪問し、学術交流協定を締結しました"
    assert article.when.iso() == "2024-03-12"
    assert {"東西大学", "北方研究所"} <= _names(article.organisations)
    assert {(p.name, p.position) for p in article.people} >= {
        ("佐藤一郎", "学長"),
        ("田中花子", "所長"),
    }
    assert {e.kind for e in article.events} & {"signing", "visit"}


def test_japanese_names_keep_katakana_and_drop_a_country_before_the_dot():
    orgs, _ = ja_entities.find_organisations("中国・山東大学とハノイ理工科大学大学院が参加した。")
    assert [o.name for o in orgs if not o.parent] == ["山東大学", "ハノイ理工科大学大学院"]


def test_japanese_people_with_the_role_glued_after_the_name():
    people = ja_entities.find_people(
        "林芳正官房長官と、ジョン・スミス首席領事、鈴木誠二准教授が出席した。", []
    )
    assert [(p.name, p.position) for p in people] == [
        ("林芳正", "官房長官"),
        ("ジョン・スミス", "首席領事"),
        ("鈴木誠二", "准教授"),
    ]


def test_korean_organisations_lose_their_particles():
    orgs, _ = ko_entities.find_organisations(
        "과학기술정보통신부는 고려대학교 세종캠퍼스와 협약을 맺었다."
    )
    assert [o.name for o in orgs] == ["과학기술정보통신부", "고려대학교 세종캠퍼스"]


def test_korean_people_with_the_role_after_the_name_or_in_brackets():
    paragraph = "한국대학교(총장 박민수)와 이정호 동방대 부총장, 얀 르쿤 뉴욕대 교수가 참석했다."
    orgs, _ = ko_entities.find_organisations(paragraph)
    spans = [(o.start, o.end, i) for i, o in enumerate(orgs)]
    people = ko_entities.find_people(paragraph, spans)
    assert [(p.name, p.position) for p in people] == [
        ("박민수", "총장"),
        ("이정호", "동방대 부총장"),
        ("얀 르쿤", "뉴욕대 교수"),
    ]


def test_korean_text_is_a_signing_on_its_day():
    article = parse_press_text(KO_TEXT, "ko.txt")
    assert article.language == "ko"
    assert article.when.iso() == "2024-03-12"
    assert {"한국대학교", "동방대학교"} <= _names(article.organisations)
    assert article.events[0].kind == "signing"


def test_vietnamese_names_run_over_lower_case_syllables_and_stop_before_a_holder():
    paragraph = (
        "Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt; Giám đốc Đại học Quốc gia "
        "Hà Nội Lê Quân; Phòng Thương mại & Công nghiệp thành phố Kisarazu."
    )
    orgs, _ = vi_entities.find_organisations(paragraph)
    assert [o.name for o in orgs] == [
        "Bộ Khoa học và Công nghệ",
        "Đại học Quốc gia Hà Nội",
        "Phòng Thương mại & Công nghiệp thành phố Kisarazu",
    ]
    spans = [(o.start, o.end, i) for i, o in enumerate(orgs)]
    names = [p.name for p in vi_entities.find_people(paragraph, spans)]
    assert names == ["Huỳnh Thành Đạt", "Lê Quân"]


def test_vietnamese_text_with_titled_people_and_a_signing():
    article = parse_press_text(VI_TEXT, "vi.txt")
    assert article.language == "vi"
    assert article.when.iso() == "2024-03-12"
    assert {"Trường Đại học Phương Nam", "Viện Nghiên cứu Biển"} <= _names(article.organisations)
    assert {p.name for p in article.people} == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert article.events[0].kind == "signing"


def test_indonesian_text_drops_titles_and_degrees_from_names():
    article = parse_press_text(ID_TEXT, "id.txt")
    assert article.language == "id"
    assert article.when.iso() == "2024-03-12"
    orgs, _ = indonesian.find_organisations(ID_TEXT.split("\n")[2])
    assert [o.name for o in orgs][:2] == ["Universitas Nusantara", "Institut Teknologi Samudra"]
    assert "Universitas Nusantara" in _names(article.organisations)
    assert "Nota Kesepahaman" not in _names(article.organisations)
    assert {p.name for p in article.people} == {"Budi Santoso"}
    assert article.events[0].kind == "signing"
