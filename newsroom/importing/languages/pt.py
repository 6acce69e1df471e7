"""Portuguese: chrome labels, dates, organisation heads, roles and event words.

Names put their head first, as in Spanish ("Universidade Federal do Ceará",
"Ministério da Ciência, Tecnologia e Inovação"), so the Romance readers serve;
Portuguese brings its own "of" words ("do", "da", "dos", "das").
"""

from __future__ import annotations

import re

from newsroom.importing import places
from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages import romance, romance_people
from newsroom.importing.languages.base import Chrome, Language, words
from newsroom.importing.organisations import AcronymMention, OrgMention

# Frequent words that tell Portuguese from the other languages in Latin letters.
STOP_WORDS = words("""
        o os as um uma do da dos das no na nos nas em com não são também pelo pela ao à
        foi é seu sua mais entre
""")

_MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)  # fmt: skip
_WEEKDAYS = (
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
    "domingo",
)  # fmt: skip
_SHORT_MONTHS = (
    ("marco", 3), ("jan", 1), ("fev", 2), ("mar", 3), ("abr", 4), ("jun", 6), ("jul", 7),
    ("ago", 8), ("set", 9), ("out", 10), ("nov", 11), ("dez", 12),
)  # fmt: skip

DATES = DateWords(
    months=tuple((m, i) for i, m in enumerate(_MONTHS, start=1)) + _SHORT_MONTHS,
    ordinal=r"(?:º|°|o)",
    of=("de",),
    article=("o", "no", "em"),
    range_from=("de", "do dia", "entre", "entre os dias", "dos dias"),
    range_to=("a", "até", "até o", "até ao"),
    range_and=("e",),
    year_lead=("em", "desde", "durante", "até"),
    weekdays=tuple((d, i) for i, d in enumerate(_WEEKDAYS)),
    weekday_lead=("na", "no", "nesta", "neste", "nessa", "nesse", "na última", "no último",
                  "na próxima", "no próximo", "esta", "este"),
    past=("na última", "no último", "na passada", "no passado"),
    future=("na próxima", "no próximo"),
    future_cues=("será realizado", "será realizada", "realizar-se-á", "terá lugar", "vai decorrer",
                 "acontecerá", "próximo", "próxima"),
    days=(("anteontem", -2), ("ontem", -1), ("hoje", 0), ("amanhã", 1)),
    weeks=(("a semana passada", -1), ("esta semana", 0), ("a próxima semana", 1)),
    months_relative=(("o mês passado", -1), ("este mês", 0), ("o próximo mês", 1)),
    years=(("o ano passado", -1), ("este ano", 0)),
    span_end=("terminou", "encerrou", "concluiu", "encerrou-se", "terminou-se"),
)  # fmt: skip


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:assin(?:a|am|ou|aram|ar|ado|ada|atura|aturas)|"
                       r"firm(?:ou|aram|ado|ada)|rubric(?:a|am|ou|aram|ado|ados)|"
                       r"celebr(?:am|ou|aram) (?:um |o )?(?:acordo|termo|convênio|protocolo)|"
                       r"memorandos? de entendimento|termos? de (?:cooperação|convênio)|"
                       r"protocolos? de (?:cooperação|colaboração|intenções)|"
                       r"acordos? de (?:cooperação|colaboração|parceria))\b"), 1),
        ("visit", _p(r"\b(?:visit(?:a|as|ou|aram|ar|ando|ado|ada)|esteve n[oa]s?)\b"), 0),
        ("visit", _p(r"\bdelegaç(?:ão|ões)\b"), -3),
        ("meeting", _p(r"\b(?:reuni(?:ão|ões)|reuniu|reuniram|encontros?|mesas?[- ]redondas?|"
                       r"audiência|recebeu|receberam|sessão de trabalho)\b"), 0),
        ("seminar", _p(r"\b(?:seminários?|webinars?|webinários?|palestras?|colóquios?)\b"), 0),
        ("workshop", _p(r"\b(?:workshops?|oficinas?)\b"), 0),
        ("forum", _p(r"\bf[óo]runs?\b"), 0),
        ("conference", _p(r"\b(?:conferências?|congressos?|cimeiras?|cúpulas?|simpósios?|"
                          r"jornadas?)\b"), 0),
        ("training", _p(r"\b(?:capacitaç(?:ão|ões)|formaç(?:ão|ões)|cursos?|treinamentos?)\b"),
         -1),
        ("launch", _p(r"\b(?:lançamento|lançou|lançaram|inaugur(?:ou|aram|ação))\b"), -1),
        ("exhibition", _p(r"\b(?:exposiç(?:ão|ões)|feiras?|mostras?)\b"), -1),
    ),
    occurred=_p(r"\b(?:realizou-se|decorreu|teve lugar|aconteceu|ocorreu|ocorrida|realizou|"
                r"realizaram|organizou|participou|participaram|visitou|visitaram|assinou|"
                r"assinaram|recebeu|receberam|inaugurou|presidiu|reuniu|reuniram|"
                r"reafirmaram|celebraram|esteve|estiveram)\b"),
    future=_p(r"\b(?:será realizad[oa]|realizar-se-á|terá lugar|vai decorrer|acontecerá|"
              r"próxim[oa]s?|irá|vai realizar)\b"),
    past=_p(r"\b(?:o ano passado|anteriormente|desde (?:19|20)\d\d|há \w+ anos|então)\b"),
    online=_p(r"\b(?:online|em linha|virtual(?:is|mente)?|videoconferência|webinars?|"
              r"webinários?|a distância|à distância|via (?:zoom|teams|meet))"),
    not_event=_p(r"^\s*(?:de imprensa|sala|secretaria|organizadores?|participantes?)\b"),
    relative_now=_p(r"\b(?:recentemente|hoje|esta manhã|esta semana|nesta semana)\b"),
    agreement=_p(r"\b(?:acordos?|tratados?|convênios?|convénios?|memorandos?|protocolos?|"
                 r"termos?)\b"),
    ends=_p(r"\b(?:até|(?:terminou|encerrou|concluiu) (?:em|no dia))\s+$"),
    gathered=_p(r"reuni(?:u|ram)"),
    place_before=_p(r"\b(?:em|no|na)\s+$"),
    titles=TitleWords(
        visit="{visitor} visita {host}",
        visit_to="Visita a {host}",
        visit_by="Visita de {visitor}",
        signing="Assinatura {what}",
        agreement="de um acordo",
        launch="Lançamento: {what}",
        between="{title} entre {a} e {b}",
        by="{title}: {a}",
        of="{title}: {a}",
        with_="{title} com {a}",
        kinds=(("meeting", "Reunião"), ("seminar", "Seminário"), ("workshop", "Workshop"),
               ("forum", "Fórum"), ("conference", "Conferência"), ("training", "Formação"),
               ("launch", "Lançamento"), ("visit", "Visita"), ("signing", "Assinatura"),
               ("exhibition", "Exposição")),
        read_phrases=False,
    ),
)  # fmt: skip

