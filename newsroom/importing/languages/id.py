"""Indonesian and Malay: dates, stop words, chrome, roles and event words.

Names read as English ones do, capitalised words with the head first
("Universitas …", "Kementerian …"), so the generic readers serve; the
language brings its month names, honorifics and the words that say what
happened.
"""

from __future__ import annotations

import re

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages.base import Chrome, Language, words
from newsroom.importing.organisations import OrgMention
from newsroom.importing.organisations import find_organisations as generic_organisations
from newsroom.importing.people import PersonMention
from newsroom.importing.people import find_people as generic_people

__all__ = ["LANGUAGE"]

# Frequent words that tell Indonesian from the other languages in Latin letters.
STOP_WORDS = words("""
        yang dan di dengan untuk dari ini itu dalam pada tidak akan oleh atau juga ke kepada
        telah sebagai para bahwa serta antara bagi sudah ada dapat
""")

_MONTHS = (
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember",
)  # fmt: skip
_WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")

DATES = DateWords(
    months=tuple((m, i) for i, m in enumerate(_MONTHS, start=1))
    + (("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("agu", 8),
       ("agt", 8), ("ags", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("des", 12),
       ("nopember", 11), ("pebruari", 2), ("jum'at", 5)),
    article=("tanggal", "tgl"),
    range_from=("dari", "sejak", "mulai"),
    range_to=("hingga", "sampai", "s.d.", "s/d"),
    range_and=("dan",),
    year_lead=("tahun", "pada tahun", "sejak"),
    weekdays=tuple((d, i) for i, d in enumerate(_WEEKDAYS)) + (("jum'at", 4),),
    weekday_lead=("hari", "pada hari"),
    future_cues=("akan", "mendatang"),
    days=(("kemarin", -1), ("hari ini", 0), ("besok", 1)),
    weeks=(("pekan lalu", -1), ("minggu lalu", -1), ("pekan ini", 0), ("minggu ini", 0)),
    years=(("tahun lalu", -1), ("tahun ini", 0)),
    background=("didirikan", "berdiri sejak", "sejak tahun"),
)  # fmt: skip


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:penandatanganan|menandatangani|ditandatangani|tandatangani|"
                       r"tanda tangan|teken|nota kesepahaman|memorandum of understanding|MoU|"
                       r"perjanjian kerja ?sama|PKS)\b"), 1),
        ("visit", _p(r"\b(?:kunjungan|berkunjung|mengunjungi|dikunjungi|kunjungi|lawatan|"
                     r"audiensi|kunjungan kerja)\b"), 0),
        ("visit", _p(r"\b(?:delegasi|rombongan)\b"), -3),
        ("meeting", _p(r"\b(?:pertemuan|rapat|bertemu|diskusi|dialog|temu|audiensi|"
                       r"sidang|rapat kerja)\b"), 0),
        ("seminar", _p(r"\b(?:seminar|webinar|kuliah umum|kuliah tamu|diskusi panel|"
                       r"sarasehan|bincang)\b"), 0),
        ("workshop", _p(r"\b(?:lokakarya|workshop|sosialisasi)\b"), 0),
        ("forum", _p(r"\bforum\b"), 0),
        ("conference", _p(r"\b(?:konferensi|kongres|simposium|muktamar|KTT|konferensi "
                          r"internasional|international conference)\b"), 0),
        ("training", _p(r"\b(?:pelatihan|diklat|bimbingan teknis|bimtek|training)\b"), 0),
        ("launch", _p(r"\b(?:peluncuran|diluncurkan|meluncurkan|peresmian|diresmikan|"
                      r"pembukaan)\b"), -1),
        ("exhibition", _p(r"\b(?:pameran|expo|eksibisi)\b"), -1),
    ),
    occurred=_p(r"\b(?:telah|berlangsung|dilaksanakan|diselenggarakan|digelar|menggelar|"
                r"mengadakan|dihadiri|menghadiri|melakukan|dilakukan|diadakan|bertempat)\b"),
    future=_p(r"\b(?:akan|rencana|direncanakan|mendatang)\b"),
    past=_p(r"\b(?:sebelumnya|tahun lalu|pernah)\b"),
    online=_p(r"\b(?:daring|virtual|secara online|zoom|hybrid|hibrida)\b"),
    not_event=_p(r"^\s*(?:room|ruang|panitia|peserta)\b"),
    relative_now=_p(r"\b(?:hari ini|baru-baru ini|kemarin)\b"),
    agreement=_p(r"\b(?:nota|perjanjian|kesepakatan|memorandum|MoU|MoA|PKS)\b"),
    place_before=_p(r"\b(?:di|ke)\s+$"),
    titles=TitleWords(
        visit="Kunjungan {visitor} ke {host}",
        visit_to="Kunjungan ke {host}",
        visit_by="Kunjungan {visitor}",
        signing="Penandatanganan {what}",
        agreement="nota kesepahaman",
        launch="Peluncuran {what}",
        between="{title} {a} dan {b}",
        by="{title} {a}",
        of="{title} {a}",
        with_="{title} dengan {a}",
        kinds=(("meeting", "Pertemuan"), ("seminar", "Seminar"), ("workshop", "Lokakarya"),
               ("forum", "Forum"), ("conference", "Konferensi"), ("training", "Pelatihan"),
               ("launch", "Peluncuran"), ("visit", "Kunjungan"),
               ("signing", "Penandatanganan"), ("exhibition", "Pameran")),
        read_phrases=False,
    ),
)  # fmt: skip

