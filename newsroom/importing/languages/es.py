"""Spanish: chrome labels, dates, organisation heads, roles and event words."""

from __future__ import annotations

import re

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages import romance, romance_people
from newsroom.importing.languages.base import Chrome, Language, words

# Frequent words that tell Spanish from English and French.
STOP_WORDS = words("""
        el la los las del de y en un una por para con que se su sus al es fue son como más pero
        este esta estos estas entre sobre también ha han desde hasta durante donde cual lo le
        les muy sin
""")

_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_SHORT_MONTHS = (
    ("setiembre", 9), ("ene", 1), ("feb", 2), ("abr", 4), ("ago", 8), ("sept", 9), ("oct", 10),
    ("nov", 11), ("dic", 12),
)  # fmt: skip

DATES = DateWords(
    months=tuple((m, i) for i, m in enumerate(_MONTHS, start=1)) + _SHORT_MONTHS,
    ordinal=r"(?:°|º|ro)",
    of=("de", "del"),
    article=("el", "los"),
    range_from=("del", "desde el", "entre el", "entre los"),
    range_to=("al", "hasta el"),
    range_and=("y", "e"),
    year_lead=("en", "desde", "durante", "hasta"),
    weekdays=tuple((d, i) for i, d in enumerate(_WEEKDAYS)),
    weekday_lead=("el", "este", "el pasado", "el próximo"),
    past=("el pasado",),
    future=("el próximo",),
    future_cues=("se realizará", "se llevará a cabo", "tendrá lugar", "próximo", "próxima"),
    days=(("anteayer", -2), ("ayer", -1), ("hoy", 0)),
    weeks=(("la semana pasada", -1), ("esta semana", 0), ("la próxima semana", 1)),
    months_relative=(("el mes pasado", -1), ("este mes", 0), ("el próximo mes", 1)),
    years=(("el año pasado", -1), ("este año", 0)),
    span_end=("concluyó", "finalizó", "terminó", "culminó", "se clausuró", "cerró"),
)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:firm(?:a|ó|aron|ar|ado|ada|aron)|suscribi(?:ó|eron)|"
                       r"convenios? (?:de|marco)|carta de intención|"
                       r"memorando de entendimiento)\b"), 1),
        ("visit", _p(r"\b(?:visit(?:a|as|ó|aron|ar|ando|ado|ada)|gira)\b"), 0),
        ("visit", _p(r"\bdelegaci(?:ón|ones)\b"), -3),
        ("meeting", _p(r"\b(?:reuni(?:ón|ones)|se reuni(?:ó|eron)|encuentros?|"
                       r"mesas? redondas?|conversatorios?|asamblea general|"
                       r"sesión de trabajo|recibió)\b"), 0),
        ("seminar", _p(r"\b(?:seminarios?|webinars?|webinarios?|charlas?|"
                       r"conferencias? magistral(?:es)?)\b"), 0),
        ("workshop", _p(r"\btaller(?:es)?\b"), 0),
        ("forum", _p(r"\bforos?\b"), 0),
        ("conference", _p(r"\b(?:conferencias?|congresos?|cumbres?|simposios?|jornadas?|"
                          r"coloquios?)\b"), 0),
        ("training", _p(r"\b(?:capacitaci(?:ón|ones)|cursos?|diplomados?)\b"), 0),
        ("launch", _p(r"\b(?:lanzamiento|lanzó|inaugur(?:ó|aron|ación))\b"), -1),
        ("exhibition", _p(r"\b(?:exposici(?:ón|ones)|ferias?|muestras?)\b"), -1),
    ),
    occurred=_p(r"\b(?:se (?:realizó|llevó a cabo|celebró|desarrolló|firmó|reunieron)|"
                r"tuvo lugar|realizó|celebró|organizó|participó|participaron|visitó|"
                r"visitaron|firmó|firmaron|recibió|inauguró|encabezó|presidió|asistió|"
                r"asistieron|reunió|sostuvo|sostuvieron|(?:ha|han) (?:visitado|firmado|"
                r"celebrado|realizado|participado|recibido|inaugurado|organizado))\b"),
    future=_p(r"\b(?:se realizará|se llevará a cabo|tendrá lugar|realizará|próximo|próxima|"
              r"se celebrará|organizará)\b"),
    past=_p(r"\b(?:el año pasado|anteriormente|previamente|desde (?:19|20)\d\d|"
            r"hace \w+ años)\b"),
    online=_p(r"\b(?:en línea|virtual(?:es|mente)?|videoconferencia|webinars?|webinarios?|"
              r"a distancia|vía (?:zoom|teams|meet))"),
    not_event=_p(r"^\s*(?:de prensa|sala|secretaría|organizadores?|participantes?)\b"),
    relative_now=_p(r"\b(?:recientemente|hoy|esta mañana|esta semana)\b"),
    agreement=_p(r"\b(?:acuerdos?|tratados?|convenios?|memorandos?|protocolos?)\b"),
    ends=_p(r"\b(?:hasta el|(?:concluy[óe]|finaliz[óa]|culmin[óa]|termin[óa]|clausur[óa]) el)\s+$"),
    gathered=_p(r"reuni(?:ó|eron)"),
    place_before=_p(r"\ben\s+$"),
    titles=TitleWords(
        visit="{visitor} visita {host}",
        visit_to="Visita a {host}",
        visit_by="Visita de {visitor}",
        signing="Firma {what}",
        agreement="de un convenio",
        launch="Lanzamiento: {what}",
        between="{title} entre {a} y {b}",
        by="{title}: {a}",
        of="{title}: {a}",
        with_="{title} con {a}",
        kinds=(("meeting", "Reunión"), ("seminar", "Seminario"), ("workshop", "Taller"),
               ("forum", "Foro"), ("conference", "Congreso"), ("training", "Capacitación"),
               ("launch", "Lanzamiento"), ("visit", "Visita"), ("signing", "Firma"),
               ("exhibition", "Exposición")),
        read_phrases=False,
    ),
)  # fmt: skip

