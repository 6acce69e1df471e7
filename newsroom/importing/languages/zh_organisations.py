"""Chinese organisations, found by their head word.

Chinese writes no spaces, so the token chains the English extractors follow do
not exist. A name ends in a head word ("…大学", "…研究院", "…委员会", "…总署")
and reaches back to the nearest boundary: punctuation, a function word ("的",
"在"), a verb ("访问", "会见"), a role, or the end of the name before it. Names
written one after the other are a parent and its units ("北京大学社会科学部":
the full name and "北京大学"); "与/和" join the words of one name
("亚太与全球战略研究院") unless a name ends before them.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from newsroom.importing.languages.base import words
from newsroom.importing.languages.zh_traditional import simplified
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.organisations import find_organisations as find_english

# --- word classes -----------------------------------------------------------

# Head words that end an organisation's name, longest first where they nest.
_HEADS = sorted(
    words(
    """
    大学 学院 研究院 研究所 研究中心 中心 委员会 科学院 工程院 社会科学院 总署 代表团 政府
    人民政府 国务院 部 局 厅 署 办公室 协会 学会 研究会 促进会 基金会 联合会 理事会 商会 联盟
    组织 集团 公司 有限公司 有限责任公司 股份有限公司 银行 实验室 重点实验室 医院 大使馆
    总领事馆 领事馆 使馆 学校 中学 小学 议会 法院 检察院 设计院 规划院 出版社 报社 电视台 博物馆
    图书馆 科技馆 研究基地 秘书处 分院 学部 委 处 司 所 书院 社科院 研究生院 智库 总领馆 领馆
    外办 杂志社 期刊社 通讯社 新闻社 档案馆 办事处
"""
),
    key=len,
    reverse=True,
)  # fmt: skip
# Single-character heads need a longer name and must not start another word.
_SHORT_HEADS = {"部", "局", "厅", "署", "委", "处", "司", "所"}
_NOT_AFTER_SHORT_HEAD = set(
    "长分门位队件落属下署委级员托理于在机法令有以谓得需用述示说做能获涉致面付作带提取发遇引产造倡开承"
)
# Words that end in a one-character head but name no organisation.
_FALSE_HEADS = words(
    """
    签署 部署 全部 内部 到处 各处 好处 之处 相处 此处 出处 住处 公司 上司 党委 场所 厕所 住所
    处所 外部 局部 干部 东部 西部 南部 北部 中部 总部 结局 格局 布局 大局 当局 开局 餐厅 大厅
    客厅 展厅 常委 编委 村委 居委
"""
)  # fmt: skip
_NOT_AFTER_GOVERNMENT = ("官员", "部门", "机构", "奖学金", "间", "层面", "代表")
# Two-character heads that need a longer name ("北京外国语学校", not "自学校").
_SMALL_HEADS = {"学校", "中学", "小学", "中心", "组织"}
_NOT_AFTER_ORGANISE = ("了", "开展", "召开", "举办", "实施", "专家", "师生", "学生", "人员", "参观")
# Words after which a name starts (they end the phrase before it). Single
# characters that also occur inside names ("中国", "成都", "同济") are left out.
_BOUNDARY_WORDS = sorted(
    words(
    """
    跟 在 了 是 将 由 向 为 于 并 等 从 到 被 把 让 给 或 也 还 就 又 其 该 此 各 据 赴 至 而 且
    即 的 我 你 他 她 们 这 每 访问 来访 到访 会见 会谈 出席 参加 举办 举行 主办 承办 协办 签署
    签订 表示 介绍 率团 带队 率领 召开 邀请 应邀 参观 考察 座谈 共同 代表 以及 包括 其中 期间
    上午 下午 晚上 今年 去年 明年 近日 日前 目前 随后 此次 本次 双方 一行 分别 还有 来自 欢迎
    感谢 陪同 随同 主持 致辞 讲话 指出 认为 希望 围绕 关于 通过 根据 依托 作为 成为 担任 位于
    来华 访华 赴华 前往 抵达 会同 率 访 调研 走访 看望 慰问 拜会 接待 会晤 出访 申办 往 抵 成立
    共建 合作建设 推进 推动 发挥 打造 加强 构建 创建 组建 设立 筹建 拓展
    我校 本校 该校 我院 本院 该院 我所 本所 以下简称 以下称 下称 简称 同意 决定 愿意
