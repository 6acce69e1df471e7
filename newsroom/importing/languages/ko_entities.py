"""Korean organisations and people.

Korean writes words between spaces and glues particles to them ("대학교는"):
an organisation is a word ending in a head ("…대학교", "…연구원", "…부"), a
person a name of two to four syllables with the role after it, or an
organisation and then the role ("김철수 총장", "김철수 한국대 총장").
"""

from __future__ import annotations

import re

from newsroom.importing.languages.base import words
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

# Particles glued to the end of a word, longest first.
_PARTICLES = tuple(
    sorted(
        words(
            "에서는 에서의 으로는 으로서 에게는 께서는 과의 와의 에서 으로 에게 께서 까지 부터 "
            "처럼 보다 이며 이고 은 는 이 가 을 를 의 와 과 에 로 도 만 측"
        ),
        key=len,
        reverse=True,
    )
)
# Heads that end an organisation's name.
_HEADS = (
    "대학교", "대학원", "대학", "연구원", "연구소",
    "연구회", "연구센터", "센터", "대사관", "영사관",
    "협의회", "위원회", "재단", "협회", "학회", "공사", "공단", "진흥원", "교육원", "개발원",
    "정책원", "과학원", "기술원", "캠퍼스", "병원", "은행", "그룹", "청", "처", "부", "대",
    "시", "도", "군", "구",
)  # fmt: skip
# Heads too short to be trusted without a longer name before them.
_SHORT_HEADS = {"청": 3, "처": 3, "부": 3, "대": 3, "시": 2, "도": 4, "군": 3, "구": 3}
_NOT_ORGS = words("""
    정부 일부 내부 외부 본부 대학본부 세부 전부 학부 관계부처 시대 세대 기대 확대 연대 강대 최대
    이상 이번 이후 이날 당시 동시 지도 정도 제도 태도 속도 온도 의도 시도 연도 학년도 한도 개시
    도시 전시 표시 제시 즉시 국가대 주한외교관 게시 교시 환대 접대 무대 현대 근대 고대 초대 상대
    """)
_ROLE_ENDINGS = (
    "부총장", "총장", "학장", "원장", "소장", "실장", "국장", "처장", "회장", "이사장", "센터장",
    "부장", "과장", "팀장", "단장", "청장", "시장", "지사", "교수", "부교수", "장관", "차관",
    "대사", "참사관", "정책관", "협력관", "서기관", "영사", "총영사", "의원", "위원장", "위원",
    "박사", "연구위원", "대표", "사무총장", "이사", "부원장", "부회장", "총리", "기자",
)  # fmt: skip
_SURNAMES = words(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 "
    "노 하 곽 성 차 주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
    "연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 "
    "두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 견 당 화 창 황보 남궁 선우 제갈"
)
_NOT_NAMES = words("""
    이번 이날 또한 우리 양측 양교 대표 관계자 참석자 이어 특히 한편 최근 오는 지난 앞서 이후 향후
    모두 각각 이들 그는 그녀 당시 현재 올해 내년 작년 기조 세션 주제 과학 기술 정부 국제 협력
    """)
_HANGUL = re.compile(r"^[가-힣]+$")
_TOKEN = re.compile(r"[^\s()\[\]“”\"'‘’·,、]+")


def _bare(word: str) -> str:
    """The word without the particle glued to it."""
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            stem = word[: -len(particle)]
            if _org_head(stem) or _role(stem) or len(particle) > 1:
                return stem
    return word


def _org_head(word: str) -> str | None:
    if word in _NOT_ORGS or not _HANGUL.match(word) or word.endswith(("연구", "국제기구")):
        return None  # "공동연구": research, not an institute
    for head in _HEADS:
        if word.endswith(head) and len(word) > len(head):
            if len(word) < _SHORT_HEADS.get(head, 3):
                return None
            return head
    return None


def _role(word: str) -> bool:
    return bool(_HANGUL.match(word)) and word.endswith(_ROLE_ENDINGS) and not _org_head(word)


