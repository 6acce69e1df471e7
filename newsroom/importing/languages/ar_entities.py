"""Arabic organisations and people: no capitals, so names are found by their
head nouns ("جامعة", "وزارة") and by the titles before people ("الدكتور")."""

from __future__ import annotations

import re

from newsroom.importing.languages.base import OrgSpan, words
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

_HEADS = words("""
    جامعة جامعات معهد مركز وزارة أكاديمية اكاديمية هيئة مؤسسة كلية سفارة منظمة مجلس اتحاد
    الجامعة المعهد المركز الوزارة الأكاديمية الهيئة المؤسسة الكلية السفارة المنظمة المجلس
    الاتحاد جمعية الجمعية وكالة الوكالة شركة الشركة مكتب المكتب بنك البنك مختبر المختبر
    العتبة مجموعة
""")
# Particles glued to a word: "بجامعة", "لجامعة", "وجامعة", "والجامعة", "للجامعة".
_PREFIX = re.compile(r"^(?:وب|ول|وك|فب|و|ف|ب|ل|ك)(?=\S{3,})")
_ROLES = words("""
    رئيس رئيسة نائب عميد عميدة وزير وزيرة سفير سفيرة مدير مديرة مساعد مساعدة أمين أمينة
    مستشار مستشارة وكيل وكيلة الرئيس المدير الأمين المستشار أستاذ أستاذة ممثل ممثلة قنصل
    مندوب منسق منسقة الباحث الباحثة باحث رئيسا
""")
_TITLES = (
    "الأستاذ الدكتور", "الاستاذ الدكتور", "أ.د.", "أ. د.", "أ.د", "الدكتورة", "الدكتور",
    "دكتورة", "دكتور", "د.", "الأستاذة", "الأستاذ", "الاستاذ", "السفيرة", "السفير", "معالي",
    "سعادة", "السيدة", "السيد", "المهندسة", "المهندس", "الشيخة", "الشيخ", "العميد الركن",
    "البروفيسور", "بروفيسور", "Dr.", "Prof.",
)  # fmt: skip
_TITLE = re.compile(
    r"(?<![\w.])و?(?:"
    + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
    + r")\s*"
)
# Words that end a name: particles, verbs of reporting, time words, event nouns.
_STOP = (
    words("""
    في من إلى الى على عن مع بين حول خلال عبر لدى منذ ضمن التابع التابعة التابعين ممثلة ممثلا
    الذي التي الذين وذلك ذلك هذا هذه اليوم يوم أمس امس غدا غداً صباح مساء الجاري الماضي
    السادة توقع تستقبل استقبل وقع وقعت شارك للاطلاع موضوعات كلٌّ كل
    المذكرة الاتفاقية الاتفاق الزيارة اللقاء الاجتماع الندوة الورشة المؤتمر المنتدى المعرض
    الدورة التوقيع
    المقبل الموافق بعد قبل عدد وعدد كل كلا جميع أن إن ان قد لقد كما حيث بهدف تحت بعنوان
    مذكرة اتفاقية اتفاق تفاهم توقيع زيارة وفد لقاء اجتماع ندوة ورشة مؤتمر منتدى معرض دورة
    الجامعتين الطرفين الجانبين رئاسة بحضور حضور مراسم قاعة وزيرة وزير الأحد الاثنين الإثنين
    الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل ابريل مايو يونيو يوليو
    أغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر والوفد الوفد المرافق وعدد
""")
    | _ROLES
)
_SPLIT = re.compile(r"[،,؛;:.!؟?()\[\]/\n|–—-]|\s[وأ]?(?:و)?\s")
_WORD = re.compile(r"[«»\"“”]?[\w\u064b-\u065f\u0670\u0640.]*[\w\u064b-\u065f\u0670][«»\"“”]?")
_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]{1,11})\s*\)")


def _bare(word: str) -> str:
    return word.strip('«»"“”')


def _unprefixed(word: str) -> str:
    return _PREFIX.sub("", word) if _PREFIX.sub("", word) in _HEADS else word


def _is_head(word: str) -> bool:
    return _bare(word) in _HEADS or _unprefixed(_bare(word)) in _HEADS


