"""What search engines and link previews read: canonical URL, description,
OpenGraph data, feed links and schema.org JSON-LD.

``page_seo(context)`` turns a template context (``request``, ``object``,
``breadcrumbs``, ``meta_description``, ``page_title``, ``preview``, ``tag``)
into a ``PageSeo``; ``templates/includes/seo_head.html`` renders it. The
JSON-LD builders are plain functions of one object each, so they can be tested
without a page. Dates claim no more than is known: a month-precision event
starts "2021-06", and an event whose year is unknown has no startDate at all.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.urls import NoReverseMatch
from django.utils.html import strip_tags
from django.utils.text import Truncator
from taggit.models import Tag

from newsroom.models import Article, Event, EventFormat, Partner, Person
from newsroom.partial_dates import DatePrecision, PartialDate
from newsroom.paths import path_for

SCHEMA = "https://schema.org"
DESCRIPTION_LENGTH = 200
ORGANISER_ROLES = {"host", "organiser", "co-organiser"}
ATTENDANCE_MODES = {
    EventFormat.IN_PERSON: f"{SCHEMA}/OfflineEventAttendanceMode",
    EventFormat.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    EventFormat.HYBRID: f"{SCHEMA}/MixedEventAttendanceMode",
}

FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}

JsonLd = dict[str, Any]


def absolute_url(path_or_url: str) -> str:
    """An absolute URL on the public site (``SITE_URL``); absolute input is kept."""
    if path_or_url.startswith(("http://", "https://")):
        return path_or_url
    return f"{settings.SITE_URL}/{path_or_url.lstrip('/')}"


def url_or_none(name: str, **kwargs: Any) -> str | None:
    """The path of a named URL, or None while that page does not exist."""
    try:
        return path_for(name, **kwargs)
    except NoReverseMatch:
        return None


def plain_text(markup: str, limit: int | None = None) -> str:
    """Sanitised HTML as one line of plain text, optionally shortened."""
    text = " ".join(html.unescape(strip_tags(markup or "")).split())
    return Truncator(text).chars(limit) if limit else text


def partial_date_iso(when: PartialDate) -> str | None:
    """ISO 8601 with only the known precision: 2023-11-28, 2021-06, 2021 or None."""
    return when.iso_known()


def _article_partners(article: Article) -> list[Partner]:
    """The article's partners, once each, by name, from its row (``Article.links``)."""
    unique = {role.partner.pk: role.partner for role in article.links.roles}
    return sorted(unique.values(), key=lambda partner: partner.name)


def _tag_names(article: Article) -> list[str]:
    return [tag.name for tag in article.tag_list]


def _image_url(image) -> str | None:
    return absolute_url(image.url) if image else None


def _open_graph_image(picture, alt: str) -> dict[str, Any]:
    """The 1200×630 rendition (``newsroom.renditions``), or the original until it is made."""
    image = picture.open_graph or picture.largest
    return {
        "image": absolute_url(image.url),
        "image_width": image.width or None,
        "image_height": image.height or None,
        "image_alt": alt,
    }


def publisher() -> JsonLd:
    """The site itself as an Organization (publisher of every article)."""
    return {"@type": "Organization", "name": settings.SITE_NAME, "url": absolute_url("/")}


def organization_ref(partner: Partner) -> JsonLd:
    """A short Organization, for mentions, organisers and affiliations."""
    data: JsonLd = {
        "@type": "Organization",
        "name": partner.name,
        "url": absolute_url(partner.get_absolute_url()),
    }
    if partner.acronym:
        data["alternateName"] = partner.acronym
    return data


def website_json_ld() -> JsonLd:
    data: JsonLd = {
        "@context": SCHEMA,
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "url": absolute_url("/"),
        "publisher": publisher(),
    }
    news_list = url_or_none("newsroom:article-list")
    if news_list:
        data["potentialAction"] = {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(news_list) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        }
    return data


def article_json_ld(article: Article) -> JsonLd:
    url = absolute_url(article.get_absolute_url())
    source = {"@type": "Organization", "name": article.source_name} if article.source_name else None
    data: JsonLd = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": article.title,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": article.language,
        "author": source or publisher(),
        "publisher": publisher(),
    }
    if article.standfirst:
        data["description"] = plain_text(article.standfirst)
    if article.published_at:
        data["datePublished"] = article.published_at.isoformat(timespec="seconds")
    if article.updated_at:
        data["dateModified"] = article.updated_at.isoformat(timespec="seconds")
    if article.hero_image:
        image: JsonLd = {"@type": "ImageObject", "url": _image_url(article.hero_image)}
        if article.hero_width and article.hero_height:
            image |= {"width": article.hero_width, "height": article.hero_height}
        if article.hero_caption:
            image["caption"] = article.hero_caption
        data["image"] = [image]
    partners = _article_partners(article)
    if partners:
        data["mentions"] = [organization_ref(partner) for partner in partners]
    keywords = _tag_names(article)
    if keywords:
        data["keywords"] = keywords
    return data


