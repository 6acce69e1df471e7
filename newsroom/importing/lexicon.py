"""Word classes the extractors share: generic English, not names.

These are the nouns that make a phrase an organisation ("… Society",
"Ministry of …"), the words of job titles, and the little words that may sit
inside a name. No organisation, person or place is listed here.
"""

from __future__ import annotations

# Nouns that head an organisation's name.
STRONG_HEADS = {
    "university", "universities", "institute", "institution", "academy", "college", "school",
    "center", "centre", "society", "association", "organization", "organisation", "network",
    "platform", "alliance", "ministry", "administration", "agency", "programme", "program",
    "commission", "committee", "council", "foundation", "federation", "bureau", "corporation",
    "company", "co.", "ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.", "llc", "plc",
    "gmbh", "group", "bank", "fund", "union", "authority", "secretariat", "laboratory",
    "laboratories", "lab", "consortium", "chamber", "observatory", "government", "embassy",
    "consulate", "cooperative", "coalition", "partnership", "hospital", "museum", "library",
    "parliament",
}  # fmt: skip
# Sub-units: a name with only one of these is part of a job title ("Director of
# International Department") unless it carries an acronym ("China-IRENA … Office").
WEAK_HEADS = {
    "office", "department", "division", "unit", "branch", "section", "team", "desk", "faculty",
    "rectorate", "presidency", "directorate",
}  # fmt: skip

# Words that may join the words of a name.
CONNECTORS = {"of", "and", "for", "&", "de", "du", "des", "di", "der", "für", "y", "on"}

# Capitalised words that open a sentence but never a name.
FUNCTION_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "at", "in", "on", "during", "after",
    "before", "as", "by", "for", "from", "with", "both", "its", "their", "our", "his", "her",
    "meanwhile", "moreover", "furthermore", "however", "also", "then", "today", "yesterday",
    "recently", "last", "next", "since", "when", "while", "under", "through", "among",
    "between", "and", "or", "but", "to", "of", "dear", "all", "each", "every", "some", "many",
    "other", "such", "it", "he", "she", "they", "we", "there", "here", "what", "which", "who",
    "why", "how", "if", "so", "yet", "not", "only", "about", "over", "into", "upon", "via",
    "led", "following", "according", "besides", "finally", "first", "second", "third",
    "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "professor", "h.e.",
}  # fmt: skip

# Words of job titles ("Deputy Managing Director", "associate professor").
POSITION_WORDS = {
    "director", "directors", "professor", "secretary", "general", "secretary-general", "head",
    "chair", "chairman", "chairwoman", "chairperson", "president", "vice", "vice-president",
    "deputy", "chief", "officer", "founder", "co-founder", "cofounder", "manager", "managing",
    "executive", "senior", "junior", "engineer", "partner", "researcher", "fellow", "lecturer",
    "dean", "minister", "ambassador", "consul", "coordinator", "advisor", "adviser",
    "representative", "member", "leader", "expert", "scientist", "analyst", "specialist",
    "editor", "ceo", "cto", "cfo", "coo", "governor", "mayor", "commissioner", "counsellor",
    "counselor", "associate", "assistant", "principal", "lead", "spokesperson", "spokesman",
    "spokeswoman", "consultant", "economist", "academician", "rector", "provost", "curator",
    "administrator", "envoy", "attaché", "owner", "board", "trustee", "chancellor",
    "postdoctoral", "doctoral", "student", "research", "programme", "program", "project",
    "honorary", "acting", "former", "full", "permanent", "first", "second", "executive-director",
    "vice-rector", "vice-chancellor", "vice-dean", "vice-chairman", "vice-minister", "registrar",
    "vp", "svp", "evp", "avp", "gm", "dgm", "agm", "cgm", "md", "jt", "sr", "dy", "addl",
    "vice-governor", "vice-mayor", "premier", "commander", "rapporteur", "attache",
    "counsellor-general", "director-general", "deputy-director", "ambassadors", "heads",
    "regent", "incharge", "in-charge", "academic", "graduate",
}  # fmt: skip
# A job title must contain one of these (the rest only qualify them).
POSITION_HEADS = POSITION_WORDS - {
    "general", "vice", "deputy", "managing", "executive", "senior", "junior", "associate",
    "assistant", "research", "programme", "program", "project", "honorary", "acting",
    "former", "full", "permanent", "first", "second", "board", "postdoctoral", "doctoral",
    "chief", "jt", "sr", "dy", "addl", "ambassadors", "heads", "academic",
}  # fmt: skip

