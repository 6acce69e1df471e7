"""Chinese (simplified): chrome, dates, organisations, people and events.

Chinese writes no spaces, so the token chains the English extractors follow do
not exist. An organisation is found by its head word at the end ("…大学",
"…研究院", "…委员会", "…总署") and reaches back to the nearest boundary:
punctuation, a function word ("与", "的", "在"), a verb ("访问", "会见") or the
end of the organisation before it ("欧盟委员会|科研创新总署", a unit and its
parent kept apart). A person is a name next to a role word, on either side
("院长胡志坚", "胡志坚院长", "副总干事Patrick Child"), and names listed
with "、" share the role.
"""

from __future__ import annotations

import re

from newsroom.importing.events import EventWords
from newsroom.importing.languages.base import Chrome, Language, OrgSpan, words
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

HAN = "\u4e00-\u9fff"

# --- chrome ---------------------------------------------------------------

_STAMP_LABELS = (
    "日期|发布日期|发布时间|发表时间|发布于|时间|更新时间|来源|信息来源|稿件来源|文章来源|作者|"
    "撰稿|供稿|通讯员|记者|摄影|图片|编辑|责任编辑|编审|审核|审稿|校对|浏览次数|浏览量|浏览|"
    "点击数|点击量|点击|阅读量|阅读次数|阅读|字体|字号|分享到|分享|打印|关闭|发布者|发布人"
)
CHROME = Chrome(
    stamp=re.compile(
        rf"^(?:【?\s*(?:{_STAMP_LABELS})\s*】?\s*[:：]|(?:浏览次数|点击数|阅读量)\s*\d)"
    ),
    source=re.compile(r"(?:来源|信息来源|稿件来源|文章来源)\s*[:：]"),
    footer_start=re.compile(
        r"^(?:联系我们|关于我们|版权所有|版权声明|Copyright|地址\s*[:：]|通讯地址|电话\s*[(（:：]|"
        r"主办单位|承办单位|技术支持|网站地图|上一篇|下一篇|相关新闻|相关阅读|相关链接|返回顶部|"
        r"扫一扫|[京沪粤苏浙]ICP)",
        re.IGNORECASE,
    ),
    widget=re.compile(
        r"(?:[【\[]\s*[^【】\[\]]{0,6}\s*[】\]]\s*)+|[大中小\s]+|打印|关闭|返回|"
        r"(?:字体|字号)\s*[:：]?.{0,12}"
    ),  # fmt: skip
    breadcrumb=re.compile(
        r"^(?:当前位置|您的位置|您现在的位置|位置)\s*[:：]|^首页\s*(?:>|»|/|＞|›)"
    ),
)

# --- word classes -----------------------------------------------------------

