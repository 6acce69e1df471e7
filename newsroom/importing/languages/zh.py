"""Chinese (simplified): chrome, headlines, event words and partner kinds.

Organisations and people have their own readers (``zh_organisations``,
``zh_people``): Chinese writes no spaces for the English ones to follow.
"""

from __future__ import annotations

import re

from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.base import Chrome, Language
from newsroom.importing.languages.zh_organisations import _cjk, find_organisations
from newsroom.importing.languages.zh_people import find_people
from newsroom.importing.languages.zh_traditional import either_script

__all__ = ["LANGUAGE", "find_organisations", "find_people", "guess_kind", "is_headline"]


# --- chrome ---------------------------------------------------------------

_STAMP_LABELS = (
    "日期|发布日期|发布时间|发表时间|发布于|时间|更新时间|来源|信息来源|稿件来源|文章来源|作者|"
    "撰稿|供稿|通讯员|记者|摄影|图片|编辑|责任编辑|编审|审核|审稿|校对|浏览次数|浏览量|浏览|"
    "点击数|点击量|点击|阅读量|阅读次数|阅读|字体|字号|分享到|分享|打印|关闭|发布者|发布人"
)
CHROME = Chrome(
    stamp=either_script(
        rf"^[(（【\[]?\s*(?:(?:{_STAMP_LABELS})\s*[】\]]?\s*[:：]|(?:浏览次数|点击数|阅读量)\s*\d"
        r"|(?:图|文|图文|文图|摄影|摄)\s*[/／|｜])"
    ),
    source=either_script(r"(?:来源|信息来源|稿件来源|文章来源)\s*[:：]"),
    footer_start=either_script(
        r"^(?:联系我们|联络我们|关于我们|版权所有|版权声明|Copyright|地址\s*[:：]|通讯地址|电话\s*[(（:：]|"
        r"主办单位|承办单位|技术支持|网站地图|上一篇|下一篇|相关新闻|相关阅读|相关链接|返回顶部|"
        r"扫一扫|[京沪粤苏浙]ICP|此页面有问题|帮助我们改进|意见反馈|我要纠错|打印本页|关闭窗口)",
        re.IGNORECASE,
    ),
    widget=either_script(
        r"(?:[【\[]\s*[^【】\[\]]{0,6}\s*[】\]]\s*)+|[大中小\s]+|打印|关闭|返回|"
        r"(?:字体|字号)\s*[:：]?.{0,12}|[*＊]?\s*必填项|"
        r".{0,6}(?:微信公众号|微信|微博|二维码|链接已复制|复制链接|查看图库|分享到?)|"
        r".{0,10}(?:现场|合影|合影留念|留影)|"  # photo captions: "会议现场"
        r"欢迎(?:访问|光临|来到|进入).{0,40}|"  # a welcome banner: "欢迎访问…！"
        r"(?:(?:放大|缩小|默认|还原|重置|[大中小])\s*[|/｜]?\s*){2,}"  # font buttons: "放大 缩小"
    ),  # fmt: skip
    breadcrumb=either_script(
        r"^(?:当前位置|您的位置|您现在的位置|位置)\s*[:：]|^首页\s*(?:>|»|/|＞|›)|"
        r"^首\s*页\S{0,30}(?:正文|详情|内容)$|^(?:跳过导航|跳到主要内容|请输入关键字)$"
    ),
)


# --- events and kinds -------------------------------------------------------

EVENT_WORDS = EventWords(
    kinds=(
        ("signing", either_script(r"签署|签订|签约|续签|合作协议|谅解备忘录|合作备忘录"), 1),
        ("visit", either_script(r"访问|来访|到访|参观|考察|访华|拜访|调研"), 0),
        ("visit", either_script(r"代表团|一行"), -3),
        ("meeting", either_script(r"会见|会谈|座谈|会议|圆桌|磋商|工作组会|接见"), 0),
        ("seminar", either_script(r"研讨会|讲座|报告会|学术报告|交流会|宣讲会|沙龙"), 0),
        ("workshop", either_script(r"工作坊|研修班|工作营"), 0),
        ("forum", either_script(r"论坛"), 0),
        ("conference", either_script(r"大会|峰会|年会|学术会议|国际会议"), 0),
        ("training", either_script(r"培训班|培训"), 0),
        ("launch", either_script(r"启动仪式|揭牌|发布会|成立仪式|启用|开幕式|启动"), -1),
        ("exhibition", either_script(r"展览|博览会|展会"), -1),
    ),
    occurred=either_script(
        r"举行|举办|召开|出席|参加|访问|会见|签署|签订|开幕|闭幕|主持|带队|率团|"
        r"来访|到访|圆满|成功|了"
    ),  # fmt: skip
    future=either_script(r"将于|将在|即将|拟于|计划|预计|将举办|将举行"),
    past=either_script(r"曾经|此前|早在|多年来|以前|去年"),
    online=either_script(r"线上|在线|视频会议|网络会议|云端|远程"),
    not_event=either_script(r"^(?:室|厅|中心|秘书处|组委会|馆|主席|成员|代表)"),
    relative_now=either_script(r"近日|日前|今天|今日|昨天|昨日"),
    place_before=either_script(r"(?:在|于|赴|到|抵达|访问|来到|前往)$"),
    han_places=True,
    titles=TitleWords(
        visit="{visitor}代表团访问{host}",
        visit_to="访问{host}",
        visit_by="{visitor}代表团来访",
        signing="签署{what}",
        agreement="合作协议",
        launch="{what}启动",
        between="{a}与{b}{title}",
        by="{a}{title}",
        of="{a}{title}",
        with_="与{a}{title}",
        kinds=(
            ("meeting", "会谈"),
            ("seminar", "研讨会"),
            ("workshop", "工作坊"),
            ("forum", "论坛"),
            ("conference", "会议"),
            ("training", "培训"),
            ("launch", "启动仪式"),
            ("visit", "访问"),
            ("signing", "签约"),
            ("exhibition", "展览"),
        ),
        read_phrases=False,
    ),
)

_KINDS = [
    (
        "university",
        either_script(r"大学|学院|研究院|研究所|科学院|工程院|实验室|研究中心|学校|学会"),
    ),
    (
        "government",
        either_script(r"政府|部$|局$|厅$|署$|委员会|国务院|大使馆|领事馆|使馆|代表团|议会"),
    ),
    ("company", either_script(r"公司|集团|银行")),
    ("ngo", either_script(r"协会|基金会|联合会|联盟|促进会|商会|研究会|理事会")),
    ("media", either_script(r"报社|电视台|出版社")),
]


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


# A column's name above the headline: "新闻动态", "通知公告", "学术活动".
_COLUMN = either_script(
    r"^.{0,4}(?:动态|新闻|要闻|公告|通知|资讯|快讯|报道|信息|聚焦|专题|简讯|交流|活动|合作|视点|速递)$"
)


def is_headline(line: str) -> bool:
    """A Chinese headline: Han characters, short, not a sentence, not a column's name."""
    stripped = line.strip()
    if _COLUMN.match(stripped):
        return False
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