PERSON_TITLES = {
    "mr", "ms", "mrs", "miss", "mx", "dr", "prof", "professor", "madam", "sir", "h.e", "amb",
    "assoc", "asst", "hon", "eng", "engr", "rev", "acad", "corr", "memb", "msc", "dame", "lord",
    "lt", "cdr", "col", "maj", "capt", "brig", "shri", "smt", "datuk", "dato",
}  # fmt: skip
# Titles before a name, as written (the people extractor adds the full stop).
TITLE_WORDS = {
    "Mr", "Ms", "Mrs", "Miss", "Mx", "Dr", "Prof", "Professor", "Madam", "Madame", "Sir", "Dame",
    "Lord", "H.E", "H. E", "Amb", "Assoc", "Asst", "Hon", "Eng", "Engr", "Rev", "Acad", "Corr",
    "Memb", "MSc", "Academician", "Shri", "Smt", "Dato", "Dato’", "Dato'", "Datuk",
    "Datin", "Tan Sri", "Seri", "YBhg", "Tun", "Haji", "Hajjah", "Puan", "Encik", "Ir", "Sister",
    "Brother", "Father", "Fr", "Lt", "Col", "Gen", "Maj", "Capt", "Cdr", "Brig", "Major General",
    "Madya", "Excellency", "His Excellency", "Her Excellency", "Admiral", "Rear Admiral",
    "Vice Admiral", "Sheikh", "Sheikha",
}  # fmt: skip
# Words that are never a person's name, though a title or a capital may put one
# there ("the Admiral spoke", "Prof. Forum", "United States Energy …").
NEVER_NAME_WORDS = {
    "admiral", "general", "colonel", "marshal", "forum", "meeting", "states", "energy",
    "affairs", "studies", "sciences", "development", "cooperation", "technology",
    "education", "committee", "congress", "assembly", "press",
}  # fmt: skip
# Small words inside a name ("Noor Azizi bin Ismail", "Wim de Villiers").
NAME_PARTICLES = {
    "bin", "binti", "bint", "ibn", "de", "da", "das", "dos", "del", "della", "di", "van", "von",
    "der", "den", "ter", "la", "le", "al", "el", "y",
}  # fmt: skip

# Letters after a name: not part of it ("John Smith CBE", "Jane Doe, PhD").
POST_NOMINALS = {
    "cbe", "obe", "mbe", "kbe", "dbe", "phd", "ph.d", "frs", "freng", "fba", "jr", "sr", "esq",
    "mba", "msc", "bsc", "md", "facs", "frcp", "f.i.od",
}  # fmt: skip

# Qualifiers that say nothing about which organisation is meant.
GENERIC_NAME_WORDS = {
    "special", "working", "joint", "general", "main", "head", "steering", "organizing",
    "organising", "executive", "standing", "advisory", "expert", "technical", "scientific",
    "the", "this", "our", "new",
}  # fmt: skip

# Everyday acronyms that are not organisations.
GENERIC_ACRONYMS = {
    "CEO", "CFO", "CTO", "COO", "GDP", "NGO", "NGOS", "CO2", "PHD", "MBA", "USD", "RMB", "CNY",
    "EUR", "ESG", "ICT", "R&D", "COVID", "SDG", "SDGS", "EVS", "GHG", "CCUS", "LNG", "MOU",
    "FAQ", "PDF", "UTC", "GMT", "TV", "VIP", "PPP", "FDI", "SME", "SMES", "IOT", "API", "KPI",
    "AI", "EV", "PV", "IT", "HTML", "URL", "WWW", "HTTP", "HTTPS", "DNA", "RNA", "ICU", "GPS",
    "LED", "SUV", "ETC", "NB", "PS", "AM", "PM", "BC", "AD", "ID", "OK", "USB", "CCTV",
    "MOA", "MOAS", "MOUS", "LLP", "JSC", "NJSC", "PJSC", "OJSC", "LLC", "PLC", "LTD", "GMBH",
}  # fmt: skip