CHROME = Chrome(
    stamp=_p(r"^[-•(\s]*(?:diterbitkan|dipublikasikan|diposting|ditulis oleh|penulis\s*:|"
             r"editor\s*:|reporter\s*:|sumber\s*:|foto\s*:|dibaca\s*\d|tanggal\s*:|kategori\s*:)"),
    source=_p(r"^sumber\s*:"),
    footer_start=_p(r"^(?:baca juga|berita terkait|artikel terkait|bagikan|hak cipta|"
                    r"copyright|tinggalkan komentar|no comments|post a comment)"),
    widget=_p(r"(?:bagikan|share|cetak|kembali|facebook|twitter|whatsapp|\s|[|/·•-])+"),
    breadcrumb=_p(r"^(?:beranda|home)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("university", _p(r"\b(?:universitas|institut|politeknik|sekolah tinggi|akademi|fakultas|"
                      r"lembaga penelitian|pusat studi|UIN|IAIN)\b")),
    ("government", _p(r"\b(?:kementerian|badan|dinas|pemerintah|kedutaan|konsulat|KBRI|"
                      r"pemkab|pemkot|pemprov|direktorat)\b")),
    ("company", _p(r"\b(?:PT|perusahaan|bank|persero|tbk)\b")),
    ("ngo", _p(r"\b(?:yayasan|asosiasi|perkumpulan|lembaga swadaya|forum)\b")),
)  # fmt: skip


def guess_kind(name: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(name)), "other")


# Titles before a name and degrees after it ("Prof. Dr. Ir. H. … , M.Sc"), written
# with or without their dots.
_TITLE = re.compile(r"^(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH|dr|drg|Ns)\.?\s+)+")
_DEGREE = re.compile(
    r"(?:[\s,]+(?:M\.?\s?(?:Hum|Ag|Si|Pd|Sc|Eng|Kom|Kes|Ed|A|M|H|T|E|Sn|Psi|Farm|Phil)|"
    r"S\.?\s?(?:H|E|T|Pd|Sos|Ag|Kom|Si|Psi|Ked)|MBA|MAP|MMBAT|Ph\.?\s?D|IPU|Sp\.?\w*|"
    r"Dr|Ir)\.?)+[\s,.]*$"
)
# Words of an agreement or event that read like a name ("Nota Kesepahaman").
_NOT_ORG = re.compile(
    r"^(?:Nota Kesepahaman|Memorandum of Understanding|Perjanjian Kerja ?sama)$", re.I
)


def _clean_name(name: str) -> str:
    return _DEGREE.sub("", _TITLE.sub("", name)).strip(" ,.")


def find_people(paragraph: str, spans) -> list[PersonMention]:
    found = []
    for person in generic_people(paragraph, spans):
        name = _clean_name(person.name)
        if len(name.split()) >= 1 and name:
            found.append(PersonMention(name, person.position, person.affiliation, person.titled))
    return found


# Heads that open a name, then capitalised words; "dan" joins two of them
# ("Kementerian Pendidikan dan Kebudayaan"), a bracketed acronym may sit inside
# ("Universitas Islam Negeri (UIN) Walisongo").
_HEADS = (
    "Universitas|Institut Teknologi|Institut|Politeknik|Sekolah Tinggi|Akademi|Kementerian|Badan|"
    "Lembaga|Pusat|Dinas|Kedutaan Besar|Konsulat Jenderal|Fakultas|Departemen|Direktorat|"
    "Yayasan|Asosiasi|Dewan|Majelis|Komisi|Pemerintah|Bank"
)
# A title, a role or a weekday after a name starts what follows it.
_CAPWORD = (
    r"(?:(?!(?:Prof|Dr|Drs|Ir|H|Rektor|Dekan|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)"
    r"[A-Z][\w'’-]*|&)"
)
_HEADED = re.compile(
    rf"\b(?:{_HEADS})(?:\s+(?:{_CAPWORD}|\([A-Z][A-Za-z]{{1,9}}\)(?=\s+[A-Z])|"
    rf"(?:dan|untuk)(?=\s+[A-Z])(?!\s+(?:{_HEADS})\b)))+"
)


def find_organisations(paragraph: str, text: str | None = None):
    mentions, acronyms = generic_organisations(paragraph, text)
    # "Universitas A dan Institut B": two names, not one.
    two = re.compile(rf"\s(?:dan|and)\s+(?:{_HEADS})\b")
    mentions = [m for m in mentions if not _NOT_ORG.match(m.name) and not two.search(m.name)]
    for m in _HEADED.finditer(paragraph):
        name = re.sub(r"\s+(?:dan|untuk)$", "", m.group(0))
        end = m.start() + len(name)
        overlap = [o for o in mentions if o.start < end and m.start() < o.end]
        if any(len(o.name) >= len(name) for o in overlap):
            continue
        mentions = [o for o in mentions if o not in overlap]
        mentions.append(OrgMention(name, m.start(), end))
    return sorted(mentions, key=lambda o: o.start), acronyms


LANGUAGE = Language(
    code="id",
    name="Indonesian",
    aliases=("id", "id-id", "in", "ms", "ms-my", "indonesian", "malay", "bahasa indonesia"),
    stop_words=STOP_WORDS,
    chrome=CHROME,
    date_words=DATES,
    event_words=EVENTS,
    find_organisations=find_organisations,
    find_people=find_people,
    guess_kind=guess_kind,
)
