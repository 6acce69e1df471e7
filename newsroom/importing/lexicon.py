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
WEAK_HEADS = {"office", "department", "division", "unit", "branch", "section", "team", "desk"}

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
}  # fmt: skip
# A job title must contain one of these (the rest only qualify them).
POSITION_HEADS = POSITION_WORDS - {
    "general", "vice", "deputy", "managing", "executive", "senior", "junior", "associate",
    "assistant", "research", "programme", "program", "project", "honorary", "acting",
    "former", "full", "permanent", "first", "second", "board", "postdoctoral", "doctoral",
    "chief",
}  # fmt: skip

PERSON_TITLES = {"mr", "ms", "mrs", "miss", "dr", "prof", "professor", "madam", "sir", "h.e"}

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
}  # fmt: skip

STOPWORDS = {"of", "the", "and", "in", "for", "at", "on", "de", "du", "des", "di", "der", "&", "y"}


def is_head(word: str) -> bool:
    return word.casefold() in STRONG_HEADS


def is_weak_head(word: str) -> bool:
    return word.casefold() in WEAK_HEADS


def is_position_word(word: str) -> bool:
    return word.casefold().strip(",.") in POSITION_WORDS