# Head words that end an organisation's name, longest first where they nest.
_HEADS = sorted(
    words(
    """
    大学 学院 研究院 研究所 研究中心 中心 委员会 科学院 工程院 社会科学院 总署 代表团 政府
    人民政府 国务院 部 局 厅 署 办公室 协会 学会 研究会 促进会 基金会 联合会 理事会 商会
    联盟 组织 集团 公司 有限公司 有限责任公司 股份有限公司 银行 实验室 重点实验室 医院
    大使馆 总领事馆 领事馆 使馆 学校 中学 小学 议会 法院 检察院 设计院 规划院 出版社 报社
    电视台 博物馆 图书馆 科技馆 研究基地 智库 秘书处 分院 校区 学部
"""
),
    key=len,
    reverse=True,
)  # fmt: skip
# Single-character heads need a longer name and must not start another word.
_SHORT_HEADS = {"部", "局", "厅", "署"}
_NOT_AFTER_SHORT_HEAD = set("长分门位队件落属下署委级")
# Words that end in a one-character head but name no organisation.
_FALSE_HEADS = words(
    """
    签署 部署 全部 内部 外部 局部 干部 东部 西部 南部 北部 中部 总部 结局 格局 布局 大局
    当局 开局 餐厅 大厅 客厅 展厅
"""
)  # fmt: skip
_NOT_AFTER_ORGANISE = ("了", "开展", "召开", "举办", "实施", "专家", "师生", "学生", "人员", "参观")
# Words after which a name starts (they end the phrase before it). Single
# characters that also occur inside names ("中国", "成都", "同济") are left out.
_BOUNDARY_WORDS = sorted(
    words(
    """
    与 和 及 跟 在 了 是 对 将 由 向 为 于 并 等 从 到 被 把 让 给 或 也 还 就 又 其 该 此
    各 据 赴 至 而 且 即 的 我 你 他 她 们 这 每 访问 来访 到访 会见 会谈 出席 参加 举办
    举行 主办 承办 协办 签署 签订 表示 介绍 率团 带队 率领 召开 邀请 应邀 参观 考察 座谈
    共同 代表 以及 包括 其中 期间 上午 下午 晚上 今年 去年 明年 近日 日前 目前 随后 此次
    本次 双方 一行 分别 还有 来自 欢迎 感谢 陪同 随同 主持 致辞 讲话 指出 认为 希望 围绕
    关于 通过 根据 依托 作为 成为 担任 位于 来华 访华 赴华 前往 抵达 会同
"""
),
    key=len,
    reverse=True,
)  # fmt: skip
# Role words; "副", "总", "首席" qualify them.
_ROLE_WORDS = sorted(
    words(
    """
    院长 副院长 校长 副校长 所长 副所长 主任 副主任 总干事 副总干事 干事 秘书长 副秘书长
    主席 副主席 理事长 副理事长 会长 副会长 书记 党委书记 副书记 部长 副部长 局长 副局长
    司长 副司长 处长 副处长 厅长 副厅长 市长 副市长 省长 副省长 总理 副总理 大使 公使 参赞
    公使级参赞 随员 领事 总领事 官员 代表 首席代表 总裁 副总裁 总经理 副总经理 经理 董事长
    董事 总监 主管 教授 副教授 研究员 副研究员 助理研究员 博士 院士 专家 学者 工程师
    高级工程师 总工程师 负责人 创始人 主编 首席科学家 科学家 顾问 特使 部门主任 项目官员
    项目经理 讲师 博士生 研究生 秘书
"""
),
    key=len,
    reverse=True,
)  # fmt: skip
# Common family names (a word class, like month names): one or two characters.
_SURNAMES_2 = words(
    """
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 南宫
"""
)  # fmt: skip
_SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_NAME_END = set('，,。、；;：:（(）)“”"！!？? ')
_LATIN_NAME = re.compile(
    r"[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|van|von|de|da|di|le|la|du|der))*"
)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _boundary_before(text: str, i: int, floor: int) -> int:
    """Where a noun phrase ending at ``i`` starts: after punctuation, a
    boundary word, a Latin run or ``floor`` (the end of the name before it)."""
    j = i
    while j > floor and _cjk(text[j - 1]):
        hit = next(
            (w for w in _BOUNDARY_WORDS if text.startswith(w, j - len(w)) and j - len(w) >= floor),
            None,
        )
        if hit:
            return j
        j -= 1
    return j


# --- organisations ----------------------------------------------------------

_HEAD_RE = re.compile("|".join(map(re.escape, _HEADS)))


