"""Italian: chrome labels, dates, organisation heads, roles and event words.

Names put their head first ("Università degli Studi di Milano", "Ministero
dell'Università e della Ricerca"), so the Romance readers serve; Italian brings
its own "of" words ("di", "della", "degli", "dell'") and its elided
prepositions, which the Romance tokenizer splits off.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages import romance, romance_people
from newsroom.importing.languages.base import Chrome, Language, words
from newsroom.importing.languages.pt import romance_organisations
from newsroom.importing.organisations import AcronymMention, OrgMention
from newsroom.importing.people import PersonMention

# Frequent words that tell Italian from the other languages in Latin letters.
STOP_WORDS = words("""
        il lo gli della delle degli dello nel nella per con che è sono anche dal dalla al alla
        una uno del di dell' nell' all' dall' sull' ha hanno tra questo questa stato stata dei
        sul sulla ai agli alle
""")

_MONTHS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip
_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
_SHORT_MONTHS = (
    ("gen", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("mag", 5), ("giu", 6), ("lug", 7),
    ("ago", 8), ("set", 9), ("sett", 9), ("ott", 10), ("nov", 11), ("dic", 12),
)  # fmt: skip

DATES = DateWords(
    months=tuple((m, i) for i, m in enumerate(_MONTHS, start=1)) + _SHORT_MONTHS,
    ordinal=r"(?:°|º)",
    article=("il", "l'", "l’", "lo", "dello", "del"),
    range_from=("dal", "dall'", "dall’", "tra il", "fra il"),
    range_to=("al", "all'", "all’"),
    range_and=("e", "ed"),
    year_lead=("nel", "dal", "nell'", "nell’", "entro il", "fino al"),
    weekdays=tuple((d, i) for i, d in enumerate(_WEEKDAYS)),
    weekday_lead=("lo scorso", "la scorsa", "il prossimo", "la prossima", "questo", "questa"),
    past=("lo scorso", "la scorsa"),
    future=("il prossimo", "la prossima"),
    future_cues=("si terrà", "si svolgerà", "avrà luogo", "prossimo", "prossima"),
    days=(("l'altro ieri", -2), ("ieri", -1), ("oggi", 0), ("domani", 1)),
    weeks=(("la settimana scorsa", -1), ("questa settimana", 0), ("la prossima settimana", 1)),
    months_relative=(("il mese scorso", -1), ("questo mese", 0), ("il prossimo mese", 1)),
    years=(("l'anno scorso", -1), ("lo scorso anno", -1), ("quest'anno", 0)),
    span_end=("si è concluso", "si è conclusa", "è terminato", "è terminata", "si è chiuso"),
)  # fmt: skip


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:firm(?:a|ato|ata|ati|ano|ando|ò|arono|are)|sottoscritt[oaie]|"
                       r"siglat[oaie]|sigl(?:a|ano|ato)|memorandum d['’]intesa|"
                       r"protocoll[oi] d['’]intesa|accordo[- ]quadro|"
                       r"memorandum of understanding|mou)\b"), 1),
        ("visit", _p(r"\b(?:visit(?:a|e|ato|ata|ano|are|ò)|in visita)\b"), 0),
        ("visit", _p(r"\bdelegazion[ei]\b"), -3),
        ("meeting", _p(r"\b(?:riunion[ei]|incontr(?:o|i|ato|ata)|tavol[ao] rotond[ao]|"
                       r"ricevut[oaie]|accolt[oaie]|ha ricevuto|hanno ricevuto)\b"), 0),
        ("seminar", _p(r"\b(?:seminari?|webinar|lezion[ei] magistral[ei])\b"), 0),
        ("workshop", _p(r"\bworkshops?\b"), 0),
        ("forum", _p(r"\bforum\b"), 0),
        ("conference", _p(r"\b(?:conferenz[ae]|convegn[oi]|congress[oi]|vertic[ei]|simposi[oa]?|"
                          r"giornat[ae] di studi)\b"), 0),
        ("training", _p(r"\b(?:formazione|cors[oi] di formazione|master)\b"), -1),
        ("launch", _p(r"\b(?:lancio|lanciat[oa]|inaugur(?:ato|ata|azione))\b"), -1),
        ("exhibition", _p(r"\b(?:mostr[ae]|esposizion[ei]|fier[ae])\b"), -1),
    ),
    occurred=_p(r"\b(?:si è (?:tenut[oa]|svolt[oa]|riunit[oa])|ha avuto luogo|è stat[oa]|"
                r"sono stat[ie]|organizzat[oa]|ha ospitato|ha accolto|hanno accolto|"
                r"ha partecipato|hanno partecipato|ha visitato|hanno visitato|ha firmato|"
                r"hanno firmato|ha ricevuto|ha incontrato|hanno incontrato|ha presieduto|"
                r"ha inaugurato|svoltosi|svoltasi)\b"),
    future=_p(r"\b(?:si terrà|si terranno|si svolgerà|avrà luogo|prossim[oa]|"
              r"dovrebbe essere|sarà)\b"),
    past=_p(r"\b(?:l['’]anno scorso|lo scorso anno|in precedenza|dal (?:19|20)\d\d|"
            r"\w+ anni fa)\b"),
    online=_p(r"\b(?:online|on line|virtual[ei]|videoconferenza|webinar|a distanza|"
              r"via (?:zoom|teams))"),
    not_event=_p(r"^\s*(?:stampa|sala|segreteria|organizzatori|partecipanti)\b"),
    relative_now=_p(r"\b(?:recentemente|oggi|stamattina|questa mattina|questa settimana)\b"),
    agreement=_p(r"\b(?:accord[oi]|trattat[oi]|convenzion[ei]|memorandum|protocoll[oi]|"
                 r"intes[ae]|mou)\b"),
    ends=_p(r"\b(?:al|fino al|(?:concluso|terminato) il)\s+$"),
    gathered=_p(r"riunit[oiae]"),
    place_before=_p(r"\b(?:a|in|presso)\s+$"),
    titles=TitleWords(
        visit="{visitor} in visita a {host}",
        visit_to="Visita a {host}",
        visit_by="Visita di {visitor}",
        signing="Firma {what}",
        agreement="di un accordo",
        launch="Lancio: {what}",
        between="{title} tra {a} e {b}",
        by="{title}: {a}",
        of="{title}: {a}",
        with_="{title} con {a}",
        kinds=(("meeting", "Incontro"), ("seminar", "Seminario"), ("workshop", "Workshop"),
               ("forum", "Forum"), ("conference", "Conferenza"), ("training", "Formazione"),
               ("launch", "Lancio"), ("visit", "Visita"), ("signing", "Firma"),
               ("exhibition", "Mostra")),
        read_phrases=False,
    ),
)  # fmt: skip

_OF = words("di d' del della dello dell' dei degli delle")

WORDS = romance.RomanceWords(
    pre_adjectives=words("pontificia alma grande nuova nuovo prima antica sapienza"),
    lower_heads=words("ministero"),
    programme_nouns=words("""
        programma progetto sistema piano riforma laurea master dottorato corso certificato
        modello bando
    """),
    government_heads=words("governo"),
    place_openers=words("san santa santo porto villa città reggio"),
    assembly_heads=words("conferenza congresso assemblea"),
    heads=words("""
        università universitaʼ istituto istituzione ministero centro fondazione agenzia
        associazione consiglio commissione comitato segreteria direzione scuola facoltà
        accademia organizzazione federazione società rete banca fondo ufficio ambasciata
        consolato camera collegio laboratorio osservatorio museo ospedale governo comune
        regione provincia dipartimento servizio unione alleanza gruppo azienda impresa
        corporazione giunta senato tribunale confederazione cooperativa autorità parlamento
        biblioteca conferenza congresso assemblea conservatorio unità consorzio politecnico
        ateneo comunità ente polo
    """),
    connectors=(
        "di",
        "d'",
        "del",
        "della",
        "dello",
        "dell'",
        "dei",
        "degli",
        "delle",
        "per",
        "per il",
        "per la",
        "per lo",
        "per l'",
        "per i",
        "per gli",
        "per le",
        "in",
        "su",
        "sul",
        "sulla",
        "a",
        "al",
        "alla",
        "all'",
        "ai",
        "agli",
        "alle",
    ),  # fmt: skip
    of_words=_OF,
    singular_of=_OF - words("di"),
    conjunctions=words("e ed"),
    adjectives=words("""
        nazionale internazionale superiore pubblica pubblico generale regionale mondiale europea
        europeo americana americano latinoamericana scientifica scientifico tecnologica
        tecnologico cattolica pontificia metropolitana statale municipale provinciale centrale
        agraria agricola forestale aperta pedagogica sperimentale industriale popolare privata
        permanente speciale militare italiana italiano italiani italiane
    """),
    adjective_endings=(
        "ica",
        "ico",
        "iche",
        "ici",
        "ana",
        "ano",
        "ane",
        "ani",
        "ense",
        "ensi",
        "ale",
        "ali",
        "are",
        "ari",
        "iva",
        "ivo",
        "ive",
        "ivi",
        "oria",
        "orio",
    ),  # fmt: skip
    stops=words("""
        il lo la i gli le l' un uno una un' questo questa questi queste quello quella suo sua
        suoi sue loro che chi si ha hanno è sono era fu con per durante tra fra da dal dalla
        come dove quando anche così secondo dopo prima senza visita seminario workshop forum
        firma accordo intesa riunione incontro quadro occasione presenza cooperazione
        collaborazione settimana mese anno giorno mattina pomeriggio delegazione progetto
        lavoro tema fine inizio obiettivo evento attività nel nella nei negli nelle col
    """),
    titles=words("""
        sig sig. sig.ra sig.ra. dott dott. dott.ssa dott.ssa. dr dr. dr.ssa dr.ssa. prof prof.
        prof.ssa prof.ssa. professor professore professoressa ing ing. avv avv. on on. sen
        sen. magnifico magnifica s.e. mons mons.
    """),
    roles=words("""
        rettore rettrice prorettore prorettrice pro-rettore pro-rettrice direttore direttrice
        presidente vicepresidente vice-presidente ministro ministra viceministro ambasciatore
        ambasciatrice segretario segretaria sottosegretario sottosegretaria capo responsabile
        ricercatore ricercatrice docente docenti preside coordinatore coordinatrice consigliere
        consigliera rappresentante fondatore fondatrice sindaco governatore delegato delegata
        console addetto addetta esperto esperta membro portavoce deputato deputata senatore
        senatrice commissario commissaria rettori direttori presidenti ministri ambasciatori
        professore professoressa professori assessore prefetto
    """),
    role_qualifiers=words("""
        vice pro generale aggiunto aggiunta esecutivo esecutiva principale associato associata
        onorario onoraria permanente regionale nazionale emerito emerita magnifico magnifica
        italiano italiana maltese cinese americano americana francese tedesco tedesca
        spagnolo spagnola britannico britannica europeo europea
    """),
    name_particles=words("de di del della da dal van von d'"),
    articles=words("il lo la l' i gli le del della dello dell' dal dalla dall' al alla un una"),
    months=frozenset(_MONTHS),
    weekdays=frozenset(_WEEKDAYS),
    # "firmato dal Rettore X, e dall'ambasciatore Y": "dal/dall'" opens the next signer.
    verbs=words("è e' ha hanno sono che dal dall' dalla dai dagli"),
    word_acronyms=True,
    title_runs=True,
)

CHROME = Chrome(
    stamp=_p(r"^[-–•(\s]*(?:pubblicat[oa](?:\s+(?:il|in data))?|aggiornat[oa](?:\s+il)?|"
             r"ultimo aggiornamento|comunicato(?: stampa)?\s*(?:n[.°º]*\s*\d+)?\s*$|"
             r"data(?:\s+di pubblicazione)?\s*:|fonte\s*:|autore\s*:|a cura di\b|"
             r"redazione\s*:|foto\s*:|crediti\s*:|tempo di lettura|"
             r"\d+\s*min(?:uti)? di lettura|tag\s*:|categori[ae]\s*:|parole chiave\s*:|#\w)"),
    source=_p(r"^fonte\s*:"),
    footer_start=_p(r"^[-–\s]*(?:note legali|privacy(?: policy)?|cookie policy|mappa del sito|"
                    r"contatti\s*$|seguici|notizie correlate|leggi anche|potrebbe "
                    r"interessarti|torna su|condividi|iscriviti alla newsletter|"
                    r"tutti i diritti riservati|i più letti)"),
    widget=_p(r"(?:condividi|stampa|invia|torna indietro|leggi (?:tutto|di più)|scarica|"
              r"pubblicità|commenta|facebook|twitter|linkedin|whatsapp|x|e-?mail|\s|[|/·•+-])+"
              r"|(?-i:[a-zàèéìíòóù]{3,24})"),
    breadcrumb=_p(r"^(?:home|sei in|ti trovi in)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("government", ("ministero", "ambasciata", "consolato", "governo", "comune", "regione",
                    "provincia", "senato", "parlamento", "camera dei deputati")),
    ("university", ("università", "universita'", "istituto", "scuola", "accademia",
                    "laboratorio", "centro di ricerca", "facoltà", "collegio", "osservatorio",
                    "politecnico", "ateneo", "consiglio nazionale delle ricerche")),
    ("company", ("azienda", "gruppo", "impresa", "banca", "società")),
    ("ngo", ("associazione", "fondazione", "federazione", "rete", "alleanza", "unione")),
)  # fmt: skip


# Wire copy writes an accent as an apostrophe ("Universita' della Calabria",
# "e' stato"); a modifier apostrophe, a letter of the same length, keeps the
# word whole for the readers, and offsets stay those of the text.
_ACCENT_APOSTROPHE = re.compile(r"(?<=[aeiouAEIOU])'(?=[\s,.;:)]|$)")
_MODIFIER = "\u02bc"


def _letters(text: str) -> str:
    return _ACCENT_APOSTROPHE.sub(_MODIFIER, text)


def find_organisations(
    paragraph: str, text: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    mentions, acronyms = romance_organisations(_letters(paragraph), WORDS, text)
    return [replace(m, name=paragraph[m.start : m.end]) for m in mentions], acronyms


def find_people(paragraph: str, spans: list) -> list[PersonMention]:
    def back(value: str | None) -> str | None:
        return value.replace(_MODIFIER, "'") if value else value

    found = romance_people.find_people(_letters(paragraph), spans, WORDS)
    return [replace(p, name=back(p.name), position=back(p.position)) for p in found]


def guess_kind(name: str) -> str:
    return romance.guess_kind(name, _KINDS)


LANGUAGE = Language(
    code="it",
    name="Italian",
    aliases=("it", "it-it", "italian", "italiano"),
    stop_words=STOP_WORDS,
    chrome=CHROME,
    date_words=DATES,
    event_words=EVENTS,
    find_organisations=find_organisations,
    find_people=find_people,
    guess_kind=guess_kind,
)