def event_json_ld(event: Event) -> JsonLd:
    url = absolute_url(event.get_absolute_url())
    data: JsonLd = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": event.title,
        "url": url,
        "eventAttendanceMode": ATTENDANCE_MODES.get(event.format, ATTENDANCE_MODES["in_person"]),
    }
    start = partial_date_iso(event.when)
    if start:
        data["startDate"] = start
        if event.date_precision == DatePrecision.DAY and event.end_date:
            data["endDate"] = event.end_date.isoformat()
    description = plain_text(event.description)
    if description:
        data["description"] = description
    locations: list[JsonLd] = []
    if event.format != EventFormat.ONLINE and (event.venue or event.city or event.country):
        place: JsonLd = {"@type": "Place", "name": event.venue or event.city or event.place}
        address = {
            key: value
            for key, value in {
                "addressLocality": event.city,
                "addressCountry": event.country.code if event.country else "",
            }.items()
            if value
        }
        if address:
            place["address"] = {"@type": "PostalAddress", **address}
        locations.append(place)
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    roles = event.public_roles()
    organisers = {r.partner.pk: r.partner for r in roles if r.role in ORGANISER_ROLES}
    if organisers:
        data["organizer"] = [organization_ref(p) for p in organisers.values()]
    return data


def partner_json_ld(partner: Partner) -> JsonLd:
    page = absolute_url(partner.get_absolute_url())
    data: JsonLd = {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": partner.name,
        "url": partner.website_link or page,
        "mainEntityOfPage": {"@type": "WebPage", "@id": page},
    }
    if partner.acronym:
        data["alternateName"] = partner.acronym
    if partner.website_link:
        data["sameAs"] = [partner.website_link]
    if partner.logo:
        data["logo"] = _image_url(partner.logo)
    description = plain_text(partner.description)
    if description:
        data["description"] = description
    if partner.country or partner.city:
        address: JsonLd = {"@type": "PostalAddress"}
        if partner.city:
            address["addressLocality"] = partner.city
        if partner.country:
            address["addressCountry"] = partner.country.code
        data["address"] = address
    return data


def affiliation_is_public(person: Person) -> bool:
    """Whether the person's organisation may be named: one known only from drafts
    may not."""
    return bool(person.affiliation_id) and person.affiliation.is_public


def person_json_ld(person: Person) -> JsonLd:
    data: JsonLd = {
        "@context": SCHEMA,
        "@type": "Person",
        "name": person.name,
        "url": absolute_url(person.get_absolute_url()),
    }
    if person.position:
        data["jobTitle"] = person.position
    if affiliation_is_public(person):
        data["affiliation"] = organization_ref(person.affiliation)
    return data


def object_json_ld(obj: object, context: Mapping[str, Any]) -> JsonLd | None:
    if isinstance(obj, Article):
        return article_json_ld(obj)
    if isinstance(obj, Event):
        return event_json_ld(obj)
    if isinstance(obj, Partner):
        return partner_json_ld(obj)
    if isinstance(obj, Person):
        return person_json_ld(obj)
    return None


def breadcrumb_json_ld(crumbs: list[Mapping[str, str]]) -> JsonLd:
    """A BreadcrumbList of ``{"name", "url"}`` dicts, Home first."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb["name"],
                "item": absolute_url(crumb["url"]),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


@dataclass(frozen=True)
class FeedLink:
    """A ``<link rel="alternate">``: a feed or calendar of the page's subject."""

    title: str
    url: str
    mime_type: str


@dataclass(frozen=True)
class PageSeo:
    title: str
    description: str
    canonical: str | None
    og_type: str = "website"
    image: str | None = None
    image_width: int | None = None
    image_height: int | None = None
    image_alt: str = ""
    published_time: str | None = None
    modified_time: str | None = None
    noindex: bool = False
    feeds: list[FeedLink] = field(default_factory=list)
    json_ld: list[JsonLd] = field(default_factory=list)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.og_type == "article" and self.image else "summary"


