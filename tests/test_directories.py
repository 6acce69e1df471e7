"""The people and topic directories: what a visitor reads, and what never shows."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.models import ArticleStatus

PEOPLE = reverse("newsroom:person-list")
TOPICS = reverse("newsroom:tag-list")


@pytest.fixture
def newsroom_people(make_article, make_person, make_partner):
    ait = make_partner(name="Asian Institute of Technology", acronym="AIT")
    cas = make_partner(name="Chinese Academy of Sciences", acronym="CAS")
    chen = make_person(name="Chen Wei", position="Director", affiliation=cas)
    anan = make_person(name="Anan Srisuk", position="Professor", affiliation=ait)
    make_person(name="Entered By Hand")  # in no article
    hidden = make_person(name="Draft Only Person")
    first = make_article(title="Forum opens")
    second = make_article(title="Agreement signed")
    first.people.add(chen, anan)
    second.people.add(chen)
    make_article(status=ArticleStatus.DRAFT).people.add(hidden)
    return {"chen": chen, "anan": anan, "ait": ait}


def json_ld_blocks(page: str) -> list:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(block) for block in found]


def test_the_people_directory_lists_who_is_in_published_news_with_role_and_count(
    client, newsroom_people
):
    page = client.get(PEOPLE).content.decode()

    assert "2 people" in page
    chen = newsroom_people["chen"]
    assert f'<a href="{chen.get_absolute_url()}">Chen Wei</a>' in page
    assert "Director, <a href=" in page and ">Chinese Academy of Sciences</a>" in page
    assert "Named in 2 articles" in page and "Named in 1 article<" in page
    assert page.index("Anan Srisuk") < page.index("Chen Wei")  # A–Z
    assert "Draft Only Person" not in page
    assert "Entered By Hand" not in page


def test_people_by_letter_by_partner_and_by_search(client, newsroom_people):
    by_letter = client.get(PEOPLE, {"letter": "C"}).content.decode()
    assert "Chen Wei" in by_letter and "Anan Srisuk" not in by_letter
    assert '<a href="?letter=A">A</a>' in by_letter
    assert '<a href="?letter=D">' not in by_letter  # nobody public starts with D

    by_partner = client.get(PEOPLE, {"partner": "AIT"}).content.decode()
    assert "Anan Srisuk" in by_partner and "Chen Wei" not in by_partner

    searched = client.get(PEOPLE, {"q": "director"}).content.decode()
    assert "Chen Wei" in searched and "Anan Srisuk" not in searched


def test_an_unknown_partner_is_named_and_ignored(client, newsroom_people):
    page = client.get(PEOPLE, {"partner": "Nowhere University"}).content.decode()
    assert "No partner called “Nowhere University” is in the news: see the partner directory." in (
        page
    )
    assert "Chen Wei" in page


def test_the_people_directory_describes_itself_as_a_list_of_people(client, newsroom_people):
    blocks = json_ld_blocks(client.get(PEOPLE).content.decode())
    collection = next(block for block in blocks if block["@type"] == "CollectionPage")
    items = collection["mainEntity"]["itemListElement"]
    assert collection["mainEntity"]["numberOfItems"] == 2
    assert [item["name"] for item in items] == ["Anan Srisuk", "Chen Wei"]
    assert items[1]["url"] == "http://127.0.0.1:8000" + newsroom_people["chen"].get_absolute_url()


def test_the_topic_directory_lists_every_public_topic_with_its_count(client, make_article):
    make_article(tags=["Energy", "Belarus"])
    make_article(tags=["Energy"])
    make_article(status=ArticleStatus.DRAFT, tags=["Unannounced"])
    page = client.get(TOPICS).content.decode()

    assert "2 topics" in page
    assert '<a href="/tags/energy/">Energy</a> <span class="count">· 2 articles</span>' in page
    assert '<a href="/tags/belarus/">Belarus</a> <span class="count">· 1 article</span>' in page
    assert "Unannounced" not in page
    assert '<h2 id="topics-1">B</h2>' in page and '<h2 id="topics-2">E</h2>' in page

    by_count = client.get(TOPICS, {"order": "count"}).content.decode()
    assert by_count.index("Energy") < by_count.index("Belarus")
    searched = client.get(TOPICS, {"q": "bel"}).content.decode()
    assert "1 topic matching “bel”" in searched and "/tags/energy/" not in searched


def test_the_topic_directory_has_its_structured_data(client, make_article):
    make_article(tags=["Energy"])
    blocks = json_ld_blocks(client.get(TOPICS).content.decode())
    collection = next(block for block in blocks if block["@type"] == "CollectionPage")
    assert collection["mainEntity"]["itemListElement"][0]["name"] == "Energy"


def test_both_directories_and_the_topics_are_in_the_sitemap(client, make_article):
    make_article(tags=["Energy"])
    pages = client.get("/sitemap-pages.xml").content.decode()
    assert "<loc>http://127.0.0.1:8000/people/</loc>" in pages
    assert "<loc>http://127.0.0.1:8000/tags/</loc>" in pages
    tags = client.get("/sitemap-tags.xml").content.decode()
    assert "<loc>http://127.0.0.1:8000/tags/energy/</loc>" in tags
    assert "/sitemap-tags.xml" in client.get("/sitemap.xml").content.decode()


def test_the_header_links_to_both_directories(client, db):
    page = client.get(PEOPLE).content.decode()
    assert f'<a href="{PEOPLE}" aria-current="page">People</a>' in page
    assert f'<a href="{TOPICS}">Topics</a>' in page


def test_the_directories_cost_the_same_queries_however_many_entries(
    client, make_article, make_person
):
    def measure(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make_article(tags=["Seed"]).people.add(make_person())
    few = measure(PEOPLE), measure(TOPICS)
    for n in range(15):
        make_article(tags=[f"Topic {n}"]).people.add(make_person(name=f"Person {n}"))
    assert (measure(PEOPLE), measure(TOPICS)) == few
