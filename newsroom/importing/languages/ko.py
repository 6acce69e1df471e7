"""Korean: chrome, headlines, event words and partner kinds.

Dates need nothing of their own: the shared grammar reads "2024년 3월 12일"
as it reads the Chinese "2024年3月12日". Organisations and people have their
own reader (``ko_entities``): particles are glued to the words.
"""

from __future__ import annotations

import re

from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.base import Chrome, Language
from newsroom.importing.languages.ko_entities import find_organisations, find_people

__all__ = ["LANGUAGE", "is_headline"]


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


CHROME = Chrome(
    stamp=_p(
        r"^[-•\s]*(?:승인|입력|수정|등록|작성일|작성자|게시일|조회수?|댓글|기자|글자크기|"
        r"사진제공|사진|출처)\s*[:：]?\s*(?:\d|\S{0,20}$)"
    ),
    source=_p(r"(?:출처|사진제공)\s*[:：=]"),
    footer_start=_p(
        r"^(?:저작권자|Copyright|ⓒ|©|무단전재|관련기사|많이 본 뉴스|이 기사를 공유합니다|"
        r"에디터 추천|목록|이전글|다음글)"
    ),
    widget=_p(
        r"(?:공유하기|기사 소리로 듣기|다시듣기|글씨 크기 조절|인쇄|스크랩|목록|닫기|\s)+"
        r"|[가-힣]{2,4}(?:\s*기자)?"  # a byline: the reporter's name alone on its line
    ),
    breadcrumb=_p(r"^(?:홈|HOME)\s*(?:>|»|/|＞|›)"),
)

EVENT_WORDS = EventWords(
    kinds=(
        ("signing", _p(r"협약|체결|MOU|양해각서|협정|서명"), 1),
        ("visit", _p(r"방문|내방|예방|방한|견학"), 0),
        ("visit", _p(r"대표단|방문단|일행"), -3),
        ("meeting", _p(r"회의|회담|간담회|면담|접견|협의회의|라운드테이블|좌담회"), 0),
        ("seminar", _p(r"세미나|특강|강연|설명회|웨비나|콜로키움"), 0),
        ("workshop", _p(r"워크숍|워크샵"), 0),
        ("forum", _p(r"포럼"), 0),
        ("conference", _p(r"학술대회|콘퍼런스|컨퍼런스|심포지엄|심포지움|정상회의|총회"), 0),
        ("training", _p(r"연수|교육과정|훈련"), 0),
        ("launch", _p(r"개소식|출범|개원|개막식|발대식"), -1),
        ("exhibition", _p(r"전시회|박람회|展"), -1),
    ),
    occurred=_p(r"열었|열렸|열린|개최했|가졌|진행했|진행됐|참석했|체결했|맺었|방문했|밝혔"),
    future=_p(r"예정|열릴|개최할|오는"),
    past=_p(r"지난해|작년|이전|과거"),
    online=_p(r"온라인|비대면|화상|zoom|Zoom|줌"),
    not_event=_p(r"^(?:실|장|식장|사무국|참석자)"),
    relative_now=_p(r"오늘|이날|최근|어제"),
    place_before=None,
    titles=TitleWords(
        visit="{visitor} {host} 방문",
        visit_to="{host} 방문",
        visit_by="{visitor} 방문",
        signing="{what} 체결",
        agreement="협약",
        launch="{what} 출범",
        between="{a}-{b} {title}",
        by="{a} {title}",
        of="{a} {title}",
        with_="{a}와 {title}",
        kinds=(
            ("meeting", "회의"),
            ("seminar", "세미나"),
            ("workshop", "워크숍"),
            ("forum", "포럼"),
            ("conference", "학술대회"),
            ("training", "연수"),
            ("launch", "출범"),
            ("visit", "방문"),
            ("signing", "협약 체결"),
            ("exhibition", "전시회"),
        ),
        read_phrases=False,
    ),
)

_KINDS = [
    ("university", _p(r"대학교|대학|대$|연구원|연구소|캠퍼스|학회|교육원")),
    ("government", _p(r"부$|청$|처$|대사관|영사관|시$|도$|위원회|국회")),
    ("company", _p(r"주식회사|그룹|은행|공사$")),
    ("ngo", _p(r"협의회|재단|협회|연합회")),
]


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


_HANGUL = re.compile(r"[가-힣]")


def is_headline(line: str) -> bool:
    """A Korean headline: enough Hangul to say something, not a sentence ending in "다."."""
    stripped = line.strip()
    if re.search(r"다\.?$|[.。:：]$", stripped) or stripped.startswith(("-", "△", "▲")):
        return False
    return len(_HANGUL.findall(stripped)) >= 8 and len(stripped) <= 120


LANGUAGE = Language(
    code="ko",
    name="Korean",
    aliases=("ko", "ko-kr", "kr", "korean", "한국어"),
    chrome=CHROME,
    find_organisations=find_organisations,
    find_people=find_people,
    event_words=EVENT_WORDS,
    is_headline=is_headline,
    guess_kind=guess_kind,
)
