"""Japanese: chrome, era dates, headlines and event words.

Japanese writes organisations and people as Chinese does (heads after the
name, the role after the person: "山田太郎学長"), so the Chinese readers serve
it, with the kana words they do not know kept out of names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsroom.importing.dates import ENGLISH as ENGLISH_DATES
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.base import Chrome, Language
from newsroom.importing.languages.ja_entities import find_organisations, find_people

__all__ = ["LANGUAGE", "is_headline"]

# The year before each era's first: 令和元年 is 2019.
DATES = replace(ENGLISH_DATES, eras=(("令和", 2018), ("平成", 1988), ("昭和", 1925)))


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


CHROME = Chrome(
    stamp=_p(
        r"^[(（【\[]?\s*(?:公開日|掲載日|更新日|投稿日|登録日|発行日|日付|作成日|最終更新日|"
        r"カテゴリー?|タグ|出典|文|写真|撮影)\s*[】\]]?\s*[:：]"
    ),
    source=_p(r"(?:出典|提供)\s*[:：]"),
    footer_start=_p(
        r"^(?:お問い合わせ|お問合せ|問い合わせ先|関連リンク|関連記事|前のページに戻る|"
        r"ページの先頭へ|PAGE TOP|トップページに戻る|Copyright|©)",
        # case as written
    ),
    widget=_p(r"(?:印刷|シェア|ツイート|戻る|一覧へ戻る|一覧に戻る|PAGE TOP|back|\s)+"),
    breadcrumb=_p(r"^(?:ホーム|トップ|HOME)\s*(?:>|»|/|＞|›)"),
)

EVENT_WORDS = EventWords(
    kinds=(
        ("signing", _p(r"締結|調印|署名|覚書|協定書|協定を"), 1),
        ("visit", _p(r"訪問|来訪|表敬|来学|訪日|視察"), 0),
        ("visit", _p(r"代表団|訪問団|一行"), -3),
        ("meeting", _p(r"会談|面談|懇談|会議|協議|会合|意見交換会|打合せ|円卓"), 0),
        ("seminar", _p(r"セミナー|講演会|研究会|勉強会|ウェビナー"), 0),
        ("workshop", _p(r"ワークショップ"), 0),
        ("forum", _p(r"フォーラム"), 0),
        ("conference", _p(r"シンポジウム|国際会議|学会|大会|サミット|カンファレンス"), 0),
        ("training", _p(r"研修|トレーニング"), 0),
        ("launch", _p(r"開所式|開設|発足|除幕|開幕式|キックオフ"), -1),
        ("exhibition", _p(r"展示会|展覧会|博覧会"), -1),
    ),
    occurred=_p(
        r"開催|行われ|行い|行った|実施|出席|参加|訪問し|訪れ|面談し|懇談し|締結し|署名し|"
        r"しました|されました|ました"
    ),
    future=_p(r"予定|開催します|行います|実施します|される予定"),
    past=_p(r"以前|昨年|かつて|前回"),
    online=_p(r"オンライン|ウェブ|Web|ハイブリッド|Zoom|zoom|遠隔"),
    not_event=_p(r"^(?:室|場|会場|事務局|委員|長|参加者)"),
    relative_now=_p(r"本日|今日|昨日|先日|このたび|この度"),
    place_before=_p(r"(?:で|にて|において|於)$"),
    han_places=True,
    titles=TitleWords(
        visit="{visitor}が{host}を訪問",
        visit_to="{host}を訪問",
        visit_by="{visitor}が来訪",
        signing="{what}の締結",
        agreement="協定",
        launch="{what}の開始",
        between="{a}と{b}の{title}",
        by="{a}の{title}",
        of="{a}の{title}",
        with_="{a}との{title}",
        kinds=(
            ("meeting", "会談"),
            ("seminar", "セミナー"),
            ("workshop", "ワークショップ"),
            ("forum", "フォーラム"),
            ("conference", "シンポジウム"),
            ("training", "研修"),
            ("launch", "開始"),
            ("visit", "訪問"),
            ("signing", "締結"),
            ("exhibition", "展示会"),
        ),
        read_phrases=False,
    ),
)

_KINDS = [
    ("university", _p(r"大学|学院|研究所|研究院|研究科|研究センター|機構|学会|高専|学校|学部")),
    ("government", _p(r"省$|庁$|大使館|領事館|政府|市役所|県庁|府$|委員会|議会")),
    ("company", _p(r"株式会社|会社|銀行|グループ")),
    ("ngo", _p(r"協会|財団|連盟|協議会|同窓会|基金")),
]


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# A section's name above the headline: "アメリカ合衆国", "お知らせ", "ニュース".
_COLUMN = _p(r"^.{0,6}(?:お知らせ|ニュース|トピックス|新着情報|イベント|報告)$")


def is_headline(line: str) -> bool:
    """A Japanese headline: long enough to say something, not a sentence of
    the body, not a section's name."""
    stripped = line.strip()
    if (
        _COLUMN.match(stripped)
        or stripped.endswith(("。", "、", "：", ":"))
        and "(" not in stripped
    ):
        return False
    return len(_JAPANESE.findall(stripped)) >= 10 and len(stripped) <= 100


LANGUAGE = Language(
    code="ja",
    name="Japanese",
    aliases=("ja", "ja-jp", "jp", "japanese", "日本語"),
    chrome=CHROME,
    date_words=DATES,
    find_organisations=find_organisations,
    find_people=find_people,
    event_words=EVENT_WORDS,
    is_headline=is_headline,
    title_joiner="",
    guess_kind=guess_kind,
)