WORDS = romance.RomanceWords(
    pre_adjectives=words(
        "pontificia real gran nueva nuevo primera antigua ilustre benemérita honorable"
    ),
    lower_heads=words("ministerio secretaría"),
    programme_nouns=words("""
        programa proyecto sistema plan reforma licenciatura maestría doctorado diplomado
        certificado carrera modelo
    """),
    government_heads=words("gobierno"),
    place_openers=words("san santa santo são nueva nuevo puerto porto ciudad villa"),
    assembly_heads=words("conferencia congreso asamblea"),
    heads=words("""
        universidad instituto institución ministerio centro fundación agencia asociación consejo
        comisión comité secretaría subsecretaría dirección escuela facultad academia
        organización federación sociedad red banco fondo oficina embajada consulado cámara
        colegio laboratorio observatorio museo hospital gobierno alcaldía municipalidad
        ayuntamiento departamento servicio unión alianza grupo empresa corporación junta senado
        tribunal corte confederación cooperativa autoridad superintendencia procuraduría
        contraloría defensoría gobernación prefectura parlamento biblioteca conferencia congreso
        asamblea conservatorio unidad consorcio liceo cátedra politécnico comunidad
    """),
    connectors=(
        "de",
        "del",
        "de la",
        "de los",
        "de las",
        "para",
        "para el",
        "para la",
        "para los",
        "para las",
        "en",
        "sobre",
        "a",
        "al",
    ),  # fmt: skip
    conjunctions=words("y e"),
    adjectives=words("""
        nacional internacional autónoma autónomo politécnica politécnico técnica técnico
        superior pública público federal general regional mundial europea europeo americana
        americano latinoamericana latinoamericano iberoamericana iberoamericano científica
        científico tecnológica tecnológico católica pontificia metropolitana estatal municipal
        provincial central interamericana interamericano agraria agrícola forestal mayor abierta
        distrital pedagógica pedagógico experimental industrial popular española español privada
        permanente especial especializada integral básica básico educativa educativo militar
        estadal bolivariana bolivariano
    """),
    adjective_endings=(
        "ica",
        "ico",
        "icas",
        "icos",
        "ana",
        "ano",
        "anas",
        "anos",
        "ense",
        "enses",
        "al",
        "ales",
        "ar",
        "ares",
        "iva",
        "ivo",
        "oria",
        "orio",
    ),  # fmt: skip
    stops=words("""
        el la los las un una unos unas este esta estos estas ese esa su sus que quien quienes se
        ha han es son fue fueron con por durante entre desde hasta como donde cuando también así
        según tras ante hacia sin lo le les visita seminario taller foro firma convenio acuerdo
        reunión encuentro marco ocasión presencia cooperación semana mes año día mañana tarde
        delegación proyecto trabajo tema fin inicio objetivo evento actividad colaboración
    """),
    titles=words("""
        sr sr. sra sra. srta srta. dr dr. dra dra. lic lic. ing ing. mtro mtro. mtra mtra. prof
        prof. profa profa. d. dña dña. don doña licenciado licenciada doctor doctora ingeniero
        ingeniera señor señora licda licda. licdo licdo. lcda lcda. lcdo lcdo. arq arq.
        abg abg. mgtr mgtr. msc msc. h.s.
    """),
    roles=words("""
        rector rectora vicerrector vicerrectora director directora presidente presidenta
        vicepresidente vicepresidenta ministro ministra viceministro viceministra embajador
        embajadora secretario secretaria subsecretario subsecretaria jefe jefa investigador
        investigadora profesor profesora decano decana coordinador coordinadora asesor asesora
        representante fundador fundadora alcalde alcaldesa gobernador gobernadora delegado
        delegada gerente consejero consejera académico académica experto experta cónsul agregado
        agregada catedrático catedrática titular encargado encargada responsable miembro
        integrante vocero vocera portavoz diputado diputada senador senadora economista
        especialista consultor consultora administrador administradora comisionado comisionada
        prorrector prorrectora rectores directores presidentes ministros representantes
        gobernadores vicegobernador
    """),
    role_qualifiers=words("""
        vice general adjunto adjunta ejecutivo ejecutiva principal asociado asociada honorario
        honoraria permanente regional nacional titular técnico técnica científico científica
        interino interina
    """),
    name_particles=words("de del la y van von da dos das"),
    articles=words("el la los las del al un una su nuestro nuestra"),
    months=frozenset(_MONTHS),
    weekdays=frozenset(_WEEKDAYS),
)

