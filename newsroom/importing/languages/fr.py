"""French: chrome labels, dates, organisation heads, roles and event words."""

from __future__ import annotations

import re

from newsroom.importing.dates import DateWords
from newsroom.importing.events import EventWords, TitleWords
from newsroom.importing.languages import romance, romance_people
from newsroom.importing.languages.base import Chrome, Language, words

# Frequent words that tell French from English and Spanish.
STOP_WORDS = words("""
        le la les des du de et est une un au aux dans sur pour par avec qui que ce cette ces son
        sa ses leur leurs été être ont sont il elle ils nous vous mais ou où aussi plus entre
        lors après avant depuis sous chez l' d' qu' à
""")

_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_SHORT_MONTHS = (
    ("fevrier", 2), ("aout", 8), ("decembre", 12), ("janv", 1), ("févr", 2), ("fevr", 2),
    ("avr", 4), ("juil", 7), ("sept", 9), ("oct", 10), ("nov", 11), ("déc", 12), ("dec", 12),
)  # fmt: skip

DATES = DateWords(
    months=tuple((m, i) for i, m in enumerate(_MONTHS, start=1)) + _SHORT_MONTHS,
    ordinal=r"(?:er|ᵉʳ)",
    article=("le", "les", "ce"),
    range_from=("du", "entre le", "depuis le"),
    range_to=("au", "jusqu'au", "jusqu’au"),
    range_and=("et",),
    year_lead=("en", "depuis", "dès", "début", "fin", "mi"),
    weekdays=tuple((d, i) for i, d in enumerate(_WEEKDAYS)),
    weekday_lead=("ce",),
    future_cues=("aura lieu", "se tiendra", "prochain", "prochaine"),
    days=(("avant-hier", -2), ("hier", -1), ("aujourd'hui", 0), ("aujourd’hui", 0), ("demain", 1)),
    weeks=(("la semaine dernière", -1), ("cette semaine", 0), ("la semaine prochaine", 1)),
    months_relative=(("le mois dernier", -1), ("ce mois-ci", 0), ("le mois prochain", 1)),
    years=(("l'année dernière", -1), ("l'an dernier", -1), ("cette année", 0)),
    span_end=(
        "s'est achevé",
        "s'est achevée",
        "s'est terminé",
        "s'est terminée",
        "a pris fin",
        "s'est clôturé",
        "s'est clôturée",
        "s’est achevé",
        "s’est achevée",
        "s’est terminé",
        "s’est terminée",
        "s’est clôturé",
        "s’est clôturée",
    ),  # fmt: skip
)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


EVENTS = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:(?:sign|paraph)(?:é|ée|és|ées|er|ent|ature|ataires?)|"
                       r"protocole d['’]accord|"
                       r"mémorandum d['’]entente|accord[- ]cadre|convention de "
                       r"(?:partenariat|coopération))\b"), 1),
        ("visit", _p(r"\b(?:visit(?:e|es|é|ée|er|ent|ait|aient)|en visite|séjour|"
                     r"mission)\b"), 0),
        ("visit", _p(r"\bdélégations?\b"), -3),
        ("meeting", _p(r"\b(?:réunions?|rencontres?|tables?[- ]rondes?|entretiens?|"
                       r"assemblée générale|séances? de travail|a reçu|ont reçu|"
                       r"s['’]est entretenu)\b"), 0),
        ("meeting", _p(r"\b(?:se sont|s['’]est|sont|ont été) (?:réuni(?:e|s|es)?|"
                       r"rassemblé(?:e|s|es)?)\b"), 1),
        ("seminar", _p(r"\b(?:séminaires?|webinaires?|conférences?[- ]débats?|"
                       r"leçons? inaugurales?)\b"), 0),
        ("workshop", _p(r"\bateliers?\b"), 1),
        ("forum", _p(r"\bforums?\b"), 0),
        ("conference", _p(r"\b(?:conférences?|colloques?|sommets?|congrès|symposiums?|"
                          r"journées? (?:scientifiques?|d['’]études?))\b"), 0),
        ("training", _p(r"\b(?:formations?|sessions? de formation|(?:semaine|session|atelier)s? "
                        r"de renforcement des capacités)\b"), 0),
        ("launch", _p(r"\b(?:lancement|lancé|lancée|inaugur(?:ation|é|ée)|"
                      r"cérémonie d['’]ouverture)\b"), -1),
        ("exhibition", _p(r"\b(?:expositions?|salons?)\b"), -1),
    ),
    occurred=_p(r"\b(?:a eu lieu|ont eu lieu|s['’]est tenue?|se sont tenu(?:e)?s|a été|ont été|"
                r"organisée?s?|accueilli|accueillie|a accueilli|ont accueilli|a réuni|ont réuni|"
                r"a participé|ont participé|a visité|ont visité|a signé|ont signé|a reçu|"
                r"ont reçu|a ouvert|a présidé|s['’]est déroulée?|a rassemblé|ont rassemblé|"
                r"a effectué|ont effectué|a conduit|a procédé|ont procédé)\b"),
    future=_p(r"\b(?:aura lieu|auront lieu|se tiendra|se tiendront|prochain(?:e|s)?|"
              r"sera organisée?|prévue?s? (?:le|pour|en)|va (?:organiser|accueillir))\b"),
    past=_p(r"\b(?:l['’]an dernier|l['’]année dernière|auparavant|précédemment|"
            r"depuis (?:19|20)\d\d|il y a \w+ ans)\b"),
    online=_p(r"\b(?:en ligne|virtuel(?:le)?|visioconférence|webinaires?|à distance|"
              r"via (?:zoom|teams))"),
    not_event=_p(r"^\s*(?:de presse|salle|secrétariat|organisateurs?|participants?)\b"),
    relative_now=_p(r"\b(?:récemment|aujourd['’]hui|ce matin|cet après-midi|cette semaine)\b"),
    agreement=_p(r"\b(?:accords?|traités?|conventions?|protocoles?|mémorandums?)\b"),
    ends=_p(r"(?:jusqu['’](?:au|à)|(?:achevée?s?|terminée?s?|clôturée?s?|pris fin) le)\s+$"),
    gathered=_p(r"réuni|rassemblé|retrouvé"),
    place_before=_p(r"\b(?:à|au|en)\s+$"),
    titles=TitleWords(
        visit="{visitor} en visite à {host}",
        visit_to="Visite à {host}",
        visit_by="Visite de {visitor}",
        signing="Signature {what}",
        agreement="d’un accord",
        launch="Lancement : {what}",
        between="{title} entre {a} et {b}",
        by="{title} : {a}",
        of="{title} : {a}",
        with_="{title} avec {a}",
        kinds=(("meeting", "Réunion"), ("seminar", "Séminaire"), ("workshop", "Atelier"),
               ("forum", "Forum"), ("conference", "Conférence"), ("training", "Formation"),
               ("launch", "Lancement"), ("visit", "Visite"), ("signing", "Signature"),
               ("exhibition", "Exposition")),
        read_phrases=False,
    ),
)  # fmt: skip