"""
),
    key=len,
    reverse=True,
)  # fmt: skip
# Role words; "副", "总", "首席" qualify them.
_ROLE_WORDS = sorted(
    words(
    """
    院长 副院长 校长 副校长 所长 副所长 主任 副主任 总干事 副总干事 干事 秘书长 副秘书长 主席
    副主席 理事长 副理事长 会长 副会长 书记 党委书记 副书记 部长 副部长 局长 副局长 司长 副司长
    处长 副处长 厅长 副厅长 市长 副市长 省长 副省长 总理 副总理 大使 公使 参赞 公使级参赞 随员
    领事 总领事 官员 代表 首席代表 总裁 副总裁 总经理 副总经理 经理 董事长 董事 总监 主管 教授
    副教授 党委常委 常委 研究员 副研究员 助理研究员 博士 院士 专家 学者 工程师 高级工程师
    总工程师 负责人 创始人 主编 记者 通讯员 首席科学家 科学家 顾问 特使 部门主任 项目官员 老师
    团长 副团长 总编辑 副总编辑 署长 副署长 馆长 副馆长 社长 副社长 行长 副行长 台长 副台长
    上校 中校 少校 将军 检察官 科长 副科长 校长助理 助理 项目经理 讲师 博士生 研究生 秘书
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
    "龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "洪谈忻栗植伏仝綦郜郇揭禹钭阎冼蔺逄荆阚郦扈蓟鄢邰粟芮钮韶庹沃"
)
_LATIN_NAME = re.compile(
    r"[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|van|von|de|da|di|le|la|du|der))*"
)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_PRESS_HEADS = ("杂志社", "期刊社", "编辑部", "报社", "杂志", "出版社")
# A dash between parts of a name, the dot inside a transliterated name.
_JOINERS = "—–·•・"
# "（以下简称上合组织）", "（简称中国能建）": a short form the text goes on using.
_SHORT_FORM_MARK = re.compile(r"(?:以下简称|以下称|下称|简称)[:：]?\s*[“\"「]?")

# "亚太与全球战略研究院": "与" joins the words of one name unless a name ends before it.
_CONNECTORS = "与和及暨"
# A name starting with these is "our/this school's …": the rest is the name.
_OWN_PREFIXES = (
    "我校", "本校", "该校", "全校", "我院", "本院", "该院", "我所", "本所", "学校", "校",
)  # fmt: skip
# Measure words before a name ("多位政府官员", "一所大学").
_MEASURES = set("位名个家所批些多")
_NUMERALS = set("一二两三四五六七八九十几数每")
# Words that only describe a kind of body ("综合性大学", "海外科教中心", "省政府"):
# with nothing else before the head, no name.
_GENERIC = words(
    """
    综合性 知名 著名 一流 重点 高水平 相关 有关 其他 其它 各 国内 国外 国内外 海外 地方 外国
    中外 多所 众多 不同 所在 当地 沿线 新型 各级 省级 市级 地方性 综合 高等 高校 类 沿线国家
    中国特色新型 好中外 各国 相关国家
    """
)
# "国家高水平科技智库", "世界一流研究中心": a description of a kind of body, no name.
_DESCRIPTION = re.compile(r"高水平|一流|新型|特色")
# Rooms and buildings where a meeting is held ("在…报告厅举行").
_BUILDINGS = ("报告厅", "多功能厅", "会议厅", "大厅", "展厅", "宴会厅", "图书馆", "科技馆", "礼堂")
_HELD = ("举行", "举办", "召开", "开幕", "进行", "隆重举行", "顺利举行")
# Buildings: "在…图书馆举行" is a venue.
_VENUE_HEADS = {"图书馆", "科技馆"}
# Words that describe a kind of body when nothing names it ("行业协会", "合作中心",
# "学位委员会"); a unit right after its parent's name keeps them ("…厅合作处").
_GENERIC_ALONE = words("行业 合作 联合 联合研究 学位 区域 双边 多边 全球 专业 研究")
_GENERIC_NAMES = words(
    "国际组织 国际机构 国际合作中心 国家重点实验室 国家工程研究中心 国家工程实验室 国家级实验室"
)
# Nouns for parts of a place or body: "图书资料室和…" ends a phrase.
_UNIT_ENDS = set("室区门团组队部院校所处科化性")
_LONGEST = 24