# Heads of things that are not organisations: an initiative, an agreement or an
# event is named like one ("Belt and Road Initiative (BRI)") but is no partner.
NOT_ORG_HEADS = {
    "initiative", "initiatives", "agreement", "agreements", "memorandum", "declaration",
    "treaty", "protocol", "strategy", "plan", "roadmap", "award", "awards", "prize", "summit",
    "conference", "workshop", "seminar", "symposium", "expo", "exhibition", "ceremony",
    "roundtable", "webinar", "lecture", "festival", "week", "day", "year", "goals", "project",
    "meeting", "intent", "understanding", "corridor", "session", "grid", "pipeline",
    "database", "databases", "area", "disease", "diseases",
}  # fmt: skip

# What a "Programme" is when it is a scheme, not a body ("Funding Programme",
# "Doctorate Program in …"; the "World Food Programme" is a body).
SCHEME_WORDS = {
    "funding", "work", "training", "exchange", "scholarship", "scholarships", "fellowship",
    "fellowships", "mobility", "degree", "doctorate", "doctoral", "master", "masters",
    "master's", "bachelor", "bachelor's", "phd", "internship", "grant", "grants", "study",
    "visiting", "mentoring", "mentorship", "twinning", "capacity-building", "incubation",
    "accelerator", "award", "awards", "leadership", "youth", "summer", "winter",
}  # fmt: skip
# What a "System" is when it holds data, not people ("… Information System").
SYSTEM_KINDS = {"information", "management", "monitoring", "data", "reporting", "database"}
# A "Centre" that is a place to meet in ("… Convention and Exhibition Centre").
VENUE_WORDS = {
    "convention", "exhibition", "conference", "congress", "expo", "events", "event", "trade",
    "sports", "cultural", "community", "shopping",
}  # fmt: skip
LOCAL_VENUES = {"cultural", "community"}  # a venue only when nothing else names it
# A "Group" of people, not an organisation ("Focus Group").
PEOPLE_GROUPS = {"focus", "discussion", "target", "control", "peer", "age", "user", "interest"}
# Words of a whole sector ("Non-Government and Civil Society Organisation").
SECTOR_WORDS = {
    "non-government", "non-governmental", "nongovernmental", "civil", "society", "government",
    "governmental", "intergovernmental", "public", "private", "local", "community", "sector",
    "voluntary", "non-profit", "nonprofit", "grassroots", "international",
}  # fmt: skip

# How deep a head sits: a unit ("Department", "Center") may be followed by its
# parent after a comma ("Department of Health, Government of Odisha"); two
# heads of the same depth after a comma are a list. Strong heads not listed
# here are top level (3).
HEAD_DEPTH = {
    "laboratory": 1, "laboratories": 1, "lab": 1, "group": 1, "team": 1, "unit": 1,
    "section": 1, "desk": 1, "office": 1, "division": 1, "department": 1, "programme": 1,
    "program": 1, "branch": 1, "center": 2, "centre": 2, "school": 2, "college": 2,
    "faculty": 2, "institute": 2, "hospital": 2, "museum": 2, "library": 2, "observatory": 2,
}  # fmt: skip

# Possessives that belong to a name ("People's Government of …", "Women's University").
NAME_POSSESSIVES = {"people", "women", "children", "workers", "farmers", "men", "citizens"}

# Words before "of X" that show X acts as an organisation although its name has
# no head ("Secretary-General of …", "delegation of …", "on behalf of …").
ORG_EVIDENCE_WORDS = {
    "secretary-general", "representative", "representatives", "delegation", "delegations",
    "behalf", "member", "members", "envoy", "spokesperson", "spokesman", "spokeswoman",
}  # fmt: skip

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

STOPWORDS = {"of", "the", "and", "in", "for", "at", "on", "de", "du", "des", "di", "der", "&", "y"}


def is_head(word: str) -> bool:
    return word.casefold() in STRONG_HEADS


def head_depth(word: str) -> int:
    return HEAD_DEPTH.get(word.casefold(), 3)


def is_plural_head(word: str) -> bool:
    """ "Universities", "Institutes": a class of organisations, not one."""
    low = word.casefold()
    if low in STRONG_HEADS and low.endswith("ies") and low[:-3] + "y" in STRONG_HEADS:
        return True
    return low.endswith("s") and low not in STRONG_HEADS and low[:-1] in STRONG_HEADS


def is_weak_head(word: str) -> bool:
    return word.casefold() in WEAK_HEADS


def is_position_word(word: str) -> bool:
    return word.casefold().strip(",.") in POSITION_WORDS
