"""The SEO head: canonical URL, OpenGraph/Twitter tags, feed links and JSON-LD."""

import datetime as dt
import json
import re

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from newsroom.models import ArticlePartner, ArticleStatus, EventFormat, EventPartner
from newsroom.partial_dates import DatePrecision
from newsroom.seo import canonical_url, event_json_ld, partial_date_iso
from newsroom.templatetags.seo import json_ld

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def head(html: str) -> str:
    return html[html.index("<head>") : html.index("</head>")]


def json_ld_blocks(html: str) -> dict[str, dict]:
    """Every JSON-LD block of the page's head, by @type."""
    blocks = [json.loads(text) for text in JSON_LD.findall(head(html))]
    return {block["@type"]: block for block in blocks}


def meta(html: str, key: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return found.group(1) if found else None


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def story(make_article, make_partner, make_event, make_person, image_upload):
    """A published article with a hero image, a partner, a person and an event."""
    partner = make_partner(name="Sichuan University", acronym="SCU", country="CN", city="Chengdu")
    article = make_article(
        title="Sichuan University delegation visits the centre",
        standfirst="The delegation discussed joint research & training.",
        hero_image=image_upload("hero.png", 1200, 630),
        hero_alt="Delegates around a table",
        tags=["Delegation"],
    )
    ArticlePartner.objects.create(article=article, partner=partner, role="participant")
    ArticlePartner.objects.create(article=article, partner=partner, role="signatory")
    event = make_event(title="Delegation visit", start_date=dt.date(2023, 11, 28))
    article.events.add(event)
    person = make_person(name="Li Wei", position="Vice-President", affiliation=partner)
    article.people.add(person)
    return article, partner, event, person


def test_article_page_has_news_article_and_breadcrumbs(client, story):
    article, partner, _, _ = story

    html = page(client, article.get_absolute_url())

    blocks = json_ld_blocks(html)
    news = blocks["NewsArticle"]
    assert news["headline"] == article.title
    assert news["datePublished"].startswith(
        article.published_at.astimezone(dt.UTC).date().isoformat()
    )
    assert "dateModified" in news
    assert news["publisher"]["name"] == settings.SITE_NAME
    assert news["mainEntityOfPage"]["@id"] == settings.SITE_URL + article.get_absolute_url()
    assert news["image"][0]["url"] == settings.SITE_URL + article.hero_image.url
    assert news["image"][0]["width"] == 1200
    assert news["mentions"] == [
        {
            "@type": "Organization",
            "name": "Sichuan University",
            "alternateName": "SCU",
            "url": settings.SITE_URL + partner.get_absolute_url(),
        }
    ]
    assert news["keywords"] == ["Delegation"]
    crumbs = blocks["BreadcrumbList"]["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Home", "News", article.title]
    assert crumbs[0]["item"] == settings.SITE_URL + "/"


def test_article_page_has_canonical_and_open_graph_tags(client, story):
    article = story[0]
    url = settings.SITE_URL + article.get_absolute_url()

    html = head(page(client, article.get_absolute_url() + "?utm_source=x"))

    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "og:url") == url
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == article.title
    assert meta(html, "og:description") == "The delegation discussed joint research &amp; training."
    assert meta(html, "og:site_name") == settings.SITE_NAME
    og_image = settings.SITE_URL + "/media/" + article.hero_renditions["og"][0]
    assert meta(html, "og:image") == og_image
    assert meta(html, "og:image:width") == "1200"
    assert meta(html, "og:image:height") == "630"
    assert meta(html, "og:image:alt") == "Delegates around a table"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "article:published_time")
    assert 'type="application/rss+xml"' in html
    assert 'type="application/atom+xml"' in html


def test_script_breaking_title_is_escaped_and_round_trips(client, make_article):
    title = 'Forum </script><script>alert("x")</script> & <!-- more'
    article = make_article(title=title)

    html = page(client, article.get_absolute_url())

    assert "</script><script>alert" not in html
    assert "<!--" not in head(html)
    assert json_ld_blocks(html)["NewsArticle"]["headline"] == title