def _name_word(word: str, first: bool) -> bool:
    w = _bare(word)
    if not w or w in _STOP or w.isdigit() or _is_head(w) or _TITLE.fullmatch(w + " "):
        return False
    stripped = re.sub(r"^(?:وال|و|بال|ب)", "", w)
    if stripped in _STOP or (w.startswith("و") and not w.startswith("وال")):
        return False
    # A verb ("يعقد"), a purpose ("لتعزيز") or an indefinite accusative
    # ("مؤتمراً") is the sentence going on, not the name.
    if re.match(r"^(?:ي\S{3}$|لت|وت)", w) or re.search(r"(?:اً|ًا|ً)$", w):
        return False
    # "بالرباط", "بالمملكة": the place where it is, not its name.
    return not (w.startswith("ب") and len(w) > 3 and not w.startswith("بن"))


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    """A head noun and the words that belong to it, up to a particle, a verb,
    a place after "بـ" or punctuation; the particles glued to the head stay out."""
    mentions: list[OrgMention] = []
    acronyms: list[AcronymMention] = []
    toks = list(_WORD.finditer(paragraph))
    for i, tok in enumerate(toks):
        word = _bare(tok.group())
        head = _unprefixed(word)
        if head not in _HEADS:
            continue
        start = tok.start() + (len(tok.group()) - len(tok.group().lstrip('«»"“”')))
        start += len(word) - len(head)
        taken: list[re.Match[str]] = []
        for nxt in toks[i + 1 : i + 7]:
            gap = paragraph[(taken[-1] if taken else tok).end() : nxt.start()]
            if gap.strip(' «»"“”') or not _name_word(nxt.group(), not taken):
                break
            if head.startswith("ال") and not taken and not _bare(nxt.group()).startswith("ال"):
                break  # "الجامعة" with no adjective is the generic noun
            taken.append(nxt)
        if not taken or (head.startswith("ال") and head in ("المركز", "المجلس", "المكتب")):
            continue
        end = taken[-1].end()
        name = " ".join(_bare(t) for t in [head, *(m.group() for m in taken)])
        acronym = None
        if m := _ACRONYM.match(paragraph, end):
            acronym = m.group(1)
            acronyms.append(AcronymMention(acronym, m.start(1), m.end(1), True))
        mentions.append(OrgMention(name.strip(), start, end, acronym=acronym))
    return mentions, acronyms


_ROLE_BEFORE = re.compile(r"(?:^|[،,؛:.]\s*|\s)(?P<role>(?:ال)?(?:" + "|".join(
    sorted((r for r in _ROLES if not r.startswith("ال")), key=len, reverse=True)
) + r")\s[^،,؛:.()]{2,80}?)\s*[،,]?\s*$")  # fmt: skip
_ROLE_AFTER = re.compile(
    r"\s*[،,]\s*(?P<role>(?:ال)?(?:"
    + "|".join(sorted((r for r in _ROLES if not r.startswith("ال")), key=len, reverse=True))
    + r")(?:\s[^،,؛:.()]{1,80}?)?)\s*(?=[،,؛:.()]|$)"
)


def find_people(paragraph: str, spans: list[OrgSpan]) -> list[PersonMention]:
    """A name after a title, with the role said next to it ("…، رئيس جامعة …")."""
    found: list[PersonMention] = []
    for m in _TITLE.finditer(paragraph):
        while (again := _TITLE.match(paragraph, m.end())) and again.end() > m.end():
            m = again
        name_words: list[str] = []
        pos = m.end()
        for w in _WORD.finditer(paragraph, pos):
            if paragraph[pos : w.start()].strip() or len(name_words) >= 5:
                break
            word = _bare(w.group())
            if word in _STOP or _is_head(word) or _TITLE.fullmatch(word + " "):
                break
            # Right after a title "و" begins the name ("الدكتور وليد"); later it joins another.
            if word.startswith("و") and name_words:
                break
            if word in ("لمراسل", "بالمملكة") or (word.startswith("ب") and word != "بن"):
                break
            name_words.append(word)
            pos = w.end()
        while name_words and name_words[-1] in ("بن", "بنت", "أبو", "ابو", "عبد"):
            name_words.pop()
        if len(name_words) < 2:
            continue
        name = " ".join(name_words)
        role = None
        if after := _ROLE_AFTER.match(paragraph, pos):
            role = after.group("role").strip()
        elif before := _ROLE_BEFORE.search(paragraph[: m.start()]):
            role = before.group("role").strip()
        found.append(PersonMention(name, role, None, titled=True))
    return found
