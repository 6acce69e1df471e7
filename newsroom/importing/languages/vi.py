"""Vietnamese: dates, stop words, chrome and event words.

Organisation names open with their head ("Trường Đại học …", "Viện …",
"Bộ …") and people follow an academic title ("PGS.TS Nguyễn Văn A"): both
have their own reader (``vi_entities``).
"""

from __future__ import annotations

import re

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.base import Chrome, Language, words
from newsroom.importing.languages.vi_entities import find_organisations, find_people

__all__ = ["LANGUAGE"]

# Frequent words that tell Vietnamese from the other languages in Latin letters.
STOP_WORDS = words("""
        và của các là được với trong có cho này những đã tại từ về một để người không khi
        đến theo cùng hai đó cũng như ngày năm
""")

_WEEKDAYS = (("thứ hai", 0), ("thứ ba", 1), ("thứ tư", 2), ("thứ năm", 3), ("thứ sáu", 4),
             ("thứ bảy", 5), ("chủ nhật", 6))  # fmt: skip

DATES = DateWords(
    # "ngày 12 tháng 3 năm 2024": the month is "tháng" and its number.
    months=tuple((f"tháng {i:d}", i) for i in range(12, 0, -1))
    + tuple((f"tháng {i:02d}", i) for i in range(1, 10)),
    of=("năm",),
    article=("ngày",),
    range_from=("từ", "từ ngày"),
    range_to=("đến", "đến ngày"),
    range_and=("và",),
    year_lead=("năm", "trong năm"),
    weekdays=_WEEKDAYS,
    future_cues=("sẽ", "sắp tới"),
    days=(("hôm qua", -1), ("hôm nay", 0), ("ngày mai", 1)),
    weeks=(("tuần trước", -1), ("tuần này", 0), ("tuần sau", 1)),
    years=(("năm ngoái", -1), ("năm nay", 0)),
    background=("thành lập", "thành lập năm", "từ năm"),
)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:ký kết|kí kết|lễ ký|biên bản ghi nhớ|bản ghi nhớ|thỏa thuận hợp tác|"
                       r"thoả thuận hợp tác|MoU|MOU)\b"), 1),
        ("visit", _p(r"\b(?:thăm|đến thăm|tới thăm|chuyến thăm|thăm và làm việc|đón tiếp|tiếp đón|"
                     r"thăm chính thức)\b"), 0),
        ("visit", _p(r"\b(?:đoàn công tác|đoàn đại biểu|phái đoàn|đoàn)\b"), -3),
        ("meeting", _p(r"\b(?:làm việc|buổi làm việc|hội đàm|cuộc họp|phiên họp|hội kiến|"
                       r"tiếp xúc|gặp gỡ|tọa đàm|toạ đàm|bàn tròn)\b"), 0),
        ("seminar", _p(r"\b(?:hội thảo|seminar|chuyên đề|buổi nói chuyện|webinar)\b"), 0),
        ("workshop", _p(r"\b(?:hội thảo tập huấn|workshop)\b"), 0),
        ("forum", _p(r"\b(?:diễn đàn|forum)\b"), 0),
        ("conference", _p(r"\b(?:hội nghị|hội thảo quốc tế|đại hội|hội nghị thượng đỉnh)\b"), 0),
        ("training", _p(r"\b(?:tập huấn|đào tạo ngắn hạn|khóa đào tạo|khoá đào tạo|bồi dưỡng)\b"), 0),  # noqa: E501
        ("launch", _p(r"\b(?:ra mắt|khai trương|khánh thành|khởi động|lễ khai mạc)\b"), -1),
        ("exhibition", _p(r"\b(?:triển lãm|hội chợ)\b"), -1),
    ),
    occurred=_p(r"\b(?:đã|diễn ra|tổ chức|tham dự|chủ trì|đã tới|đã đến|được tổ chức)\b"),
    future=_p(r"\b(?:sẽ|sắp|dự kiến|kế hoạch)\b"),
    past=_p(r"\b(?:trước đây|năm ngoái|từng)\b"),
    online=_p(r"\b(?:trực tuyến|trực tiếp và trực tuyến|online|zoom)\b"),
    not_event=_p(r"^\s*(?:ban tổ chức|tiểu ban)\b"),
    relative_now=_p(r"\b(?:hôm nay|mới đây|vừa qua|gần đây)\b"),
    place_before=_p(r"\b(?:tại|ở)\s+$"),
    titles=TitleWords(
        visit="{visitor} thăm {host}",
        visit_to="Thăm {host}",
        visit_by="{visitor} đến thăm",
        signing="Ký kết {what}",
        agreement="biên bản ghi nhớ",
        launch="Ra mắt {what}",
        between="{title} giữa {a} và {b}",
        by="{title}: {a}",
        of="{title}: {a}",
        with_="{title} với {a}",
        kinds=(("meeting", "Buổi làm việc"), ("seminar", "Hội thảo"), ("workshop", "Hội thảo"),
               ("forum", "Diễn đàn"), ("conference", "Hội nghị"), ("training", "Tập huấn"),
               ("launch", "Ra mắt"), ("visit", "Chuyến thăm"), ("signing", "Ký kết"),
               ("exhibition", "Triển lãm")),
        read_phrases=False,
    ),
)  # fmt: skip

CHROME = Chrome(
    stamp=_p(r"^[-•(\s]*(?:ngày đăng|cập nhật|đăng lúc|tác giả|nguồn|bài và ảnh|ảnh|tin, ảnh|"
             r"lượt xem|chia sẻ)\s*:"),
    source=_p(r"^nguồn\s*:"),
    footer_start=_p(r"^(?:tin liên quan|bài viết liên quan|các tin khác|tin khác|liên hệ|"
                    r"bản quyền|copyright)"),
    widget=_p(r"(?:chia sẻ|in bài|quay lại|bình luận|facebook|twitter|zalo|\s|[|/·•-])+"),
    breadcrumb=_p(r"^(?:trang chủ)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("university", _p(r"\b(?:đại học|học viện|viện|trường|cao đẳng|trung tâm nghiên cứu)\b")),
    ("government", _p(r"\b(?:bộ|sở|ủy ban|uỷ ban|chính phủ|đại sứ quán|lãnh sự quán|thành phố|tỉnh)\b")),  # noqa: E501
    ("company", _p(r"\b(?:công ty|tập đoàn|ngân hàng)\b")),
    ("ngo", _p(r"\b(?:hội|hiệp hội|liên hiệp|quỹ|phòng thương mại)\b")),
)  # fmt: skip


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    aliases=("vi", "vi-vn", "vn", "vietnamese", "tiếng việt"),
    stop_words=STOP_WORDS,
    chrome=CHROME,
    date_words=DATES,
    event_words=EVENTS,
    find_organisations=find_organisations,
    find_people=find_people,
    guess_kind=guess_kind,
)