def test_json_ld_filter_escapes_html_sensitive_characters():
    rendered = json_ld({"name": "</script>&<!--\u2028"})
    assert rendered.startswith('<script type="application/ld+json">')
    body = rendered.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == {"name": "</script>&<!--\u2028"}


def test_event_page_has_event_with_known_precision(client, story):
    _, partner, event, _ = story
    EventPartner.objects.create(event=event, partner=partner, role="host")

    data = json_ld_blocks(page(client, event.get_absolute_url()))["Event"]

    assert data["name"] == "Delegation visit"
    assert data["startDate"] == "2023-11-28"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["organizer"][0]["name"] == "Sichuan University"
    assert "BreadcrumbList" in json_ld_blocks(page(client, event.get_absolute_url()))


@pytest.mark.parametrize(
    ("fields", "start"),
    [
        ({"start_date": dt.date(2021, 6, 1), "date_precision": DatePrecision.MONTH}, "2021-06"),
        ({"start_date": dt.date(2019, 1, 1), "date_precision": DatePrecision.YEAR}, "2019"),
        (
            {
                "start_date": None,
                "date_precision": DatePrecision.MONTH_DAY,
                "date_month": 6,
                "date_day": 27,
            },
            None,
        ),
        ({"start_date": None, "date_precision": DatePrecision.UNKNOWN}, None),
    ],
)
def test_event_start_date_claims_no_more_than_is_known(make_event, fields, start):
    event = make_event(**fields)
    assert partial_date_iso(event.when) == start
    assert event_json_ld(event).get("startDate") == start


@pytest.mark.parametrize(
    ("fmt", "mode", "location_types"),
    [
        (EventFormat.IN_PERSON, "OfflineEventAttendanceMode", ["Place"]),
        (EventFormat.ONLINE, "OnlineEventAttendanceMode", ["VirtualLocation"]),
        (EventFormat.HYBRID, "MixedEventAttendanceMode", ["Place", "VirtualLocation"]),
    ],
)
def test_event_attendance_mode_and_location(make_event, fmt, mode, location_types):
    data = event_json_ld(make_event(format=fmt, venue="Main hall", city="Bangkok", country="TH"))
    assert data["eventAttendanceMode"] == f"https://schema.org/{mode}"
    locations = data["location"] if isinstance(data["location"], list) else [data["location"]]
    assert [loc["@type"] for loc in locations] == location_types
    if "Place" in location_types:
        assert locations[0]["address"]["addressCountry"] == "TH"


def test_partner_page_has_organization_and_partner_feeds(client, story):
    partner = story[1]
    partner.website = "https://www.scu.edu.cn/"
    partner.save()

    html = page(client, partner.get_absolute_url())

    org = json_ld_blocks(html)["Organization"]
    assert org["name"] == "Sichuan University"
    assert org["alternateName"] == "SCU"
    assert org["url"] == "https://www.scu.edu.cn/"
    assert org["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Chengdu",
        "addressCountry": "CN",
    }
    assert reverse("newsroom:partner-feed-rss", kwargs={"slug": partner.slug}) in head(html)
    assert reverse("newsroom:partner-feed-atom", kwargs={"slug": partner.slug}) in head(html)
    assert meta(html, "og:type") == "website"


def test_person_page_has_person(client, story):
    person = story[3]

    data = json_ld_blocks(page(client, person.get_absolute_url()))["Person"]

    assert data["name"] == "Li Wei"
    assert data["jobTitle"] == "Vice-President"
    assert data["affiliation"]["name"] == "Sichuan University"


def test_person_page_does_not_name_an_affiliation_known_only_from_drafts(
    client, make_article, make_partner, make_person
):
    secret = make_partner(name="Undisclosed Partner", reviewed=False)
    ArticlePartner.objects.create(article=make_article(status=ArticleStatus.DRAFT), partner=secret)
    person = make_person(position="Envoy", affiliation=secret)
    make_article().people.add(person)

    html = page(client, person.get_absolute_url())

    assert "affiliation" not in json_ld_blocks(html)["Person"]
    assert "Undisclosed" not in meta(html, "og:description")