WORDS = romance.RomanceWords(
    pre_adjectives=words(
        "haute hautes grande grandes nouvelle nouvel nouveau petite première royale"
    ),
    lower_heads=words(
        "ministère ministères secrétariat haut-commissariat université école ecole agence"
    ),
    complement_heads=words("école ecole institut"),
    programme_nouns=words("""
        réforme système programme projet dispositif cycle diplôme licence master doctorat
        filière parcours formation plan label norme référentiel certificat
    """),
    generic_acronyms=words("LMD BTS DUT BEP CAP DEA DESS DEUG CAPES CAPET MBA BAC"),
    government_heads=words("gouvernement"),
    place_openers=words("saint sainte port grand"),
    assembly_heads=words("conférence congrès assemblée"),
    heads=words("""
        université institut institution ministère agence centre école ecole académie association
        fondation fédération conseil commission comité office organisation laboratoire
        observatoire société groupe banque fonds direction groupement ambassade consulat chambre
        syndicat collège lycée faculté département service bureau secrétariat union alliance
        réseau autorité haut-commissariat parlement assemblée sénat mairie préfecture
        conservatoire musée bibliothèque hôpital pôle gouvernement unité établissement
        confédération coopérative entreprise compagnie caisse consortium iut conférence
        communauté
    """),
    connectors=(
        "de",
        "du",
        "des",
        "de la",
        "de l'",
        "d'",
        "pour",
        "pour le",
        "pour la",
        "pour les",
        "pour l'",
        "en",
        "sur",
        "sur le",
        "sur la",
        "sur les",
        "à",
        "au",
        "aux",
    ),  # fmt: skip
    conjunctions=words("et"),
    adjectives=words("""
        national nationale nationaux nationales international internationale supérieur
        supérieure européen européenne africain africaine public publique scientifique technique
        technologique économique politique social sociale français française fédéral fédérale
        royal royale général générale régional régionale mondial mondiale catholique libre
        polytechnique normale normal agronomique médicale médical numérique spatial spatiale
        nucléaire maritime forestier forestière agricole islamique populaire fondamental
        fondamentale appliquée appliqué interdisciplinaire permanent permanente canadien
        canadienne arabe ouest-africain ouest-africaine francophone francophones anglophone
        lusophone universitaire universitaires publics publiques appliquées appliqués humaines
        exactes avancées avancés
    """),
    adjective_endings=(
        "ique",
        "iques",
        "ale",
        "ales",
        "aux",
        "elle",
        "elles",
        "ienne",
        "iennes",
        "aire",
        "aires",
        "aise",
        "aises",
        "oise",
        "oises",
        "ive",
        "ives",
        "ière",
        "ières",
        "elles",
        "ifs",
    ),  # fmt: skip
    stops=words("""
        le la les l' un une ce cet cette ces son sa ses leur leurs qui que qu' a ont est sont
        été avec dans par lors ou mais aussi ainsi il elle ils elles nous selon entre vers après
        avant pendant depuis afin dont visite séminaire atelier colloque signature accord
        convention réunion rencontre cadre occasion présence partenariat coopération semaine
        mois année jour matin soir délégation projet programme travail thème sujet fin début
        mission
    """),
    titles=words("""
        m. m mme mme. mlle dr dr. pr pr. professeur professeure me s.e. s.e se sem s.e.m docteur
        monsieur madame baron baronne comte comtesse
    """),
    roles=words("""
        recteur rectrice directeur directrice président présidente vice-président
        vice-présidente ministre ambassadeur ambassadrice secrétaire chef cheffe chercheur
        chercheuse professeur professeure doyen doyenne chargé chargée responsable coordonnateur
        coordonnatrice coordinateur coordinatrice conseiller conseillère représentant
        représentante fondateur fondatrice maire gouverneur délégué déléguée administrateur
        administratrice consul attaché attachée expert experte enseignant-chercheur
        enseignante-chercheuse ingénieur ingénieure commissaire député députée sénateur préfet
        pdg vice-recteur vice-rectrice proviseur porte-parole économiste membre gérant gérante
        haut-commissaire recteurs directeurs présidents ministres directrices présidentes
        représentants responsables doyens
    """),
    role_qualifiers=words("""
        général générale adjoint adjointe exécutif exécutive délégué déléguée principal
        principale vice associé associée honoraire permanent permanente régional régionale
        national nationale scientifique technique
    """),
    name_particles=words("de du des d' van von da le la ben ould el al"),
    articles=words("le la l' les du au un une son sa notre"),
    months=frozenset(_MONTHS),
    weekdays=frozenset(_WEEKDAYS),
)

