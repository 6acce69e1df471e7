"""German: chrome labels, dates, organisation heads, roles and event words.

German capitalises every noun, so the generic English finders, which take a
capital for a name, over-fire; organisations are read head-first through the
shared Romance finder (whose heads German shares: "Universität Bern",
"Hochschule für …", "Botschaft der Republik …"), with German connectors.
"""

from __future__ import annotations

import re

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords
from newsroom.importing.languages import de_organisations, romance, romance_people
from newsroom.importing.languages.base import Chrome, Language, words

# Frequent words that tell German from the other languages in Latin letters.
STOP_WORDS = words("""
        der die das und ist von mit für auf den dem des ein eine einer sich nicht auch wurde
        im zum zur
""")

_MONTHS = (
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
)  # fmt: skip
_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
# Austrian and abbreviated month names.
_SHORT_MONTHS = (
    ("jänner", 1), ("maerz", 3), ("jan", 1), ("feb", 2), ("mär", 3), ("apr", 4), ("jun", 6),
    ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("dez", 12),
)  # fmt: skip

DATES = DateWords(
    months=tuple((m, i) for i, m in enumerate(_MONTHS, start=1)) + _SHORT_MONTHS,
    ordinal=r"\.",
    article=("am", "den", "dem"),
    range_from=("vom", "von", "zwischen dem"),
    range_to=("bis", "bis zum", "bis zu"),
    range_and=("und",),
    year_lead=("im", "seit", "anfang", "ende", "mitte"),
    weekdays=tuple((d, i) for i, d in enumerate(_WEEKDAYS)),
    weekday_lead=("am", "diesen", "vergangenen", "letzten"),
    future_cues=("wird stattfinden", "findet statt", "kommenden", "nächsten"),
    days=(("vorgestern", -2), ("gestern", -1), ("heute", 0), ("morgen", 1)),
    weeks=(("letzte woche", -1), ("vergangene woche", -1), ("diese woche", 0),
           ("nächste woche", 1)),
    months_relative=(("letzten monat", -1), ("diesen monat", 0), ("nächsten monat", 1)),
    years=(("letztes jahr", -1), ("vergangenes jahr", -1), ("dieses jahr", 0)),
    span_end=("ging zu ende", "endete", "wurde abgeschlossen"),
)  # fmt: skip


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:unterzeichne\w*|unterzeichnung\w*|unterschrieb\w*|"
                       r"unterschreib\w*|unterzeichnet|vertragsunterzeichnung|"
                       r"memorandum of understanding|absichtserklärung(?:en)?|"
                       r"kooperationsvereinbarung(?:en)?|kooperationsvertrag\w*|"
                       r"partnerschaftsabkommen)\b"), 1),
        ("visit", _p(r"\b(?:besuch(?:t|te|ten|s|e|en)?|delegationsbesuch\w*|"
                     r"zu gast|gegenbesuch\w*|delegationsreise)\b"), 0),
        ("visit", _p(r"\bdelegation(?:en)?\b"), -3),
        ("meeting", _p(r"\b(?:treffen|sitzung(?:en)?|gespräch(?:e|en)?|arbeitstreffen|"
                       r"generalversammlung|mitgliederversammlung|empfang|empfing|"
                       r"empfangen|netzwerktreffen|runde[rn]? tisch\w*)\b"), 0),
        ("seminar", _p(r"\b(?:seminar(?:e|en)?|webinar(?:e)?|"
                       r"ringvorlesung|kolloquium)\b"), 0),
        ("workshop", _p(r"\b(?:workshops?|\w+-workshops?|arbeitskreis)\b"), 1),
        ("forum", _p(r"\bforum\b|\bforen\b"), 0),
        ("conference", _p(r"\b(?:konferenz(?:en)?|tagung(?:en)?|kongress(?:e)?|"
                          r"symposi(?:um|en)|gipfel\w*|fachtagung)\b"), 0),
        ("training", _p(r"\b(?:schulung(?:en)?|fortbildung(?:en)?|weiterbildung(?:en)?|"
                        r"sommerschule|summer school|lehrgang)\b"), 0),
        ("launch", _p(r"\b(?:eröffne\w*|eröffnung|einweihung|eingeweiht|gegründet|"
                      r"gründung|startschuss|auftakt)\b"), -1),
        ("exhibition", _p(r"\b(?:ausstellung(?:en)?|messe)\b"), -1),
    ),
    occurred=_p(r"\b(?:fand\w* statt|stattgefunden|wurde\w*|besuchte\w*|unterzeichnete\w*|"
                r"empfing|begrüßte\w*|versammelten|nahmen|trafen|hat\w* \w+ unterzeichnet|"
                r"eröffnete|veranstaltete|organisierte)\b"),
    future=_p(r"\b(?:wird stattfinden|werden stattfinden|findet am|geplant|soll(?:en)?|"
              r"kommenden|nächsten|im herbst|wird \w+ finden)\b"),
    past=_p(r"\b(?:bereits im|im vorjahr|letztes jahr|vergangenen jahr|seit (?:19|20)\d\d|"
            r"vor \w+ jahren)\b"),
    online=_p(r"\b(?:online|virtuell\w*|videokonferenz|digital\w*|per zoom)"),
    not_event=_p(r"^\s*(?:raum|sekretariat|organisator\w*|teilnehmer\w*)\b"),
    relative_now=_p(r"\b(?:kürzlich|jüngst|heute|heutigen|diese woche)\b"),
    agreement=_p(r"\b(?:vereinbarung\w*|abkommen|vertr(?:a|ä)g\w*|memorand\w*|erklärung\w*)\b"),
    place_before=_p(r"\b(?:in|im|an der|am)\s+$"),
)  # fmt: skip