_ROLES = words("""
    reitor reitora vice-reitor vice-reitora pró-reitor pró-reitora diretor diretora director
    directora presidente vice-presidente ministro ministra vice-ministro vice-ministra embaixador
    embaixadora secretário secretária subsecretário subsecretária chefe investigador
    investigadora pesquisador pesquisadora professor professora decano decana coordenador
    coordenadora assessor assessora representante fundador fundadora prefeito prefeita
    governador governadora delegado delegada gerente conselheiro conselheira académico
    acadêmico especialista consultor consultora administrador administradora comissário
    comissária cônsul adido adida membro porta-voz deputado deputada senador senadora
    vereador vereadora procurador procuradora servidor servidora doutorando doutoranda
    doutorandas doutorandos reitores diretores presidentes ministros representantes
    embaixadores catedrático catedrática superintendente
""")

WORDS = romance.RomanceWords(
    pre_adjectives=words("pontifícia real grande nova novo primeira antiga"),
    # "a prefeitura de Uberlândia", "a universidade Tsinghua": lower case before a name.
    lower_heads=words("ministério secretaria prefeitura universidade"),
    programme_nouns=words("""
        programa projeto projecto sistema plano reforma licenciatura mestrado doutorado
        doutoramento curso certificado modelo
    """),
    government_heads=words("governo"),
    place_openers=words("são santa santo nova novo porto rio belo vila cidade"),
    assembly_heads=words("conferência congresso assembleia"),
    heads=words("""
        universidade instituto instituição ministério centro fundação agência associação conselho
        comissão comité comitê secretaria subsecretaria direção direcção escola faculdade
        academia organização federação sociedade rede banco fundo gabinete embaixada consulado
        câmara colégio laboratório observatório museu hospital governo prefeitura departamento
        serviço união aliança grupo empresa corporação junta senado tribunal confederação
        cooperativa autoridade superintendência procuradoria assembleia biblioteca conferência
        congresso unidade consórcio politécnico comunidade assessoria pró-reitoria reitoria
        coordenação núcleo programa
    """)
    - words("programa"),
    connectors=(
        "de",
        "do",
        "da",
        "dos",
        "das",
        "para",
        "para o",
        "para a",
        "para os",
        "para as",
        "em",
        "sobre",
        "a",
        "ao",
    ),  # fmt: skip
    of_words=words("do da dos das"),
    singular_of=words("do da dos das"),
    conjunctions=words("e"),
    adjectives=words("""
        nacional internacional federal estadual municipal técnica técnico superior pública
        público geral regional mundial europeia europeu americana americano latino-americana
        científica científico tecnológica tecnológico católica pontifícia metropolitana
        provincial central agrária agrícola florestal aberta pedagógica pedagógico experimental
        industrial popular privada permanente especial integral básica básico educativa
        educativo militar paulista lusófona portuguesa português brasileira brasileiro angolana
        angolano moçambicana moçambicano
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
        "ais",
        "ar",
        "ares",
        "iva",
        "ivo",
        "ória",
        "ório",
    ),  # fmt: skip
    stops=words("""
        o a os as um uma uns umas este esta estes estas esse essa seu sua seus suas que quem se
        é foi foram com por durante entre desde até como onde quando também assim segundo
        após ante sem lhe lhes visita seminário workshop fórum assinatura convênio acordo termo
        reunião encontro marco ocasião presença cooperação semana mês ano dia manhã tarde
        delegação projeto trabalho tema fim início objetivo evento atividade colaboração
        parceria no na nos nas pelo pela pelos pelas ao aos à às
        memorando memorandos protocolo protocolos tratado convénio
    """),
    titles=words("""
        sr sr. sra sra. srta dr dr. dra dra. prof prof. profa profa. professor professora doutor
        doutora eng eng. engº arq arq. d. dom dona exmo exmo. exma exma. magnífico magnífica
        me. msc msc.
    """),
    roles=_ROLES,
    role_qualifiers=words("""
        vice geral adjunto adjunta executivo executiva principal associado associada honorário
        honorária permanente regional nacional titular técnico técnica científico científica
        interino interina federal então
        brasileiro brasileira português portuguesa angolano angolana moçambicano moçambicana
        chinês chinesa americano americana francês francesa
    """),
    name_particles=words("de do da dos das"),
    articles=words("o a os as do da dos das ao à um uma seu sua nosso nossa pelo pela"),
    months=frozenset(_MONTHS),
    weekdays=frozenset(_WEEKDAYS) | words("segunda terça quarta quinta sexta"),
    # "assinado pela vice-reitora X, e pelo reitor Y": "pelo/pela" opens the next signer.
    verbs=words("é são foi foram pelo pela pelos pelas"),
    word_acronyms=True,
    title_runs=True,
)

CHROME = Chrome(
    stamp=_p(r"^[-–•(\s]*(?:publicad[oa](?:\s+(?:em|a|no dia))?|"
             r"(?:ú|u)ltima atualização|atualizad[oa](?:\s+(?:em|a))?|actualizad[oa]|"
             r"data(?:\s+de publicação)?\s*:|fonte\s*:|autor(?:a)?\s*:|por\s*:|"
             r"redação\s*:|foto(?:grafia)?s?\s*:|crédito\s*:|"
             r"por\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w-]+(?:\s+(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w-]+|e|de|da|do))+\s*$|"
             r"tempo de leitura|\d+\s*min(?:utos)? de leitura|etiquetas\s*:|tags\s*:|"
             r"categorias?\s*:|palavras-chave\s*:|#\w)"),
    source=_p(r"^fonte\s*:"),
    footer_start=_p(r"^[-–\s]*(?:aviso legal|política de privacidade|mapa do site|"
                    r"contato\s*$|contacto\s*$|fale conosco|siga-nos|notícias relacionadas|"
                    r"leia também|veja também|voltar ao topo|compartilhe|partilhe|"
                    r"todos os direitos reservados)"),
    widget=_p(r"(?:compartilhar|compartilhe|partilhar|imprimir|enviar|voltar|ver mais|"
              r"leia mais|baixar|descarregar|publicidade|comentar|pular para o conteúdo"
              r"(?: principal)?|facebook|twitter|linkedin|whatsapp|x|e-?mail|\s|[|/·•+-])+"
              r"|(?-i:[a-záéíóúâêôãõç]{3,24})"),
    breadcrumb=_p(r"^(?:início|inicio|página inicial|você está aqui)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("government", ("ministério", "embaixada", "consulado", "governo", "secretaria",
                    "prefeitura", "câmara municipal", "senado", "assembleia")),
    ("university", ("universidade", "instituto", "escola", "academia", "laboratório",
                    "centro de pesquisa", "centro de investigação", "faculdade", "colégio",
                    "observatório", "politécnico", "pontifícia universidade")),
    ("company", ("empresa", "grupo", "corporação", "banco")),
    ("ngo", ("associação", "fundação", "federação", "rede", "aliança", "união")),
)  # fmt: skip


# "o Instituto Politécnico desta cidade": a body pointed at, not named.
_POINTED = re.compile(r"\s+(?:desta|deste|dessa|desse|daquela|daquele|di questa|di questo)\b", re.I)


def romance_organisations(
    paragraph: str, words_: romance.RomanceWords, context: str | None = None
) -> tuple[list[OrgMention], list[AcronymMention]]:
    """The Romance finder, without English-rule names that have no head and a
    bracketed word for an acronym ("Rosinete dos Santos Rodrigues (Amapá)": a
    person and her home state)."""
    mentions, acronyms = romance.find_organisations(paragraph, words_, context)
    kept = [
        m
        for m in mentions
        if not (
            m.acronym
            and sum(c.isupper() for c in m.acronym) < 2
            and not any(w.casefold() in words_.heads for w in m.name.split())
        )
        and not _POINTED.match(paragraph, m.end)
        and not _place_in_capitals(m.name)
    ]
    return kept, [a for a in acronyms if not _place_in_capitals(a.text)]


def _place_in_capitals(word: str) -> bool:
    """A dateline's city in capitals ("ROMA (ITALPRESS)", "LISBOA –"), no acronym."""
    return word.isupper() and len(word) > 3 and places.is_place(word.title())


def guess_kind(name: str) -> str:
    return romance.guess_kind(name, _KINDS)


LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    aliases=("pt", "pt-br", "pt-pt", "portuguese", "português"),
    stop_words=STOP_WORDS,
    chrome=CHROME,
    date_words=DATES,
    event_words=EVENTS,
    find_organisations=lambda paragraph, text=None: romance_organisations(paragraph, WORDS, text),
    find_people=lambda paragraph, spans: romance_people.find_people(paragraph, spans, WORDS),
    guess_kind=guess_kind,
)