CHROME = Chrome(
    stamp=_p(r"^[-–•(\s]*(?:publié(?:e)?(?:\s+le)?|mis(?:e)? à jour(?:\s+le)?|"
             r"communiqué(?: de presse)?\s*(?:n°\s*\d+)?\s*$|"
             r"mise en ligne(?:\s+le)?|date(?:\s+de publication)?\s*:|source\s*:|"
             r"auteur(?:e)?\s*:|rédaction\s*:|crédits? photos?\s*:?|photo\s*:|"
             r"par\s+[A-ZÉ][\w’'-]+(?:\s+(?:[A-ZÉ][\w’'-]+|et|de|du))+\s*$|"
             r"temps de lecture|lecture\s*:?\s*\d+\s*min|\d+\s*min(?:utes)? de lecture|"
             r"\d+\s+(?:likes?|j'aime|commentaires?)\s*$|"
             r"mots[- ]clés\s*:|étiquettes\s*:|catégories?\s*:)"),
    source=_p(r"^source\s*:"),
    footer_start=_p(r"^(?:mentions légales|plan du site|nous contacter|contactez-nous|"
                    r"politique de confidentialité|gestion des cookies|suivez-nous|"
                    r"à lire aussi|lire aussi|articles? similaires|dans la même rubrique|"
                    r"retour en haut|partager (?:sur|cet article|la page)|newsletter|"
                    r"abonnez-vous)"),
    widget=_p(r"(?:partager|imprimer|envoyer|retour|retour aux actualités|voir aussi|"
              r"publicité|laisser un commentaire|commenter|"
              r"lire la suite|télécharger|facebook|twitter|linkedin|x|e-?mail|\s|[|/·•-])+"
              r"|(?-i:[a-zà-ÿœ]{3,24})"),  # a lone lower-case tag: "conférence"
    breadcrumb=_p(r"^(?:accueil|vous êtes ici)\s*(?:>|»|/|›|:|\|)"),
)  # fmt: skip

_KINDS = (
    ("government", ("ministère", "agence", "ambassade", "consulat", "gouvernement", "préfecture",
                    "mairie", "parlement", "sénat", "assemblée", "direction générale",
                    "délégation")),
    ("university", ("université", "institut", "école", "académie", "laboratoire",
                    "centre de recherche", "faculté", "collège", "observatoire", "iut")),
    ("company", ("société", "groupe", "compagnie", "entreprise", "banque")),
    ("ngo", ("association", "fondation", "fédération", "réseau", "alliance", "union",
             "conférence")),
)  # fmt: skip


def guess_kind(name: str) -> str:
    return romance.guess_kind(name, _KINDS)


LANGUAGE = Language(
    code="fr",
    name="French",
    aliases=("fr-fr", "fr-ca", "fr-be", "fr-ch", "french", "français"),
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