WORDS = romance.RomanceWords(
    pre_adjectives=words("""
        freie freier freien technische technischen technischer deutsche deutscher deutschen
        bergische bergischen katholische katholischen evangelische westfälische westfälischen
        pädagogische pädagogischen medizinische medizinischen österreichische
        österreichischen österreichischer schweizerische schweizerischen nationale
        internationale europäische eidgenössische eidgenössischen
    """),
    lower_heads=frozenset(),
    assembly_heads=words("konferenz versammlung"),
    heads=words("""
        universität universitäten hochschule fachhochschule akademie institut instituts
        zentrum zentrums stiftung gesellschaft ministerium ministeriums bundesministerium
        bundesministeriums botschaft generalkonsulat konsulat kommission rat verband vereinigung
        netzwerk büro amt agentur forschungszentrum forschungsinstitut fakultät fachbereich
        kolleg schule bibliothek museum klinik klinikum senat parlament regierung
        auslandsamt referat universitätsklinikum austauschdienst university college
    """),
    connectors=("der", "des", "für", "zu", "von", "am", "an der", "in", "of", "and"),
    conjunctions=words("und"),
    adjectives=frozenset(),
    adjective_endings=(),
    stops=words("""
        der die das den dem des ein eine einer eines und oder mit im am zum zur auf aus bei
        nach seit über unter vor ist sind wurde wurden hat haben sich als auch sowie
    """),
    titles=words("""
        dr dr. prof prof. professor professorin herr frau dipl.-ing. dr.-ing. ing. mag.
        h.c. hon.-prof. s.e. s. e. univ.-prof.
    """),
    roles=words("""
        rektor rektorin präsident präsidentin vizepräsident vizepräsidentin prorektor
        prorektorin leiter leiterin direktor direktorin geschäftsführer geschäftsführerin
        botschafter botschafterin minister ministerin bundesministerin bundesminister
        generalsekretär generalsekretärin koordinator koordinatorin dekan dekanin kanzler
        kanzlerin vorsitzende vorsitzender sprecher sprecherin honorarkonsul konsul gesandte
        gesandter universitätspräsident universitätspräsidentin regierungschef bürgermeister
        oberbürgermeister
    """),
    role_qualifiers=words("stellvertretender stellvertretende"),
    name_particles=words("von van der de da"),
    articles=words("der die den dem des"),
    months=frozenset(_MONTHS),
    weekdays=frozenset(_WEEKDAYS),
)

CHROME = Chrome(
    stamp=_p(r"^[-–•(\s]*(?:veröffentlicht(?:\s+am)?|erstellt am|aktualisiert(?:\s+am)?|"
             r"zuletzt (?:verändert|aktualisiert)|datum(?: der meldung)?\s*:?|"
             r"news vom|pressemitteilung\b|medienmitteilung\b|presseinformation\b|"
             r"quelle\s*:|autor(?:in)?\s*:|redaktion\s*:|fotos?\s*:|bild\s*:|"
             r"lesezeit|schlagworte?\s*:|kategorien?\s*:)"),
    source=_p(r"^quelle\s*:"),
    footer_start=_p(r"^(?:impressum|datenschutz|kontakt\s*:?$|zurück zu|weitere meldungen|"
                    r"das könnte sie auch interessieren|newsletter|folgen sie uns)"),
    widget=_p(r"(?:teilen|drucken|per e-mail senden|zurück|zur liste|mehr lesen|weiterlesen|"
              r"facebook|twitter|linkedin|x|e-?mail|\s|[|/·•-])+"),
    breadcrumb=_p(r"^(?:startseite|sie sind hier)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("government", ("ministerium", "botschaft", "konsulat", "regierung", "amt", "senat",
                    "parlament")),
    ("university", ("universität", "hochschule", "institut", "akademie", "university",
                    "fakultät", "kolleg", "zentrum")),
    ("company", ("gmbh", "ag", "unternehmen", "bank")),
    ("ngo", ("stiftung", "verband", "verein", "vereinigung", "netzwerk", "gesellschaft")),
)  # fmt: skip


def guess_kind(name: str) -> str:
    return romance.guess_kind(name, _KINDS)


LANGUAGE = Language(
    code="de",
    name="German",
    aliases=("de", "de-de", "de-at", "de-ch", "german", "deutsch"),
    stop_words=STOP_WORDS,
    chrome=CHROME,
    date_words=DATES,
    event_words=EVENTS,
    find_organisations=lambda paragraph, text=None: de_organisations.add_german_shapes(
        romance.find_organisations(paragraph, WORDS, text), paragraph, WORDS.heads
    ),
    find_people=lambda paragraph, spans: romance_people.find_people(paragraph, spans, WORDS),
    guess_kind=guess_kind,
)