def _by_length(words: list[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(w) for w in words}, reverse=True)
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)


def _ends_with(text: str, j: int, table: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    """Does a word of ``table`` end at ``j``? (set lookups: texts may be long)"""
    return any(j >= n and text[j - n : j] in group for n, group in table)


def _starts_with(text: str, i: int, table: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    return any(text[i : i + n] in group for n, group in table)


_BOUNDARIES = _by_length(_BOUNDARY_WORDS)
# Verbs of building and founding, and the adverbs before them: at the start of a
# phrase they end the clause before a name ("共同建设…中心"); inside a name
# ("中国能源建设集团") they stay.
_PHRASE_VERBS = _by_length(
    list(words("建设 建成 规划 推动 成立 新建 共建 筹建 创办 设立 组建 牵头 依托 携手 助力"))
)
_PHRASE_ADVERBS = _by_length(
    list(words("先 再 逐步 步 加快 积极 全面 进一步 努力 着力 继续 正式 率先 大力 持续 将 要"))
)
_ROLES = _by_length(_ROLE_WORDS)


def _boundary_before(text: str, i: int, floor: int, connectors: bool = False) -> int:
    """Where a noun phrase ending at ``i`` starts: after punctuation, a
    boundary word, a Latin run or ``floor`` (the end of the name before it).
    With ``connectors``, "与/和/及" inside a name are crossed."""
    j = i
    floor = max(floor, i - _LONGEST)
    while j > floor:
        ch = text[j - 1]
        if ch in ")）":  # "国家(北京)对外开放研究院"
            k = max(text.rfind("(", floor, j), text.rfind("（", floor, j))
            if (
                k >= floor
                and j - k <= 8
                and all(_cjk(c) for c in text[k + 1 : j - 1])
                and not _SHORT_FORM_MARK.match(text, k + 1)
                and k != floor  # "…有限公司（中国电建）": a short form after a name
                and not _HEAD_END.search(text[floor:k])
            ):
                j = k
                continue
            return j
        if ch == "》":  # "《能源评论》杂志社": a title is part of the press's name
            k = text.rfind("《", floor, j)
            if k >= floor and j - k <= 16 and text.startswith(_PRESS_HEADS, j):
                j = k
                continue
            return j
        if ch in _JOINERS and j - 1 > floor and _cjk(text[j - 2]) and _cjk(text[j : j + 1] or "x"):
            # "中国—中东欧国家…中心", "吉诺·赫尔玛尼研究所": a dash or a name dot
            # between Han characters joins the parts of one name.
            j -= 1
            continue
        if not _cjk(ch):
            return j
        if _ends_with(text, j, _BOUNDARIES) and not (
            ch == "等" and text[j - 2 : j - 1] in "高平同对中初"
        ):
            return j  # "…等" (and others) ends a phrase; "高等研究院" goes on
        if ch == "对" and text[j : j + 1] not in "外话":  # "对外联络部", "对话与合作中心"
            return j
        if ch == "应" and text[j : j + 1] not in "用急":  # "应…邀请"; "应用技术大学" is a name
            return j
        if connectors and _ends_with(text, j, _ROLES):
            return j  # "院长洪岗和科研处": a name follows a role
        if ch in _CONNECTORS:
            if not connectors:
                return j
            before = _boundary_before(text, j - 1, floor, connectors)
            piece = text[before : j - 1]
            # "亚太与全球战略研究院" is one name; "清华大学与北京大学", "部门和学院" two.
            longest = 16 if any(c in _JOINERS for c in piece) else 8  # "中国—中东欧国家…对话与…"
            if not 2 <= len(piece) <= longest or piece[-1] in _UNIT_ENDS or _HEAD_END.search(piece):
                return j
            if _ends_with(text, j - 1, _ROLES):
                return j  # "…署署长和…": a role ends the name before
            if _ends_with(text, before, _ROLES):
                return j  # "院长洪岗和科研处": the piece is a person's name
            return before
        j -= 1
    return j


# --- organisations ----------------------------------------------------------

_HEAD_RE = re.compile("|".join(map(re.escape, _HEADS)))
_HEAD_END = re.compile(f"(?:{_HEAD_RE.pattern})$")


def _head_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of head words, a head directly followed by another head merged."""
    spans: list[tuple[int, int]] = []
    for m in _HEAD_RE.finditer(text):
        s, e = m.span()
        word = m.group(0)
        nxt = text[e : e + 1]
        if (
            word in _SHORT_HEADS
            and (
                (nxt in _NOT_AFTER_SHORT_HEAD and not _starts_with(text, e, _ROLES))  # "…署署长"
                or text[s - 1 : s] in "党上公之到各好相此出住难益"
            )
        ):
            continue
        if word.endswith("学") and nxt == "生":
            continue
        if (
            word == "智库"
            and _cjk(nxt)
            and not (_starts_with(text, e, _BOUNDARIES) or _starts_with(text, e, _ROLES))
        ):
            continue  # "智库建设", "智库研究": think tanks in general, no name
        if (
            word == "外办"
            and _cjk(nxt)
            and not (
                _starts_with(text, e, _BOUNDARIES)
                or _starts_with(text, e, _ROLES)
                or nxt in "、和与及"
            )
        ):
            continue  # "海外办学": no office
        if word == "组织" and text.startswith(_NOT_AFTER_ORGANISE, e):
            continue
        if word == "政府" and text.startswith(_NOT_AFTER_GOVERNMENT, e):
            continue  # "政府官员": officials, not the government
        if word == "代表团" and "驻" not in text[max(0, s - 8) : s]:
            continue  # a visiting delegation; "驻华代表团" is a standing mission
        if any(text[s : s + n] in group for n, group in _ROLES if n > len(word)):
            continue  # "院长" is a role, not "…院" + "长"
        if spans and spans[-1][1] == s:
            if word in _SHORT_HEADS and text[spans[-1][0] : s] in _SHORT_HEADS:
                spans.pop()  # "部处院系": the departments, no name
                continue
            spans[-1] = (spans[-1][0], e)  # "科学院大学": one name
        else:
            spans.append((s, e))
    return spans


def _after_verbs(text: str, start: int, head_start: int) -> int:
    """Past the adverbs and verbs that open a phrase ("先建成…", "逐步规划建设…"):
    they end the clause before the name and are no part of it."""
    while start < head_start:
        for table in (_PHRASE_ADVERBS, _PHRASE_VERBS):
            n = next((n for n, group in table if text[start : start + n] in group), 0)
            if n and start + n < head_start:
                start += n
                break
        else:
            return start
    return start


def _names(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each name, in order (in either script)."""
    paragraph = simplified(paragraph)
    found: list[tuple[int, int]] = []
    floor, skipped = 0, -1
    for head_start, end in _head_ends(paragraph):
        start = _boundary_before(paragraph, head_start, floor, connectors=True)
        # "一所综合性大学", "多位政府官员": a count, then the noun.
        if (
            paragraph[start : start + 1] in _NUMERALS
            and paragraph[start + 1 : start + 2] in _MEASURES
        ):
            start += 1
        while (
            paragraph[start : start + 1] in _MEASURES
            and start < head_start
            and (paragraph[start] != "多" or paragraph[start + 1 : start + 2] in _MEASURES)
        ):
            start += 1  # "多所大学"; "多米尼克…" is a country's name
        for prefix in _OWN_PREFIXES:
            if paragraph.startswith(prefix, start) and start + len(prefix) < head_start:
                start += len(prefix)
                break
        start = _after_verbs(paragraph, start, head_start)
        name = paragraph[start:end]
        head = paragraph[head_start:end]
        short = head in _SHORT_HEADS or len(head) == 1
        if len(name) <= len(head) or (short and (len(name) < 3 or name[-2:] in _FALSE_HEADS)):
            continue
        if len(head) == 2 and head in _SMALL_HEADS and len(name) < 4:
            continue
        modifier = name[: len(name) - len(head)]
        if head in _VENUE_HEADS and paragraph[start - 1 : start] in "在于" and start > 0:
            continue  # "在逸夫图书馆举行": where it took place
        alone = start != floor or not found
        if (
            modifier in _GENERIC
            or (alone and (modifier in _GENERIC_ALONE or name in _GENERIC_NAMES))
            or start == skipped
            or (len(modifier) <= 8 and _DESCRIPTION.search(modifier))
        ):
            floor, skipped = end, end  # "综合性大学外语学院": the unit of no named body
            continue
        if head.endswith("政府") and len(modifier.removesuffix("人民")) <= 2:
            continue  # "省政府", "中国政府": said in passing; "省人民政府外事办公室" is a name
        floor = end
        found.append((start, end))
    return found


def _chains(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Names written one after the other: a parent and its units ("北京大学社会科学部")."""
    chains: list[list[tuple[int, int]]] = []
    for span in spans:
        if chains and chains[-1][-1][1] == span[0]:
            chains[-1].append(span)
        else:
            chains.append([span])
    return chains


@dataclasses.dataclass(frozen=True)
class _TextNames:
    units: dict[str, str]  # a unit → the one full name it has in a chain
    alone: frozenset[str]  # names written on their own
    short: dict[str, str]  # a short form the text uses → its full name


@functools.lru_cache(maxsize=8)
def _text_names(text: str) -> _TextNames:
    """The text's units → the full name each has in a chain ("科研创新总署" →
    "欧盟委员会科研创新总署", when only one chain ends so), the names written
    on their own, and the short forms it uses for its names."""
    full: dict[str, set[str]] = {}
    alone: set[str] = set()
    short: dict[str, set[str]] = {}
    for paragraph in simplified(text).split("\n"):
        chains = _chains(_names(paragraph))
        for chain in chains:
            if len(chain) > 1:
                unit = paragraph[chain[-1][0] : chain[-1][1]]
                full.setdefault(unit, set()).add(paragraph[chain[0][0] : chain[-1][1]])
            else:
                alone.add(paragraph[chain[0][0] : chain[0][1]])
        ends = {chain[-1][1]: paragraph[chain[0][0] : chain[-1][1]] for chain in chains}
        for m in _SHORT_FORM.finditer(paragraph):
            if m.start() in ends and m.group(1) != ends[m.start()]:
                short.setdefault(m.group(1), set()).add(ends[m.start()])
        for m in _BARE_SHORT_FORM.finditer(paragraph):
            name, form = ends.get(m.start()), m.group(1)
            if name and form[0] == name[0] and form not in name and _is_subsequence(form, name):
                short.setdefault(form, set()).add(name)  # "…有限公司（中国电建）"
    names = alone | {name for names in full.values() for name in names}
    for form, name in _abbreviations(simplified(text), names):
        short.setdefault(form, set()).add(name)
    units = {unit: names.pop() for unit, names in full.items() if len(names) == 1}
    # "英国曼彻斯特城市大学" … "曼彻斯特城市大学": the same body, its country left out.
    without_country: dict[str, set[str]] = {}
    for other in names:
        for cut in (2, 3):
            if len(other) - cut >= 4 and not _HEAD_END.search(other[:cut]):
                without_country.setdefault(other[cut:], set()).add(other)
    for name in alone:
        longer = without_country.get(name, set())
        if len(longer) == 1 and name not in units:
            units[name] = next(iter(longer))
    return _TextNames(
        units, frozenset(alone), {form: n.pop() for form, n in short.items() if len(n) == 1}
    )


# "（以下简称上合组织）": the short form defined right after a name.
_SHORT_FORM = re.compile(
    r"[(（]\s*(?:以下简称|以下称|下称|简称)[:：]?\s*[“\"「]?([^()（）“”\"「」，,、。\s]{2,12}?)"
    r"[”\"」]?\s*[)）]"
)
# "…集团有限公司（中国电建）": a short form in parentheses, with no word to say so.
_BARE_SHORT_FORM = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）]")
# Heads whose names the texts shorten to a few of their characters ("…科学院" →
# "…科院"), and companies, whose short forms keep none of the head ("…建设集团" → "…建").
_SHORTENED_HEADS = ("院", "局", "会")
_COMPANY_HEADS = ("集团", "公司")
# Short forms are looked for in the first characters of a long text, for its
# first names: a hostile text stays linear.
_LAST_SCAN = 30_000
_MOST_SHORTENED = 40


def _abbreviations(text: str, names: set[str]):
    """(short form, full name) for the 2–4 character forms the text uses that
    are made of a name's characters in order, start with its first, and end
    with its head ("中国科学院" → "中科院") or, for a company, with a character
    of its own ("中国能源建设集团" → "中国能建"), standing as a word."""
    scan = text[:_LAST_SCAN]
    eligible = [n for n in sorted(names) if n.endswith((*_COMPANY_HEADS, *_SHORTENED_HEADS))]
    for name in eligible[:_MOST_SHORTENED]:
        company = name.endswith(_COMPANY_HEADS)
        if len(name) < 4:
            continue
        chars = set(name)
        for m in re.finditer(re.escape(name[0]), scan):
            i = m.start()
            for n in (4, 3, 2):
                form = scan[i : i + n]
                if len(form) < n or not set(form) <= chars or form in name:
                    continue
                if not _is_subsequence(form, name):
                    continue
                if company:
                    ok = n >= 3 and form[-1] not in "".join(_COMPANY_HEADS)
                else:
                    ok = form[-1] == name[-1]
                if ok and _stands_alone(scan, i, i + n):
                    yield form, name
                    break


def _is_subsequence(form: str, name: str) -> bool:
    it = iter(name)
    return all(ch in it for ch in form)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A word of its own: a boundary (or no Han character) on either side."""
    before = start == 0 or not _cjk(text[start - 1]) or _ends_with(text, start, _BOUNDARIES)
    nxt = text[end : end + 1]
    after = (
        not nxt
        or not _cjk(nxt)
        or nxt in _CONNECTORS
        or _starts_with(text, end, _BOUNDARIES)
        or _starts_with(text, end, _ROLES)
        or text.startswith(("党委", "党组"), end)
    )
    return before and after


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    """Names by their heads; a chain gives the full name and each parent
    ("北京大学社会科学部" → itself and "北京大学"); a unit named alone is
    the full name it has elsewhere in the text; a short form the text defines
    or uses is its full name."""
    known = _text_names(text if text is not None else paragraph)
    units = known.units
    mentions: list[OrgMention] = []
    plain = simplified(paragraph)
    for chain in _chains(_names(paragraph)):
        start, end = chain[0][0], chain[-1][1]
        if (
            plain[start - 1 : start] in ("在", "于")
            and plain.startswith(_HELD, end)
            and plain[start:end].endswith(_BUILDINGS)
        ):
            # "在…大学逸夫图书馆报告厅举行": the rooms are where it was held; the
            # university before them stays.
            while chain and plain[chain[-1][0] : chain[-1][1]].endswith(_BUILDINGS):
                chain = chain[:-1]
            if not chain:
                continue
            end = chain[-1][1]
        name = paragraph[start:end]
        if len(chain) == 1 and name in units:
            mentions.append(OrgMention(units[name], start, end, long_form=name))
            continue
        if plain[start:end] in known.short:
            mentions.append(OrgMention(known.short[plain[start:end]], start, end, long_form=name))
            continue
        mentions.append(OrgMention(name, start, end))
        for _s, e in chain[:-1]:
            mentions.append(OrgMention(paragraph[start:e], start, e, parent=True))
    for form, name in known.short.items():
        for m in re.finditer(re.escape(form), plain):
            if not any(o.start < m.end() and m.start() < o.end for o in mentions):
                mentions.append(
                    OrgMention(name, m.start(), m.end(), long_form=paragraph[m.start() : m.end()])
                )
    mentions.sort(key=lambda o: o.start)
    # Names in Latin letters inside the Chinese ("访问Imperial College London").
    for run in _LATIN_RUN.finditer(paragraph):
        if len(run.group(0).split()) < 2:
            continue
        for m in find_english(run.group(0))[0]:
            if getattr(m, "weak", False):
                continue  # no head: "Patrick Child" is a person
            start, end = m.start + run.start(), m.end + run.start()
            named = next((o for o in mentions if o.end == start - 1), None)
            if named is not None and paragraph[start - 1] in "(（":
                # "本地治里大学(Pondicherry University)": the same body, named twice.
                mentions.append(OrgMention(named.name, start, end, long_form=m.name))
            else:
                mentions.append(dataclasses.replace(m, start=start, end=end))
    acronyms = [
        AcronymMention(m.group(0), m.start(), m.end(), True)
        for m in re.finditer(r"(?<![A-Za-z.])[A-Z][A-Z&]{2,9}(?![A-Za-z.])", paragraph)
        if not any(o.start <= m.start() < o.end for o in mentions)
    ]
    return mentions, acronyms


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&.'’() -]*[A-Za-z0-9)]")