def _head_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of head words, a head directly followed by another head merged."""
    spans: list[tuple[int, int]] = []
    for m in _HEAD_RE.finditer(text):
        s, e = m.span()
        word = m.group(0)
        nxt = text[e : e + 1]
        if word in _SHORT_HEADS and nxt in _NOT_AFTER_SHORT_HEAD:
            continue
        if word.endswith("学") and nxt == "生":
            continue
        if word == "组织" and text.startswith(_NOT_AFTER_ORGANISE, e):
            continue
        if any(text.startswith(r, s) for r in _ROLE_WORDS if len(r) > len(word)):
            continue  # "院长" is a role, not "…院" + "长"
        if spans and spans[-1][1] == s:
            spans[-1] = (spans[-1][0], e)  # "科学院大学": one name
        else:
            spans.append((s, e))
    return spans


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    mentions: list[OrgMention] = []
    floor = 0
    for head_start, end in _head_ends(paragraph):
        start = _boundary_before(paragraph, head_start, floor)
        name = paragraph[start:end]
        head = paragraph[head_start:end]
        short = head in _SHORT_HEADS or len(head) == 1
        if len(name) <= len(head) or (short and (len(name) < 3 or name[-2:] in _FALSE_HEADS)):
            continue
        if len(name) > 24 or name[0] in "我本贵该此":
            continue
        floor = end
        parent = bool(mentions) and mentions[-1].end == start
        mentions.append(OrgMention(name=name, start=start, end=end))
        if parent:
            # "欧盟委员会科研创新总署": the first is the parent of the second.
            prev = mentions[-2]
            mentions[-2] = OrgMention(prev.name, prev.start, prev.end, parent=True)
    acronyms = [
        AcronymMention(m.group(0), m.start(), m.end(), True)
        for m in re.finditer(r"(?<![A-Za-z])[A-Z][A-Z&]{2,9}(?![A-Za-z])", paragraph)
        if not any(o.start <= m.start() < o.end for o in mentions)
    ]
    return mentions, acronyms


# --- people -----------------------------------------------------------------

_ROLE_RE = re.compile("|".join(map(re.escape, _ROLE_WORDS)))


def _han_name_at(text: str, i: int) -> str | None:
    """A Chinese personal name starting at ``i``: family name + one or two characters."""
    fam = 2 if text[i : i + 2] in _SURNAMES_2 else 1 if text[i : i + 1] in _SURNAMES_1 else 0
    if not fam:
        return None
    rest = ""
    for ch in text[i + fam : i + fam + 2]:
        if not _cjk(ch):
            break
        rest += ch
    if not rest:
        return None
    # A given name stops before a word that starts what follows ("苏楠就", "胡志坚表示").
    after = i + fam + len(rest)
    if len(rest) == 2 and (
        any(text.startswith(w, i + fam + 1) for w in _BOUNDARY_WORDS)
        or any(text.startswith(r, i + fam + 1) for r in _ROLE_WORDS)
    ):
        rest = rest[:1]
        after = i + fam + 1
    if (
        after < len(text)
        and _cjk(text[after])
        and not (
            any(text.startswith(w, after) for w in _BOUNDARY_WORDS)
            or any(text.startswith(r, after) for r in _ROLE_WORDS)
        )
    ):
        return None
    return text[i : i + fam] + rest


def _han_name_before(text: str, end: int) -> str | None:
    """A Chinese name that ends at ``end`` and starts at a boundary."""
    for size in (3, 2, 4):
        start = end - size
        if start < 0 or not all(_cjk(ch) for ch in text[start:end]):
            continue
        at_boundary = (
            start == 0
            or not _cjk(text[start - 1])
            or any(text.startswith(w, start - len(w)) for w in _BOUNDARY_WORDS)
        )
        fam = (
            2 if text[start : start + 2] in _SURNAMES_2 else 1 if text[start] in _SURNAMES_1 else 0
        )
        if at_boundary and fam and size - fam in (1, 2):
            return text[start:end]
    return None


def _affiliation(start: int, end: int, spans: list[OrgSpan]) -> int | None:
    inside = [s for s in spans if start <= s[0] and s[1] <= end]
    return max(inside)[2] if inside else None


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}

    def add(name: str, role: str | None, affiliation: int | None) -> None:
        name = " ".join(name.split())
        if name and name not in found:
            found[name] = PersonMention(name, role or None, affiliation)

    for m in _ROLE_RE.finditer(paragraph):
        rs, re_ = m.span()
        if re_ < len(paragraph) and paragraph[re_] in "级":
            continue
        role_start = _boundary_before(paragraph, rs, 0)
        # The role phrase reaches back over an organisation ("欧盟委员会科研创新总署副总干事").
        for s, e, _ in sorted(spans, reverse=True):
            if e == role_start or (s < role_start <= e):
                role_start = _boundary_before(paragraph, s, 0)
        role = paragraph[role_start:re_]
        affiliation = _affiliation(role_start, re_, spans)
        # Role, then the name: "副总干事Patrick Child", "院长胡志坚".
        after = paragraph[re_:]
        latin = _LATIN_NAME.match(after)
        names: list[str] = []
        if latin and len(latin.group(0).split()) >= 2:
            names.append(latin.group(0))
            tail = re_ + latin.end()
        elif (han := _han_name_at(paragraph, re_)) is not None:
            names.append(han)
            tail = re_ + len(han)
        else:
            tail = None
        # A list sharing the role: "专家张三、李四和王五".
        while tail is not None and paragraph[tail : tail + 1] in {"、", "和", "及"}:
            nxt = tail + 1
            latin = _LATIN_NAME.match(paragraph[nxt:])
            han = None if latin else _han_name_at(paragraph, nxt)
            if latin and len(latin.group(0).split()) >= 2:
                names.append(latin.group(0))
                tail = nxt + latin.end()
            elif han:
                names.append(han)
                tail = nxt + len(han)
            else:
                break
        if names:
            for name in names:
                add(name, role, affiliation)
            continue
        # The name, then the role: "胡志坚院长", "Patrick Child副总干事".
        before = paragraph[:rs]
        latin_before = re.search(rf"({_LATIN_NAME.pattern})\s*$", before)
        if latin_before and len(latin_before.group(1).split()) >= 2:
            add(latin_before.group(1), m.group(0), None)
            continue
        han = _han_name_before(paragraph, rs)
        if han:
            add(han, m.group(0), None)
    return list(found.values())


# --- events and kinds -------------------------------------------------------

EVENT_WORDS = EventWords(
    kinds=(
        ("signing", re.compile(r"签署|签订|签约|续签|合作协议|谅解备忘录|合作备忘录"), 1),
        ("visit", re.compile(r"访问|来访|到访|参观|考察|访华|拜访|调研"), 0),
        ("visit", re.compile(r"代表团|一行"), -3),
        ("meeting", re.compile(r"会见|会谈|座谈|会议|圆桌|磋商|工作组会|接见"), 0),
        ("seminar", re.compile(r"研讨会|讲座|报告会|学术报告|交流会|宣讲会|沙龙"), 0),
        ("workshop", re.compile(r"工作坊|研修班|工作营"), 0),
        ("forum", re.compile(r"论坛"), 0),
        ("conference", re.compile(r"大会|峰会|年会|学术会议|国际会议"), 0),
        ("training", re.compile(r"培训班|培训"), 0),
        ("launch", re.compile(r"启动仪式|揭牌|发布会|成立仪式|启用|开幕式|启动"), -1),
        ("exhibition", re.compile(r"展览|博览会|展会"), -1),
    ),
    occurred=re.compile(
        r"举行|举办|召开|出席|参加|访问|会见|签署|签订|开幕|闭幕|主持|带队|率团|"
        r"来访|到访|圆满|成功|了"
    ),  # fmt: skip
    future=re.compile(r"将于|将在|即将|拟于|计划|预计|将举办|将举行"),
    past=re.compile(r"曾经|此前|早在|多年来|以前|去年"),
    online=re.compile(r"线上|在线|视频会议|网络会议|云端|远程"),
    not_event=re.compile(r"^(?:室|厅|中心|秘书处|组委会|馆|主席|成员|代表)"),
    relative_now=re.compile(r"近日|日前|今天|今日|昨天|昨日"),
    place_before=None,
)

_KINDS = [
    ("university", re.compile(r"大学|学院|研究院|研究所|科学院|工程院|实验室|研究中心|学校|学会")),
    (
        "government",
        re.compile(r"政府|部$|局$|厅$|署$|委员会|国务院|大使馆|领事馆|使馆|代表团|议会"),
    ),
    ("company", re.compile(r"公司|集团|银行")),
    ("ngo", re.compile(r"协会|基金会|联合会|联盟|促进会|商会|研究会|理事会")),
    ("media", re.compile(r"报社|电视台|出版社")),
]


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


def is_headline(line: str) -> bool:
    """A Chinese headline: Han characters, short, not a sentence."""
    stripped = line.strip()
    han = sum(_cjk(ch) for ch in stripped)
    return han >= 4 and len(stripped) <= 80 and not re.search(r"[。！？；：:，,]$", stripped)


LANGUAGE = Language(
    code="zh-hans",
    name="Chinese",
    aliases=("zh", "zh-cn", "zh-hans", "zh_cn", "chinese"),
    chrome=CHROME,
    find_organisations=find_organisations,
    find_people=find_people,
    event_words=EVENT_WORDS,
    is_headline=is_headline,
    title_joiner="",
    guess_kind=guess_kind,
)