def _name(word: str, strict: bool) -> bool:
    if not _HANGUL.match(word) or not 2 <= len(word) <= 4 or word in _NOT_NAMES:
        return False
    if _org_head(word) or _role(word):
        return False
    return not strict or word[0] in _SURNAMES or word[:2] in _SURNAMES


def _tokens(paragraph: str) -> list[tuple[str, int, int, str]]:
    """(word, start, end, bare word) for each word of the paragraph."""
    out = []
    for m in _TOKEN.finditer(paragraph):
        word = m.group(0)
        bare = _bare(word)
        out.append((word, m.start(), m.start() + len(bare), bare))
    return out


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    mentions: list[OrgMention] = []
    # A quoted name that ends in a head: "'경북 서부권 대학 발전협의회'".
    for m in re.finditer(r"['‘“]([가-힣][가-힣\s]{2,40}?)['’”]", paragraph):
        inner = m.group(1).strip()
        last = inner.split()[-1]
        if len(inner.split()) > 1 and _org_head(last) and last.endswith(("회", "원", "소", "단")):
            mentions.append(OrgMention(inner, m.start(1), m.start(1) + len(inner)))
    taken = [(o.start, o.end) for o in mentions]
    tokens = _tokens(paragraph)
    i = 0
    while i < len(tokens):
        word, start, end, bare = tokens[i]
        if any(s <= start < e for s, e in taken) or not _org_head(bare):
            i += 1
            continue
        # "고려대학교 세종캠퍼스": a campus or unit word right after its university.
        j = i
        while j + 1 < len(tokens) and tokens[j][3] == tokens[j][0] and _org_head(tokens[j + 1][3]):
            nxt = tokens[j + 1]
            if nxt[1] - tokens[j][2] > 1 or not nxt[3].endswith(("캠퍼스", "센터", "연구소", "원")):
                break
            j += 1
        end = tokens[j][2]
        mentions.append(OrgMention(paragraph[start:end], start, end))
        i = j + 1
    acronyms = [
        AcronymMention(m.group(0), m.start(), m.end(), acting=True)
        for m in re.finditer(r"(?<![A-Za-z])[A-Z][A-Z&]{1,7}(?![A-Za-z])", paragraph)
    ]
    return mentions, acronyms


def find_people(paragraph: str, spans) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}
    tokens = _tokens(paragraph)

    def org_at(start: int) -> int | None:
        return next((k for k, span in enumerate(spans) if span[0] <= start < span[1]), None)

    def add(name: str, role: str | None, org: int | None) -> None:
        if name not in found:
            found[name] = PersonMention(name, role, org)

    # "(총장 김철수)": the role and the name in brackets after an organisation.
    for m in re.finditer(r"\(\s*([가-힣]{1,12})\s+([가-힣]{2,4})\s*[,)]", paragraph):
        if _role(m.group(1)) and _name(m.group(2), strict=True):
            add(m.group(2), m.group(1), org_at(max(0, m.start() - 2)))
    for i, (word, _start, _end, bare) in enumerate(tokens):
        if word != bare and not _role(bare):
            continue  # a name carries no particle before its role
        strict = True
        for gap in range(0, 3):
            k = i + 1 + gap
            if k >= len(tokens):
                break
            role = tokens[k][3]
            if _role(role):
                between = tokens[i + 1 : k]
                if any(t[0] != t[3] for t in between):
                    break
                strict = gap > 0 or not (i > 0 and _org_head(tokens[i - 1][3]))
                name = word
                # "얀 르쿤": a one-syllable given name before a foreign surname.
                one = i > 0 and len(tokens[i - 1][0]) == 1 and _HANGUL.match(tokens[i - 1][0])
                if one and not _name(word, strict=True) and _name(word, strict=False):
                    name = f"{tokens[i - 1][0]} {word}"
                elif not _name(word, strict=strict):
                    break
                phrase = " ".join(t[3] for t in between + [tokens[k]])
                org = org_at(between[0][1]) if between else None
                add(name, phrase, org)
                break
    return list(found.values())