def test_tag_page_has_tag_feeds_and_breadcrumbs(client, make_article):
    make_article(tags=["Belt and Road"])

    html = page(client, reverse("newsroom:tag-detail", kwargs={"slug": "belt-and-road"}))

    assert "/feeds/tags/belt-and-road.rss" in head(html)
    assert "/feeds/tags/belt-and-road.atom" in head(html)
    blocks = json_ld_blocks(html)
    assert set(blocks) == {"BreadcrumbList"}
    assert meta(html, "og:title") == "Belt and Road"


def test_home_has_website_and_list_pages_have_breadcrumbs(client, make_article):
    make_article()

    home = json_ld_blocks(page(client, reverse("newsroom:home")))
    assert set(home) == {"WebSite"}
    assert home["WebSite"]["name"] == settings.SITE_NAME
    assert home["WebSite"]["potentialAction"]["@type"] == "SearchAction"

    for name, label in [
        ("newsroom:article-list", "News"),
        ("newsroom:partner-list", "Partners"),
        ("newsroom:event-list", "Events"),
    ]:
        blocks = json_ld_blocks(page(client, reverse(name)))
        assert set(blocks) == {"BreadcrumbList"}
        names = [item["name"] for item in blocks["BreadcrumbList"]["itemListElement"]]
        assert names == ["Home", label]


def test_events_list_links_the_calendar(client, db):
    html = head(page(client, reverse("newsroom:event-list")))
    assert 'type="text/calendar" title="Events calendar" href="/events.ics"' in html


def test_canonical_keeps_only_a_page_number_above_one(client, bulk_articles):
    bulk_articles(25)
    base = settings.SITE_URL + reverse("newsroom:article-list")
    for query, canonical in [
        ("?page=2&tag=bulk", base + "?page=2"),
        ("?page=1", base),
        ("?tag=bulk", base),
    ]:
        html = head(page(client, reverse("newsroom:article-list") + query))
        assert f'<link rel="canonical" href="{canonical}">' in html


@pytest.mark.parametrize("query", ["?page=abc", "?page=0", "?page=-2", "?page=1&q=x", "?q=x"])
def test_canonical_drops_other_query_strings(rf, query):
    assert canonical_url(rf.get("/news/" + query)) == settings.SITE_URL + "/news/"


def test_staff_preview_of_a_draft_is_noindex_without_structured_data(editor_client, make_article):
    draft = make_article(title="Not yet", status=ArticleStatus.DRAFT)

    html = head(page(editor_client, draft.get_preview_url()))

    assert '<meta name="robots" content="noindex">' in html
    assert not JSON_LD.findall(html)
    assert 'rel="canonical"' not in html


def test_include_renders_outside_a_page_with_fallbacks(rf: RequestFactory, make_article):
    """The include on its own, with a hand-made context and no breadcrumbs."""
    article = make_article(title="Agreement", standfirst="")
    request = rf.get(article.get_absolute_url())
    request.resolver_match = None

    html = render_to_string(
        "includes/seo_head.html",
        {"object": article, "meta_description": "<b>Given</b> description"},
        request=request,
    )

    assert meta(html, "og:description") == "Given description"
    blocks = {b["@type"]: b for b in map(json.loads, JSON_LD.findall(html))}
    assert [c["name"] for c in blocks["BreadcrumbList"]["itemListElement"]] == [
        "Home",
        "Agreement",
    ]
    assert meta(html, "twitter:card") == "summary"


@pytest.mark.parametrize("size", [5, 500])
def test_seo_head_keeps_pages_within_the_query_budget(
    client, story, bulk_articles, django_assert_max_num_queries, size
):
    article, partner, event, person = story
    bulk_articles(size, partner=partner, tag="delegation")
    for url in [
        article.get_absolute_url(),
        partner.get_absolute_url(),
        event.get_absolute_url(),
        person.get_absolute_url(),
        reverse("newsroom:home"),
        reverse("newsroom:tag-detail", kwargs={"slug": "delegation"}),
    ]:
        with django_assert_max_num_queries(10):
            assert client.get(url).status_code == 200