CHROME = Chrome(
    stamp=_p(r"^[-–•(\s]*(?:publicado(?:\s+el)?|actualizado(?:\s+el)?|"
             r"(?:comunicado(?: de prensa)?|boletín)\s*(?:n[oº°.]*\s*\d[\w/-]*)?\s*$|"
             r"fecha(?:\s+de (?:publicación|noticia))?\s*:|fuente\s*:|autor(?:a)?\s*:|"
             r"redacción\s*:|foto(?:grafía)?s?\s*:|crédito\s*:|"
             r"por\s+[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]+|y|de))+\s*$|"
             r"tiempo de lectura|\d+\s*min(?:utos)? de lectura|etiquetas\s*:|"
             r"categorías?\s*:|palabras clave\s*:|escuchar (?:noticia|nota)|#\w|rif\s*:|"
             r"\S*/prensa\b|con información de)"),
    source=_p(r"^fuente\s*:"),
    footer_start=_p(r"^[-–\s]*(?:aviso legal|política de privacidad|mapa del sitio|"
                    r"contacto\s*$|contáctenos|síguenos|noticias relacionadas|"
                    r"también te puede interesar|te recomendamos|lee también|volver arriba|"
                    r"compartir (?:en|esta noticia)|suscríbete|todos los derechos reservados|"
                    r"rif\s*:)"),
    widget=_p(r"(?:compartir|imprimir|enviar|volver|regresar|ver más|leer más|descargar|"
              r"publicidad|deja (?:un|tu) comentario|comentar|"
              r"tamaño(?: del?)? (?:texto|letra|fuente)|"
              r"facebook|twitter|linkedin|whatsapp|x|e-?mail|correo|\s|[|/·•+-]|a)+"
              r"|(?-i:[a-záéíóúñü]{3,24})"),  # a lone lower-case tag: "internacional"
    breadcrumb=_p(r"^(?:inicio|usted está en|estás en)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("government", ("ministerio", "embajada", "consulado", "gobierno", "secretaría",
                    "subsecretaría", "alcaldía", "municipalidad", "ayuntamiento", "senado",
                    "gobernación", "superintendencia")),
    ("university", ("universidad", "instituto", "escuela", "academia", "laboratorio",
                    "centro de investigación", "facultad", "colegio", "observatorio", "liceo")),
    ("company", ("empresa", "grupo", "corporación", "banco")),
    ("ngo", ("asociación", "fundación", "federación", "red", "alianza", "unión")),
)  # fmt: skip


def guess_kind(name: str) -> str:
    return romance.guess_kind(name, _KINDS)


LANGUAGE = Language(
    code="es",
    name="Spanish",
    aliases=("es-es", "es-mx", "es-ar", "es-co", "es-cl", "es-pe", "spanish", "español"),
    stop_words=STOP_WORDS,
    chrome=CHROME,
    date_words=DATES,
    event_words=EVENTS,
    find_organisations=lambda paragraph, text=None: romance.find_organisations(
        paragraph, WORDS, text
    ),
    find_people=lambda paragraph, spans: romance_people.find_people(paragraph, spans, WORDS),
    guess_kind=guess_kind,
)
