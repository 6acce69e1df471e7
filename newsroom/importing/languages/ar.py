"""Arabic: chrome labels, dates (both month-name series), event words and the
head-noun readers of ``ar_entities``."""

from __future__ import annotations

import re

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.ar_entities import find_organisations, find_people
from newsroom.importing.languages.base import Chrome, Language

__all__ = ["DATES", "EVENTS", "LANGUAGE", "guess_kind"]

# Egypt and the Gulf write the Latin month names; the Levant and Iraq the
# Syriac ones, often both together ("آذار / مارس").
_MONTHS = (
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4),
    ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8),
    ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11),
    ("ديسمبر", 12), ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4),
    ("أيار", 5), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9),
    ("ايلول", 9), ("تشرين الأول", 10), ("تشرين الاول", 10), ("تشرين الثاني", 11),
    ("كانون الأول", 12), ("كانون الاول", 12),
)  # fmt: skip
_WEEKDAYS = (
    ("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2), ("الاربعاء", 2),
    ("الخميس", 3), ("الجمعة", 4), ("السبت", 5), ("الأحد", 6), ("الاحد", 6),
)  # fmt: skip

_SYRIAC = _MONTHS[18:]
_LATIN = {n: name for name, n in _MONTHS[:18][::-1]}
# "آذار / مارس": both names of one month, written as one.
_DOUBLE = tuple(
    (form, n)
    for name, n in _SYRIAC
    for form in (f"{name} / {_LATIN[n]}", f"{name}/{_LATIN[n]}", f"{_LATIN[n]} / {name}")
)

DATES = DateWords(
    months=_DOUBLE + _MONTHS,
    digits="٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic: "٢٩ يناير ٢٠٢١"
    article=("يوم", "اليوم", "الموافق", "يوم الموافق"),
    range_from=("من", "بين", "في الفترة من", "خلال الفترة من"),
    range_to=("إلى", "الى", "حتى", "لغاية"),
    range_and=("و",),
    year_lead=("عام", "العام", "سنة", "منذ", "في عام"),
    weekdays=_WEEKDAYS,
    weekday_lead=("يوم", "اليوم", "الماضي"),
    future_cues=("سوف", "سيتم", "سيعقد", "ستعقد", "ينظم", "تنظم", "غدا", "غداً", "المقبل"),
    days=(
        ("أول أمس", -2),
        ("أمس", -1),
        ("امس", -1),
        ("البارحة", -1),
        ("اليوم", 0),
        ("صباح اليوم", 0),
        ("مساء اليوم", 0),
        ("غدا", 1),
        ("غداً", 1),
    ),  # fmt: skip
    weeks=(("الأسبوع الماضي", -1), ("هذا الأسبوع", 0), ("الأسبوع المقبل", 1)),
    months_relative=(("الشهر الماضي", -1), ("هذا الشهر", 0), ("الشهر الجاري", 0)),
    years=(("العام الماضي", -1), ("هذا العام", 0), ("العام الجاري", 0), ("العام المقبل", 1)),
    background=("تأسس", "تأسست", "أنشئ", "أنشئت", "منذ تأسيسه", "منذ عام"),
    event_cues=("عقد", "عقدت", "أقيم", "أقيمت", "جرت", "انعقد", "انعقدت"),
)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


EVENTS = EventWords(
    kinds=(
        (
            "signing",
            _p(
                r"توقيع|(?<![\u0621-\u064a])و?وقّ?ع(?:ت|ا)?(?![\u0621-\u064a])|يوقع|"
                r"مذكرة تفاهم|مذكرة\sالتفاهم|"
                r"اتفاقية|اتفاق إطار|بروتوكول تعاون"
            ),
            1,
        ),
        (
            "visit",
            _p(
                r"زيارة|(?<![\u0621-\u064a])[وف]?(?:زار|زارت|زاروا|يزور|تزور)(?![\u0621-\u064a])|جولة"
            ),
            0,
        ),
        ("visit", _p(r"وفد|الوفد"), -3),
        (
            "meeting",
            _p(r"لقاء|اجتماع(?!ي)|استقبل|استقبلت|يستقبل|تستقبل|التقى|مباحثات|طاولة مستديرة"),
            0,
        ),
        ("seminar", _p(r"ندوة|الندوة|محاضرة|حلقة نقاشية|جلسة حوارية"), 0),
        ("workshop", _p(r"ورشة عمل|ورشة|ورش عمل|ورشات"), 0),
        ("forum", _p(r"منتدى|المنتدى|ملتقى|الملتقى"), 0),
        ("conference", _p(r"مؤتمر|المؤتمر|مؤتمراً|قمة"), 0),
        ("training", _p(r"دورة تدريبية|برنامج تدريبي|الدورة التدريبية"), 0),
        ("launch", _p(r"إطلاق|اطلاق|تدشين|افتتاح"), -1),
        ("exhibition", _p(r"معرض|المعرض"), -1),
    ),  # fmt: skip
    occurred=_p(r"عقد|عقدت|أقيم|أقيمت|نظم|نظمت|جرت|شهد|شهدت|حضر|شارك|استقبل|وقع|وقّع|زار|اختتم"),
    future=_p(r"سوف|سي|ست|غدا|غداً|المقبل|المقبلة|من المقرر|ينظم|تنظم"),
    past=_p(r"سابقا|سابقة|في وقت سابق|العام الماضي"),
    online=_p(r"عن بعد|عن بُعد|افتراضي|افتراضية|عبر الإنترنت|عبر تقنية"),
    not_event=_p(r"^\s*(?:قاعة|أمانة|لجنة|اللجنة)"),
    relative_now=_p(r"اليوم|أمس|امس|مؤخرا|مؤخراً"),
    place_before=_p(r"(?:في|ب|بمدينة|بالعاصمة|إلى)\s*$"),
    titles=TitleWords(
        visit="زيارة وفد {visitor} إلى {host}",
        visit_to="زيارة إلى {host}",
        visit_by="زيارة وفد {visitor}",
        signing="توقيع {what}",
        agreement="اتفاقية",
        launch="إطلاق {what}",
        between="{title} بين {a} و{b}",
        by="{title} {a}",
        of="{title} {a}",
        with_="{title} مع {a}",
        kinds=(
            ("meeting", "لقاء"),
            ("seminar", "ندوة"),
            ("workshop", "ورشة عمل"),
            ("forum", "منتدى"),
            ("conference", "مؤتمر"),
            ("training", "دورة تدريبية"),
            ("launch", "إطلاق"),
            ("visit", "زيارة"),
            ("signing", "توقيع"),
            ("exhibition", "معرض"),
        ),  # fmt: skip
        read_phrases=False,
    ),
)

CHROME = Chrome(
    stamp=_p(r"^(?:نشر في|نُشر في|تم نشره|تاريخ النشر|تاريخ الخبر|آخر تحديث|بتاريخ|"
             r"المصدر|مصدر الخبر|الكاتب|بقلم|كتب|تحرير)\s*[:：]?"),
    source=_p(r"(?:المصدر|مصدر الخبر)\s*[:：]"),
    footer_start=_p(r"^(?:أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|جميع الحقوق محفوظة|"
                    r"حقوق النشر|اتصل بنا|من نحن)"),
    # "كربلاء/ عدي الحاج": the dateline and byline above the body, no headline.
    widget=_p(r"[^\s/]{2,20}\s*/\s*[^\s/]{2,20}(?:\s[^\s/]{1,20}){0,2}|"
              r"(?:مشاركة|شارك|طباعة|إرسال|أرسل لصديق|تويتر|فيسبوك|واتساب|نسخ الرابط)"
              r"(?:\s*[|/]?\s*(?:مشاركة|طباعة|تويتر|فيسبوك|واتساب))*"),
    breadcrumb=_p(r"^(?:الرئيسية|الصفحة الرئيسية)\s*(?:>|»|/|›)"),
)  # fmt: skip

_KINDS = (
    ("university", _p(r"جامعة|الجامعة|كلية|الكلية|معهد|المعهد|أكاديمية|مركز|مختبر")),
    ("government", _p(r"وزارة|الوزارة|سفارة|السفارة|هيئة|الهيئة|مجلس|المجلس")),
    ("company", _p(r"شركة|الشركة|بنك|البنك|مجموعة")),
    ("ngo", _p(r"جمعية|الجمعية|مؤسسة|المؤسسة|منظمة|المنظمة|اتحاد|الاتحاد")),
    ("media", _p(r"وكالة|صحيفة|قناة")),
)


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.match(name)), "other")


LANGUAGE = Language(
    code="ar",
    name="Arabic",
    aliases=("ar", "arabic", "ar-sa", "ar-eg", "ar-ae"),
    chrome=CHROME,
    date_words=DATES,
    find_organisations=find_organisations,
    find_people=find_people,
    event_words=EVENTS,
    guess_kind=guess_kind,
)