def canonical_url(request) -> str:
    """SITE_URL + path; the query string is dropped except a page number above 1."""
    url = absolute_url(request.path)
    page = request.GET.get("page", "")
    # Bounded before int(): Python refuses to convert over 4,300 digits.
    if page.isdigit() and len(page) <= 9 and int(page) > 1:
        url += f"?page={int(page)}"
    return url


def page_description(context: Mapping[str, Any]) -> str:
    """``meta_description`` if the view gave one, else the object's own summary,
    else the site's default."""
    given = context.get("meta_description")
    if given:
        return plain_text(str(given), DESCRIPTION_LENGTH)
    obj = context.get("object")
    summary = ""
    if isinstance(obj, Article):
        summary = obj.standfirst or obj.body
    elif isinstance(obj, Event | Partner):
        summary = obj.description
    elif isinstance(obj, Person):
        summary = obj.role_line if affiliation_is_public(obj) else obj.position
    return plain_text(summary, DESCRIPTION_LENGTH) or f"News from the {settings.SITE_NAME}."


def _breadcrumbs(context: Mapping[str, Any], title: str, canonical: str) -> list[dict]:
    home = {"name": "Home", "url": path_for("newsroom:home")}
    crumbs = [dict(crumb) for crumb in context.get("breadcrumbs") or []]
    if not crumbs:
        crumbs = [{"name": title, "url": canonical}]
    if absolute_url(crumbs[0]["url"]) != absolute_url(home["url"]):
        crumbs.insert(0, home)
    return crumbs


def _feed_links(context: Mapping[str, Any], url_name: str) -> list[FeedLink]:
    site = settings.SITE_NAME
    links = [
        FeedLink(f"{site} (RSS)", path_for("newsroom:feed-rss"), FEED_TYPES["rss"]),
        FeedLink(f"{site} (Atom)", path_for("newsroom:feed-atom"), FEED_TYPES["atom"]),
    ]
    obj, tag = context.get("object"), context.get("tag")
    for kind, subject, name in [
        ("partner", obj if isinstance(obj, Partner) else None, getattr(obj, "name", "")),
        ("tag", tag if isinstance(tag, Tag) else None, getattr(tag, "name", "")),
    ]:
        if subject is not None:
            for fmt, label in [("rss", "RSS"), ("atom", "Atom")]:
                url = path_for(f"newsroom:{kind}-feed-{fmt}", slug=subject.slug)
                links.append(FeedLink(f"{name} ({label})", url, FEED_TYPES[fmt]))
    if isinstance(obj, Event) or url_name == "event-list":
        links.append(FeedLink("Events calendar", path_for("newsroom:events-ics"), "text/calendar"))
    return links


def page_seo(context: Mapping[str, Any]) -> PageSeo:
    request = context.get("request")
    obj = context.get("object")
    match = getattr(request, "resolver_match", None)
    url_name = match.url_name if match else ""
    crumbs = context.get("breadcrumbs") or []
    last_crumb = crumbs[-1]["name"] if len(crumbs) > 1 else None
    tag = context.get("tag")
    title = str(context.get("page_title") or obj or last_crumb or tag or settings.SITE_NAME)
    canonical = canonical_url(request) if request is not None else absolute_url("/")
    description = page_description(context)
    preview = bool(context.get("preview"))
    if preview:
        # Staff previews: nothing for search engines, no structured data of a draft.
        return PageSeo(title, description, canonical=None, noindex=True)

    extra: dict[str, Any] = {}
    json_ld: list[JsonLd] = []
    if url_name == "home":
        json_ld.append(website_json_ld())
    else:
        obj_data = object_json_ld(obj, context)
        if obj_data:
            json_ld.append(obj_data)
        json_ld.append(breadcrumb_json_ld(_breadcrumbs(context, title, canonical)))

    if isinstance(obj, Article):
        extra["og_type"] = "article"
        extra["published_time"] = (
            obj.published_at.isoformat(timespec="seconds") if obj.published_at else None
        )
        extra["modified_time"] = (
            obj.updated_at.isoformat(timespec="seconds") if obj.updated_at else None
        )
        if obj.hero_image:
            extra |= _open_graph_image(obj.hero_picture, obj.hero_alt)
    elif isinstance(obj, Partner) and obj.logo:
        extra |= _open_graph_image(obj.logo_picture, f"Logo of {obj.name}")
    return PageSeo(
        title,
        description,
        canonical,
        feeds=_feed_links(context, url_name),
        json_ld=json_ld,
        **extra,
    )
